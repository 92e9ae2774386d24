import { comparePartiesByName, partyInfo, partyName, partyNameInText } from '@bilat/domain';
import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { PairTable } from '~/components/world/pair-table';
import { pageMetadata } from '~/lib/metadata';
import { countryHref } from '~/lib/links';
import { formatCount, PAIR_SORT_LABELS, PAIR_SORTS, pairSortParam, type PairSort } from '~/lib/measures';
import { listCountries, listPairs, listRegions, type PairPage, type Region } from '~/server/world';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = pageMetadata({
  title: 'Country pairs',
  description: 'Every country pair bilat holds, with its meetings, visits, agreements, relations events and trade years; filter by country or region and sort by any count.',
  path: '/pairs',
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 50;

function one(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() || undefined;
}

interface Filters {
  country?: string;
  region?: string;
  sort: PairSort;
}

/** The URL of a view of the index: only what differs from the defaults, so links stay short. */
function indexHref(filters: Filters, cursor?: string): string {
  const query = new URLSearchParams();
  if (filters.country) query.set('country', filters.country);
  if (filters.region) query.set('region', filters.region);
  if (filters.sort !== 'meetings') query.set('sort', filters.sort);
  if (cursor) query.set('cursor', cursor);
  const text = query.toString();
  return text ? `/pairs?${text}` : '/pairs';
}

/** Regions with their sub-regions under them, for a select that reads as an outline. */
function inTreeOrder(regions: readonly Region[]): Array<{ region: Region; depth: number }> {
  const ordered: Array<{ region: Region; depth: number }> = [];
  const visit = (parent: string | undefined, depth: number) => {
    for (const region of regions.filter((candidate) => candidate.parent === parent)) {
      ordered.push({ region, depth });
      visit(region.code, depth + 1);
    }
  };
  visit(undefined, 0);
  return ordered;
}

export default async function PairsIndexPage({ searchParams }: Props) {
  const params = await searchParams;
  const problems: string[] = [];
  const requestedSort = one(params.sort);
  const sort = pairSortParam(requestedSort) ?? 'meetings';
  if (requestedSort && requestedSort !== sort) problems.push(`There is no sort "${requestedSort}"; the pairs are sorted by meetings.`);
  let country = one(params.country)?.toUpperCase();
  if (country && !partyInfo(country)) {
    problems.push(`No country has the code "${country}"; every country is shown.`);
    country = undefined;
  }
  const regions = await listRegions();
  let region = one(params.region);
  if (region && !regions.some((candidate) => candidate.code === region)) {
    problems.push(`No region has the code "${region}"; every region is shown.`);
    region = undefined;
  }
  const filters: Filters = { country, region, sort };
  let cursor = one(params.cursor);
  // A cursor that is not one (cut short when copied, or edited) shows the first page with a notice, as a bad filter does.
  const pairsPage = async (): Promise<PairPage> => {
    if (!cursor) return listPairs({ ...filters, limit: PAGE_SIZE });
    try {
      return await listPairs({ ...filters, limit: PAGE_SIZE, cursor });
    } catch (error) {
      if (!(error instanceof TRPCError && error.code === 'BAD_REQUEST')) throw error;
      problems.push('The link’s place in the list (its cursor) is not valid; the first page is shown.');
      cursor = undefined;
      return listPairs({ ...filters, limit: PAGE_SIZE });
    }
  };
  const [page, countries] = await Promise.all([pairsPage(), listCountries({ withRecords: true })]);
  const choices = countries.filter((entry) => entry.partners > 0).sort((a, b) => comparePartiesByName(a.code, b.code));
  const scope = [country ? `with ${partyNameInText(country)}` : '', region ? `in ${regions.find((candidate) => candidate.code === region)?.name ?? region}` : ''].filter(Boolean).join(' ');

  return (
    <div className="stack">
      <h1>Country pairs</h1>
      <p className="lead">
        {formatCount(page.total)} {page.total === 1 ? 'pair' : 'pairs'}
        {scope ? ` ${scope}` : ''}, by {PAIR_SORT_LABELS[sort].toLowerCase()}.
        {country && (
          <>
            {' '}
            See also <a href={countryHref(country)}>{partyName(country)}&rsquo;s page</a>.
          </>
        )}
      </p>
      {problems.length > 0 && (
        <div className="notice" role="status">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <form className="filters row" method="get" action="/pairs" aria-label="Filter and sort pairs">
        <label>
          Country
          <select name="country" defaultValue={country ?? ''}>
            <option value="">Any country</option>
            {choices.map((choice) => (
              <option key={choice.code} value={choice.code}>
                {choice.name}
              </option>
            ))}
          </select>
        </label>
        {regions.length > 0 && (
          <label>
            Region
            <select name="region" defaultValue={region ?? ''}>
              <option value="">Any region</option>
              {inTreeOrder(regions).map(({ region: choice, depth }) => (
                <option key={choice.code} value={choice.code}>
                  {'\u00a0\u00a0'.repeat(depth)}
                  {choice.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Sort by
          <select name="sort" defaultValue={sort}>
            {PAIR_SORTS.map((choice) => (
              <option key={choice} value={choice}>
                {PAIR_SORT_LABELS[choice]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Show</button>
        {(country || region || sort !== 'meetings') && (
          <a href="/pairs" className="button secondary">
            Clear
          </a>
        )}
      </form>
      {page.items.length === 0 ? (
        <p className="empty">No pair {scope || 'is recorded yet'}.</p>
      ) : (
        <PairTable rows={page.items} sort={sort} sortHref={(choice) => indexHref({ ...filters, sort: choice })} caption={`Pairs ${scope ? `${scope} ` : ''}by ${PAIR_SORT_LABELS[sort].toLowerCase()}`} />
      )}
      <nav className="pager" aria-label="Pages of pairs">
        {cursor && <a href={indexHref(filters)}>First page</a>}
        {page.nextCursor ? (
          <a href={indexHref(filters, page.nextCursor)} rel="next">
            Next {PAGE_SIZE} pairs
          </a>
        ) : (
          page.items.length > 0 && <span className="muted">Last page</span>
        )}
      </nav>
    </div>
  );
}

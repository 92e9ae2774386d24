import { pairOf, partyName, relationEventLabel } from '@bilat/domain';
import { eventDateLabel, holderSinceLabel, POST_HOLDERS_HEADING } from '@bilat/formats';
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { MeasureLinks } from '~/components/world/measure-links';
import { PairTable } from '~/components/world/pair-table';
import { Sparkline, sparklineLabel } from '~/components/world/sparkline';
import { WorldMap } from '~/components/world/world-map';
import { YearChart } from '~/components/world/year-chart';
import { DEFAULT_WORLD_MEASURE, formatCount, isMeasure, measureNoun, PAIR_SORT_LABELS, pairSortParam, type Measure, type PairSort } from '~/lib/measures';
import { pageMetadata } from '~/lib/metadata';
import { countryHref, pairHref, recordHref } from '~/lib/links';
import { orNotFound } from '~/server/records';
import { getCountry, type YearCounts } from '~/server/world';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/*
 * The big lists are capped so a country with hundreds of partners and thousands of people
 * still makes a small page: partners come 50 at a time (a next-page link by cursor), and
 * the people in post, the relations events and the officials show their first entries
 * with a count and a link to the rest. The map and the chart of meetings per year cover
 * every partner on every page.
 */
const PARTNERS_PAGE = 50;
const PEOPLE_SHOWN = 50;
const RELATIONS_SHOWN = 100;
const OFFICIALS_PAGE = 100;

function one(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() || undefined;
}

/** What a view of the page asks for beyond its country: only what differs from the defaults goes in its URL. */
interface View {
  sort: PairSort;
  cursor?: string;
  allPeople?: boolean;
  allRelations?: boolean;
  officials?: string;
}

function viewHref(code: string, view: View, hash = ''): string {
  const query = new URLSearchParams();
  if (view.sort !== DEFAULT_WORLD_MEASURE) query.set('sort', view.sort);
  if (view.cursor) query.set('cursor', view.cursor);
  if (view.allPeople) query.set('people', 'all');
  if (view.allRelations) query.set('relations', 'all');
  if (view.officials) query.set('officials', view.officials);
  const text = query.toString();
  return `${countryHref(code)}${text ? `?${text}` : ''}${hash}`;
}

/** A year's count of a measure; yearly summaries keep the four kinds, so "all records" is their sum here. */
function yearValue(year: YearCounts, measure: Measure): number {
  return measure === 'records' ? year.meetings + year.visits + year.agreements + year.relations : year[measure];
}

function codeOf(segment: string): string {
  const code = decodeURIComponent(segment);
  if (!/^(?:[A-Za-z]{2}|[A-Za-z]{4})$/.test(code)) notFound();
  if (code !== code.toUpperCase()) permanentRedirect(countryHref(code.toUpperCase()));
  return code;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = codeOf((await params).code);
  const name = partyName(code);
  return pageMetadata({ title: name, description: `${name}'s bilateral relations in bilat: its country pairs and its officials.`, path: countryHref(code) });
}

export default async function CountryPage({ params, searchParams }: Props) {
  const code = codeOf((await params).code);
  const query = await searchParams;
  const view: View = {
    // Every record by default, as the home map: what most countries hold is visits and relations events, not meetings.
    sort: pairSortParam(query.sort) ?? DEFAULT_WORLD_MEASURE,
    cursor: one(query.cursor),
    allPeople: one(query.people) === 'all',
    allRelations: one(query.relations) === 'all',
    officials: one(query.officials),
  };
  const { sort } = view;
  // The map and the sparklines show a measure; sorting by trade, date or name keeps the default (every record) for them.
  const measure: Measure = isMeasure(sort) ? sort : DEFAULT_WORLD_MEASURE;
  const caller = await api();
  const [answer, officials] = await Promise.all([
    orNotFound(async () =>
      getCountry({ code, sort, limit: PARTNERS_PAGE, cursor: view.cursor, peopleLimit: view.allPeople ? undefined : PEOPLE_SHOWN, relationsLimit: view.allRelations ? undefined : RELATIONS_SHOWN }),
    ),
    // Every official recorded, beside those in post today, a page at a time.
    caller.people.list({ country: code, limit: OFFICIALS_PAGE, cursor: view.officials }).catch(() => ({ items: [], nextCursor: null })),
  ]);
  const { country, partners, partnersTotal, partnerCounts, nextCursor, years, meetingsPerYear, relations, relationsTotal, people, peopleTotal } = answer;
  // Every partner's sparkline spans the country's years, so rows compare across pages.
  const from = years.length ? years[0]!.year : 0;
  const to = years.length ? years.at(-1)!.year : 0;
  // The measure in words ("records", "relations events"), not its label ("All records").
  const noun = measureNoun(measure);
  const Noun = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
  const order = isMeasure(sort) ? `the most ${measureNoun(sort)} first` : sort === 'pair' ? 'by name' : `by ${PAIR_SORT_LABELS[sort].toLowerCase()}`;
  const hrefFor = (choice: PairSort) => viewHref(code, { sort: choice });
  return (
    <article className="stack">
      <header>
        <p className="eyebrow">{country.existed ? `Former state, ${country.existed.from}–${country.existed.to}` : country.kind === 'country' ? 'Country' : 'International party'}</p>
        <h1>{country.name}</h1>
        <p className="muted">
          {country.codeSource === 'bilat' ? `bilat code ${country.code} (no ISO code)` : `${country.codeSource === 'iso-3166-3' ? 'ISO 3166-3' : 'ISO 3166-1'} ${country.code}`}
          {country.alpha3 ? ` / ${country.alpha3}` : ''}
          {country.successors?.length ? ` · succeeded by ${country.successors.map(partyName).join(', ')}` : ''}
        </p>
      </header>
      <section aria-labelledby="partners-heading">
        <h2 id="partners-heading">Partners</h2>
        {partnersTotal === 0 ? (
          <p className="empty">No relations of {country.name} are recorded yet.</p>
        ) : (
          <>
            <MeasureLinks current={measure} hrefFor={hrefFor} label="Rank and shade by" />
            <WorldMap
              values={new Map(partnerCounts.map((partner) => [partner.partner, partner[measure]]))}
              measure={measure}
              self={code}
              caption={`${Noun} of ${country.name} with each partner`}
              hrefFor={(partner) => (partner === code ? countryHref(code) : pairHref(pairOf(code, partner)))}
            />
            <PairTable
              rows={partners}
              partnerOf
              sort={sort}
              sortHref={hrefFor}
              caption={`${country.name}'s ${formatCount(partnersTotal)} partners, ${order}${partners.length < partnersTotal ? (view.cursor ? `, ${partners.length} of them` : `, the first ${partners.length}`) : ''}; the line shows ${noun} per year, ${from}–${to}`}
              extra={{
                heading: `${Noun} per year`,
                cell: (partner) => {
                  const points = partner.years.map((year) => ({ year: year.year, value: yearValue(year, measure) }));
                  const what = measure === 'records' ? 'Meetings, visits, agreements and relations events' : Noun;
                  return <Sparkline points={points} from={from} to={to} label={sparklineLabel(what, points, from, to)} />;
                },
              }}
            />
            {(view.cursor || nextCursor) && (
              <nav className="pager" aria-label={`Pages of ${country.name}'s partners`} data-testid="partners-pager">
                {view.cursor && <a href={viewHref(code, { sort }, '#partners-heading')}>First page</a>}
                {nextCursor ? (
                  <a href={viewHref(code, { sort, cursor: nextCursor }, '#partners-heading')} rel="next">
                    Next {PARTNERS_PAGE} partners
                  </a>
                ) : (
                  <span className="muted">Last page</span>
                )}
              </nav>
            )}
          </>
        )}
      </section>
      {meetingsPerYear.length > 0 && (
        <section aria-labelledby="per-year-heading">
          <h2 id="per-year-heading">Meetings per year</h2>
          <YearChart points={meetingsPerYear.map((entry) => ({ year: entry.year, value: entry.meetings }))} caption={`Meetings of ${country.name} with any partner, by year`} unit="meetings" />
        </section>
      )}
      <section aria-labelledby="relations-heading">
        <h2 id="relations-heading">Relations events</h2>
        {relations.length === 0 ? (
          <p className="empty">No relations event of {country.name} is recorded.</p>
        ) : (
          <>
            <div className="table-wrap">
              <table data-testid="country-relations">
                <caption>
                  Recognition, diplomatic relations and missions of {country.name}, oldest first
                  {relations.length < relationsTotal ? ` (the first ${formatCount(relations.length)} of ${formatCount(relationsTotal)})` : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Event</th>
                    <th scope="col">With</th>
                    <th scope="col">By</th>
                  </tr>
                </thead>
                <tbody>
                  {relations.map((relation) => {
                    const other = relation.pair.split('-').find((party) => party !== code) ?? code;
                    return (
                      <tr key={relation.id}>
                        <td>{eventDateLabel(relation.date)}</td>
                        <td>
                          <a href={recordHref('relation', relation.id)}>{relationEventLabel(relation.kind)}</a>
                          {relation.city ? ` (${relation.city})` : ''}
                        </td>
                        <td>
                          <a href={pairHref(pairOf(code, other))}>{partyName(other)}</a>
                        </td>
                        <td>{relation.actor ? partyName(relation.actor) : 'both'}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {relations.length < relationsTotal && !view.allRelations && (
              <p>
                <a href={viewHref(code, { ...view, allRelations: true }, '#relations-heading')} data-testid="all-relations">
                  All {formatCount(relationsTotal)} relations events of {country.name}
                </a>
              </p>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="people-heading">
        <h2 id="people-heading">{POST_HOLDERS_HEADING}</h2>
        {people.length === 0 ? (
          <p className="empty">No one is recorded as holding a post of {country.name} today.</p>
        ) : (
          <>
            <p className="muted">
              {people.length < peopleTotal ? `${formatCount(people.length)} of ${formatCount(peopleTotal)} latest known holders, by post. ` : ''}
              The latest holder each source gives; a term with no end recorded is no proof of being in post today.
            </p>
            <ul className="columns" data-testid="country-people">
              {people.map(({ person, post, holding }) => (
                <li key={`${person.id} ${post.id}`}>
                  <a href={recordHref('person', person.id)}>{person.name}</a>, <span className="muted">{post.title} ({holderSinceLabel(holding)})</span>
                  {person.status === 'draft' && <span className="badge warn">draft</span>}
                </li>
              ))}
            </ul>
            {people.length < peopleTotal && !view.allPeople && (
              <p>
                <a href={viewHref(code, { ...view, allPeople: true }, '#people-heading')} data-testid="all-people">
                  All {formatCount(peopleTotal)} latest known holders of its posts
                </a>
              </p>
            )}
          </>
        )}
        {officials.items.length > 0 && (
          <details id="officials" open={view.officials ? true : undefined}>
            <summary>Every official of {country.name} recorded{officials.nextCursor || view.officials ? `, ${OFFICIALS_PAGE} at a time` : ` (${formatCount(officials.items.length)})`}</summary>
            <ul className="columns" data-testid="country-officials">
              {officials.items.map((person) => (
                <li key={person.id}>
                  <a href={recordHref('person', person.id)}>{person.name}</a>
                  {person.status === 'draft' && <span className="badge warn">draft</span>}
                </li>
              ))}
            </ul>
            {(view.officials || officials.nextCursor) && (
              <nav className="pager" aria-label={`Pages of ${country.name}'s officials`}>
                {view.officials && <a href={viewHref(code, { ...view, officials: undefined }, '#officials')}>First officials</a>}
                {officials.nextCursor && (
                  <a href={viewHref(code, { ...view, officials: officials.nextCursor }, '#officials')} rel="next">
                    Next {OFFICIALS_PAGE} officials
                  </a>
                )}
              </nav>
            )}
          </details>
        )}
      </section>
    </article>
  );
}

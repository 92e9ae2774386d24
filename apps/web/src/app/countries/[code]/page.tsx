import { pairOf, partyName, relationEventLabel } from '@bilat/domain';
import { eventDateLabel } from '@bilat/formats';
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { MeasureLinks } from '~/components/world/measure-links';
import { PairTable } from '~/components/world/pair-table';
import { Sparkline, sparklineLabel } from '~/components/world/sparkline';
import { WorldMap } from '~/components/world/world-map';
import { YearChart } from '~/components/world/year-chart';
import { isMeasure, MEASURE_LABELS, PAIR_SORT_LABELS, pairSortParam, type Measure, type PairSort } from '~/lib/measures';
import { pageMetadata } from '~/lib/metadata';
import { countryHref, pairHref, recordHref } from '~/lib/links';
import { orNotFound } from '~/server/records';
import { getCountry, type Partner, type YearCounts } from '~/server/world';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

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
  const sort = pairSortParam((await searchParams).sort) ?? 'meetings';
  // The map and the sparklines show a measure; sorting by trade, date or name keeps meetings for them.
  const measure: Measure = isMeasure(sort) ? sort : 'meetings';
  const caller = await api();
  const [{ country, partners, meetingsPerYear, relations, people }, officials] = await Promise.all([
    orNotFound(async () => getCountry({ code, sort: measure })),
    // Every official recorded, beside those in post today.
    caller.people.list({ country: code.toUpperCase(), limit: 500 }).catch(() => ({ items: [] })),
  ]);
  const ranked = sortPartners(partners, sort);
  const years = partners.flatMap((partner) => partner.years.map((year) => year.year));
  const from = years.length ? Math.min(...years) : 0;
  const to = years.length ? Math.max(...years) : 0;
  const label = MEASURE_LABELS[measure];
  const hrefFor = (choice: PairSort) => (choice === 'meetings' ? countryHref(code) : `${countryHref(code)}?sort=${choice}`);
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
        {partners.length === 0 ? (
          <p className="empty">No relations of {country.name} are recorded yet.</p>
        ) : (
          <>
            <MeasureLinks current={measure} hrefFor={hrefFor} label="Rank and shade by" />
            <WorldMap
              values={new Map(partners.map((partner) => [partner.partner, partner[measure]]))}
              measure={measure}
              self={code}
              caption={`${label} of ${country.name} with each partner`}
              hrefFor={(partner) => (partner === code ? countryHref(code) : pairHref(pairOf(code, partner)))}
            />
            <PairTable
              rows={ranked}
              partnerOf
              sort={sort}
              sortHref={hrefFor}
              caption={`${country.name}'s ${partners.length.toLocaleString('en-GB')} partners by ${PAIR_SORT_LABELS[sort].toLowerCase()}; the line shows ${label.toLowerCase()} per year, ${from}–${to}`}
              extra={{
                heading: `${label} per year`,
                cell: (partner) => {
                  const points = partner.years.map((year) => ({ year: year.year, value: yearValue(year, measure) }));
                  const what = measure === 'records' ? 'Meetings, visits, agreements and relations events' : label;
                  return <Sparkline points={points} from={from} to={to} label={sparklineLabel(what, points, from, to)} />;
                },
              }}
            />
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
          <div className="table-wrap">
            <table data-testid="country-relations">
              <caption>Recognition, diplomatic relations and missions of {country.name}, oldest first</caption>
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
        )}
      </section>
      <section aria-labelledby="people-heading">
        <h2 id="people-heading">People in post now</h2>
        {people.length === 0 ? (
          <p className="empty">No one is recorded as holding a post of {country.name} today.</p>
        ) : (
          <ul className="columns" data-testid="country-people">
            {people.map(({ person, post }) => (
              <li key={`${person.id} ${post.id}`}>
                <a href={recordHref('person', person.id)}>{person.name}</a>, <span className="muted">{post.title}</span>
                {person.status === 'draft' && <span className="badge warn">draft</span>}
              </li>
            ))}
          </ul>
        )}
        {officials.items.length > 0 && (
          <details>
            <summary>Every official of {country.name} recorded ({officials.items.length.toLocaleString('en-GB')})</summary>
            <ul className="columns" data-testid="country-officials">
              {officials.items.map((person) => (
                <li key={person.id}>
                  <a href={recordHref('person', person.id)}>{person.name}</a>
                  {person.status === 'draft' && <span className="badge warn">draft</span>}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
    </article>
  );
}

/** Partners in the table's order: the API ranks by a measure; by name, date or trade is a re-sort of the same rows. */
function sortPartners<P extends Pick<Partner, 'partner' | 'tradeYears' | 'lastMeetingFirstDay'>>(partners: readonly P[], sort: PairSort): P[] {
  if (isMeasure(sort)) return [...partners];
  const byName = (a: P, b: P) => partyName(a.partner).localeCompare(partyName(b.partner), 'en');
  if (sort === 'pair') return [...partners].sort(byName);
  if (sort === 'trade') return [...partners].sort((a, b) => b.tradeYears - a.tradeYears || byName(a, b));
  return [...partners].sort((a, b) => ((b.lastMeetingFirstDay ?? '') < (a.lastMeetingFirstDay ?? '') ? -1 : (b.lastMeetingFirstDay ?? '') > (a.lastMeetingFirstDay ?? '') ? 1 : byName(a, b)));
}

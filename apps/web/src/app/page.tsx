import type { Metadata } from 'next';
import { eventDateLabel } from '@bilat/formats';
import { MeasureLinks } from '~/components/world/measure-links';
import { PairTable } from '~/components/world/pair-table';
import { WorldMap } from '~/components/world/world-map';
import { humanize } from '~/lib/labels';
import { DEFAULT_WORLD_MEASURE, formatCount, measureNoun, measureParam } from '~/lib/measures';
import { pageMetadata } from '~/lib/metadata';
import { pairHref, recordHref } from '~/lib/links';
import { listCountries, listPairs } from '~/server/world';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';

// The layout's title template does not reach a page of its own segment: the home page names bilat itself.
export const metadata: Metadata = {
  ...pageMetadata({
    title: 'bilat — bilateral relations, every fact sourced',
    description: 'Country pairs and their meetings, delegations, agreements, trade and investment — each figure linked to the report that states it.',
    path: '/',
  }),
  title: { absolute: 'bilat — bilateral relations, every fact sourced' },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BUSIEST = 10;

export default async function HomePage({ searchParams }: Props) {
  const measure = measureParam((await searchParams).measure);
  const caller = await api();
  const [countries, busiest, latest] = await Promise.all([listCountries(), listPairs({ sort: measure, limit: BUSIEST }), caller.meetings.list({ limit: 8 })]);
  const values = new Map(countries.map((country) => [country.code, country[measure]]));
  const noun = measureNoun(measure);
  // "Busiest" by a measure: a pair with none of it is not among them (with the default data, one pair has meetings, not ten).
  const busiestRows = busiest.items.filter((pair) => pair[measure] > 0);
  return (
    <div className="stack">
      <h1>Bilateral relations, every fact sourced</h1>
      <p className="lead">Meetings, delegations, agreements, trade and investment between countries — each figure linked to the report that states it, dates only as precise as the sources.</p>

      <form action="/search" method="get" role="search" className="row home-search" aria-label="Search every record">
        <label>
          Search people, meetings, places, agreements and sources
          <input type="search" name="q" placeholder="e.g. Klaipeda, Vassilenko, memorandum" />
        </label>
        <button type="submit">Search</button>
      </form>

      <section aria-labelledby="map-heading">
        <h2 id="map-heading">The world in bilat</h2>
        <MeasureLinks current={measure} hrefFor={(choice) => (choice === DEFAULT_WORLD_MEASURE ? '/' : `/?measure=${choice}`)} label="Shade by" />
        <WorldMap values={values} measure={measure} caption={`${noun.charAt(0).toUpperCase()}${noun.slice(1)} in bilat, by country`} />
      </section>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest meetings</h2>
        {latest.items.length === 0 ? (
          <p className="empty">No meetings recorded yet.</p>
        ) : (
          <ol className="timeline">
            {latest.items.map((meeting) => (
              <li key={meeting.id}>
                <div className="when">{eventDateLabel(meeting.date)}</div>
                <a href={recordHref('meeting', meeting.id)}>{meeting.title}</a>{' '}
                <span className="muted">
                  — {humanize(meeting.kind)}, <a href={pairHref(meeting.pair)}>{meeting.pair}</a>
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="pairs-heading">
        <h2 id="pairs-heading">Busiest pairs</h2>
        {busiest.items.length === 0 ? (
          <p className="empty">
            No pairs yet. Seed the database with <code>npx bilat db seed</code> or import a bundle with <code>npx bilat import bundle FILE</code>.
          </p>
        ) : (
          <>
            {busiestRows.length === 0 ? (
              <p className="empty">No pair has {noun} on record yet.</p>
            ) : (
              <PairTable
                rows={busiestRows}
                sort={measure}
                caption={busiestRows.length < BUSIEST ? `Every pair with ${noun} on record` : `The ${BUSIEST} pairs with the most ${noun}`}
              />
            )}
            <p>
              <a href={measure === 'meetings' ? '/pairs' : `/pairs?sort=${measure}`}>All {formatCount(busiest.total)} pairs</a>
            </p>
          </>
        )}
      </section>
    </div>
  );
}

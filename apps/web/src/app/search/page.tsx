import { isRecordKind, RECORD_HEADINGS, type RecordKind } from '@bilat/domain/kinds';
import type { Metadata } from 'next';
import { plural } from '~/lib/labels';
import { hasPage, recordHref } from '~/lib/links';
import { param } from '~/server/pair';
import { shownAt } from '~/server/records';
import { api } from '~/trpc/server';
import { KindSelect } from '~/components/records/kind-select';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = param(await searchParams, 'q');
  return { title: q ? `Search: ${q}` : 'Search', robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const query = await searchParams;
  const q = param(query, 'q')?.slice(0, 500);
  const kind = param(query, 'kind');
  const cursor = param(query, 'cursor');
  const validKind = kind && isRecordKind(kind) ? kind : undefined;
  const results = q ? await (await api()).search({ q, kinds: validKind, limit: 50, cursor }).catch(() => ({ items: [], nextCursor: null })) : undefined;
  const groups = new Map<RecordKind, NonNullable<typeof results>['items']>();
  for (const hit of results?.items ?? []) groups.set(hit.kind, [...(groups.get(hit.kind) ?? []), hit]);
  // A hit of a kind with no page links to the page that shows it (a post held on the holder's page, a statement in its pair's dossier), else to its JSON, said so.
  const shown = new Map(await Promise.all((results?.items ?? []).filter((hit) => !hasPage(hit.kind)).map(async (hit) => [`${hit.kind} ${hit.id}`, await shownAt(hit.kind, hit.id).catch(() => undefined)] as const)));
  return (
    <div className="stack">
      <h1>Search</h1>
      <form action="/search" method="get" role="search" className="row" aria-label="Search every record">
        <label>
          Words
          <input type="search" name="q" defaultValue={q} placeholder="e.g. Klaipeda" />
        </label>
        <KindSelect defaultValue={validKind} />
        <button type="submit">Search</button>
      </form>
      <p className="muted">Case, accents and transliterations are folded: &ldquo;klaipeda&rdquo; finds Klaipėda, &ldquo;vasilenko&rdquo; finds Vassilenko.</p>
      {!q && <p className="empty">Type a name, a place, a post or a topic.</p>}
      {results && results.items.length === 0 && (
        <p className="empty" role="status">
          Nothing matches &ldquo;{q}&rdquo;. Try fewer words or another spelling.
        </p>
      )}
      {results && results.items.length > 0 && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            <span role="status">
              {plural(results.items.length, 'result')} for &ldquo;{q}&rdquo;
              {results.nextCursor ? ' (more below)' : ''}
            </span>
          </h2>
          {[...groups.entries()].map(([group, hits]) => (
            <section key={group} aria-labelledby={`group-${group}`}>
              <h3 id={`group-${group}`}>{RECORD_HEADINGS[group].many}</h3>
              <ul data-testid={`results-${group}`}>
                {hits.map((hit) => (
                  <li key={`${hit.kind}-${hit.id}`}>
                    <a href={shown.get(`${hit.kind} ${hit.id}`) ?? recordHref(hit.kind, hit.id)}>{hit.title}</a>
                    {!hasPage(hit.kind) && !shown.get(`${hit.kind} ${hit.id}`) && <span className="muted"> (record as JSON)</span>}
                    {!hit.titleMatch && <span className="muted"> — matched in its details or sources</span>}
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {results.nextCursor && (
            <p>
              <a href={`/search?${new URLSearchParams({ q: q!, ...(validKind ? { kind: validKind } : {}), cursor: results.nextCursor })}`}>Next results</a>
            </p>
          )}
        </section>
      )}
    </div>
  );
}

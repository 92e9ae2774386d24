import { compareSpans, pairOf, partyName, relationEventLabel } from '@bilat/domain';
import { eventDateLabel } from '@bilat/formats';
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { PairCards } from '~/components/home/pair-cards';
import { pageMetadata } from '~/lib/metadata';
import { countryHref, pairHref, recordHref } from '~/lib/links';
import { orNotFound } from '~/server/records';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ code: string }> };

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

export default async function CountryPage({ params }: Props) {
  const code = codeOf((await params).code);
  const caller = await api();
  const { country, partners: pairs } = await orNotFound(async () => caller.countries.get({ code }));
  // Every official of the country, not only those in post today (countries.get's people).
  const { items: people } = await caller.people.list({ country: code, limit: 500 });
  // Every page of them (the United States has over a thousand), oldest first.
  const relations: Awaited<ReturnType<typeof caller.relations.list>>['items'] = [];
  let cursor: string | undefined;
  do {
    const page = await caller.relations.list({ country: code, limit: 500, cursor });
    relations.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  relations.sort((a, b) => compareSpans(a.date, b.date) || (a.id < b.id ? -1 : 1));
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
      <section aria-labelledby="pairs-heading">
        <h2 id="pairs-heading">Pairs</h2>
        {pairs.length === 0 ? <p className="empty">No relations of {country.name} are recorded yet.</p> : <PairCards pairs={pairs} />}
      </section>
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
        <h2 id="people-heading">Officials</h2>
        {people.length === 0 ? (
          <p className="empty">No official of {country.name} is recorded yet.</p>
        ) : (
          <ul className="columns">
            {people.map((person) => (
              <li key={person.id}>
                <a href={recordHref('person', person.id)}>{person.name}</a>
                {person.status === 'draft' && <span className="badge warn">draft</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

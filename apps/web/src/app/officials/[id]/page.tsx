import { comparePartialDates, describeLocator, formatPartialDate, partyName, type Holding, type Organization, type Post } from '@bilat/domain';
import { eventDateLabel } from '@bilat/formats';
import type { Metadata } from 'next';
import { Cite } from '~/components/citations';
import { onOrIn } from '~/components/dossier/officials-section';
import { Facts } from '~/components/records/facts';
import { JsonLd } from '~/components/records/json-ld';
import { RecordFooter } from '~/components/records/record-footer';
import { RecordHeader } from '~/components/records/record-header';
import { RelatedList } from '~/components/records/related-list';
import { SourcesSection } from '~/components/records/sources-section';
import { humanize, roleLabel } from '~/lib/labels';
import { pageMetadata } from '~/lib/metadata';
import { countryHref, locatorAnchor, recordHref } from '~/lib/links';
import { siteOrigin } from '~/server/origin';
import { recordDetail } from '~/server/records';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

interface HeldPost {
  holding: Holding;
  post: Post | undefined;
  organization: Organization | undefined;
  /** The earliest date known for it: its start or its first attestation. */
  from: string | undefined;
}

function earliest(holding: Holding): string | undefined {
  return holding.start ?? [...holding.attestations].map((a) => a.on).sort(comparePartialDates)[0];
}

/** "from May 2019 to 2022", or, with no dates given, the span its attestations cover: never an invented start. */
function spanText(holding: Holding): string {
  if (!holding.start && !holding.end) {
    const days = holding.attestations.map((a) => a.on).sort(comparePartialDates);
    if (days.length === 0) return 'dates not known';
    const first = formatPartialDate(days[0]!);
    const last = formatPartialDate(days.at(-1)!);
    return `dates not known; attested ${first === last ? onOrIn(days[0]!) : `from ${first} to ${last}`}`;
  }
  const start = holding.start ? `from ${formatPartialDate(holding.start)}` : 'start not known';
  const end = holding.end ? `to ${formatPartialDate(holding.end)}` : 'end not recorded';
  return `${start} ${end}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record } = await recordDetail('person', (await params).id);
  return pageMetadata({
    title: record.name,
    description: `${record.name}${record.country ? ` (${partyName(record.country)})` : ''}: posts held over time and meetings attended, each with its source.`,
    path: recordHref('person', record.id),
    type: 'profile',
  });
}

export default async function OfficialPage({ params }: Props) {
  const detail = await recordDetail('person', (await params).id);
  const person = detail.record;
  const caller = await api();
  const [holdings, meetings, visits] = await Promise.all([
    caller.holdings.list({ person: person.id, limit: 200 }),
    caller.meetings.list({ person: person.id, limit: 200 }),
    caller.visits.list({ person: person.id, limit: 100 }),
  ]);
  const held: HeldPost[] = [];
  for (const holding of holdings.items) {
    const post = await caller.posts.get({ id: holding.postId }).catch(() => undefined);
    const organization = post ? await caller.organizations.get({ id: post.organizationId }).catch(() => undefined) : undefined;
    held.push({ holding, post, organization, from: earliest(holding) });
  }
  held.sort((a, b) => (a.from && b.from ? comparePartialDates(a.from, b.from) : a.from ? -1 : 1));
  const sourceIds = [...new Set([...held.flatMap((h) => [...h.holding.citations.map((c) => c.sourceId), ...h.holding.attestations.map((a) => a.sourceId)])])];
  const holdingSources = await Promise.all(sourceIds.map((id) => caller.sources.get({ id }).catch(() => undefined)));
  const sourceTitles = new Map([...detail.sources, ...holdingSources.filter((s) => s !== undefined)].map((source) => [source.id, source.title]));
  const postTitles = new Map(held.map((h) => [h.holding.postId, h.post?.title ?? h.holding.postId]));
  const latest = [...held].reverse().find((h) => h.post);
  const origin = await siteOrigin();
  const wikidata = person.identifiers.find((identifier) => identifier.scheme === 'wikidata');
  const jsonLd = {
    '@type': 'Person',
    name: person.name,
    alternateName: person.names.map((name) => name.value),
    url: `${origin}${recordHref('person', person.id)}`,
    ...(person.country ? { nationality: { '@type': 'Country', name: partyName(person.country) } } : {}),
    ...(latest?.post ? { jobTitle: latest.post.title } : {}),
    ...(latest?.organization ? { affiliation: { '@type': 'Organization', name: latest.organization.name, url: `${origin}${recordHref('organization', latest.organization.id)}` } } : {}),
    hasOccupation: held.filter((h) => h.post).map((h) => ({ '@type': 'Role', roleName: h.post!.title, ...(h.holding.start ? { startDate: h.holding.start } : {}), ...(h.holding.end ? { endDate: h.holding.end } : {}) })),
    ...(wikidata ? { sameAs: [`https://www.wikidata.org/wiki/${wikidata.value}`] } : {}),
  };
  return (
    <article className="stack">
      <JsonLd data={jsonLd} />
      <RecordHeader kind="Official" title={person.name} status={person.status} editHref={`${recordHref('person', person.id)}/edit`}>
        <p className="lead">
          {latest?.post ? `${latest.post.title}${latest.holding.end ? ' (former)' : ''}` : 'No post recorded'}
          {person.country && (
            <>
              {' · '}
              <a href={countryHref(person.country)}>{partyName(person.country)}</a>
            </>
          )}
          <Cite citations={person.citations} sourceTitles={sourceTitles} />
        </p>
      </RecordHeader>
      <Facts
        rows={[
          ['Other names', person.names.length > 0 && person.names.map((name) => `${name.value} (${name.kind})`).join(', ')],
          ['Identifiers', person.identifiers.length > 0 && person.identifiers.map((identifier) => (identifier.scheme === 'wikidata' ? <a key={identifier.value} href={`https://www.wikidata.org/wiki/${identifier.value}`} rel="external noopener noreferrer">Wikidata {identifier.value}</a> : <span key={identifier.value}>{identifier.scheme} {identifier.value} </span>))],
          ['Notes', person.notes],
        ]}
      />
      <section aria-labelledby="posts-heading">
        <h2 id="posts-heading">Posts over time</h2>
        {held.length === 0 ? (
          <p className="empty">No post is recorded for {person.name}.</p>
        ) : (
          <ol className="timeline" data-testid="posts">
            {held.map(({ holding, post, organization }) => (
              <li key={holding.id} id={`holding-${holding.id}`} data-holding={holding.id}>
                <div className="when">{spanText(holding)}</div>
                <strong>{post?.title ?? holding.postId}</strong>
                {organization && (
                  <>
                    {', '}
                    <a href={recordHref('organization', organization.id)}>{organization.name}</a>
                  </>
                )}
                <Cite citations={holding.citations} sourceTitles={sourceTitles} />
                {holding.attestations.length > 0 && (
                  <ul className="attestations">
                    {holding.attestations.map((attestation, index) => (
                      <li key={index} className="muted">
                        Held on {formatPartialDate(attestation.on)} per{' '}
                        <a href={`${recordHref('source', attestation.sourceId)}#${locatorAnchor(attestation.locator)}`}>{sourceTitles.get(attestation.sourceId) ?? attestation.sourceId}</a>
                        {attestation.locator && `, ${describeLocator(attestation.locator)}`}
                        {attestation.titleAsReported && `, which calls it “${attestation.titleAsReported}”`}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">Meetings attended</h2>
        {meetings.items.length === 0 ? (
          <p className="empty">{person.name} is not recorded at any meeting.</p>
        ) : (
          <div className="table-wrap">
            <table data-testid="meetings-attended">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Meeting</th>
                  <th scope="col">Side and role</th>
                  <th scope="col">Post on the day</th>
                </tr>
              </thead>
              <tbody>
                {meetings.items.map((meeting) => {
                  const participation = meeting.participants.find((p) => p.personId === person.id);
                  return (
                    <tr key={meeting.id}>
                      <td>{eventDateLabel(meeting.date, { style: 'short' })}</td>
                      <td>
                        <a href={recordHref('meeting', meeting.id)}>{meeting.title}</a>
                      </td>
                      <td>{participation ? `${participation.side}, ${roleLabel(participation.role)}` : ''}</td>
                      <td>{participation?.postId ? (postTitles.get(participation.postId) ?? humanize(participation.postId)) : <span className="muted">not recorded</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {visits.items.length > 0 && (
        <section aria-labelledby="visits-heading">
          <h2 id="visits-heading">Visits</h2>
          <ul>
            {visits.items.map((visit) => (
              <li key={visit.id}>
                <a href={recordHref('visit', visit.id)}>{visit.title}</a> <span className="muted">— {eventDateLabel(visit.date)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="related-heading">
        <h2 id="related-heading">Other records about {person.name}</h2>
        <RelatedList items={detail.dependents.filter((d) => d.kind !== 'holding' && d.kind !== 'meeting' && d.kind !== 'visit' && d.kind !== 'dispute')} empty="No statement or other record refers to this person." />
      </section>
      <SourcesSection citations={person.citations} sources={detail.sources} disputes={detail.disputes} subject={person.name} />
      <RecordFooter kind="person" id={person.id} />
    </article>
  );
}

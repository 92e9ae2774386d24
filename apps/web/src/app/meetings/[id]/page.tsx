import { partyName, topicLabel, type Place, type Series } from '@bilat/domain';
import { eventDateLabel, locationLabel, meetingJsonLd, seriesRoundParts } from '@bilat/formats';
import type { Metadata } from 'next';
import { Cite } from '~/components/citations';
import { Facts } from '~/components/records/facts';
import { JsonLd } from '~/components/records/json-ld';
import { RecordFooter } from '~/components/records/record-footer';
import { RecordHeader } from '~/components/records/record-header';
import { RelatedList } from '~/components/records/related-list';
import { SourcesSection } from '~/components/records/sources-section';
import { humanize, roleLabel, stageLabel } from '~/lib/labels';
import { pageMetadata } from '~/lib/metadata';
import { pairHref, recordHref } from '~/lib/links';
import { siteOrigin } from '~/server/origin';
import { recordDetail } from '~/server/records';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record } = await recordDetail('meeting', (await params).id);
  return pageMetadata({
    title: record.title,
    description: `${eventDateLabel(record.date)} — ${record.summary ?? humanize(record.kind)}`.slice(0, 300),
    path: recordHref('meeting', record.id),
    type: 'article',
  });
}

export default async function MeetingPage({ params }: Props) {
  const detail = await recordDetail('meeting', (await params).id);
  const { record: meeting } = detail;
  const caller = await api();
  const place: Place | undefined = meeting.location.placeId ? await caller.places.get({ id: meeting.location.placeId }).catch(() => undefined) : undefined;
  const titles = new Map(detail.references.map((reference) => [`${reference.kind}:${reference.id}`, reference.title]));
  const sourceTitles = new Map(detail.sources.map((source) => [source.id, source.title]));
  const series: Series | undefined = meeting.seriesId ? await caller.series.get({ id: meeting.seriesId }).catch(() => undefined) : undefined;
  const round = seriesRoundParts(series ?? { name: titles.get(`series:${meeting.seriesId}`) ?? meeting.seriesId ?? '', unit: 'meeting' }, meeting.ordinal);
  const sides = [...new Set(meeting.participants.map((p) => p.side))];
  const origin = await siteOrigin();
  const places = new Map(place ? [[place.id, place]] : []);
  const jsonLd = meetingJsonLd(meeting, {
    idOf: (kind, id) => `${origin}${recordHref(kind, id)}`,
    titleOf: (kind, id) => titles.get(`${kind}:${id}`),
    place,
    sources: detail.sources,
  });
  return (
    <article className="stack">
      <JsonLd data={jsonLd} />
      <RecordHeader kind={humanize(meeting.kind)} title={meeting.title} status={meeting.status} editHref={`${recordHref('meeting', meeting.id)}/edit`}>
        <p className="lead">
          {eventDateLabel(meeting.date)} · {locationLabel(meeting.location, places)}
          <Cite citations={meeting.citations} sourceTitles={sourceTitles} />
        </p>
      </RecordHeader>
      <Facts
        rows={[
          ['Date', meeting.date ? <>{eventDateLabel(meeting.date)}{meeting.date.note && <div className="muted">{meeting.date.note}</div>}</> : 'No source dates this meeting'],
          ['Place', <>{locationLabel(meeting.location, places)}{meeting.location.note && <div className="muted">{meeting.location.note}</div>}</>],
          ['Pair', <a href={pairHref(meeting.pair)}>{meeting.pair.split('-').map(partyName).join(' – ')}</a>],
          ['Stage', stageLabel(meeting.stage)],
          ['Series', meeting.seriesId && <>{round.lead}<a href={recordHref('series', meeting.seriesId)}>{round.subject}</a></>],
          ['During', meeting.visitId && <a href={recordHref('visit', meeting.visitId)}>{titles.get(`visit:${meeting.visitId}`) ?? meeting.visitId}</a>],
          ['Topics', meeting.topics.length > 0 && meeting.topics.map(topicLabel).join(', ')],
        ]}
      />
      {meeting.summary && (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">Summary</h2>
          <p>{meeting.summary}</p>
        </section>
      )}
      <section aria-labelledby="delegations-heading">
        <h2 id="delegations-heading">Delegations</h2>
        {meeting.participants.length === 0 ? (
          <p className="empty">No participant is recorded for this meeting.</p>
        ) : (
          <div className="side-by-side">
            {sides.map((side) => (
              <div key={side} className="card">
                <h3 className="card-title">{partyName(side)}</h3>
                <ul className="plain-list" data-side={side}>
                  {meeting.participants
                    .filter((p) => p.side === side)
                    .map((p) => (
                      <li key={p.personId} data-participant={p.personId}>
                        <a href={recordHref('person', p.personId)}>{titles.get(`person:${p.personId}`) ?? p.personId}</a>
                        <div className="muted">
                          {roleLabel(p.role)}
                          {p.postId ? `; ${titles.get(`post:${p.postId}`) ?? p.postId}` : '; post not recorded'}
                        </div>
                      </li>
                    ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </section>
      {meeting.links.length > 0 && (
        <section aria-labelledby="links-heading">
          <h2 id="links-heading">Linked events</h2>
          <RelatedList items={meeting.links.map((link) => ({ relation: link.relation, kind: link.target.kind, id: link.target.id, title: titles.get(`${link.target.kind}:${link.target.id}`) ?? link.target.id }))} empty="" />
        </section>
      )}
      <section aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading">Commitments, agreements, statements and later references</h2>
        <RelatedList items={detail.dependents.filter((d) => d.kind !== 'dispute')} empty="No other record refers to this meeting." />
      </section>
      <SourcesSection citations={meeting.citations} sources={detail.sources} disputes={detail.disputes} subject={meeting.title} />
      <RecordFooter kind="meeting" id={meeting.id} />
    </article>
  );
}

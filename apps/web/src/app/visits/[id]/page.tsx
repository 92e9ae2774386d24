import { pairOf, partyName, type Place } from '@bilat/domain';
import { eventDateLabel, locationLabel } from '@bilat/formats';
import type { Metadata } from 'next';
import { Cite } from '~/components/citations';
import { Facts } from '~/components/records/facts';
import { RecordFooter } from '~/components/records/record-footer';
import { RecordHeader } from '~/components/records/record-header';
import { RelatedList } from '~/components/records/related-list';
import { SourcesSection } from '~/components/records/sources-section';
import { humanize } from '~/lib/labels';
import { pageMetadata } from '~/lib/metadata';
import { pairHref, recordHref } from '~/lib/links';
import { recordDetail } from '~/server/records';
import { api } from '~/trpc/server';
import { MeetingList } from '~/components/records/meeting-list';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record } = await recordDetail('visit', (await params).id);
  return pageMetadata({ title: record.title, description: `${eventDateLabel(record.date)}: ${record.purpose ?? record.title}`.slice(0, 300), path: recordHref('visit', record.id), type: 'article' });
}

export default async function VisitPage({ params }: Props) {
  const detail = await recordDetail('visit', (await params).id);
  const visit = detail.record;
  const caller = await api();
  const meetings = (await caller.meetings.list({ visit: visit.id, limit: 200 })).items;
  const place: Place | undefined = visit.location.placeId ? await caller.places.get({ id: visit.location.placeId }).catch(() => undefined) : undefined;
  const places = new Map(place ? [[place.id, place]] : []);
  const titles = new Map(detail.references.map((r) => [`${r.kind}:${r.id}`, r.title]));
  const sourceTitles = new Map(detail.sources.map((source) => [source.id, source.title]));
  const pair = pairOf(visit.from, visit.to);
  return (
    <article className="stack">
      <RecordHeader kind={`Visit · ${humanize(visit.kind)}`} title={visit.title} status={visit.status}>
        <p className="lead">
          {eventDateLabel(visit.date)} · {partyName(visit.from)} to {locationLabel(visit.location, places)}
          <Cite citations={visit.citations} sourceTitles={sourceTitles} />
        </p>
      </RecordHeader>
      <Facts
        rows={[
          ['Date', <>{eventDateLabel(visit.date)}{visit.date.note && <div className="muted">{visit.date.note}</div>}</>],
          ['Where', <>{locationLabel(visit.location, places)}{visit.location.note && <div className="muted">{visit.location.note}</div>}</>],
          ['Visitors', visit.visitorIds.map((id, index) => <span key={id}>{index > 0 && ', '}<a href={recordHref('person', id)}>{titles.get(`person:${id}`) ?? id}</a></span>)],
          ['Purpose', visit.purpose],
          ['Pair', <a href={pairHref(pair)}>{pair.split('-').map(partyName).join(' – ')}</a>],
          ['Notes', visit.notes],
        ]}
      />
      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">Meetings during the visit</h2>
        {meetings.length === 0 ? (
          <p className="empty">No meeting held during this visit is recorded.</p>
        ) : (
          <MeetingList meetings={meetings} className="plain-list" />
        )}
      </section>
      <section aria-labelledby="related-heading">
        <h2 id="related-heading">Agreements, statements and other records tied to it</h2>
        <RelatedList items={detail.dependents.filter((d) => d.kind !== 'meeting' && d.kind !== 'dispute')} empty="No other record refers to this visit." />
      </section>
      <SourcesSection citations={visit.citations} sources={detail.sources} disputes={detail.disputes} subject={visit.title} />
      <RecordFooter kind="visit" id={visit.id} />
    </article>
  );
}

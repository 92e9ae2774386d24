import { formatDuration, monthsBetween, partialDateFromDate, partyName } from '@bilat/domain';
import { delegationHeads, eventDateLabel, ordinalLabel, seriesSubject, stageLabel } from '@bilat/formats';
import type { Metadata } from 'next';
import { Cite } from '~/components/citations';
import { Facts } from '~/components/records/facts';
import { RecordFooter } from '~/components/records/record-footer';
import { RecordHeader } from '~/components/records/record-header';
import { SourcesSection } from '~/components/records/sources-section';
import { humanize, plural, roleLabel } from '~/lib/labels';
import { pageMetadata } from '~/lib/metadata';
import { pairHref, recordHref } from '~/lib/links';
import { recordDetail } from '~/server/records';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record } = await recordDetail('series', (await params).id);
  return pageMetadata({ title: record.name, description: `Every ${record.unit} of ${seriesSubject(record.name)}, numbered, with delegations and sources.`, path: recordHref('series', record.id) });
}

export default async function SeriesPage({ params }: Props) {
  const detail = await recordDetail('series', (await params).id);
  const series = detail.record;
  const caller = await api();
  const meetings = (await caller.meetings.list({ series: series.id, limit: 500 })).items;
  const names = new Map(detail.dependents.filter((d) => d.kind === 'person').map((d) => [d.id, d.title]));
  const personIds = [...new Set(meetings.flatMap((m) => m.participants.map((p) => p.personId)))].filter((id) => !names.has(id));
  for (const id of personIds) names.set(id, (await caller.people.get({ id }).catch(() => undefined))?.name ?? id);
  const held = meetings.filter((m) => m.stage === 'held');
  const last = held.find((m) => m.date);
  const months = last?.date ? monthsBetween(last.date.end ?? last.date.start, partialDateFromDate(new Date())) : null;
  const sourceTitles = new Map(detail.sources.map((source) => [source.id, source.title]));
  const organization = detail.references.find((r) => r.relation === 'organization');
  return (
    <article className="stack">
      <RecordHeader kind={`Series · ${humanize(series.kind)}`} title={series.name} status={series.status}>
        <p className="lead">
          {plural(held.length, `${series.unit} held`, `${series.unit}s held`)} on record
          {last && (
            <>
              ; latest {last.ordinal ? `the ${ordinalLabel(last.ordinal)}` : 'an unnumbered one'}, {eventDateLabel(last.date)}
              {months !== null && <strong> — {formatDuration(Math.max(0, months))} ago</strong>}
            </>
          )}
          <Cite citations={series.citations} sourceTitles={sourceTitles} />
        </p>
      </RecordHeader>
      <Facts
        rows={[
          ['Pair', <a href={pairHref(series.pair)}>{series.pair.split('-').map(partyName).join(' – ')}</a>],
          ['Body', organization && <a href={recordHref('organization', organization.id)}>{organization.title}</a>],
          ['Each meeting is a', series.unit],
        ]}
      />
      <section aria-labelledby="rounds-heading">
        <h2 id="rounds-heading">{humanize(`${series.unit}s`)}</h2>
        {meetings.length === 0 ? (
          <p className="empty">No {series.unit} of this series is recorded yet.</p>
        ) : (
          <ol className="timeline" data-testid="rounds">
            {meetings.map((meeting) => (
              <li key={meeting.id}>
                <div className="when">
                  {meeting.ordinal ? <strong>{ordinalLabel(meeting.ordinal)}</strong> : <span>unnumbered</span>} · {eventDateLabel(meeting.date)}
                  {meeting.stage !== 'held' && <span className="badge warn">{stageLabel(meeting.stage)}</span>}
                </div>
                <a href={recordHref('meeting', meeting.id)}>{meeting.title}</a>
                <div className="muted">
                  {delegationHeads(meeting.participants)
                    .map((p) => `${names.get(p.personId) ?? p.personId} (${p.side}, ${roleLabel(p.role).toLowerCase()})`)
                    .join('; ')}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <SourcesSection citations={series.citations} sources={detail.sources} disputes={detail.disputes} subject={series.name} />
      <RecordFooter kind="series" id={series.id} />
    </article>
  );
}

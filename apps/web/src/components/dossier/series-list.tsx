import { eventDateLabel, ordinalLabel } from '@bilat/formats';
import { Cite } from '~/components/citations';
import { plural } from '~/lib/labels';
import { recordHref } from '~/lib/links';
import type { DossierView } from '~/server/dossier';
import { ChangeMarkBadge } from './change-mark';

/** Each recurring format with its latest round's ordinal and the time since it. */
export function SeriesList({ view }: { view: DossierView }) {
  const { dossier } = view;
  if (dossier.series.length === 0) return <p className="empty">No recurring format (consultations, commission) is recorded for this pair.</p>;
  return (
    <div className="grid">
      {dossier.series.map((entry) => {
        const last = entry.lastRound;
        const meeting = last ? dossier.meetings.find((m) => m.id === last.meetingId) : undefined;
        return (
          <article key={entry.series.id} className="card" data-series={entry.series.id}>
            <h3 className="card-title">
              <a href={recordHref('series', entry.series.id)}>{entry.series.name}</a>
              <Cite citations={entry.series.citations} sourceTitles={view.sourceTitles} numbers={view.sourceNumbers} /> <ChangeMarkBadge marks={view.marks} kind="series" id={entry.series.id} />
            </h3>
            <p className="muted">{plural(entry.meetings, `${entry.series.unit} held`, `${entry.series.unit}s held`)} on record</p>
            {last ? (
              <p>
                Latest: {last.ordinal ? <strong>{ordinalLabel(last.ordinal)} {entry.series.unit}</strong> : <strong>an unnumbered {entry.series.unit}</strong>},{' '}
                {meeting ? <a href={recordHref('meeting', meeting.id)}>{eventDateLabel(last.date)}</a> : eventDateLabel(last.date)}
              </p>
            ) : (
              <p className="muted">No {entry.series.unit} recorded yet.</p>
            )}
            {entry.sinceLast && (
              <p className="since">
                <strong>{entry.sinceLast}</strong> since the latest {entry.series.unit}
                {dossier.asOf ? ` (to ${dossier.asOf})` : ''}
              </p>
            )}
          </article>
        );
      })}
    </div>
  );
}

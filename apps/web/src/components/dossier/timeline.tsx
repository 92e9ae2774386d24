import { matchRange, type Meeting, type RangeMatch } from '@bilat/domain';
import { delegationHeads, eventDateLabel, locationLabel, seriesRoundParts, stageLabel, topicsLabel } from '@bilat/formats';
import { Cite } from '~/components/citations';
import { humanize, plural, roleLabel } from '~/lib/labels';
import { recordHref } from '~/lib/links';
import type { DossierView } from '~/server/dossier';
import { ChangeMarkBadge } from './change-mark';

export interface TimelineFilters {
  from?: string;
  to?: string;
  kind?: string;
}

/** The meetings a filter keeps, each with how it matched (a month may only overlap the range). */
export function filterMeetings(meetings: readonly Meeting[], filters: TimelineFilters): { meeting: Meeting; match: RangeMatch }[] {
  const ranged = Boolean(filters.from || filters.to);
  return meetings.flatMap((meeting) => {
    if (filters.kind && meeting.kind !== filters.kind) return [];
    if (!ranged) return [{ meeting, match: 'exact' as const }];
    if (!meeting.date) return [];
    const match = matchRange({ from: filters.from, to: filters.to }, meeting.date.start, meeting.date.end ?? meeting.date.start);
    return match === 'none' ? [] : [{ meeting, match }];
  });
}

/** The pair's meetings, newest first, with dates as precise as the sources allow. */
export function Timeline({ view, filters }: { view: DossierView; filters: TimelineFilters }) {
  const { dossier } = view;
  const shown = filterMeetings(dossier.meetings, filters);
  const series = new Map(dossier.series.map((entry) => [entry.series.id, entry.series]));
  const visits = new Map(dossier.visits.map(({ visit }) => [visit.id, visit]));
  const filtered = Boolean(filters.from || filters.to || filters.kind);
  return (
    <div>
      <p className="muted" aria-live="polite" data-testid="timeline-count">
        {filtered ? `${plural(shown.length, 'meeting')} of ${dossier.meetings.length} match the filters.` : `${plural(dossier.meetings.length, 'meeting')}, newest first.`}
      </p>
      {shown.length === 0 ? (
        <p className="empty">No meeting matches these filters. Widen the dates or choose another kind.</p>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {shown.map(({ meeting, match }) => {
            const inSeries = meeting.seriesId ? series.get(meeting.seriesId) : undefined;
            const round = inSeries ? seriesRoundParts(inSeries, meeting.ordinal) : undefined;
            const visit = meeting.visitId ? visits.get(meeting.visitId) : undefined;
            const heads = delegationHeads(meeting.participants);
            const others = meeting.participants.filter((p) => !heads.includes(p));
            return (
              <li key={meeting.id} data-meeting={meeting.id} data-kind={meeting.kind}>
                <div className="when">
                  <span title={meeting.date?.note}>{eventDateLabel(meeting.date)}</span>
                  {match === 'approximate' && <span className="badge warn" title="The date is known only to the month or year, which overlaps the edge of the range"> approximate match</span>}{' '}
                  <ChangeMarkBadge marks={view.marks} kind="meeting" id={meeting.id} />
                </div>
                <h3 className="timeline-title">
                  <a href={recordHref('meeting', meeting.id)}>{meeting.title}</a>
                  <Cite citations={meeting.citations} sourceTitles={view.sourceTitles} numbers={view.sourceNumbers} />
                </h3>
                <p className="meta">
                  <span className="badge">{humanize(meeting.kind)}</span>
                  {meeting.stage !== 'held' && <span className="badge warn">{stageLabel(meeting.stage)}</span>}
                  {inSeries && round && (
                    <>
                      {' '}
                      {round.lead}
                      <a href={recordHref('series', inSeries.id)}>{round.subject}</a>
                    </>
                  )}
                  {' · '}
                  <span title={meeting.location.note}>{locationLabel(meeting.location, view.places)}</span>
                  {visit && (
                    <>
                      {' · during '}
                      <a href={recordHref('visit', visit.id)}>{visit.title}</a>
                    </>
                  )}
                </p>
                {heads.length > 0 && (
                  <ul className="delegations">
                    {heads.map((participant) => {
                      const person = view.people.get(participant.personId);
                      const post = view.posts.get(`${meeting.id}|${participant.personId}`);
                      return (
                        <li key={`${participant.personId}-${participant.side}`}>
                          <span className="badge">{participant.side}</span> {roleLabel(participant.role)}:{' '}
                          <a href={recordHref('person', participant.personId)}>{person?.name ?? participant.personId}</a>
                          {post && <span className="muted">, {post.title}</span>}
                        </li>
                      );
                    })}
                  </ul>
                )}
                {others.length > 0 && (
                  <p className="muted">
                    {heads.length > 0 ? 'Also present' : 'Participants'}:{' '}
                    {others.map((participant, index) => (
                      <span key={`${participant.personId}-${index}`}>
                        {index > 0 && ', '}
                        <a href={recordHref('person', participant.personId)}>{view.people.get(participant.personId)?.name ?? participant.personId}</a>
                        {view.posts.get(`${meeting.id}|${participant.personId}`) && ` (${view.posts.get(`${meeting.id}|${participant.personId}`)!.title})`}
                      </span>
                    ))}
                  </p>
                )}
                {meeting.topics.length > 0 && <p className="topics">Topics: {topicsLabel(meeting.topics)}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

import { eventDateLabel, locationLabel } from '@bilat/formats';
import { partyName } from '@bilat/domain';
import { Cite } from '~/components/citations';
import { plural } from '~/lib/labels';
import { recordHref } from '~/lib/links';
import type { DossierView } from '~/server/dossier';
import { ChangeMarkBadge } from './change-mark';

/** Visits between the two, with the visitors' posts on the day and the meetings held during them. */
export function VisitsList({ view }: { view: DossierView }) {
  const { dossier } = view;
  if (dossier.visits.length === 0) return <p className="empty">No visit is recorded between the two.</p>;
  return (
    <ul className="plain-list">
      {dossier.visits.map(({ visit, meetingIds }) => (
        <li key={visit.id} className="card" data-visit={visit.id}>
          <p className="when" title={visit.date.note}>
            {eventDateLabel(visit.date)} <ChangeMarkBadge marks={view.marks} kind="visit" id={visit.id} />
          </p>
          <h3 className="card-title">
            <a href={recordHref('visit', visit.id)}>{visit.title}</a>
            <Cite citations={visit.citations} sourceTitles={view.sourceTitles} numbers={view.sourceNumbers} />
          </h3>
          <p className="muted">
            {partyName(visit.from)} → {locationLabel(visit.location, view.places)} · {plural(meetingIds.length, 'meeting')} recorded during it
          </p>
          <ul className="delegations">
            {visit.visitorIds.map((personId) => {
              const post = view.posts.get(`${visit.id}|${personId}`);
              return (
                <li key={personId}>
                  Visitor: <a href={recordHref('person', personId)}>{view.people.get(personId)?.name ?? personId}</a>
                  {post && (
                    <span className="muted">
                      , {post.title}
                      {post.basis === 'approximate' ? ' (post held around that time)' : ''}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}

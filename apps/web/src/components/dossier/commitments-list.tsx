import { Cite } from '~/components/citations';
import { recordHref } from '~/lib/links';
import type { DossierView } from '~/server/dossier';
import { ChangeMarkBadge } from './change-mark';

/** What meetings undertook, open ones first, with where each was made and what it concerns. */
export function CommitmentsList({ view }: { view: DossierView }) {
  const { dossier } = view;
  const meetings = new Map(dossier.meetings.map((meeting) => [meeting.id, meeting]));
  if (dossier.commitments.length === 0) return <p className="empty">No commitment is recorded.</p>;
  return (
    <ul className="plain-list">
      {dossier.commitments.map((commitment) => {
        const madeAt = commitment.madeAt.kind === 'meeting' ? meetings.get(commitment.madeAt.id) : undefined;
        return (
          <li key={commitment.id} className="card" data-commitment={commitment.id}>
            <p>
              <span className={`badge ${commitment.state === 'open' ? 'warn' : 'ok'}`}>{commitment.state}</span> {commitment.description}
              <Cite citations={commitment.citations} sourceTitles={view.sourceTitles} numbers={view.sourceNumbers} /> <ChangeMarkBadge marks={view.marks} kind="commitment" id={commitment.id} />
            </p>
            <p className="muted">
              Made at{' '}
              {madeAt ? <a href={recordHref('meeting', madeAt.id)}>{madeAt.title}</a> : <a href={recordHref(commitment.madeAt.kind, commitment.madeAt.id)}>{commitment.madeAt.id}</a>}
              {commitment.concerns.map((concern) => (
                <span key={`${concern.kind}-${concern.id}`}>
                  {'; concerns '}
                  <a href={recordHref(concern.kind, concern.id)}>{(concern.kind === 'meeting' && meetings.get(concern.id)?.title) || concern.id}</a>
                </span>
              ))}
              {commitment.fulfilledBy && (
                <>
                  {'; fulfilled by '}
                  <a href={recordHref(commitment.fulfilledBy.kind, commitment.fulfilledBy.id)}>{meetings.get(commitment.fulfilledBy.id)?.title ?? commitment.fulfilledBy.id}</a>
                </>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

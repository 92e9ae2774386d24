import { partyName, relationEventLabel } from '@bilat/domain';
import { eventDateLabel } from '@bilat/formats';
import { Cite } from '~/components/citations';
import { recordHref } from '~/lib/links';
import type { DossierView } from '~/server/dossier';
import { ChangeMarkBadge } from './change-mark';

/** The relationship's milestones, oldest first: recognition, relations established, missions opened, raised, moved, closed. */
export function RelationsSection({ view }: { view: DossierView }) {
  const { relations } = view.dossier;
  if (relations.length === 0) return <p className="empty">No relations event (recognition, diplomatic relations, a mission opened or closed) is recorded between the two.</p>;
  return (
    <ol className="timeline" data-testid="relations">
      {relations.map((relation) => (
        <li key={relation.id} data-relation={relation.id} data-kind={relation.kind}>
          <div className="when">
            <span title={relation.date.note}>{eventDateLabel(relation.date)}</span> <ChangeMarkBadge marks={view.marks} kind="relation" id={relation.id} />
          </div>
          <h3 className="timeline-title">
            <a href={recordHref('relation', relation.id)}>{relationEventLabel(relation.kind)}</a>
            <Cite citations={relation.citations} sourceTitles={view.sourceTitles} numbers={view.sourceNumbers} />
          </h3>
          <p className="meta">
            {relation.actor ? `By ${partyName(relation.actor)}` : 'By both'}
            {relation.city && ` · ${relation.city}`}
          </p>
        </li>
      ))}
    </ol>
  );
}

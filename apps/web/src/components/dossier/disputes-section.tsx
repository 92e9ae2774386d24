import { refKey, type Dispute } from '@bilat/domain';
import { humanize } from '~/lib/labels';
import { Disputes } from '~/components/records/disputes';
import type { DossierView } from '~/server/dossier';

/** The pair's disputes with each claim side by side. */
export function DisputesSection({ view }: { view: DossierView }) {
  const { dossier } = view;
  if (dossier.disputes.length === 0) return <p className="empty">No disagreement between sources is recorded.</p>;
  const titles = new Map<string, string>();
  for (const [id, person] of view.people) titles.set(refKey({ kind: 'person', id }), person.name);
  for (const meeting of dossier.meetings) titles.set(refKey({ kind: 'meeting', id: meeting.id }), meeting.title);
  // Whose fact it is: the subject, else the record a claim sits on; one with no title here is named by its kind ("the start of a post held").
  const subjectTitle = (dispute: Dispute) => {
    const ref = dispute.subject ?? dispute.claims.find((claim) => claim.record)?.record;
    if (!ref) return undefined;
    return titles.get(refKey(ref)) ?? `a ${ref.kind === 'holding' ? 'post held' : humanize(ref.kind).toLowerCase()}`;
  };
  return <Disputes disputes={dossier.disputes} sourceTitles={view.sourceTitles} numbers={view.sourceNumbers} subjectTitle={subjectTitle} />;
}

import { refKey } from '@bilat/domain';
import { Disputes } from '~/components/records/disputes';
import type { DossierView } from '~/server/dossier';

/** The pair's disputes with each claim side by side. */
export function DisputesSection({ view }: { view: DossierView }) {
  const { dossier } = view;
  if (dossier.disputes.length === 0) return <p className="empty">No disagreement between sources is recorded.</p>;
  const titles = new Map<string, string>();
  for (const [id, person] of view.people) titles.set(refKey({ kind: 'person', id }), person.name);
  for (const meeting of dossier.meetings) titles.set(refKey({ kind: 'meeting', id: meeting.id }), meeting.title);
  return <Disputes disputes={dossier.disputes} sourceTitles={view.sourceTitles} numbers={view.sourceNumbers} subjectTitle={(dispute) => (dispute.subject ? titles.get(refKey(dispute.subject)) : undefined)} />;
}

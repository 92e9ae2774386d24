import { AGREEMENT_STAGES } from '@bilat/domain';
import { eventDateLabel } from '@bilat/formats';
import { Cite } from '~/components/citations';
import { humanize, stageLabel } from '~/lib/labels';
import { recordHref } from '~/lib/links';
import type { DossierView } from '~/server/dossier';
import { ChangeMarkBadge } from './change-mark';

/** Agreements grouped by where they stand: planned, signed, in force, expired, terminated. */
export function AgreementsSection({ view }: { view: DossierView }) {
  const { dossier } = view;
  const stages = AGREEMENT_STAGES.filter((stage) => dossier.agreements[stage].length > 0);
  if (stages.length === 0) return <p className="empty">No agreement between the two is recorded.</p>;
  return (
    <div className="stack">
      {stages.map((stage) => (
        <section key={stage} aria-labelledby={`agreements-${stage}`}>
          <h3 id={`agreements-${stage}`}>
            {stageLabel(stage)} <span className="muted">({dossier.agreements[stage].length})</span>
          </h3>
          <ul className="plain-list">
            {dossier.agreements[stage].map((agreement) => {
              const step = [...agreement.steps].reverse().find((s) => s.stage === agreement.stage && s.date);
              return (
                <li key={agreement.id} data-agreement={agreement.id}>
                  <a href={recordHref('agreement', agreement.id)}>{agreement.title}</a>
                  <Cite citations={agreement.citations} sourceTitles={view.sourceTitles} numbers={view.sourceNumbers} /> <ChangeMarkBadge marks={view.marks} kind="agreement" id={agreement.id} />
                  <div className="muted">
                    <span className="badge">{humanize(agreement.kind)}</span> {stageLabel(agreement.stage)}
                    {step?.date ? <span title={step.date.note}> {eventDateLabel(step.date)}</span> : ', date not known'}
                  </div>
                  {agreement.summary && <div className="muted">{agreement.summary}</div>}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

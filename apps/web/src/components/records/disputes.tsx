import { formatPartialDate, isPartialDate, type Dispute } from '@bilat/domain';
import { Cite } from '~/components/citations';

/** Each disagreement with its claims side by side, each claim with its source. */
export function Disputes({ disputes, sourceTitles, numbers, subjectTitle }: { disputes: readonly Dispute[]; sourceTitles: ReadonlyMap<string, string>; numbers?: ReadonlyMap<string, number>; subjectTitle?: (dispute: Dispute) => string | undefined }) {
  if (disputes.length === 0) return null;
  return (
    <div className="stack">
      {disputes.map((dispute) => {
        const subject = subjectTitle?.(dispute);
        return (
          <section key={dispute.id} className="dispute" aria-label={`Disputed ${dispute.field}${subject ? ` of ${subject}` : ''}`} data-dispute={dispute.id}>
            <p>
              <strong>Sources disagree</strong> on the {dispute.field}
              {subject ? <> of {subject}</> : null}. Both claims are kept.
            </p>
            <div className="side-by-side">
              {dispute.claims.map((claim, index) => (
                <div key={`${claim.citation.sourceId}-${index}`} className="card claim">
                  <p className="claim-value">{isPartialDate(claim.value) ? formatPartialDate(claim.value) : claim.value}</p>
                  <p className="muted">
                    per {sourceTitles.get(claim.citation.sourceId) ?? claim.citation.sourceId}
                    <Cite citations={[claim.citation]} sourceTitles={sourceTitles} numbers={numbers} />
                  </p>
                  {claim.citation.note && <p className="muted">{claim.citation.note}</p>}
                </div>
              ))}
            </div>
            {dispute.notes && <p className="muted">{dispute.notes}</p>}
          </section>
        );
      })}
    </div>
  );
}

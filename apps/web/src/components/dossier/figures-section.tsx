import { formatPartialDate, partyNameInText } from '@bilat/domain';
import { indicatorValueLabel, periodLabel } from '@bilat/formats';
import { Cite } from '~/components/citations';
import { MoneyText } from '~/components/money';
import { humanize } from '~/lib/labels';
import type { DossierView } from '~/server/dossier';
import { ChangeMarkBadge } from './change-mark';

const QUALIFIER_WORDS = { stated: '', reported: ' (date of the report)', inferred: ' (inferred)' } as const;

/** Investment over its span and indicators at their as-of dates, each with its sources. */
export function FiguresSection({ view }: { view: DossierView }) {
  const { dossier } = view;
  return (
    <div className="two-col">
      <div>
        <h3>Investment</h3>
        {dossier.investment.length === 0 ? (
          <p className="empty">No investment figure is recorded.</p>
        ) : (
          <ul className="plain-list">
            {dossier.investment.map((flow) => (
              <li key={flow.id} className="card" data-investment={flow.id}>
                <p className="figure"><MoneyText value={flow.value} /></p>
                <p>
                  {humanize(flow.kind)} of {flow.category === 'total' ? 'all' : flow.category} investment from {partyNameInText(flow.from)} to {partyNameInText(flow.to)}
                  <Cite citations={flow.citations} sourceTitles={view.sourceTitles} numbers={view.sourceNumbers} /> <ChangeMarkBadge marks={view.marks} kind="investment" id={flow.id} />
                </p>
                <p className="muted">
                  {flow.cumulative ? 'Cumulative over ' : 'Over '}
                  <span data-span>{periodLabel(flow.span)}</span>
                  {flow.reporter && `, as reported by ${partyNameInText(flow.reporter)}`}
                </p>
                {view.canWrite && (
                  <p className="no-print">
                    <a href={`/figures/investment/${flow.id}/edit`}>Edit this figure</a>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3>Indicators</h3>
        {dossier.indicators.length === 0 ? (
          <p className="empty">No indicator is recorded.</p>
        ) : (
          <ul className="plain-list">
            {dossier.indicators.map((indicator) => (
              <li key={indicator.id} className="card" data-indicator={indicator.id}>
                <p className="figure">
                  {indicator.unit.trim().toLowerCase() === 'rank' ? (
                    indicatorValueLabel(indicator)
                  ) : (
                    <>
                      {indicator.value} <span className="unit">{indicator.unit}</span>
                    </>
                  )}
                </p>
                <p>
                  {indicator.label}
                  <Cite citations={indicator.citations} sourceTitles={view.sourceTitles} numbers={view.sourceNumbers} /> <ChangeMarkBadge marks={view.marks} kind="indicator" id={indicator.id} />
                </p>
                <p className="muted">
                  As of {formatPartialDate(indicator.asOf)}
                  {QUALIFIER_WORDS[indicator.asOfQualifier]}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

import { partyName, type TradeRow } from '@bilat/domain';
import { moneyLabelsApart, periodLabel } from '@bilat/formats';
import { Cite } from '~/components/citations';
import { MoneyText } from '~/components/money';
import type { DossierView } from '~/server/dossier';
import { ChangeMarkBadge } from './change-mark';
import { MirrorsBlock } from './mirrors-block';
import { TradeChart, FLOW_NAMES } from './trade-chart';
import { chartSeries } from './trade-data';

function FigureCell({ row, view }: { row: TradeRow; view: DossierView }) {
  if (row.disputed) {
    // Labelled together, so that two different figures never read the same.
    const labels = moneyLabelsApart(row.figures.map((figure) => figure.value));
    return (
      <td className="num dispute-cell">
        <span className="badge warn">sources disagree</span>
        <span className="side-by-side">
          {row.figures.map((figure, i) => (
            <span key={figure.id} className="money">
              <MoneyText value={figure.value} label={labels[i]} />
              <Cite citations={figure.citations} sourceTitles={view.sourceTitles} numbers={view.sourceNumbers} />
            </span>
          ))}
        </span>
      </td>
    );
  }
  const figure = row.figures[0]!;
  return (
    <td className="num">
      <span className="money"><MoneyText value={figure.value} /></span>
      <Cite citations={row.figures.flatMap((f) => f.citations)} sourceTitles={view.sourceTitles} numbers={view.sourceNumbers} />{' '}
      <ChangeMarkBadge marks={view.marks} kind="trade" id={row.figures.map((f) => f.id)} />
      {view.canWrite && (
        <a className="edit-link no-print" href={`/figures/trade/${figure.id}/edit`} aria-label={`Edit the figure ${figure.id}`}>
          edit
        </a>
      )}
      {figure.changePercent && (
        <span className="muted change">
          {Number(figure.changePercent) >= 0 ? '+' : ''}
          {figure.changePercent}% on the previous period
        </span>
      )}
    </td>
  );
}

/** The trade chart with its data table beside it; every figure in the table carries its sources. */
export function TradeSection({ view }: { view: DossierView }) {
  const { dossier } = view;
  if (dossier.trade.length === 0) return <p className="empty">No trade figure is recorded for this pair.</p>;
  const charts = chartSeries(dossier.trade);
  return (
    <div className="stack">
      <div className="chart-layout">
        <div className="stack">
          {charts.map((series) => (
            <TradeChart key={`${series.reporter}-${series.partner}`} series={series} id={`trade-${series.reporter}-${series.partner}`} />
          ))}
          {charts.length === 0 && <p className="empty">No whole-year figure to chart; the table lists what is known.</p>}
          <p className="muted">Periods shorter than a year appear in the table only. Each side&rsquo;s statistics differ, so figures are never mixed across reporters.</p>
        </div>
        <div className="table-wrap">
          <table data-testid="trade-table">
            <caption>Trade figures by period and flow, with the reporting side</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Flow</th>
                <th scope="col">Reported by</th>
                <th scope="col" className="num">
                  Value
                </th>
              </tr>
            </thead>
            <tbody>
              {[...dossier.trade].reverse().map((row) => (
                <tr key={`${row.period.start}-${row.period.end ?? ''}-${row.flow}-${row.reporter}`} data-period={row.period.start} data-flow={row.flow}>
                  <th scope="row">{periodLabel(row.period, { style: 'short' })}</th>
                  <td>
                    {FLOW_NAMES[row.flow]}
                    {row.flow !== 'turnover' && <span className="muted"> ({row.flow === 'export' ? 'to' : 'from'} {partyName(row.partner)})</span>}
                  </td>
                  <td>{partyName(row.reporter)}</td>
                  <FigureCell row={row} view={view} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <MirrorsBlock view={view} />
    </div>
  );
}

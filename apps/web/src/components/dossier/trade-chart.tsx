import { partyName } from '@bilat/domain';
import { scaleBand, scaleLinear } from 'd3-scale';
import { FLOWS, type ChartSeries, type Flow } from './trade-data';

const WIDTH = 640;
const HEIGHT = 300;
const MARGIN = { top: 24, right: 12, bottom: 36, left: 56 };

export const FLOW_NAMES: Record<Flow, string> = { export: 'Exports', import: 'Imports', turnover: 'Turnover' };

/**
 * Trade by year as grouped bars, drawn on the server: d3-scale places the bands and
 * ticks, the SVG is plain JSX. Each bar carries its value; a year with no figure for a
 * flow draws nothing there (no figure is not zero).
 */
export function TradeChart({ series, id }: { series: ChartSeries; id: string }) {
  const years = series.years.map((entry) => entry.year);
  const max = Math.max(1, ...series.years.flatMap((entry) => FLOWS.map((flow) => entry.values[flow]?.millions ?? 0)));
  const x = scaleBand<string>().domain(years).range([MARGIN.left, WIDTH - MARGIN.right]).paddingInner(0.25).paddingOuter(0.15);
  const inner = scaleBand<Flow>().domain([...FLOWS]).range([0, x.bandwidth()]).padding(0.08);
  const y = scaleLinear().domain([0, max]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const ticks = y.ticks(5);
  const reporter = partyName(series.reporter);
  const partner = partyName(series.partner);
  const title = `Trade of ${reporter} with ${partner} by year, as reported by ${reporter} (millions of ${series.currency})`;
  const description = series.years
    .map((entry) => `${entry.year}: ${FLOWS.filter((flow) => entry.values[flow]).map((flow) => `${FLOW_NAMES[flow].toLowerCase()} ${entry.values[flow]!.label}`).join(', ')}`)
    .join('; ');
  return (
    <figure className="chart" data-chart={`${series.reporter}-${series.partner}`}>
      <figcaption>
        <strong>Reported by {reporter}</strong>: {reporter}&rsquo;s exports to and imports from {partner}, and their sum, in millions of {series.currency}.
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} data-testid="trade-chart">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g className="axis y-axis">
          {ticks.map((tick) => (
            <g key={tick} transform={`translate(0,${y(tick)})`}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} className="gridline" />
              <text x={MARGIN.left - 6} dy="0.32em" textAnchor="end">
                {tick}
              </text>
            </g>
          ))}
          <text x={MARGIN.left - 6} y={MARGIN.top - 10} textAnchor="end" className="axis-unit">
            {series.currency} m
          </text>
        </g>
        {series.years.map((entry) => (
          <g key={entry.year} transform={`translate(${x(entry.year)},0)`} data-year={entry.year}>
            {FLOWS.map((flow) => {
              const value = entry.values[flow];
              const left = inner(flow)!;
              if (!value) {
                return (
                  <text key={flow} x={left + inner.bandwidth() / 2} y={HEIGHT - MARGIN.bottom - 4} textAnchor="middle" className="bar-missing">
                    –
                  </text>
                );
              }
              const top = y(value.millions);
              return (
                <g key={flow} className={`bar bar-${flow}`} data-flow={flow} data-value={value.label}>
                  <rect x={left} y={top} width={inner.bandwidth()} height={Math.max(0, HEIGHT - MARGIN.bottom - top)} />
                  <text x={left + inner.bandwidth() / 2} y={top - 4} textAnchor="middle" className="bar-label">
                    {value.label}
                    {value.disputed ? '*' : ''}
                  </text>
                </g>
              );
            })}
            <text x={x.bandwidth() / 2} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle" className="year-label">
              {entry.year}
            </text>
          </g>
        ))}
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom} className="baseline" />
      </svg>
      <p className="legend" aria-hidden="true">
        {FLOWS.map((flow) => (
          <span key={flow}>
            <span className={`swatch swatch-${flow}`} />
            {FLOW_NAMES[flow]}
          </span>
        ))}
        <span>– no figure reported</span>
        {series.years.some((entry) => FLOWS.some((flow) => entry.values[flow]?.disputed)) && <span>* sources disagree (see the table)</span>}
      </p>
    </figure>
  );
}

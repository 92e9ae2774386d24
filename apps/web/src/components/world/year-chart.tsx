import { useId } from 'react';

interface Props {
  points: ReadonlyArray<{ year: number; value: number }>;
  caption: string;
  /** The unit in words for each bar's title: "meetings". */
  unit: string;
}

const WIDTH = 640;
const HEIGHT = 170;
const LEFT = 34;
const BOTTOM = 20;
const TOP = 8;

/**
 * Counts per year as bars, every year of the span drawn (an empty year is a gap), in SVG
 * rendered on the server: no chart runtime reaches the browser.
 */
export function YearChart({ points, caption, unit }: Props) {
  const id = useId();
  if (points.length === 0) return null;
  const from = Math.min(...points.map((point) => point.year));
  const to = Math.max(...points.map((point) => point.year));
  const max = Math.max(1, ...points.map((point) => point.value));
  const byYear = new Map(points.map((point) => [point.year, point.value]));
  const years = Array.from({ length: to - from + 1 }, (_, index) => from + index);
  const slot = (WIDTH - LEFT) / years.length;
  const plot = HEIGHT - TOP - BOTTOM;
  // A year label every so many years, on round years when the span is long.
  const every = years.length <= 12 ? 1 : years.length <= 30 ? 5 : 10;
  return (
    <figure className="chart year-chart">
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-caption`} data-testid="year-chart">
        <line className="baseline" x1={LEFT} x2={WIDTH} y1={TOP + plot} y2={TOP + plot} />
        <line className="gridline" x1={LEFT} x2={WIDTH} y1={TOP} y2={TOP} />
        <text x={LEFT - 4} y={TOP + 4} textAnchor="end">
          {max}
        </text>
        <text x={LEFT - 4} y={TOP + plot} textAnchor="end">
          0
        </text>
        {years.map((year, index) => {
          const value = byYear.get(year) ?? 0;
          const height = (value / max) * plot;
          const x = LEFT + index * slot;
          return (
            <g key={year} data-year={year} data-value={value}>
              {value > 0 && (
                <rect x={x + slot * 0.1} width={Math.max(1, slot * 0.8)} y={TOP + plot - height} height={height}>
                  <title>{`${year}: ${value} ${unit}`}</title>
                </rect>
              )}
              {year % every === 0 && (
                <text x={x + slot / 2} y={HEIGHT - 5} textAnchor="middle">
                  {year}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details>
        <summary>The chart as a table</summary>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" className="num">
                {unit}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.year}>
                <td>{point.year}</td>
                <td className="num">{point.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

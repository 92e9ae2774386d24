import { precisionOf, type Money, type TradeRow } from '@bilat/domain';

export const FLOWS = ['export', 'import', 'turnover'] as const;
export type Flow = (typeof FLOWS)[number];

export interface ChartYear {
  year: string;
  values: Partial<Record<Flow, { millions: number; label: string; disputed: boolean }>>;
}

export interface ChartSeries {
  reporter: string;
  partner: string;
  currency: string;
  years: ChartYear[];
}

/** A figure in millions, with as many decimals as its stated precision has ("223.6" for 0.1 M). */
export function millions(money: Money): { millions: number; label: string } {
  const value = Number(money.amount) / 1e6;
  const precision = money.precision ? Number(money.precision) : 1e5;
  const decimals = Math.max(0, Math.min(3, Math.round(6 - Math.log10(precision))));
  return { millions: value, label: value.toFixed(decimals) };
}

/** Whole-year figures, by reporting side, in one currency: what the chart draws. Shorter periods stay in the table. */
export function chartSeries(rows: readonly TradeRow[]): ChartSeries[] {
  const byReporter = new Map<string, ChartSeries>();
  for (const row of rows) {
    const annual = precisionOf(row.period.start) === 'year' && (!row.period.end || row.period.end === row.period.start);
    const figure = row.figures[0];
    if (!annual || !figure) continue;
    const key = `${row.reporter}-${row.partner}`;
    const series = byReporter.get(key) ?? { reporter: row.reporter, partner: row.partner, currency: figure.value.currency, years: [] };
    if (figure.value.currency !== series.currency) continue;
    let year = series.years.find((entry) => entry.year === row.period.start);
    if (!year) {
      year = { year: row.period.start, values: {} };
      series.years.push(year);
    }
    year.values[row.flow] = { ...millions(figure.value), disputed: row.disputed };
    byReporter.set(key, series);
  }
  for (const series of byReporter.values()) series.years.sort((a, b) => a.year.localeCompare(b.year));
  return [...byReporter.values()];
}

import { comparePartialDates, groupTradeRows, partyName, partyNameInText, type TradeFlow, type TradeMirror, type TradeRow } from '@bilat/domain';
import { mirrorLabel, moneyLabel, moneyLabelsApart, periodLabel } from '@bilat/formats/labels';
import { pad } from '../table.js';
import type { Column } from '../table.js';
import { blank, heading, line, paragraph, span, tableLines, type Line, type Tone } from './doc.js';

/*
 * Trade by period and flow, always with the side whose statistics give the figure:
 * Kazakhstan's exports to Lithuania are Lithuania's imports from Kazakhstan, and the two
 * sides' figures differ. Disagreeing figures for one cell stay side by side.
 */

const FLOW_ORDER = { export: 0, import: 1, turnover: 2 } as const;
const FLOW_NAMES = { export: 'exports', import: 'imports', turnover: 'turnover' } as const;
const FLOW_TONES: Record<TradeFlow['flow'], Tone> = { export: 'export', import: 'import', turnover: 'turnover' };

/** Figures grouped into cells (period, reporter, flow), exactly as the dossier groups them. */
export function groupTrade(flows: readonly TradeFlow[]): TradeRow[] {
  return groupTradeRows(flows);
}

/** Oldest period first, then exports, imports, turnover, then by reporter. */
export function compareTradeRows(a: Pick<TradeRow, 'period' | 'flow' | 'reporter'>, b: Pick<TradeRow, 'period' | 'flow' | 'reporter'>): number {
  return (
    comparePartialDates(a.period.start, b.period.start) ||
    comparePartialDates(a.period.end ?? a.period.start, b.period.end ?? b.period.start) ||
    FLOW_ORDER[a.flow] - FLOW_ORDER[b.flow] ||
    (a.reporter < b.reporter ? -1 : a.reporter > b.reporter ? 1 : 0)
  );
}

export function sortTradeFlows(flows: readonly TradeFlow[]): TradeFlow[] {
  return [...flows].sort((a, b) => compareTradeRows(a, b) || (a.id < b.id ? -1 : 1));
}

export function cellValue(row: TradeRow): string {
  const values = moneyLabelsApart(row.figures.map((figure) => figure.value));
  return row.disputed ? `${[...new Set(values)].join(' / ')} ⚠` : values[0]!;
}

interface PivotRow {
  period: TradeRow['period'];
  reporter: string;
  partner: string;
  cells: Partial<Record<TradeFlow['flow'], TradeRow>>;
}

/** One row per period and reporter with exports, imports and turnover side by side. */
export function pivotTrade(rows: readonly TradeRow[]): PivotRow[] {
  const pivot = new Map<string, PivotRow>();
  for (const row of rows) {
    const key = [row.period.start, row.period.end ?? '', row.reporter, row.partner].join('|');
    const entry = pivot.get(key) ?? { period: row.period, reporter: row.reporter, partner: row.partner, cells: {} };
    entry.cells[row.flow] = row;
    pivot.set(key, entry);
  }
  // Newest period first, as people read a trade table.
  return [...pivot.values()].sort((a, b) => comparePartialDates(b.period.start, a.period.start) || comparePartialDates(b.period.end ?? b.period.start, a.period.end ?? a.period.start));
}

const pivotColumns: Column<PivotRow>[] = [
  { header: 'period', value: (r) => periodLabel(r.period, { style: 'short' }) },
  { header: 'reported by', value: (r) => partyName(r.reporter) },
  { header: 'exports', value: (r) => (r.cells.export ? cellValue(r.cells.export) : '—'), align: 'right' },
  { header: 'imports', value: (r) => (r.cells.import ? cellValue(r.cells.import) : '—'), align: 'right' },
  { header: 'turnover', value: (r) => (r.cells.turnover ? cellValue(r.cells.turnover) : '—'), align: 'right' },
];

/** Notes under a trade table: whose perspective the flows take, and what ⚠ means. */
export function tradeNotes(rows: readonly TradeRow[]): string[] {
  const notes: string[] = [];
  const reporters = [...new Set(rows.map((r) => `${r.reporter}|${r.partner}`))];
  for (const key of reporters) {
    const [reporter, partner] = key.split('|') as [string, string];
    notes.push(`Exports and imports as ${partyName(reporter)} reports them: its exports to and imports from ${partyNameInText(partner)}.`);
  }
  if (rows.some((r) => r.disputed)) notes.push('⚠ sources give different figures for this cell; both are shown.');
  return notes;
}

/** The trade table as view lines (rows lead to the turnover figure, or the first figure of the row). */
export function tradeTableLines(rows: readonly TradeRow[], width: number): Line[] {
  if (rows.length === 0) return [line([span('No trade figures recorded.', 'muted')])];
  const pivot = pivotTrade(rows);
  const target = (r: PivotRow) => {
    const cell = r.cells.turnover ?? r.cells.export ?? r.cells.import;
    return cell ? ({ screen: 'record', kind: 'trade', id: cell.figures[0]!.id } as const) : undefined;
  };
  return [...tableLines(pivot, pivotColumns, width, target), ...tradeNotes(rows).map((text) => line([span(text, 'muted')]))];
}

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A horizontal bar of `fraction` of `width` cells, in eighths of a cell. */
export function bar(fraction: number, width: number): string {
  const eighths = Math.max(0, Math.round(Math.min(1, fraction) * width * 8));
  const full = Math.floor(eighths / 8);
  const rest = eighths % 8;
  // A value above zero always shows, however small beside the largest.
  if (full === 0 && rest === 0 && fraction > 0) return '▏';
  return '█'.repeat(full) + EIGHTHS[rest];
}

/**
 * The trade chart: for each reporting side and currency, bars by period and flow,
 * scaled to the largest figure of that group; each bar leads to its figure.
 */
export function tradeChartLines(rows: readonly TradeRow[], width: number): Line[] {
  if (rows.length === 0) return [line([span('No trade figures recorded for this pair.', 'muted')])];
  const out: Line[] = [];
  const groups = new Map<string, TradeRow[]>();
  for (const row of rows) {
    const currency = row.figures[0]!.value.currency;
    const key = `${row.reporter}|${row.partner}|${currency}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const [key, group] of groups) {
    const [reporter, partner, currency] = key.split('|') as [string, string, string];
    if (out.length) out.push(blank());
    out.push(heading(`As reported by ${partyNameInText(reporter)}: trade with ${partyNameInText(partner)}, ${currency}`));
    const sorted = [...group].sort((a, b) => comparePartialDates(b.period.start, a.period.start) || FLOW_ORDER[a.flow] - FLOW_ORDER[b.flow]);
    const max = Math.max(...sorted.flatMap((row) => row.figures.map((figure) => Math.abs(Number(figure.value.amount)))), 1);
    const periodWidth = Math.max(...sorted.map((row) => periodLabel(row.period, { style: 'short' }).length));
    const valueWidth = Math.max(...sorted.flatMap((row) => row.figures.map((figure) => moneyLabel(figure.value).length))) + 2;
    // Bars stop at 50 cells: wider ones read no better, and piped output has no width to fill.
    const barWidth = Math.min(50, Math.max(10, width - periodWidth - 10 - valueWidth - 4));
    let previous = '';
    for (const row of sorted) {
      const period = periodLabel(row.period, { style: 'short' });
      for (const [index, figure] of row.figures.entries()) {
        const label = period === previous ? '' : period;
        previous = period;
        const amount = Number(figure.value.amount);
        const drawn = bar(Math.abs(amount) / max, barWidth);
        out.push(
          line(
            [
              span(`${pad(label, periodWidth)}  `),
              span(pad(index === 0 ? FLOW_NAMES[row.flow] : '', 9), 'muted'),
              span(' '),
              span(pad(drawn, barWidth), FLOW_TONES[row.flow]),
              span(' '),
              span(moneyLabel(figure.value)),
              ...(row.disputed ? [span(' ⚠', 'warning')] : []),
            ],
            { screen: 'record', kind: 'trade', id: figure.id },
          ),
        );
      }
    }
  }
  if (rows.some((r) => r.disputed)) out.push(line([span('⚠ sources give different figures for the same period and flow; each is drawn.', 'muted')]));
  return out;
}

/**
 * One flow as each side reports it (the exporter's exports beside the importer's
 * imports), the gap between them and why it can exist; each line leads to the exporter's figure.
 */
export function mirrorLines(mirrors: readonly TradeMirror[], width: number): Line[] {
  if (mirrors.length === 0) return [];
  const out: Line[] = [blank(), heading('Two figures for one flow', mirrors.length)];
  for (const mirror of mirrors) {
    const target = { screen: 'record', kind: 'trade', id: mirror.exported[0]!.id } as const;
    out.push(...paragraph(mirrorLabel(mirror), width, { indent: 2 }).map((l, i) => (i === 0 ? { ...l, target } : l)));
  }
  out.push(...paragraph('Why the two figures differ:', width, { tone: 'muted' }));
  for (const reason of mirrors[0]!.reasons) out.push(...paragraph(`- ${reason}`, width, { indent: 2, tone: 'muted' }));
  return out;
}

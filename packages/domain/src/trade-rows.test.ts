import { describe, expect, it } from 'vitest';
import { groupTradeRows, toFixedOne, tradeMirrors } from './dossier.js';
import type { TradeFlow } from './records/index.js';
import { mirrorSeriesOf, mirrorSeriesOfRows, tradeSeriesOf } from './dossier-pages.js';

/** A trade figure with only what grouping reads; the rest as any figure has it. */
function figure(id: string, fields: Pick<TradeFlow, 'reporter' | 'partner' | 'flow'> & { period: TradeFlow['period']; amount: string; currency?: string; precision?: string; sources?: string[] }): TradeFlow {
  return {
    id,
    status: 'verified',
    citations: (fields.sources ?? ['src-a']).map((sourceId) => ({ sourceId })),
    reporter: fields.reporter,
    partner: fields.partner,
    period: fields.period,
    flow: fields.flow,
    value: { amount: fields.amount, currency: fields.currency ?? 'USD', ...(fields.precision ? { precision: fields.precision } : {}) },
    classification: { system: 'total', code: 'TOTAL' },
  } as TradeFlow;
}

describe('trade rows, mirrors and series', () => {
  const flows = [
    figure('t1', { reporter: 'KZ', partner: 'LT', flow: 'export', period: { start: '2021' }, amount: '100', sources: ['src-b', 'src-a'] }),
    // A second source for the same row: a spread of 2 within the precisions of 10 and 1 (not disputed).
    figure('t2', { reporter: 'KZ', partner: 'LT', flow: 'export', period: { start: '2021' }, amount: '102', precision: '10', sources: ['src-a'] }),
    // The same start but a longer period: a row of its own.
    figure('t3', { reporter: 'KZ', partner: 'LT', flow: 'export', period: { start: '2021', end: '2022' }, amount: '250' }),
    // The partner's side of 2021, twice (the first one is the mirror).
    figure('t4', { reporter: 'LT', partner: 'KZ', flow: 'import', period: { start: '2021' }, amount: '90', sources: ['src-c'] }),
    figure('t5', { reporter: 'LT', partner: 'KZ', flow: 'import', period: { start: '2021' }, amount: '500', currency: 'EUR' }),
    // 2020 seen from both sides the other way round.
    figure('t6', { reporter: 'KZ', partner: 'LT', flow: 'import', period: { start: '2020' }, amount: '40' }),
    figure('t7', { reporter: 'LT', partner: 'KZ', flow: 'export', period: { start: '2020' }, amount: '7' }),
  ];

  it('groups figures of one period, flow, reporter and partner into a row, sorted by date, then flow, then reporter', () => {
    const rows = groupTradeRows(flows);
    expect(rows.map((row) => [row.period, row.flow, row.reporter, row.figures.map((f) => f.id)])).toEqual([
      [{ start: '2020' }, 'export', 'LT', ['t7']],
      [{ start: '2020' }, 'import', 'KZ', ['t6']],
      [{ start: '2021' }, 'export', 'KZ', ['t1', 't2']],
      [{ start: '2021' }, 'import', 'LT', ['t4', 't5']],
      [{ start: '2021', end: '2022' }, 'export', 'KZ', ['t3']],
    ]);
    const twoSources = rows[2]!;
    expect(twoSources.disputed).toBe(false);
    expect(twoSources.gap).toEqual({ amount: '2', currency: 'USD', precision: '10' });
    // Two currencies in one row: disputed, and no gap between them.
    expect(rows[3]!.disputed).toBe(true);
    expect(rows[3]!.gap).toBeNull();
  });

  it('pairs each export with the first import the partner reported for the same period', () => {
    const rows = groupTradeRows(flows);
    const mirrors = tradeMirrors(rows);
    // The 2021–2022 export has no import on the other side: no mirror.
    expect(mirrors.map((mirror) => [mirror.period, mirror.exporter, mirror.importer, mirror.gap, mirror.gapPercent])).toEqual([
      [{ start: '2020' }, 'LT', 'KZ', { amount: '33', currency: 'USD' }, '471.4'],
      [{ start: '2021' }, 'KZ', 'LT', { amount: '-10', currency: 'USD' }, '-10.0'],
    ]);
    // The compact answer's series, written from the rows, are those of the mirrors.
    expect(mirrorSeriesOfRows(rows)).toEqual(mirrorSeriesOf(mirrors));
    expect(mirrorSeriesOfRows(rows)).toEqual([
      { exporter: 'LT', importer: 'KZ', exportedCurrency: 'USD', importedCurrency: 'USD', points: [['2020', '7', '40', '33', '471.4']] },
      { exporter: 'KZ', importer: 'LT', exportedCurrency: 'USD', importedCurrency: 'USD', points: [['2021', '100', '90', '-10', '-10.0']] },
    ]);
  });

  it('writes a series per reporter, partner, flow and currency, each source once in the order first cited', () => {
    const series = tradeSeriesOf(groupTradeRows(flows));
    expect(series.map((one) => [one.reporter, one.flow, one.currency, one.points, one.sourceIds, one.disputed, one.figures])).toEqual([
      ['LT', 'export', 'USD', [['2020', '7']], ['src-a'], [], 1],
      ['KZ', 'import', 'USD', [['2020', '40']], ['src-a'], [], 1],
      // Precisions differ (none, 10): each point carries its own.
      ['KZ', 'export', 'USD', [['2021', '100'], ['2021', '102', '10'], ['2021/2022', '250']], ['src-b', 'src-a'], [], 3],
      ['LT', 'import', 'USD', [['2021', '90']], ['src-c'], ['2021'], 1],
      ['LT', 'import', 'EUR', [['2021', '500']], ['src-a'], ['2021'], 1],
    ]);
  });

  it('writes a gap percentage as toFixed(1) does: ties, halves just off a tie, signs, zero and the very large', () => {
    const values = [
      0, -0, 0.05, 0.15, 0.25, 0.35, -0.05, -0.04, -0.15, 1.005, 2.45, 99.95, 99.94999999, -99.7, 471.42857142857144, 12.25, 1e14, 1e15, 1.5e20, 3e21, -3e21, 5e-324,
      Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY,
    ];
    // And percentages as mirrors make them: (imported − exported) / exported × 100 over whole amounts.
    for (let exported = 1; exported < 3000; exported += 7) for (let imported = 0; imported < 9000; imported += 131) values.push(((imported - exported) / exported) * 100);
    for (const value of values) expect([value, toFixedOne(value)]).toEqual([value, value.toFixed(1)]);
  });
});

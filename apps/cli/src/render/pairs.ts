import type { Page } from '../data/pages.js';
import { note } from '../output.js';
import { pairColumns, pairLabel, type PairRow } from '../views/pairs.js';
import { printTable } from './print.js';

/** `bilat pairs`: a table (loading only what a quick start needs) or CSV. */
export async function printPairs(page: Page<PairRow>, total: number, format: 'table' | 'csv'): Promise<void> {
  if (format === 'csv') {
    // The CSV writer (and what it brings) loads only for CSV.
    const { printCsv } = await import('./tables.js');
    return printCsv(page, [
      { header: 'pair', value: (p) => p.pair },
      { header: 'countries', value: (p) => pairLabel(p.pair) },
      { header: 'meetings', value: (p) => p.meetings },
      { header: 'visits', value: (p) => p.visits },
      { header: 'agreements', value: (p) => p.agreements },
      { header: 'relations', value: (p) => p.relations },
      { header: 'records', value: (p) => p.records },
      { header: 'trade_years', value: (p) => p.tradeYears },
      { header: 'last_meeting_first_day', value: (p) => p.lastMeetingFirstDay },
      { header: 'last_meeting_date', value: (p) => p.lastMeetingDate },
    ]);
  }
  printTable(page, pairColumns, total === 0 ? 'No country pairs match. Load data with: bilat db seed' : 'No more pairs.');
  if (page.items.length && total > page.items.length) note(`${page.items.length} of ${total} pairs shown`);
}

import type { PairSummary } from '@bilat/db/summaries';
import { formatPartialDate } from '@bilat/domain/dates';
import { partyName } from '@bilat/domain/parties';
import type { Column } from '../table.js';

/*
 * The pairs list as `bilat pairs` and the UI show it. Only zod-free parts of the domain
 * are imported here: the list is a quick start's first output.
 */

/** "Kazakhstan – Lithuania" for `KZ-LT`. */
export function pairLabel(pair: string): string {
  return pair
    .split('-')
    .map((code) => partyName(code))
    .join(' – ');
}

/** A row of the pairs list: the data layer's pair summary (the parties are read from `pair`). */
export type PairRow = Omit<PairSummary, 'a' | 'b'>;

export const pairColumns: Column<PairRow>[] = [
  { header: 'pair', value: (row) => row.pair },
  { header: 'countries', value: (row) => pairLabel(row.pair), flex: true },
  { header: 'meetings', value: (row) => String(row.meetings), align: 'right' },
  { header: 'visits', value: (row) => String(row.visits), align: 'right' },
  { header: 'agreements', value: (row) => String(row.agreements), align: 'right' },
  { header: 'relations', value: (row) => String(row.relations), align: 'right' },
  // Every record of the pair: what `--sort records` orders by, so it is shown.
  { header: 'records', value: (row) => String(row.records), align: 'right' },
  { header: 'trade years', value: (row) => String(row.tradeYears), align: 'right' },
  // The sort key's first possible day: shown only as its year and month, which the key surely has right.
  { header: 'latest meeting', value: (row) => (row.lastMeetingDate ? formatPartialDate(row.lastMeetingDate) : '—') },
];

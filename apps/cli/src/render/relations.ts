import { compareSpans, partyName, relationEventLabel, type Relation } from '@bilat/domain';
import { RELATION_CSV_COLUMNS, toCsv } from '@bilat/formats/csv';
import { eventDateLabel } from '@bilat/formats/labels';
import { note, printLine, printRaw } from '../output.js';
import { formatTable } from '../table.js';
import { pairLabel } from '../views/columns.js';

/** Oldest first, as a relationship's history reads; undated last. */
export function chronological(items: readonly Relation[]): Relation[] {
  return [...items].sort((a, b) => compareSpans(a.date, b.date) || (a.id < b.id ? -1 : 1));
}

/** `bilat relations`: one line an event, or CSV. */
export function printRelations(items: readonly Relation[], pair: string, format: 'table' | 'csv'): void {
  if (format === 'csv') return printRaw(toCsv(items, RELATION_CSV_COLUMNS));
  if (items.length === 0) {
    note(`No relations events recorded for ${pairLabel(pair)}. Import the Office of the Historian's data with: bilat import hsg DIR`);
    return;
  }
  printLine(`${pairLabel(pair)}: relations events`);
  printLine();
  printLine(
    formatTable(items, [
      { header: 'date', value: (r) => eventDateLabel(r.date) },
      { header: 'event', value: (r) => relationEventLabel(r.kind) },
      { header: 'by', value: (r) => (r.actor ? partyName(r.actor) : 'both') },
      { header: 'where', value: (r) => r.city ?? '' },
      { header: 'id', value: (r) => r.id, flex: true },
    ]),
  );
}

import { toPlainText, type Line } from '../views/doc.js';
import type { Page } from '../data/pages.js';
import { note, outputWidth, printLine } from '../output.js';
import { formatTable, type Column } from '../table.js';

/** Width views are laid out in for the commands: the terminal's, or wide when piped so nothing is cut. */
export function viewWidth(): number {
  return outputWidth() ?? 1000;
}

/** Prints view lines as plain text (record lines followed by their ids, so they can be looked up). */
export function printLines(lines: readonly Line[], options: { ids?: boolean } = {}): void {
  printLine(toPlainText(lines, options));
}

/** Says on stderr how to get the next page, when there is one. */
export function notePaging(nextCursor: string | null | undefined): void {
  if (nextCursor) note(`More results: add --cursor ${nextCursor} (or --all for every page).`);
}

/** Says on stderr which items only may fall in the date range asked for. */
export function noteApproximate(count: number): void {
  if (count) note(`≈ ${count} item(s) dated only to the month or year overlap the range and may lie outside it.`);
}

/** A page of items as a table on stdout, or `empty` on stderr when there are none; paging notes after. */
export function printTable<T>(page: Page<T>, columns: Column<T>[], empty: string): void {
  if (page.items.length === 0) {
    note(empty);
    return;
  }
  printLine(formatTable(page.items, columns, { maxWidth: outputWidth() }));
  noteApproximate(page.approximateIds?.length ?? 0);
  notePaging(page.nextCursor);
}

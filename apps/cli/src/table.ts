import stringWidth from 'string-width';
import { narrowWidth } from './narrow-text.js';

/** How many columns text takes on a terminal (narrow text without string-width's walk). */
export function textWidth(text: string): number {
  return narrowWidth(text) ?? stringWidth(text);
}

export interface Column<T> {
  header: string;
  value: (row: T) => string;
  /** Right-align (numbers, amounts). */
  align?: 'left' | 'right';
  /** May be cut (with …) to fit the width; titles are, ids and dates are not. */
  flex?: boolean;
}

/** Cuts text to a display width, ending in … when it was cut. */
export function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  if (width <= 1) return width === 1 ? '…' : '';
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = textWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const gap = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'right' ? gap + text : text + gap;
}

export interface TableLayout {
  header: string;
  rows: string[];
}

const GAP = '  ';

/**
 * Lays out rows in aligned columns. With `maxWidth`, flexible columns give up width
 * (widest first) until the table fits, so a terminal shows whole lines, as `gh` does.
 */
export function layoutTable<T>(rows: readonly T[], columns: readonly Column<T>[], options: { maxWidth?: number; upperCaseHeader?: boolean } = {}): TableLayout {
  const cells = rows.map((row) => columns.map((column) => column.value(row).replace(/\s+/g, ' ').trim()));
  const headers = columns.map((column) => (options.upperCaseHeader === false ? column.header : column.header.toUpperCase()));
  const widths = columns.map((_, index) => Math.max(textWidth(headers[index]!), ...cells.map((row) => textWidth(row[index]!))));
  if (options.maxWidth !== undefined) {
    // Water-filling: the widest flexible column gives up a cell at a time, so long titles
    // and long places end up cut to the same width rather than one of them to nothing.
    const floors = columns.map((column, index) => (column.flex ? Math.max(8, textWidth(headers[index]!)) : Infinity));
    let excess = widths.reduce((sum, width) => sum + width, 0) + GAP.length * (columns.length - 1) - options.maxWidth;
    while (excess > 0) {
      let widest = -1;
      widths.forEach((width, index) => {
        if (width > floors[index]! && (widest < 0 || width > widths[widest]!)) widest = index;
      });
      if (widest < 0) break;
      widths[widest]! -= 1;
      excess -= 1;
    }
  }
  const line = (values: string[]) =>
    values
      .map((value, index) => pad(truncate(value, widths[index]!), widths[index]!, columns[index]!.align))
      .join(GAP)
      .trimEnd();
  return { header: line(headers), rows: cells.map(line) };
}

/** A plain aligned table, as `gh` prints lists: a header row, then one line per row. */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[], options: { maxWidth?: number } = {}): string {
  const { header, rows: lines } = layoutTable(rows, columns, options);
  return [header, ...lines].join('\n');
}

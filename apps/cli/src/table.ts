import stringWidth from 'string-width';

export interface Column<T> {
  header: string;
  value: (row: T) => string;
  /** Right-align (numbers, amounts). */
  align?: 'left' | 'right';
}

const pad = (text: string, width: number, align: 'left' | 'right' = 'left') => {
  const gap = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return align === 'right' ? gap + text : text + gap;
};

/** A plain aligned table, as `gh` prints lists: a header row, then one line per row. */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) => columns.map((column) => column.value(row).replace(/\s+/g, ' ')));
  const widths = columns.map((column, index) => Math.max(stringWidth(column.header), ...cells.map((row) => stringWidth(row[index]!))));
  const line = (values: string[]) =>
    values
      .map((value, index) => pad(value, widths[index]!, columns[index]!.align))
      .join('  ')
      .trimEnd();
  return [line(columns.map((column) => column.header.toUpperCase())), ...cells.map(line)].join('\n');
}

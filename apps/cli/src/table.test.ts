import { describe, expect, it } from 'vitest';
import { formatTable, truncate } from './table.js';

describe('tables', () => {
  it('fit the width by cutting the widest flexible column first, never dates or ids', () => {
    const rows = [{ date: 'reported 20 June 2024', title: 'A very long meeting title that goes on and on', place: 'Klaipėda, Lithuania (inferred)', id: 'some-id' }];
    const table = formatTable(
      rows,
      [
        { header: 'date', value: (r) => r.date },
        { header: 'title', value: (r) => r.title, flex: true },
        { header: 'place', value: (r) => r.place, flex: true },
        { header: 'id', value: (r) => r.id },
      ],
      { maxWidth: 80 },
    );
    for (const line of table.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(table).toContain('reported 20 June 2024');
    expect(table).toContain('some-id');
    expect(table).toContain('…');
    expect(truncate('Klaipėda', 5)).toBe('Klai…');
  });
});

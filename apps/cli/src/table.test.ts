import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatTable, textWidth, truncate } from './table.js';

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

  it('measure text as string-width does, narrow or not', () => {
    const samples = [
      'Kazakhstan – Lithuania',
      "Côte d'Ivoire — Curaçao, Åland, São Tomé…",
      ' › AD  Andorra',
      'Klaipėda, “quoted”',
      'soft\u00adhyphen',
      'e\u0301 combining',
      '北京 Beijing',
      'Москва',
      '👍 done',
      'zero\u200bwidth',
      '',
    ];
    for (const text of samples) expect(textWidth(text), text).toBe(stringWidth(text));
    // Every character up to the end of the Arrows, alone and in a word.
    for (let code = 0x20; code < 0x2200; code++) {
      const text = `a${String.fromCodePoint(code)}b`;
      expect(textWidth(text), code.toString(16)).toBe(stringWidth(text));
    }
  });
});

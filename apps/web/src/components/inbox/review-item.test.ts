import { describe, expect, it } from 'vitest';
import { wordSpans } from './review-item';

describe("a fact's words in its report", () => {
  const text = 'Riga, 8 April. Andris Pelss met Lasha Darsalia. Later Andris Pelss left.';

  it('are marked everywhere they stand, for the report they came from only', () => {
    const facts = [
      { words: 'Andris Pelss', documentId: 'a' },
      { words: 'Lasha Darsalia', documentId: 'b' },
      { words: 'Riga', documentId: undefined },
      { words: '', documentId: 'a' },
      { words: 'not in the text', documentId: 'a' },
    ];
    expect(wordSpans(text, facts, 'a')).toEqual([
      { key: '0', spans: [{ start: 15, end: 27 }, { start: 54, end: 66 }] },
      { key: '2', spans: [{ start: 0, end: 4 }] },
    ]);
    expect(text.slice(54, 66)).toBe('Andris Pelss');
  });
});

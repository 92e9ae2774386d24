import { describe, expect, it } from 'vitest';
import { Segmenter } from './graphemes.js';

const icu = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ours = new Segmenter(undefined, { granularity: 'grapheme' });
const split = (segments: Iterable<{ segment: string; index: number }>) => [...segments].map(({ segment, index }) => [segment, index]);

/** Every character the fast walk takes, and a few on either side of each range. */
const RANGES: [number, number][] = [
  [0x0000, 0x0310],
  [0x2000, 0x2070],
  [0x2180, 0x2210],
  [0x24f0, 0x2590],
  [0x27f0, 0x2910],
];
const candidates = RANGES.flatMap(([from, to]) => Array.from({ length: to - from }, (_, i) => String.fromCodePoint(from + i)));

describe('Segmenter (graphemes without ICU where each character stands alone)', () => {
  it('splits every character of its ranges, alone and between letters, as ICU does', () => {
    const texts = candidates.flatMap((char) => [char, `a${char}b`, `${char}${char}`, `\u00e9${char}\u2026`]);
    expect(texts.map((text) => split(ours.segment(text)))).toEqual(texts.map((text) => split(icu.segment(text))));
  });

  it('splits pairs of them as ICU does', () => {
    const sample = candidates.filter((_, index) => index % 11 === 0);
    const texts = sample.flatMap((left) => sample.map((right) => `${left}${right}`));
    expect(texts.map((text) => split(ours.segment(text)))).toEqual(texts.map((text) => split(icu.segment(text))));
  });

  it('hands anything else to ICU: combining marks, joiners, emoji, wide text, CRLF', () => {
    for (const text of ['e\u0301', 'a\u200db', '👨‍👩‍👧', '🇰🇿🇱🇹', '❤️', '中文', 'Москва', 'line\r\nfeed', 'Côte d’Ivoire e\u0301']) {
      expect(split(ours.segment(text)), text).toEqual(split(icu.segment(text)));
    }
  });

  it('answers containing() as ICU does, inside and outside the text', () => {
    for (const text of ['Åland – Islands', 'e\u0301x']) {
      for (const index of [-1, 0, 1, 2, text.length - 1, text.length, 99]) {
        const mine = ours.segment(text).containing(index);
        const theirs = icu.segment(text).containing(index);
        expect(mine && [mine.segment, mine.index], `${text} @${index}`).toEqual(theirs && [theirs.segment, theirs.index]);
      }
    }
  });

  it('leaves word and sentence segmentation to ICU', () => {
    const words = new Segmenter('en', { granularity: 'word' });
    expect(split(words.segment('two words'))).toEqual(split(new Intl.Segmenter('en', { granularity: 'word' }).segment('two words')));
    expect(words.resolvedOptions().granularity).toBe('word');
  });
});

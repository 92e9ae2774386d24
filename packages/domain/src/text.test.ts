import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idSchema, newId } from './ids.js';
import { foldedTokens, foldText, queryTerms, searchTerms, slugify, spellingSkeleton, unstorableTextPath, unstorableTextReason } from './text.js';

const numRuns = Number(process.env.FAST_CHECK_RUNS ?? 200);

/** Whether a query finds a text the way every backend does: some query term among the text's terms. */
const finds = (query: string, text: string) => {
  const terms = new Set(searchTerms(text));
  return queryTerms(query).every((term) => terms.has(term));
};

describe('folding', () => {
  it('drops diacritics', () => {
    expect(foldText('Klaipėda')).toBe('klaipeda');
    expect(foldText('KLAIPĖDA')).toBe('klaipeda');
    expect(foldText('Šiauliai Žemaitija')).toBe('siauliai zemaitija');
  });

  it('transliterates Cyrillic', () => {
    expect(foldText('Василенко')).toBe('vasilenko');
    expect(foldText('Роман Василенко')).toBe('roman vasilenko');
  });

  it('keeps only lower-case letters and digits, one space between words', () => {
    expect(foldText('  Kazakh–Lithuanian  (14th) commission!  ')).toBe('kazakh lithuanian 14th commission');
    expect(foldedTokens('Nur-Sultan, 2019')).toEqual(['nur', 'sultan', '2019']);
    expect(foldedTokens(' … ')).toEqual([]);
  });
});

describe('spelling variants', () => {
  it('collapses doubled letters, a leading "ye" before a consonant, and the ways "y" is written', () => {
    expect(spellingSkeleton('vassilenko')).toBe('vasilenko');
    expect(spellingSkeleton('idrissov')).toBe('idrisov');
    expect(spellingSkeleton('yerlan')).toBe('erlan');
    expect(spellingSkeleton('yevgeny')).toBe('evgeni');
    expect(spellingSkeleton('yeoman')).toBe('ieoman');
    expect(spellingSkeleton('karabayev')).toBe(spellingSkeleton('karabaev'));
    expect(spellingSkeleton('tokayev')).toBe(spellingSkeleton('tokaev'));
    expect(spellingSkeleton(foldText('Клайпеда'))).toBe(spellingSkeleton(foldText('Klaipėda')));
  });

  it.each([
    ['vasilenko', 'Roman Vassilenko'],
    ['Vassilenko', 'Roman Vasilenko'],
    ['Василенко', 'Roman Vassilenko'],
    ['Idrisov', 'Yerlan Idrissov'],
    ['idrissov', 'Yerlan Idrisov'],
    ['Erlan', 'Yerlan Idrissov'],
    ['klaipeda', 'Port of Klaipėda'],
  ])('lets "%s" find "%s"', (query, text) => {
    expect(finds(query, text)).toBe(true);
  });

  it('does not let different names meet', () => {
    expect(finds('Survila', 'Roman Vassilenko')).toBe(false);
    expect(finds('Vaitkus', 'Algis Latakas')).toBe(false);
  });

  it('indexes both the word as written and its skeleton', () => {
    expect(searchTerms('Roman Vassilenko')).toEqual(['roman', 'vassilenko', 'vasilenko']);
    expect(searchTerms('')).toEqual([]);
  });
});

describe('query terms', () => {
  it('strips query syntax down to plain words', () => {
    const terms = queryTerms('"Vassilenko" OR klaip* ; DROP TABLE meetings; -- NEAR(a b) title:x \'');
    expect(terms).toEqual(['vasilenko', 'or', 'klaip', 'drop', 'table', 'metings', 'near', 'a', 'b', 'title', 'x']);
  });

  it('keeps at most twelve distinct terms', () => {
    expect(queryTerms('a b c d e f g h i j k l m n o p')).toHaveLength(12);
    expect(queryTerms('trade Trade TRADE')).toEqual(['trade']);
  });

  it('only ever yields [a-z0-9] words (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (query) => {
        const terms = queryTerms(query);
        expect(terms.length).toBeLessThanOrEqual(12);
        for (const term of terms) expect(term).toMatch(/^[a-z0-9]+$/);
      }),
      { numRuns },
    );
  });

  it('lets any text be found by itself (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 40 }), (text) => {
        const query = foldedTokens(text).slice(0, 12).join(' ');
        expect(finds(query, text)).toBe(true);
      }),
      { numRuns },
    );
  });
});

describe('slugs and ids', () => {
  it('makes readable id parts', () => {
    expect(slugify('Roman Vassilenko')).toBe('roman-vassilenko');
    expect(slugify('Port of Klaipėda — Director General')).toBe('port-of-klaipeda-director-general');
    expect(slugify('Василенко')).toBe('vasilenko');
    expect(slugify('10th round, KZ/LT')).toBe('10th-round-kz-lt');
  });

  it('cuts to the length asked without leaving a hyphen at the end', () => {
    expect(slugify('abc def', 4)).toBe('abc');
    expect(slugify('abcdef', 3)).toBe('abc');
  });

  it('falls back to "record" when nothing is left', () => {
    expect(slugify('')).toBe('record');
    expect(slugify('!!! …')).toBe('record');
  });

  it('always gives a valid id (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 1, max: 120 }), (text, max) => {
        const slug = slugify(text, max);
        expect(idSchema.safeParse(slug).success).toBe(true);
        expect(slug.length).toBeLessThanOrEqual(Math.max(max, 'record'.length));
      }),
      { numRuns },
    );
  });

  it('makes new ids from a name and a random suffix', () => {
    const id = newId('Roman Vassilenko');
    expect(id).toMatch(/^roman-vassilenko-[a-z0-9]{6}$/);
    expect(idSchema.safeParse(id).success).toBe(true);
    expect(idSchema.safeParse(newId('x'.repeat(300))).success).toBe(true);
  });

  it('refuses ids that are not slugs', () => {
    for (const id of ['Roman', 'roman--vassilenko', '-roman', 'roman-', 'roman vassilenko', 'klaipėda', '', 'a'.repeat(121)]) {
      expect(idSchema.safeParse(id).success).toBe(false);
    }
  });
});

describe('text that cannot be stored', () => {
  it('names the NUL character and a lone surrogate, with where they are, and lets whole surrogate pairs through', () => {
    expect(unstorableTextReason('Klaipėda 🇱🇹')).toBeUndefined();
    expect(unstorableTextReason('a\u0000b')).toContain('NUL');
    expect(unstorableTextReason('a\uD800')).toContain('lone surrogate');
    expect(unstorableTextReason('\uDFFFb')).toContain('lone surrogate');
    expect(unstorableTextPath({ names: [{ value: 'ok' }, { value: 'x\uDC00' }] })).toEqual({ path: ['names', 1, 'value'], message: expect.stringContaining('lone surrogate') });
    expect(unstorableTextPath({ names: ['🇰🇿', 'Ū'] })).toBeUndefined();
  });
});

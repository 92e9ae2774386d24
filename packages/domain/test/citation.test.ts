import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  citationSchema,
  describeLocator,
  formatLocator,
  locatorSchema,
  sourceSchema,
  tryParseLocator,
  type Locator,
} from '../src/citation.js';
import { REPORT, validInputs } from './fixtures.js';

const numRuns = Number(process.env.FAST_CHECK_RUNS ?? 200);

describe('locators', () => {
  it('reads paragraph and character locators', () => {
    expect(tryParseLocator('p3')).toEqual({ kind: 'paragraph', paragraph: 3 });
    expect(tryParseLocator('p12')).toEqual({ kind: 'paragraph', paragraph: 12 });
    expect(tryParseLocator('c120-185')).toEqual({ kind: 'characters', start: 120, end: 185 });
    expect(tryParseLocator('c0-5')).toEqual({ kind: 'characters', start: 0, end: 5 });
  });

  it.each([
    ['x3', 'unknown kind'],
    ['c9-5', 'ends before it starts'],
    ['c5-5', 'empty range'],
    ['p0', 'paragraphs count from 1'],
    ['p', 'no number'],
    ['p03', 'leading zero'],
    ['P3', 'upper case'],
    [' p3', 'surrounding space'],
    ['c-5', 'no start'],
    ['c120', 'no end'],
    ['c01-5', 'leading zero'],
    ['p3-5', 'paragraph ranges are not a form'],
  ])('refuses %s (%s)', (text) => {
    expect(tryParseLocator(text)).toBeUndefined();
    expect(locatorSchema.safeParse(text).success).toBe(false);
  });

  it('describes a locator for readers', () => {
    expect(describeLocator('p3')).toBe('paragraph 3');
    expect(describeLocator('c120-185')).toBe('characters 120–185');
    expect(describeLocator('somewhere')).toBe('somewhere');
  });

  it('writes back what it reads (property)', () => {
    const locatorArb: fc.Arbitrary<Locator> = fc.oneof(
      fc.integer({ min: 1, max: 99_999 }).map((paragraph) => ({ kind: 'paragraph' as const, paragraph })),
      fc
        .tuple(fc.integer({ min: 0, max: 999_999_998 }), fc.integer({ min: 1, max: 999_999_999 }))
        .filter(([start, end]) => end > start)
        .map(([start, end]) => ({ kind: 'characters' as const, start, end })),
    );
    fc.assert(
      fc.property(locatorArb, (locator) => {
        const text = formatLocator(locator);
        expect(tryParseLocator(text)).toEqual(locator);
        expect(locatorSchema.safeParse(text).success).toBe(true);
      }),
      { numRuns },
    );
  });
});

describe('citations', () => {
  it('needs a source id and may carry a locator and a note', () => {
    expect(citationSchema.safeParse({ sourceId: REPORT }).success).toBe(true);
    expect(citationSchema.safeParse({ sourceId: REPORT, locator: 'p2', note: 'Names both heads of delegation.' }).success).toBe(true);
  });

  it('refuses a bad locator, an id that is not a slug, and unknown fields', () => {
    expect(citationSchema.safeParse({ sourceId: REPORT, locator: 'x3' }).success).toBe(false);
    expect(citationSchema.safeParse({ sourceId: REPORT, locator: 'c9-5' }).success).toBe(false);
    expect(citationSchema.safeParse({ sourceId: 'Kazinform Report' }).success).toBe(false);
    expect(citationSchema.safeParse({ sourceId: REPORT, quote: 'copied words' }).success).toBe(false);
    expect(citationSchema.safeParse({ locator: 'p2' }).success).toBe(false);
  });
});

describe('sources', () => {
  const [report, notes] = validInputs().source as unknown as [Record<string, unknown>, Record<string, unknown>];

  it('accepts a news report and a user’s own notes with stored text', () => {
    expect(sourceSchema.parse(report)).toEqual(report);
    expect(sourceSchema.parse(notes)).toEqual(notes);
  });

  it('keeps an unknown publication date as null, never absent or guessed', () => {
    expect(sourceSchema.safeParse({ ...report, published: null }).success).toBe(true);
    const { published: _published, ...undated } = report;
    expect(sourceSchema.safeParse(undated).success).toBe(false);
    expect(sourceSchema.safeParse({ ...report, published: '2024-06-31' }).success).toBe(false);
  });

  it.each([
    ['url', 'ftp://example.org/report'],
    ['url', 'not an address'],
    ['archiveUrl', 'javascript:alert(1)'],
    ['language', 'English'],
    ['language', 'EN'],
    ['paragraphs', 0],
    ['paragraphs', 2.5],
    ['title', ''],
    ['accessed', '2025-13'],
    ['id', 'Kazinform 2024'],
  ])('refuses %s = %j', (field, value) => {
    expect(sourceSchema.safeParse({ ...report, [field]: value }).success).toBe(false);
  });

  it('refuses fields it does not know', () => {
    const result = sourceSchema.safeParse({ ...report, author: 'someone' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['author'] });
  });
});

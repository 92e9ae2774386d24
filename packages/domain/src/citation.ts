import { z } from 'zod';
import { idSchema } from './ids.js';
import { partialDateSchema } from './partial-date-schema.js';

/**
 * Where in a source a fact is stated: `p3` (the third paragraph) or `c120-185`
 * (characters 120 to 185 of the text the user stored with the source).
 */
export type Locator =
  | { kind: 'paragraph'; paragraph: number }
  | { kind: 'characters'; start: number; end: number };

const LOCATOR = /^(?:p([1-9]\d{0,4})|c(0|[1-9]\d{0,8})-([1-9]\d{0,8}))$/;

export function tryParseLocator(text: string): Locator | undefined {
  const match = LOCATOR.exec(text);
  if (!match) return undefined;
  if (match[1] !== undefined) return { kind: 'paragraph', paragraph: Number(match[1]) };
  const start = Number(match[2]);
  const end = Number(match[3]);
  return end > start ? { kind: 'characters', start, end } : undefined;
}

export function formatLocator(locator: Locator): string {
  return locator.kind === 'paragraph' ? `p${locator.paragraph}` : `c${locator.start}-${locator.end}`;
}

/** "paragraph 3", "characters 120–185". */
export function describeLocator(text: string): string {
  const locator = tryParseLocator(text);
  if (!locator) return text;
  return locator.kind === 'paragraph'
    ? `paragraph ${locator.paragraph}`
    : `characters ${locator.start}–${locator.end}`;
}

export const locatorSchema = z.string().refine((text) => tryParseLocator(text) !== undefined, {
  message: 'A locator is p<paragraph> (e.g. p3) or c<start>-<end> with end after start (e.g. c120-185)',
});

export const citationSchema = z.strictObject({
  sourceId: idSchema,
  /** Absent only when the passage is not known (bilat does not hold the source's text). */
  locator: locatorSchema.optional(),
  /** Why this passage supports the fact, in the curator's own words. */
  note: z.string().min(1).max(2000).optional(),
});

export type Citation = z.infer<typeof citationSchema>;

const httpUrl = z.url({ protocol: /^https?$/, message: 'Expected an http(s) address' });

/**
 * A published document that states facts. `text` is a copy the user supplied (their own
 * data, e.g. for extraction); curated sources carry only a locator-sized description.
 */
export const sourceSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1).max(500),
  publisher: z.string().min(1).max(300),
  /** Who the publisher credits: "press service of the Ministry of Foreign Affairs of Kazakhstan". */
  via: z.string().min(1).max(300).optional(),
  /** Null when the report's own date is not known; never guessed. */
  published: partialDateSchema.nullable(),
  url: httpUrl.optional(),
  accessed: partialDateSchema.optional(),
  archiveUrl: httpUrl.optional(),
  licence: z.string().min(1).max(200).optional(),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: 'Expected a BCP 47 language tag such as "en"' }).optional(),
  /** How many paragraphs the document has, so `pN` locators can be checked. */
  paragraphs: z.int().positive().max(10000).optional(),
  /** Text the user stored with the source (their own copy), for `c` locators. */
  text: z.string().max(5_000_000).optional(),
  notes: z.string().max(5000).optional(),
});

export type Source = z.infer<typeof sourceSchema>;

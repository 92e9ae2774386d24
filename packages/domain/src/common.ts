import { z } from 'zod';
import { citationSchema } from './citation.js';
import { idSchema } from './ids.js';
import { FACT_STATUSES, RECORD_KINDS } from './kinds.js';
import { comparePartialDates, firstDay, lastDay, type PartialDate } from './partial-date.js';
import { partialDateSchema } from './partial-date-schema.js';

export { FACT_STATUSES, RECORD_KINDS } from './kinds.js';

export const recordKindSchema = z.enum(RECORD_KINDS);
export type { RecordKind } from './kinds.js';

/** A pointer to any record: `{ kind: 'meeting', id: 'kz-lt-igc-14' }`. */
export const recordRefSchema = z.strictObject({ kind: recordKindSchema, id: idSchema });
export type RecordRef = z.infer<typeof recordRefSchema>;

/** `verified`: curated or reviewed. `draft`: extracted or imported, awaiting review. */
export const factStatusSchema = z.enum(FACT_STATUSES);
export type FactStatus = z.infer<typeof factStatusSchema>;

/** Every fact points at the passage that states it. */
export const citationsSchema = z
  .array(citationSchema)
  .min(1, { message: 'A fact needs at least one citation' })
  .max(50);

/** The fields every fact record shares. */
export const factFields = {
  id: idSchema,
  status: factStatusSchema,
  citations: citationsSchema,
  notes: z.string().max(5000).optional(),
};

/**
 * How a date is known. `stated`: the source gives it. `reported`: only the report's own
 * date is known, the event was on or shortly before it. `inferred`: reasoned, say how
 * in `note`, and name the record it was reasoned from in `derivedFrom`.
 */
export const dateQualifierSchema = z.enum(['stated', 'reported', 'inferred']);
export type DateQualifier = z.infer<typeof dateQualifierSchema>;

function endNotBeforeStart(value: { start: PartialDate; end?: PartialDate }): boolean {
  return value.end === undefined || lastDay(value.end) >= firstDay(value.start);
}

const endMessage = { message: 'The end date is before the start date', path: ['end'] };

/** When an event took place: one day, a month, or a span of days. */
export const eventDateSchema = z
  .strictObject({
    start: partialDateSchema,
    end: partialDateSchema.optional(),
    qualifier: dateQualifierSchema,
    note: z.string().min(1).max(1000).optional(),
    derivedFrom: recordRefSchema.optional(),
  })
  .refine(endNotBeforeStart, endMessage);

export type EventDate = z.infer<typeof eventDateSchema>;

/** A period a figure covers: a year, a few months, or a span with partial-date ends. */
export const dateSpanSchema = z
  .strictObject({
    start: partialDateSchema,
    end: partialDateSchema.optional(),
  })
  .refine(endNotBeforeStart, endMessage);

export type DateSpan = z.infer<typeof dateSpanSchema>;

export function spanEnd(span: { start: PartialDate; end?: PartialDate }): PartialDate {
  return span.end ?? span.start;
}

/** Orders events by their start, as the partial-date rule decides, then by end. */
export function compareSpans(
  a: { start: PartialDate; end?: PartialDate },
  b: { start: PartialDate; end?: PartialDate },
): number {
  return comparePartialDates(a.start, b.start) || comparePartialDates(spanEnd(a), spanEnd(b));
}

/** A name as some source or script writes it. */
export const nameVariantSchema = z.strictObject({
  value: z.string().min(1).max(300),
  /**
   * `transliteration` (Vasilenko for Vassilenko), `script` (Василенко), `spelling`
   * (a report's own spelling), `former` (a historical name, with `from`/`to`).
   */
  kind: z.enum(['transliteration', 'script', 'spelling', 'former', 'short', 'official']),
  lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/).optional(),
  from: partialDateSchema.optional(),
  to: partialDateSchema.optional(),
});

export type NameVariant = z.infer<typeof nameVariantSchema>;

/**
 * Identifiers in other registries: `{ scheme: 'wikidata', value: 'Q4349366' }`. `hsg` is
 * the U.S. Office of the Historian's id (a person's `courtney-william-harrison`, a
 * trip's or a chief of mission's record id).
 */
export const identifierSchema = z.strictObject({
  scheme: z.enum(['wikidata', 'popolo', 'everypolitician', 'isni', 'viaf', 'website', 'hsg', 'other']),
  value: z.string().min(1).max(300),
});

export type Identifier = z.infer<typeof identifierSchema>;

/** Free topics are kebab-case words; these have labels everyone shares. */
export const TOPIC_LABELS: Readonly<Record<string, string>> = Object.freeze({
  'bilateral-agenda': 'Bilateral agenda',
  'multilateral-agenda': 'Multilateral agenda',
  politics: 'Political dialogue',
  trade: 'Trade',
  economy: 'Economic cooperation',
  investment: 'Investment',
  transport: 'Transport',
  logistics: 'Logistics',
  transit: 'Transit',
  energy: 'Energy',
  infrastructure: 'Infrastructure',
  'legal-framework': 'Legal framework',
  culture: 'Culture',
  humanitarian: 'Humanitarian ties',
  education: 'Education',
  'international-support': 'Mutual support in international organizations',
  parliamentary: 'Parliamentary ties',
  'foreign-policy-planning': 'Foreign policy planning',
  'eu-relations': 'Relations with the European Union',
  security: 'Security',
  agriculture: 'Agriculture',
  digital: 'Digital cooperation',
});

export const topicSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'A topic is a kebab-case word, e.g. "legal-framework"' })
  .max(60);

export function topicLabel(topic: string): string {
  return TOPIC_LABELS[topic] ?? topic.replaceAll('-', ' ').replace(/^./, (c) => c.toUpperCase());
}

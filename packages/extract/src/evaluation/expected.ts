import { z } from 'zod';

/*
 * The facts a report states, in the notation of the written corpus (`*.expected.yaml`) and
 * of the real reports' records (`real/reports/<id>.yaml`, which add where the report came
 * from and which names in it are not people). Both are scored by the same rules.
 */

const date = z.strictObject({ start: z.string(), end: z.string().optional(), qualifier: z.enum(['stated', 'inferred', 'reported']) });
const head = z.strictObject({ name: z.string(), name_native: z.string().optional(), side: z.string(), title: z.string().optional() });

export const expectedSchema = z.strictObject({
  meetings: z.array(z.strictObject({
    pair: z.string(), kind: z.string(), ordinal: z.number().optional(), stage: z.enum(['held', 'planned']), date,
    location: z.strictObject({ country: z.string().optional(), place: z.string().optional(), qualifier: z.enum(['stated', 'inferred', 'unknown']) }),
    heads: z.array(head).optional(),
  })).default([]),
  visits: z.array(z.strictObject({ from: z.string(), to: z.string(), kind: z.string(), visitor: z.string(), date })).default([]),
  people: z.array(z.strictObject({ name: z.string(), name_native: z.string().optional(), country: z.string(), post: z.string() })).default([]),
  organizations: z.array(z.strictObject({ name: z.string() })).default([]),
  agreements: z.array(z.strictObject({ title: z.string(), kind: z.string(), stage: z.string() })).default([]),
  commitments: z.array(z.strictObject({ text: z.string() })).default([]),
  statements: z.array(z.strictObject({ speaker: z.string() })).default([]),
  trade: z.array(z.strictObject({ reporter: z.string(), partner: z.string(), period: z.string(), flow: z.string(), amount: z.string(), currency: z.string() })).default([]),
  investment: z.array(z.strictObject({ from: z.string(), to: z.string(), span: z.string(), amount: z.string(), currency: z.string() })).default([]),
  indicators: z.array(z.strictObject({ subject: z.string(), partner: z.string().optional(), value: z.string(), unit: z.string(), asOf: z.string() })).default([]),
});

export type Expected = z.infer<typeof expectedSchema>;

/**
 * A real report's record: its facts, plus where it came from and what in it is not a
 * person. Real reports often leave a meeting's date or place unsaid, so those may be absent.
 */
const realMeeting = z.object({
  pair: z.string(), kind: z.string().optional(), ordinal: z.number().optional(), stage: z.enum(['held', 'planned']).optional(),
  date: date.partial({ qualifier: true }).optional(), location: z.object({}).loose().optional(), heads: z.array(head.loose()).optional(),
}).loose();

export const realReportSchema = expectedSchema.extend({
  meetings: z.array(realMeeting).default([]),
  visits: z.array(z.object({}).loose()).default([]),
  people: z.array(z.object({ name: z.string(), name_native: z.string().optional(), country: z.string(), post: z.string() }).loose()).default([]),
  url: z.string().optional(),
  publisher: z.string().optional(),
  language: z.string().optional(),
  published: z.string().optional(),
  published_from: z.string().optional(),
  states_meeting: z.boolean().optional(),
  not_people: z.array(z.string()).default([]),
  notes: z.string().optional(),
  // `holdout`: recorded after the extractor was last tuned and kept out of its tuning, so its
  // score says how the extractor does on reports nobody fitted it to.
  set: z.enum(['tuning', 'holdout']).optional(),
}).loose();

export type RealReport = z.infer<typeof realReportSchema>;

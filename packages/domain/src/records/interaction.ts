import { z } from 'zod';
import { factFields } from '../common.js';
import { pairSchema, partyCodeSchema } from '../party.js';
import { partialDateSchema } from '../partial-date-schema.js';

/** One machine-coded news event behind an interaction: GDELT's id and the article it was coded from. */
export const codedEventSchema = z.strictObject({
  id: z.string().regex(/^\d{1,20}$/, { message: 'A GDELT event id is a number' }),
  url: z.string().max(2000).optional(),
  /** The actors' countries as coded (first and second actor). */
  actors: z.tuple([partyCodeSchema, partyCodeSchema]),
});

export type CodedEvent = z.infer<typeof codedEventSchema>;

/**
 * A "reported interaction": news events machine-coded (by GDELT) as a consultation,
 * meeting or visit between two countries on one day, one record per day, pair and event
 * code. Kept apart from curated meetings: noisy, and never merged into them.
 */
export const interactionSchema = z.strictObject({
  ...factFields,
  pair: pairSchema,
  date: partialDateSchema,
  /** CAMEO event code, kept as text: "036", "040", "0431". */
  code: z.string().regex(/^\d{3,4}$/, { message: 'A CAMEO event code is three or four digits' }),
  /** Which coding produced it. */
  dataset: z.enum(['gdelt-1', 'gdelt-2']),
  events: z.array(codedEventSchema).min(1).max(50_000),
});

export type Interaction = z.infer<typeof interactionSchema>;

/** The CAMEO codes bilat keeps: consult (036 and 040–046) and sign formal agreement (057). */
export const INTERACTION_CODES: Readonly<Record<string, string>> = Object.freeze({
  '036': 'Express intent to meet or negotiate',
  '040': 'Consult',
  '041': 'Discuss by telephone',
  '042': 'Make a visit',
  '043': 'Host a visit',
  '044': 'Meet at a third location',
  '045': 'Mediate',
  '046': 'Engage in negotiation',
  '057': 'Sign formal agreement',
});

/** The code's own entry, or that of its three-digit base ("0431" → "043"). */
export function interactionCodeLabel(code: string): string {
  return INTERACTION_CODES[code] ?? INTERACTION_CODES[code.slice(0, 3)] ?? `CAMEO ${code}`;
}

export function isKeptInteractionCode(code: string): boolean {
  return Object.hasOwn(INTERACTION_CODES, code.slice(0, 3));
}


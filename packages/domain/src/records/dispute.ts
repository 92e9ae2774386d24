import { z } from 'zod';
import { citationSchema } from '../citation.js';
import { factStatusSchema, recordRefSchema } from '../common.js';
import { idSchema } from '../ids.js';

/** One side of a disagreement: what a source says, and the record that carries it if any. */
export const claimSchema = z.strictObject({
  value: z.string().min(1).max(1000),
  citation: citationSchema,
  record: recordRefSchema.optional(),
});

export type Claim = z.infer<typeof claimSchema>;

/**
 * Two sources stating different values for one fact (a title, a spelling, a figure for
 * the same year and flow, a date). Both records stay; the dispute links them so every
 * view can show them side by side. A change over time is not a dispute.
 */
export const disputeSchema = z.strictObject({
  id: idSchema,
  status: factStatusSchema,
  /** The record the disputed fact belongs to, when there is one (the person whose name is spelled two ways). */
  subject: recordRefSchema.optional(),
  /** Which fact: "name", "start", "value", "title". */
  field: z.string().min(1).max(100),
  claims: z.array(claimSchema).min(2, { message: 'A dispute needs at least two claims' }).max(20),
  notes: z.string().max(5000).optional(),
});

export type Dispute = z.infer<typeof disputeSchema>;

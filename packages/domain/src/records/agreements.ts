import { z } from 'zod';
import { eventDateSchema, factFields, recordRefSchema } from '../common.js';
import { idSchema } from '../ids.js';
import { partyCodeSchema } from '../party.js';
import { partialDateSchema } from '../partial-date-schema.js';

import { AGREEMENT_STAGES } from '../kinds.js';

export { AGREEMENT_STAGES } from '../kinds.js';
export const agreementStageSchema = z.enum(AGREEMENT_STAGES);
export type AgreementStage = z.infer<typeof agreementStageSchema>;

/** One step in an agreement's life, with when it happened where known. */
export const agreementStepSchema = z.strictObject({
  stage: agreementStageSchema,
  date: eventDateSchema.optional(),
});

export const agreementSchema = z.strictObject({
  ...factFields,
  title: z.string().min(1).max(500),
  kind: z.enum(['treaty', 'agreement', 'memorandum', 'protocol', 'action-plan', 'programme', 'declaration', 'other']),
  parties: z.array(partyCodeSchema).min(2).max(300),
  /** The signatories below state level (ministries), where an agreement is between them. */
  signatoryOrganizationIds: z.array(idSchema).max(50).default([]),
  /** Where it stands now; `steps` holds each stage reached, with dates. */
  stage: agreementStageSchema,
  steps: z.array(agreementStepSchema).min(1).max(20),
  placeId: idSchema.optional(),
  /** The visit or meeting it was signed at or prepared by. */
  relatedEvent: recordRefSchema.optional(),
  ratifications: z
    .array(z.strictObject({ party: partyCodeSchema, date: partialDateSchema.optional() }))
    .max(300)
    .default([]),
  summary: z.string().min(1).max(5000).optional(),
});

export type Agreement = z.infer<typeof agreementSchema>;

/** What someone said, as the curator's paraphrase or as text the user supplied. */
export const statementSchema = z.strictObject({
  ...factFields,
  speakerId: idSchema,
  date: eventDateSchema,
  event: recordRefSchema.optional(),
  /** The curator's own words for what was said. */
  paraphrase: z.string().min(1).max(5000).optional(),
  /** Verbatim words, only from text the user stored themselves (never copied into curated data). */
  text: z.string().min(1).max(20000).optional(),
  topics: z.array(z.string().min(1).max(60)).max(20).default([]),
  about: z.array(recordRefSchema).max(20).default([]),
});

export type Statement = z.infer<typeof statementSchema>;

/** Something a meeting undertook to do, open until an event fulfils it. */
export const commitmentSchema = z.strictObject({
  ...factFields,
  /** The meeting (or visit) that made the commitment. */
  madeAt: recordRefSchema,
  description: z.string().min(1).max(2000),
  /** What it is about: e.g. the earlier meeting whose decisions are to be implemented. */
  concerns: z.array(recordRefSchema).max(20).default([]),
  state: z.enum(['open', 'fulfilled', 'abandoned']),
  fulfilledBy: recordRefSchema.optional(),
  dueBy: partialDateSchema.optional(),
});

export type Commitment = z.infer<typeof commitmentSchema>;

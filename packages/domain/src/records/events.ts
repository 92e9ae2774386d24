import { z } from 'zod';
import { eventDateSchema, factFields, recordRefSchema, topicSchema } from '../common.js';
import { idSchema } from '../ids.js';
import { pairSchema, partyCodeSchema } from '../party.js';
import { MEETING_KINDS, MEETING_STAGES, PARTICIPANT_ROLES, SERIES_KINDS } from '../kinds.js';

export const seriesKindSchema = z.enum(SERIES_KINDS);

/** A recurring format between parties: the rounds of political consultations, the sessions of a commission. */
export const seriesSchema = z.strictObject({
  ...factFields,
  name: z.string().min(1).max(300),
  kind: seriesKindSchema,
  /** The two parties, alphabetical: `KZ-LT`. */
  pair: pairSchema,
  /** The standing body that meets, for a commission. */
  organizationId: idSchema.optional(),
  /** What one meeting of the series is called: "round", "meeting", "session". */
  unit: z.string().min(1).max(40).default('round'),
});

export type Series = z.infer<typeof seriesSchema>;

export const meetingKindSchema = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof meetingKindSchema>;

/**
 * Where something happened: a place, or only a country, or not known. `inferred` when
 * reasoned (the round took place during a visit to Lithuania), `unknown` when no source says.
 */
export const locationSchema = z.strictObject({
  country: partyCodeSchema.optional(),
  placeId: idSchema.optional(),
  qualifier: z.enum(['stated', 'inferred', 'unknown']),
  note: z.string().min(1).max(1000).optional(),
});

export type Location = z.infer<typeof locationSchema>;

export { PARTICIPANT_ROLES, MEETING_STAGES, SERIES_KINDS, MEETING_KINDS } from '../kinds.js';

/** One person at a meeting: for which side, in what role, in what post. */
export const participantSchema = z.strictObject({
  personId: idSchema,
  side: partyCodeSchema,
  role: z.enum(PARTICIPANT_ROLES),
  /** The post held at the meeting's date, as the source presents it. */
  postId: idSchema.optional(),
});

export type Participant = z.infer<typeof participantSchema>;

export const eventLinkSchema = z.strictObject({
  relation: z.enum(['follows-up', 'part-of', 'references', 'prepares']),
  target: recordRefSchema,
});

export type EventLink = z.infer<typeof eventLinkSchema>;

export const meetingSchema = z.strictObject({
  ...factFields,
  title: z.string().min(1).max(300),
  kind: meetingKindSchema,
  /** Whether it happened: a planned meeting is recorded before it is held. */
  stage: z.enum(MEETING_STAGES).default('held'),
  /** The two parties that met, alphabetical: `KZ-LT`. */
  pair: pairSchema,
  seriesId: idSchema.optional(),
  ordinal: z.int().positive().max(10000).optional(),
  /** Null when no source dates the meeting; the record says so rather than guess. */
  date: eventDateSchema.nullable(),
  location: locationSchema,
  participants: z.array(participantSchema).max(500).default([]),
  topics: z.array(topicSchema).max(50).default([]),
  visitId: idSchema.optional(),
  links: z.array(eventLinkSchema).max(50).default([]),
  summary: z.string().min(1).max(5000).optional(),
});

export type Meeting = z.infer<typeof meetingSchema>;

/** Kinds of visit as protocol names them: a state visit, an official visit, an official working visit, a working visit, a private one. */
export const VISIT_KINDS = ['state', 'official', 'official-working', 'working', 'private', 'other'] as const;

/** A trip by one or more officials to another country, grouping the meetings held during it. */
export const visitSchema = z.strictObject({
  ...factFields,
  title: z.string().min(1).max(300),
  kind: z.enum(VISIT_KINDS),
  /** The visiting side and the host. */
  from: partyCodeSchema,
  to: partyCodeSchema,
  visitorIds: z.array(idSchema).min(1).max(100),
  date: eventDateSchema,
  location: locationSchema,
  purpose: z.string().min(1).max(2000).optional(),
});

export type Visit = z.infer<typeof visitSchema>;

import { z } from 'zod';
import { locatorSchema } from '../citation.js';
import { factFields, identifierSchema, nameVariantSchema } from '../common.js';
import { idSchema } from '../ids.js';
import { partyCodeSchema } from '../party.js';
import { partialDateSchema } from '../partial-date-schema.js';

/** A city, port or region that meetings take place in. */
export const placeSchema = z.strictObject({
  ...factFields,
  name: z.string().min(1).max(200),
  kind: z.enum(['city', 'port', 'region', 'venue']),
  country: partyCodeSchema,
  /** Other spellings and former names (Astana was Nur-Sultan from 2019 to 2022). */
  names: z.array(nameVariantSchema).max(50).default([]),
  /** Set when the place is (or was) its country's capital; dates only when a source gives them. */
  capital: z
    .strictObject({ from: partialDateSchema.optional(), to: partialDateSchema.optional() })
    .optional(),
});

export type Place = z.infer<typeof placeSchema>;

export const ORGANIZATION_KINDS = [
  'ministry',
  'government',
  'head-of-state',
  'parliament',
  'parliamentary-group',
  'city',
  'port',
  'commission',
  'embassy',
  'agency',
  'company',
  'news-agency',
  'international-organization',
  'other',
] as const;

export const organizationKindSchema = z.enum(ORGANIZATION_KINDS);
export type OrganizationKind = z.infer<typeof organizationKindSchema>;

/** A ministry, city administration, port, commission, parliamentary group or company. */
export const organizationSchema = z.strictObject({
  ...factFields,
  name: z.string().min(1).max(300),
  kind: organizationKindSchema,
  /** The country it belongs to; absent for joint bodies, which list `members` instead. */
  country: partyCodeSchema.optional(),
  /** Member parties of a joint body (an intergovernmental commission, a friendship group). */
  members: z.array(partyCodeSchema).max(300).default([]),
  /** Historical and other names, with the dates they were used where known. */
  names: z.array(nameVariantSchema).max(50).default([]),
  parentId: idSchema.optional(),
  placeId: idSchema.optional(),
  identifiers: z.array(identifierSchema).max(20).default([]),
});

export type Organization = z.infer<typeof organizationSchema>;

/** A position in an organization: "Deputy Minister of Foreign Affairs" of Kazakhstan's MFA. */
export const postSchema = z.strictObject({
  ...factFields,
  title: z.string().min(1).max(300),
  organizationId: idSchema,
  /** The country whose official holds it; usually the organization's. */
  country: partyCodeSchema.optional(),
  /** Other titles for the same post (a report's "Vice Minister" for a "Deputy Minister"). */
  names: z.array(nameVariantSchema).max(50).default([]),
  /** For a post of a diplomatic mission, the party it is accredited to ("Ambassador of the United States to Kazakhstan": KZ). */
  accreditedTo: partyCodeSchema.optional(),
  rank: z.enum(['head-of-state', 'head-of-government', 'minister', 'deputy-minister', 'ambassador', 'director', 'mayor', 'speaker', 'member', 'other']).optional(),
});

export type Post = z.infer<typeof postSchema>;

export const personSchema = z.strictObject({
  ...factFields,
  /** The name as bilat shows it. */
  name: z.string().min(1).max(300),
  /** Transliterations, other scripts and reported spellings; search folds them all. */
  names: z.array(nameVariantSchema).max(50).default([]),
  country: partyCodeSchema.optional(),
  identifiers: z.array(identifierSchema).max(20).default([]),
});

export type Person = z.infer<typeof personSchema>;

/** What an attestation's date marks in a holding, when the source says (a chief of mission's appointment, credentials, departure). */
export const ATTESTATION_EVENTS = ['appointed', 'arrived', 'credentials-presented', 'assumed-charge', 'left-post'] as const;

export const ATTESTATION_EVENT_LABELS: Readonly<Record<(typeof ATTESTATION_EVENTS)[number], string>> = Object.freeze({
  appointed: 'appointed',
  arrived: 'arrived at post',
  'credentials-presented': 'presented credentials',
  'assumed-charge': 'assumed charge',
  'left-post': 'left post',
});

/** "Held on 2024-06-20 per this report": evidence of a holding on one date. */
export const attestationSchema = z.strictObject({
  on: partialDateSchema,
  /** What happened on that date, when the source says: appointed, arrived, presented credentials (an ambassador, an envoy), assumed charge (a chargé d'affaires), left post. */
  event: z.enum(ATTESTATION_EVENTS).optional(),
  sourceId: idSchema,
  locator: locatorSchema.optional(),
  /** The title as that source gave it, when it differs from the post's. */
  titleAsReported: z.string().min(1).max(300).optional(),
});

export type Attestation = z.infer<typeof attestationSchema>;

/**
 * A person holding a post. Start and end are optional and never invented: a report
 * that names a deputy minister on one day attests that day, nothing more.
 */
export const holdingSchema = z.strictObject({
  ...factFields,
  personId: idSchema,
  postId: idSchema,
  start: partialDateSchema.optional(),
  end: partialDateSchema.optional(),
  attestations: z.array(attestationSchema).max(200).default([]),
  /** E.g. the Wikidata statement id of a "position held" claim, for idempotent imports. */
  identifiers: z.array(identifierSchema).max(20).default([]),
});

export type Holding = z.infer<typeof holdingSchema>;

import type { z } from 'zod';
import { sourceSchema } from '../citation.js';
import type { RecordKind, RecordRef } from '../common.js';
import { agreementSchema, commitmentSchema, statementSchema } from './agreements.js';
import { disputeSchema } from './dispute.js';
import { holdingSchema, organizationSchema, personSchema, placeSchema, postSchema } from './entities.js';
import { meetingSchema, seriesSchema, visitSchema } from './events.js';
import { indicatorSchema, investmentFlowSchema, tradeFlowSchema } from './figures.js';
import { interactionSchema } from './interaction.js';
import { relationSchema } from './relation.js';

export * from './agreements.js';
export * from './dispute.js';
export * from './entities.js';
export * from './events.js';
export * from './figures.js';
export * from './interaction.js';
export * from './relation.js';

/** The schema of every record kind; the same schema validates API input, bundles and forms. */
export const recordSchemas = {
  source: sourceSchema,
  place: placeSchema,
  organization: organizationSchema,
  post: postSchema,
  person: personSchema,
  holding: holdingSchema,
  series: seriesSchema,
  visit: visitSchema,
  meeting: meetingSchema,
  agreement: agreementSchema,
  statement: statementSchema,
  commitment: commitmentSchema,
  trade: tradeFlowSchema,
  investment: investmentFlowSchema,
  indicator: indicatorSchema,
  dispute: disputeSchema,
  interaction: interactionSchema,
  relation: relationSchema,
} as const satisfies Record<RecordKind, z.ZodType>;

export type RecordSchemas = typeof recordSchemas;
export type RecordOf<K extends RecordKind> = z.infer<RecordSchemas[K]>;
/** What a caller may send: defaults not yet applied. */
export type RecordInputOf<K extends RecordKind> = z.input<RecordSchemas[K]>;

/** A record together with its kind, for code that handles every kind. */
export type KindedRecord = { [K in RecordKind]: { kind: K; record: RecordOf<K> } }[RecordKind];

export type AnyRecord = RecordOf<RecordKind>;

export { RECORD_COLLECTIONS, type RecordCollection } from '../kinds.js';

/** Whether a kind is a fact (needs citations and a status) rather than a source. */
export function isFactKind(kind: RecordKind): boolean {
  return kind !== 'source' && kind !== 'dispute';
}

/** A reference from one record to another, with the relation it expresses. */
export interface Reference {
  relation: string;
  target: RecordRef;
  /** Set for citations: where in the source (empty when the passage is not known). */
  citation?: { locator?: string };
}

const ref = (kind: RecordKind, id: string | undefined, relation: string): Reference[] =>
  id ? [{ relation, target: { kind, id } }] : [];

/**
 * Every record another record points at, so that dependents can be found, references
 * checked and citations listed the same way for every kind.
 */
export function referencesOf(item: KindedRecord): Reference[] {
  const refs: Reference[] = [];
  const { kind, record } = item;
  if ('citations' in record) {
    for (const citation of record.citations) {
      refs.push({ relation: 'cites', target: { kind: 'source', id: citation.sourceId }, citation: { locator: citation.locator } });
    }
  }
  switch (kind) {
    case 'organization':
      refs.push(...ref('organization', record.parentId, 'parent'), ...ref('place', record.placeId, 'place'));
      break;
    case 'post':
      refs.push(...ref('organization', record.organizationId, 'organization'));
      break;
    case 'holding':
      refs.push(...ref('person', record.personId, 'person'), ...ref('post', record.postId, 'post'));
      for (const attestation of record.attestations) {
        refs.push({ relation: 'attests', target: { kind: 'source', id: attestation.sourceId }, citation: { locator: attestation.locator } });
      }
      break;
    case 'series':
      refs.push(...ref('organization', record.organizationId, 'organization'));
      break;
    case 'visit':
      for (const visitorId of record.visitorIds) refs.push(...ref('person', visitorId, 'visitor'));
      refs.push(...ref('place', record.location.placeId, 'place'));
      if (record.date.derivedFrom) refs.push({ relation: 'date-derived-from', target: record.date.derivedFrom });
      break;
    case 'meeting':
      refs.push(...ref('series', record.seriesId, 'series'), ...ref('visit', record.visitId, 'visit'));
      refs.push(...ref('place', record.location.placeId, 'place'));
      for (const participant of record.participants) {
        refs.push(...ref('person', participant.personId, 'participant'), ...ref('post', participant.postId, 'participant-post'));
      }
      for (const link of record.links) refs.push({ relation: link.relation, target: link.target });
      if (record.date?.derivedFrom) refs.push({ relation: 'date-derived-from', target: record.date.derivedFrom });
      break;
    case 'relation':
      if (record.date.derivedFrom) refs.push({ relation: 'date-derived-from', target: record.date.derivedFrom });
      break;
    case 'agreement':
      for (const organizationId of record.signatoryOrganizationIds) refs.push(...ref('organization', organizationId, 'signatory'));
      refs.push(...ref('place', record.placeId, 'place'));
      if (record.relatedEvent) refs.push({ relation: 'related-event', target: record.relatedEvent });
      for (const step of record.steps) {
        if (step.date?.derivedFrom) refs.push({ relation: 'date-derived-from', target: step.date.derivedFrom });
      }
      break;
    case 'statement':
      refs.push(...ref('person', record.speakerId, 'speaker'));
      if (record.event) refs.push({ relation: 'event', target: record.event });
      for (const about of record.about) refs.push({ relation: 'about', target: about });
      break;
    case 'commitment':
      refs.push({ relation: 'made-at', target: record.madeAt });
      for (const concern of record.concerns) refs.push({ relation: 'concerns', target: concern });
      if (record.fulfilledBy) refs.push({ relation: 'fulfilled-by', target: record.fulfilledBy });
      break;
    case 'dispute':
      if (record.subject) refs.push({ relation: 'subject', target: record.subject });
      for (const claim of record.claims) {
        refs.push({ relation: 'claim-cites', target: { kind: 'source', id: claim.citation.sourceId }, citation: { locator: claim.citation.locator } });
        if (claim.record) refs.push({ relation: 'claim', target: claim.record });
      }
      break;
    default:
      break;
  }
  return refs;
}

export function refKey(ref: RecordRef): string {
  return `${ref.kind}:${ref.id}`;
}

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

/**
 * Called once for each reference of a record, in order: the relation, the target's kind and
 * id, the target as the record holds it when it holds one (a link, an event), and for a
 * citation (`cites`, `attests`, `claim-cites`) true and the passage's locator.
 */
export type ReferenceVisitor = (relation: string, kind: RecordKind, id: string, target: RecordRef | undefined, citation: boolean, locator: string | undefined) => void;

/**
 * Every record another record points at, as `referencesOf` lists them, handed to `visit`
 * one by one instead: a dossier walks the references of a few hundred records several
 * times, and building the list for each was a sixth of what computing one allocated.
 */
export function forEachReference(item: KindedRecord, visit: ReferenceVisitor): void {
  const { kind, record } = item;
  const to = (target: RecordRef, relation: string) => visit(relation, target.kind, target.id, target, false, undefined);
  const id = (targetKind: RecordKind, targetId: string | undefined, relation: string) => {
    if (targetId) visit(relation, targetKind, targetId, undefined, false, undefined);
  };
  if ('citations' in record) {
    for (const citation of record.citations) visit('cites', 'source', citation.sourceId, undefined, true, citation.locator);
  }
  switch (kind) {
    case 'organization':
      id('organization', record.parentId, 'parent');
      id('place', record.placeId, 'place');
      break;
    case 'post':
      id('organization', record.organizationId, 'organization');
      break;
    case 'holding':
      id('person', record.personId, 'person');
      id('post', record.postId, 'post');
      for (const attestation of record.attestations) visit('attests', 'source', attestation.sourceId, undefined, true, attestation.locator);
      break;
    case 'series':
      id('organization', record.organizationId, 'organization');
      break;
    case 'visit':
      for (const visitorId of record.visitorIds) id('person', visitorId, 'visitor');
      id('place', record.location.placeId, 'place');
      if (record.date.derivedFrom) to(record.date.derivedFrom, 'date-derived-from');
      break;
    case 'meeting':
      id('series', record.seriesId, 'series');
      id('visit', record.visitId, 'visit');
      id('place', record.location.placeId, 'place');
      for (const participant of record.participants) {
        id('person', participant.personId, 'participant');
        id('post', participant.postId, 'participant-post');
      }
      for (const link of record.links) to(link.target, link.relation);
      if (record.date?.derivedFrom) to(record.date.derivedFrom, 'date-derived-from');
      break;
    case 'relation':
      if (record.date.derivedFrom) to(record.date.derivedFrom, 'date-derived-from');
      break;
    case 'agreement':
      for (const organizationId of record.signatoryOrganizationIds) id('organization', organizationId, 'signatory');
      id('place', record.placeId, 'place');
      if (record.relatedEvent) to(record.relatedEvent, 'related-event');
      for (const step of record.steps) {
        if (step.date?.derivedFrom) to(step.date.derivedFrom, 'date-derived-from');
      }
      break;
    case 'statement':
      id('person', record.speakerId, 'speaker');
      if (record.event) to(record.event, 'event');
      for (const about of record.about) to(about, 'about');
      break;
    case 'commitment':
      to(record.madeAt, 'made-at');
      for (const concern of record.concerns) to(concern, 'concerns');
      if (record.fulfilledBy) to(record.fulfilledBy, 'fulfilled-by');
      break;
    case 'dispute':
      if (record.subject) to(record.subject, 'subject');
      for (const claim of record.claims) {
        visit('claim-cites', 'source', claim.citation.sourceId, undefined, true, claim.citation.locator);
        if (claim.record) to(claim.record, 'claim');
      }
      break;
    default:
      break;
  }
}

/**
 * Every record another record points at, so that dependents can be found, references
 * checked and citations listed the same way for every kind.
 */
export function referencesOf(item: KindedRecord): Reference[] {
  const refs: Reference[] = [];
  forEachReference(item, (relation, kind, id, target, citation, locator) => {
    refs.push(citation ? { relation, target: { kind, id }, citation: { locator } } : { relation, target: target ?? { kind, id } });
  });
  return refs;
}

export function refKey(ref: RecordRef): string {
  return `${ref.kind}:${ref.id}`;
}

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

/** A reference the record holds as a target (a link, an event). Written outside forEachReference, as toId: closures made on each of its calls were most of what it allocated. */
function toRef(visit: ReferenceVisitor, target: RecordRef, relation: string): void {
  visit(relation, target.kind, target.id, target, false, undefined);
}

/** A reference the record holds as an id, when it holds one. */
function toId(visit: ReferenceVisitor, kind: RecordKind, id: string | undefined, relation: string): void {
  if (id) visit(relation, kind, id, undefined, false, undefined);
}

/**
 * Every record another record points at, as `referencesOf` lists them, handed to `visit`
 * one by one instead: a dossier walks the references of a few hundred records several
 * times, and building the list for each was a sixth of what computing one allocated.
 */
export function forEachReference(item: KindedRecord, visit: ReferenceVisitor): void {
  const { kind, record } = item;
  if ('citations' in record) {
    for (const citation of record.citations) visit('cites', 'source', citation.sourceId, undefined, true, citation.locator);
  }
  switch (kind) {
    case 'organization':
      toId(visit, 'organization', record.parentId, 'parent');
      toId(visit, 'place', record.placeId, 'place');
      break;
    case 'post':
      toId(visit, 'organization', record.organizationId, 'organization');
      break;
    case 'holding':
      toId(visit, 'person', record.personId, 'person');
      toId(visit, 'post', record.postId, 'post');
      for (const attestation of record.attestations) visit('attests', 'source', attestation.sourceId, undefined, true, attestation.locator);
      break;
    case 'series':
      toId(visit, 'organization', record.organizationId, 'organization');
      break;
    case 'visit':
      for (const visitorId of record.visitorIds) toId(visit, 'person', visitorId, 'visitor');
      toId(visit, 'place', record.location.placeId, 'place');
      if (record.date.derivedFrom) toRef(visit, record.date.derivedFrom, 'date-derived-from');
      break;
    case 'meeting':
      toId(visit, 'series', record.seriesId, 'series');
      toId(visit, 'visit', record.visitId, 'visit');
      toId(visit, 'place', record.location.placeId, 'place');
      for (const participant of record.participants) {
        toId(visit, 'person', participant.personId, 'participant');
        toId(visit, 'post', participant.postId, 'participant-post');
      }
      for (const link of record.links) toRef(visit, link.target, link.relation);
      if (record.date?.derivedFrom) toRef(visit, record.date.derivedFrom, 'date-derived-from');
      break;
    case 'relation':
      if (record.date.derivedFrom) toRef(visit, record.date.derivedFrom, 'date-derived-from');
      break;
    case 'agreement':
      for (const organizationId of record.signatoryOrganizationIds) toId(visit, 'organization', organizationId, 'signatory');
      toId(visit, 'place', record.placeId, 'place');
      if (record.relatedEvent) toRef(visit, record.relatedEvent, 'related-event');
      for (const step of record.steps) {
        if (step.date?.derivedFrom) toRef(visit, step.date.derivedFrom, 'date-derived-from');
      }
      break;
    case 'statement':
      toId(visit, 'person', record.speakerId, 'speaker');
      if (record.event) toRef(visit, record.event, 'event');
      for (const about of record.about) toRef(visit, about, 'about');
      break;
    case 'commitment':
      toRef(visit, record.madeAt, 'made-at');
      for (const concern of record.concerns) toRef(visit, concern, 'concerns');
      if (record.fulfilledBy) toRef(visit, record.fulfilledBy, 'fulfilled-by');
      break;
    case 'dispute':
      if (record.subject) toRef(visit, record.subject, 'subject');
      for (const claim of record.claims) {
        visit('claim-cites', 'source', claim.citation.sourceId, undefined, true, claim.citation.locator);
        if (claim.record) toRef(visit, claim.record, 'claim');
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

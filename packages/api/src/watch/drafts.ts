import { proposalDrafts, waitingProposalsForPairs, type Scope } from '@bilat/db';
import { pairOf, type Agreement, type Holding, type KindedRecord, type Meeting, type Organization, type Person, type Place, type Post, type RecordKind } from '@bilat/domain';
import { bundleRecords, type Bundle } from '@bilat/domain/bundle';
import type { DraftFact, DraftResult, ExtractInput, KnownRecords } from '@bilat/extract';
import { knownRecordsFor } from '../routers/extract.js';

/*
 * A report drafted for the inbox: matched against what is held (as `bilat extract` does)
 * and against the drafts already waiting for review, so a second outlet's report of a
 * round someone has not yet accepted cites that proposal's meeting instead of proposing a
 * second one. The waiting drafts are handed to the extractor as if they were held: it
 * then cites them again, which is exactly what a second outlet's report should do.
 */

/** What the inbox keeps of a draft (the text travels inside the bundle's source). */
export interface StoredDraft {
  bundle: Bundle;
  facts: DraftFact[];
  publishedFrom: string;
  language: { code: string; name: string };
  warnings: string[];
}

export function storedDraft(draft: DraftResult): StoredDraft {
  return { bundle: draft.bundle, facts: draft.facts, publishedFrom: draft.publishedFrom, language: draft.language, warnings: draft.warnings };
}

/** The kinds a proposal is about, in the order one is picked as a report's main fact. */
const MAIN_KINDS: RecordKind[] = ['meeting', 'visit', 'agreement'];

/** The fact a report's proposal is about: its first meeting, else visit, else agreement, else its surest fact. */
export function mainFact(facts: readonly DraftFact[]): DraftFact | undefined {
  for (const kind of MAIN_KINDS) {
    const fact = facts.find((f) => f.kind === kind);
    if (fact) return fact;
  }
  return [...facts].filter((f) => f.kind !== 'source').sort((a, b) => b.confidence - a.confidence)[0];
}

/** The pairs a draft's events and agreements concern: where waiting proposals may match it. */
export function draftPairs(bundle: Bundle): string[] {
  const pairs = new Set<string>();
  for (const item of bundleRecords(bundle)) {
    if (item.kind === 'meeting') pairs.add(item.record.pair);
    if (item.kind === 'agreement' && item.record.parties.length === 2) pairs.add(pairOf(item.record.parties[0]!, item.record.parties[1]!));
    if (item.kind === 'visit' && item.record.from !== item.record.to) pairs.add(pairOf(item.record.from, item.record.to));
  }
  return [...pairs];
}

/** The records of the drafts waiting on these pairs, latest version of each (a later draft carries every citation so far). */
export async function waitingRecords(db: Scope, pairs: readonly string[]): Promise<Map<string, KindedRecord>> {
  const proposals = await waitingProposalsForPairs(db, pairs);
  const records = new Map<string, KindedRecord>();
  for (const row of await proposalDrafts(db, proposals.map((p) => p.id))) {
    for (const item of bundleRecords((row.draft as StoredDraft).bundle)) records.set(`${item.kind}:${item.record.id}`, item);
  }
  return records;
}

function mergeKnown(known: KnownRecords, waiting: Map<string, KindedRecord>): KnownRecords {
  const byId = <T extends { id: string }>(held: readonly T[] | undefined, extra: T[]) => {
    const map = new Map<string, T>((held ?? []).map((record) => [record.id, record]));
    for (const record of extra) map.set(record.id, record);
    return [...map.values()];
  };
  const of = <K extends RecordKind>(kind: K) => [...waiting.values()].filter((item) => item.kind === kind).map((item) => item.record);
  const people = (of('person') as Person[]).map((person) => ({ id: person.id, name: person.name, names: person.names, ...(person.country ? { country: person.country } : {}), record: person }));
  const heldPeople = new Set((known.people ?? []).map((p) => p.id));
  return {
    ...known,
    people: [...(known.people ?? []), ...people.filter((p) => !heldPeople.has(p.id))],
    posts: byId(known.posts, of('post') as Post[]),
    organizations: byId(known.organizations, of('organization') as Organization[]),
    places: byId(known.places, of('place') as Place[]),
    holdings: byId(known.holdings, of('holding') as Holding[]),
    meetings: byId(known.meetings, of('meeting') as Meeting[]),
    agreements: byId(known.agreements, of('agreement') as Agreement[]),
  };
}

/** Drafts a report against the database and the waiting drafts (a pure first pass says what to look up). */
export async function draftForInbox(db: Scope, input: ExtractInput): Promise<DraftResult> {
  const { extractDraft } = await import('@bilat/extract');
  const first = extractDraft(input);
  const known = mergeKnown(await knownRecordsFor(db, first), await waitingRecords(db, draftPairs(first.bundle)));
  return extractDraft({ ...input, published: first.source.published!, publishedFrom: first.publishedFrom, known });
}

/** A record's date as its source gives it: an event's date, an agreement's signing (else its first dated step). */
export function recordDate(item: KindedRecord): string | null {
  if (item.kind === 'agreement') {
    const steps = item.record.steps;
    const step = steps.find((s) => s.stage === 'signed' && s.date) ?? steps.find((s) => s.date);
    return step?.date?.start ?? null;
  }
  const record = item.record as { date?: { start?: string } | string | null };
  if (typeof record.date === 'string') return record.date;
  return record.date?.start ?? null;
}

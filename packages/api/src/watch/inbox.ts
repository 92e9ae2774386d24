import {
  addProposalDraft,
  decideProposal,
  deleteRecord,
  documentDrafted,
  documentRejected,
  findProposal,
  findRecord,
  importBundle,
  inTransaction,
  insertProposal,
  listProposals,
  projectRecord,
  proposalDrafts,
  recordWatchItem,
  setItemsStatusForDocuments,
  updateProposal,
  type BilatDatabase,
  type ProposalRow,
  type Scope,
} from '@bilat/db';
import { recordSchemas, type Citation, type KindedRecord, type RecordKind, type Source } from '@bilat/domain';
import { bundleFromRecords, bundleRecords } from '@bilat/domain/bundle';
import type { DraftFact, DraftResult } from '@bilat/extract';
import { TRPCError } from '@trpc/server';
import { mainFact, recordDate, storedDraft, type StoredDraft } from './drafts.js';

/*
 * The review inbox: reports become proposals (one per event, however many outlets
 * reported it), and a person's decision on one becomes records through the import path —
 * one batch per decision, undone with `bilat import undo`. Storing a report, deciding on a
 * proposal: each is one transaction, so a killed process leaves no half of either.
 */

export interface ReportOrigin {
  /** `watch` for a watched source, or the importer that drafted it (`hsg`). */
  origin: string;
  /** The watched source and the item it listed, when the report came from one. */
  item?: { sourceId: number; key: string; url: string };
}

export type StoreOutcome =
  | { stored: 'proposed'; proposalId: number; documentId: string; joined: boolean }
  | { stored: 'rejected-before' | 'drafted-before' | 'nothing-drafted'; documentId: string | null };

const itemStatus = (outcome: StoreOutcome['stored']) => (outcome === 'rejected-before' ? 'rejected' : 'drafted');

/**
 * Stores one drafted report in one transaction: its source document, its draft in the
 * inbox (joined to the waiting proposal of the same event, else a new proposal) and the
 * watched item it came from. A report rejected before is remembered and not proposed again.
 */
export async function storeReport(database: BilatDatabase | Scope, draft: DraftResult, from: ReportOrigin, actor: string, at = new Date().toISOString()): Promise<StoreOutcome> {
  return inTransaction(database, async (scope) => {
    const documentId = draft.source.id;
    const fact = mainFact(draft.facts);
    let outcome: StoreOutcome;
    if (await documentRejected(scope, documentId)) outcome = { stored: 'rejected-before', documentId };
    else if (await documentDrafted(scope, documentId)) outcome = { stored: 'drafted-before', documentId };
    else if (!fact) outcome = { stored: 'nothing-drafted', documentId: null };
    else {
      // The report itself is the user's data: kept as a source document with its text, drafted facts or not.
      await importBundle(scope, bundleFromRecords([{ kind: 'source', record: draft.source }]), { actor, label: `${from.origin}: ${draft.source.publisher}: ${draft.source.title}`.slice(0, 300), at });
      const record = bundleRecords(draft.bundle).find((item) => item.kind === fact.kind && item.record.id === fact.id)!;
      const waiting = await scope.db
        .selectFrom('proposals')
        .select(['id', 'confidence'])
        .where('status', '=', 'waiting')
        .where('kind', '=', fact.kind)
        .where('record_id', '=', fact.id)
        .orderBy('id')
        .executeTakeFirst();
      let proposalId: number;
      if (waiting) {
        proposalId = Number(waiting.id);
        // Two outlets agreeing is worth more than either alone.
        await updateProposal(scope, proposalId, { confidence: Math.max(Number(waiting.confidence), fact.confidence) });
      } else {
        const summary = describe(record);
        const proposal = await insertProposal(scope, {
          kind: fact.kind,
          pair: summary.pair,
          date: summary.date,
          title: summary.title ?? fact.label,
          confidence: fact.confidence,
          recordId: fact.id,
          // Held means in the database: a fact that cites a draft no longer waiting is proposed afresh.
          matchedRecordId: fact.held && (await findRecord(scope, fact.kind, fact.id)) ? fact.id : null,
          origin: from.origin,
          at,
        });
        proposalId = proposal.id;
      }
      await addProposalDraft(scope, { proposalId, documentId, draft: storedDraft(draft), at });
      outcome = { stored: 'proposed', proposalId, documentId, joined: Boolean(waiting) };
    }
    if (from.item) {
      await recordWatchItem(scope, { sourceId: from.item.sourceId, key: from.item.key, url: from.item.url, at, status: itemStatus(outcome.stored), documentId: outcome.documentId, error: outcome.stored === 'nothing-drafted' ? noFactsNote(draft) : null });
    }
    return outcome;
  });
}

function noFactsNote(draft: DraftResult): string {
  return draft.warnings.find((w) => /does not read/.test(w)) ?? 'no event, person or figure was drafted from this report';
}

function describe(item: KindedRecord): { pair: string | null; date: string | null; title: string | null } {
  const projection = projectRecord(item) as { pair?: string | null };
  const record = item.record as { title?: string; name?: string };
  return {
    pair: projection.pair ?? null,
    date: recordDate(item),
    title: record.title ?? record.name ?? null,
  };
}

// ─── Reading proposals ───────────────────────────────────────────────────────────────

export interface ProposalFact {
  field: RecordKind;
  value: string;
  words: string;
  confidence: number;
  recordId: string;
  documentId: string;
  held: boolean;
}

export interface ProposalView {
  id: number;
  kind: string;
  pair: string | null;
  date: string | null;
  title: string;
  confidence: number;
  status: ProposalRow['status'];
  matchedRecordId: string | null;
  origin: string;
  createdAt: string;
  decidedAt: string | null;
  batchId: string | null;
  reason: string | null;
  record: Record<string, unknown>;
  sources: { documentId: string; url: string | null; publisher: string; title: string; publishedAt: string | null }[];
  facts: ProposalFact[];
}

const sourceOf = (draft: StoredDraft): Source => draft.bundle.sources!.find((s) => s.text !== undefined) ?? draft.bundle.sources![0]!;

function wordsOf(text: string, fact: DraftFact): string {
  return fact.spans.map((span) => text.slice(span.start, span.end)).join(' … ').slice(0, 2000);
}

/** The records of a proposal's drafts, later drafts' versions over earlier ones (they carry every citation so far). */
function mergedRecords(drafts: readonly StoredDraft[]): Map<string, KindedRecord> {
  const records = new Map<string, KindedRecord>();
  for (const draft of drafts) for (const item of bundleRecords(draft.bundle)) records.set(`${item.kind}:${item.record.id}`, item);
  return records;
}

function view(row: ProposalRow, drafts: readonly StoredDraft[]): ProposalView {
  const records = mergedRecords(drafts);
  const facts: ProposalFact[] = [];
  const sources: ProposalView['sources'] = [];
  for (const draft of drafts) {
    const source = sourceOf(draft);
    sources.push({ documentId: source.id, url: source.url ?? null, publisher: source.publisher, title: source.title, publishedAt: source.published });
    for (const fact of draft.facts) {
      facts.push({ field: fact.kind, value: fact.label, words: wordsOf(source.text ?? '', fact), confidence: fact.confidence, recordId: fact.id, documentId: source.id, held: Boolean(fact.held) });
    }
  }
  return {
    id: row.id, kind: row.kind, pair: row.pair, date: row.date, title: row.title, confidence: row.confidence, status: row.status,
    matchedRecordId: row.matchedRecordId, origin: row.origin, createdAt: row.createdAt, decidedAt: row.decidedAt, batchId: row.batchId, reason: row.reason,
    record: (records.get(`${row.kind}:${row.recordId}`)?.record ?? {}) as Record<string, unknown>,
    sources,
    facts,
  };
}

async function draftsOf(db: Scope, ids: number[]): Promise<Map<number, StoredDraft[]>> {
  const byProposal = new Map<number, StoredDraft[]>();
  for (const row of await proposalDrafts(db, ids)) {
    const list = byProposal.get(row.proposalId) ?? [];
    list.push(row.draft as StoredDraft);
    byProposal.set(row.proposalId, list);
  }
  return byProposal;
}

export async function listProposalViews(db: Scope, filter: Parameters<typeof listProposals>[1]) {
  const page = await listProposals(db, filter);
  const drafts = await draftsOf(db, page.items.map((p) => p.id));
  return { items: page.items.map((row) => view(row, drafts.get(row.id) ?? [])), nextCursor: page.nextCursor };
}

export async function proposalView(db: Scope, id: number): Promise<ProposalView> {
  const row = await findProposal(db, id);
  if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: `id: no proposal ${id} in the inbox` });
  return view(row, (await draftsOf(db, [id])).get(id) ?? []);
}

// ─── Deciding ────────────────────────────────────────────────────────────────────────

async function waitingProposal(scope: Scope, id: number): Promise<ProposalRow> {
  const row = await findProposal(scope, id);
  if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: `id: no proposal ${id} in the inbox` });
  if (row.status !== 'waiting') throw new TRPCError({ code: 'CONFLICT', message: `id: proposal ${id} was already ${row.status}${row.decidedAt ? ` on ${row.decidedAt.slice(0, 10)}` : ''}` });
  return row;
}

function unionCitations(held: readonly Citation[] = [], added: readonly Citation[] = []): Citation[] {
  const key = (c: Citation) => `${c.sourceId}|${c.locator ?? ''}`;
  const seen = new Set(held.map(key));
  return [...held, ...added.filter((c) => !seen.has(key(c)))];
}

export interface AcceptOptions {
  actor: string;
  /** Changes to the proposed record, made by the reviewer before accepting. */
  edits?: Record<string, unknown>;
  /** Leave out facts drafted with less confidence than this (bulk accept). */
  minConfidence?: number;
}

/**
 * Accepts a proposal: every record its drafts propose, written in one import batch. A
 * record held meanwhile (accepted from another proposal, or curated) keeps what it holds
 * and gains the drafts' citations, so accepting never writes over someone's edit.
 */
export async function acceptProposal(database: BilatDatabase, id: number, options: AcceptOptions): Promise<{ batchId: string | null; recordIds: string[] }> {
  return inTransaction(database, async (scope) => {
    const row = await waitingProposal(scope, id);
    const drafts = (await draftsOf(scope, [id])).get(id) ?? [];
    let records = mergedRecords(drafts);
    if (options.minConfidence !== undefined) {
      const { dropFromDraft } = await import('@bilat/extract');
      const low = drafts.flatMap((d) => d.facts).filter((f) => f.confidence < options.minConfidence! && !(f.kind === row.kind && f.id === row.recordId));
      const kept = dropFromDraft(bundleFromRecords(records.values()), low.map((f) => ({ kind: f.kind, id: f.id })));
      records = new Map(bundleRecords(kept.bundle).map((item) => [`${item.kind}:${item.record.id}`, item]));
    }
    const items: KindedRecord[] = [];
    for (const item of records.values()) {
      const current = await findRecord(scope, item.kind, item.record.id);
      let record = item.record as Record<string, unknown> & { citations?: Citation[] };
      if (current && item.kind !== 'source') {
        const held = current.record as Record<string, unknown> & { citations?: Citation[] };
        record = { ...held, citations: unionCitations(held.citations, record.citations) };
      }
      // An importer's draft is already held: a person accepting it is what makes it verified.
      if (row.origin !== 'watch' && item.kind === row.kind && item.record.id === row.recordId) record = { ...record, status: 'verified' };
      if (item.kind === row.kind && item.record.id === row.recordId && options.edits) {
        const parsed = recordSchemas[item.kind].safeParse({ ...record, ...options.edits, id: record.id });
        if (!parsed.success) {
          throw new TRPCError({ code: 'BAD_REQUEST', message: `edits: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ')}` });
        }
        record = parsed.data as typeof record;
      }
      items.push({ kind: item.kind, record } as KindedRecord);
    }
    const title = (options.edits?.title as string | undefined) ?? row.title;
    const summary = await importBundle(scope, bundleFromRecords(items), { actor: options.actor, label: `inbox: ${title}`.slice(0, 300) });
    const documentIds = drafts.map((d) => sourceOf(d).id);
    await decideProposal(scope, id, { status: 'accepted', at: new Date().toISOString(), batchId: summary.batchId });
    await setItemsStatusForDocuments(scope, documentIds, 'accepted');
    return { batchId: summary.batchId, recordIds: items.filter((item) => item.kind !== 'source').map((item) => item.record.id) };
  });
}

export async function rejectProposal(database: BilatDatabase, id: number, reason: string | undefined, actor: string): Promise<void> {
  await inTransaction(database, async (scope) => {
    const row = await waitingProposal(scope, id);
    // An importer's draft is held already: rejecting it deletes it (the revision log keeps it; a record pointing at it refuses).
    if (row.origin !== 'watch' && (await findRecord(scope, row.kind as RecordKind, row.recordId))) {
      await deleteRecord(scope, { kind: row.kind as RecordKind, id: row.recordId }, { actor });
    }
    const drafts = (await draftsOf(scope, [id])).get(id) ?? [];
    await decideProposal(scope, id, { status: 'rejected', at: new Date().toISOString(), reason: reason ?? null });
    await setItemsStatusForDocuments(scope, drafts.map((d) => sourceOf(d).id), 'rejected');
  });
}

/** Accepts every waiting proposal at or above a confidence, each in its own batch, leaving out its less certain facts. */
export async function acceptAll(database: BilatDatabase, minConfidence: number, actor: string) {
  const batchIds: string[] = [];
  const failed: { id: number; error: string }[] = [];
  let accepted = 0;
  let cursor: string | undefined;
  const ids: number[] = [];
  do {
    const page = await listProposals({ db: database.db, dialect: database.dialect }, { status: 'waiting', minConfidence, limit: 500, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((p) => p.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  for (const id of ids) {
    try {
      const result = await acceptProposal(database, id, { actor, minConfidence });
      accepted += 1;
      if (result.batchId) batchIds.push(result.batchId);
    } catch (error) {
      // One proposal the data no longer allows (a consistency rule) does not stop the others.
      failed.push({ id, error: (error as Error).message });
    }
  }
  return { accepted, batchIds, failed };
}

import type { Scope } from '../scope.js';
import { decodeCursor, encodeCursor } from './cursor.js';

/*
 * Watched sources, the items they listed, and the review inbox's proposals. Plain
 * functions over a scope (a connection or a transaction): the runner stores one report
 * (its document, drafts, proposal and item) in one transaction by passing the same scope.
 */

export const WATCH_KINDS = ['rss', 'atom', 'page', 'auto'] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];
export const ITEM_STATUSES = ['drafted', 'rejected', 'accepted', 'failed'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export const PROPOSAL_STATUSES = ['waiting', 'accepted', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export interface WatchSource {
  id: number;
  url: string;
  kind: WatchKind;
  publisher: string;
  country: string | null;
  everySeconds: number;
  etag: string | null;
  lastModified: string | null;
  lastFetchedAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  nextDueAt: string;
  createdAt: string;
}

type SourceRow = {
  id: number | string; url: string; kind: string; publisher: string; country: string | null; every_seconds: number;
  etag: string | null; last_modified: string | null; last_fetched_at: string | null; last_status: number | null;
  last_error: string | null; next_due_at: string; created_at: string;
};

function toSource(row: SourceRow): WatchSource {
  return {
    id: Number(row.id), url: row.url, kind: row.kind as WatchKind, publisher: row.publisher, country: row.country,
    everySeconds: Number(row.every_seconds), etag: row.etag, lastModified: row.last_modified, lastFetchedAt: row.last_fetched_at,
    lastStatus: row.last_status === null ? null : Number(row.last_status), lastError: row.last_error, nextDueAt: row.next_due_at, createdAt: row.created_at,
  };
}

export class WatchSourceExistsError extends Error {
  constructor(readonly url: string, readonly id: number) {
    super(`url: ${url} is already watched (source ${id})`);
    this.name = 'WatchSourceExistsError';
  }
}

export async function addWatchSource(scope: Scope, input: { url: string; kind: WatchKind; publisher: string; country?: string | null; everySeconds: number; at?: string }): Promise<WatchSource> {
  const existing = await scope.db.selectFrom('watch_sources').select('id').where('url', '=', input.url).executeTakeFirst();
  if (existing) throw new WatchSourceExistsError(input.url, Number(existing.id));
  const at = input.at ?? new Date().toISOString();
  const row = await scope.db
    .insertInto('watch_sources')
    .values({
      url: input.url, kind: input.kind, publisher: input.publisher, country: input.country ?? null, every_seconds: input.everySeconds,
      etag: null, last_modified: null, last_fetched_at: null, last_status: null, last_error: null, next_due_at: at, created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSource(row as SourceRow);
}

export async function listWatchSources(scope: Scope): Promise<WatchSource[]> {
  const rows = await scope.db.selectFrom('watch_sources').selectAll().orderBy('id').execute();
  return rows.map((row) => toSource(row as SourceRow));
}

export async function findWatchSource(scope: Scope, id: number): Promise<WatchSource | undefined> {
  const row = await scope.db.selectFrom('watch_sources').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toSource(row as SourceRow) : undefined;
}

/** Removes a source and the memory of its items; the documents and proposals it produced stay. */
export async function removeWatchSource(scope: Scope, id: number): Promise<boolean> {
  await scope.db.deleteFrom('watch_items').where('source_id', '=', id).execute();
  const result = await scope.db.deleteFrom('watch_sources').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Sources whose next fetch is due at `now`. */
export async function dueWatchSources(scope: Scope, now: string): Promise<WatchSource[]> {
  const rows = await scope.db.selectFrom('watch_sources').selectAll().where('next_due_at', '<=', now).orderBy('next_due_at').orderBy('id').execute();
  return rows.map((row) => toSource(row as SourceRow));
}

/** What one fetch of a source found: its validators for the next conditional request, its status or error. */
export async function recordWatchFetch(
  scope: Scope,
  id: number,
  outcome: { at: string; status: number | null; error: string | null; etag?: string | null; lastModified?: string | null; kind?: WatchKind; nextDueAt: string },
): Promise<void> {
  await scope.db
    .updateTable('watch_sources')
    .set({
      last_fetched_at: outcome.at,
      last_status: outcome.status,
      last_error: outcome.error,
      next_due_at: outcome.nextDueAt,
      ...(outcome.etag !== undefined ? { etag: outcome.etag } : {}),
      ...(outcome.lastModified !== undefined ? { last_modified: outcome.lastModified } : {}),
      ...(outcome.kind ? { kind: outcome.kind } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** The keys among `keys` this source has listed before (fetched, failed or decided). */
export async function seenItemKeys(scope: Scope, sourceId: number, keys: readonly string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await scope.db.selectFrom('watch_items').select('item_key').where('source_id', '=', sourceId).where('item_key', 'in', keys.slice(i, i + 500)).execute();
    for (const row of rows) seen.add(row.item_key);
  }
  return seen;
}

export async function recordWatchItem(scope: Scope, item: { sourceId: number; key: string; url: string; at: string; status: ItemStatus; documentId: string | null; error?: string | null }): Promise<void> {
  await scope.db
    .insertInto('watch_items')
    .values({ source_id: item.sourceId, item_key: item.key, url: item.url, fetched_at: item.at, status: item.status, document_id: item.documentId, error: item.error ?? null })
    .execute();
}

export async function setItemsStatusForDocuments(scope: Scope, documentIds: readonly string[], status: ItemStatus): Promise<void> {
  if (documentIds.length === 0) return;
  await scope.db.updateTable('watch_items').set({ status }).where('document_id', 'in', [...documentIds]).execute();
}

// ─── Proposals ───────────────────────────────────────────────────────────────────────

export interface ProposalRow {
  id: number;
  kind: string;
  pair: string | null;
  date: string | null;
  title: string;
  status: ProposalStatus;
  confidence: number;
  recordId: string;
  matchedRecordId: string | null;
  origin: string;
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
  batchId: string | null;
}

export interface ProposalDraftRow {
  proposalId: number;
  documentId: string;
  /** The draft as stored (JSON); the caller knows its shape. */
  draft: unknown;
  createdAt: string;
}

type RawProposal = {
  id: number | string; kind: string; pair: string | null; date: string | null; title: string; status: string; confidence: number | string;
  record_id: string; matched_record_id: string | null; origin: string; reason: string | null; created_at: string; decided_at: string | null; batch_id: string | null;
};

function toProposal(row: RawProposal): ProposalRow {
  return {
    id: Number(row.id), kind: row.kind, pair: row.pair, date: row.date, title: row.title, status: row.status as ProposalStatus,
    confidence: Number(row.confidence), recordId: row.record_id, matchedRecordId: row.matched_record_id, origin: row.origin,
    reason: row.reason, createdAt: row.created_at, decidedAt: row.decided_at, batchId: row.batch_id,
  };
}

export interface NewProposal {
  kind: string;
  pair: string | null;
  date: string | null;
  title: string;
  confidence: number;
  recordId: string;
  matchedRecordId: string | null;
  /** Where the drafts came from: `watch` or an importer (`hsg`). */
  origin: string;
  at: string;
}

export async function insertProposal(scope: Scope, proposal: NewProposal): Promise<ProposalRow> {
  const row = await scope.db
    .insertInto('proposals')
    .values({
      kind: proposal.kind, pair: proposal.pair, date: proposal.date, title: proposal.title, status: 'waiting', confidence: proposal.confidence,
      record_id: proposal.recordId, matched_record_id: proposal.matchedRecordId, origin: proposal.origin, reason: null,
      created_at: proposal.at, decided_at: null, batch_id: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toProposal(row as RawProposal);
}

export async function addProposalDraft(scope: Scope, draft: { proposalId: number; documentId: string; draft: unknown; at: string }): Promise<void> {
  await scope.db
    .insertInto('proposal_drafts')
    .values({ proposal_id: draft.proposalId, document_id: draft.documentId, draft: JSON.stringify(draft.draft), created_at: draft.at })
    .execute();
}

/** A proposal gaining a draft may gain confidence (two outlets agree) or a better title. */
export async function updateProposal(scope: Scope, id: number, changes: { confidence?: number; title?: string }): Promise<void> {
  if (changes.confidence === undefined && changes.title === undefined) return;
  await scope.db.updateTable('proposals').set(changes).where('id', '=', id).execute();
}

export async function findProposal(scope: Scope, id: number): Promise<ProposalRow | undefined> {
  const row = await scope.db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toProposal(row as RawProposal) : undefined;
}

export async function proposalDrafts(scope: Scope, proposalIds: readonly number[]): Promise<ProposalDraftRow[]> {
  if (proposalIds.length === 0) return [];
  const rows = await scope.db
    .selectFrom('proposal_drafts')
    .selectAll()
    .where('proposal_id', 'in', [...proposalIds])
    .orderBy('proposal_id')
    .orderBy('created_at')
    .orderBy('document_id')
    .execute();
  return rows.map((row) => ({ proposalId: Number(row.proposal_id), documentId: row.document_id, draft: JSON.parse(row.draft) as unknown, createdAt: row.created_at }));
}

export interface ProposalFilter {
  status?: ProposalStatus;
  pair?: string;
  minConfidence?: number;
  cursor?: string;
  limit?: number;
}

/** Proposals, oldest first (the order a reviewer works through them), a page at a time. */
export async function listProposals(scope: Scope, filter: ProposalFilter = {}): Promise<{ items: ProposalRow[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 500);
  let query = scope.db.selectFrom('proposals').selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.pair) query = query.where('pair', '=', filter.pair);
  if (filter.minConfidence !== undefined) query = query.where('confidence', '>=', filter.minConfidence);
  if (filter.cursor) {
    const [after] = decodeCursor(filter.cursor, ['number']) as [number];
    query = query.where('id', '>', after);
  }
  const rows = (await query.orderBy('id').limit(limit + 1).execute()).map((row) => toProposal(row as RawProposal));
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor([items.at(-1)!.id]) : null };
}

export async function countProposals(scope: Scope, status: ProposalStatus): Promise<number> {
  const row = await scope.db.selectFrom('proposals').select((eb) => eb.fn.countAll<string | number>().as('n')).where('status', '=', status).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Waiting proposals about the given pairs: a new draft of one of their events joins them. */
export async function waitingProposalsForPairs(scope: Scope, pairs: readonly string[]): Promise<ProposalRow[]> {
  if (pairs.length === 0) return [];
  const rows = await scope.db.selectFrom('proposals').selectAll().where('status', '=', 'waiting').where('pair', 'in', [...pairs]).orderBy('id').execute();
  return rows.map((row) => toProposal(row as RawProposal));
}

export async function decideProposal(scope: Scope, id: number, decision: { status: 'accepted' | 'rejected'; at: string; batchId?: string | null; reason?: string | null }): Promise<void> {
  await scope.db
    .updateTable('proposals')
    .set({ status: decision.status, decided_at: decision.at, batch_id: decision.batchId ?? null, reason: decision.reason ?? null })
    .where('id', '=', id)
    .execute();
}

/** Whether a report (by its document id) was part of a rejected proposal: it is then never drafted again. */
export async function documentRejected(scope: Scope, documentId: string): Promise<boolean> {
  const row = await scope.db
    .selectFrom('proposal_drafts')
    .innerJoin('proposals', 'proposals.id', 'proposal_drafts.proposal_id')
    .select('proposals.id')
    .where('proposal_drafts.document_id', '=', documentId)
    .where('proposals.status', '=', 'rejected')
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether a report already has a draft in the inbox (any status): drafting it again would duplicate it. */
export async function documentDrafted(scope: Scope, documentId: string): Promise<boolean> {
  const row = await scope.db.selectFrom('proposal_drafts').select('proposal_id').where('document_id', '=', documentId).executeTakeFirst();
  return row !== undefined;
}

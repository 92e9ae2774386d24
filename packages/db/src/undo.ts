import { refKey, type KindedRecord, type RecordKind, type RecordRef } from '@bilat/domain';
import type { BilatDatabase } from './connection.js';
import { DependentsError } from './errors.js';
import { localActor } from './import-bundle.js';
import { RECORD_TABLES } from './record-tables.js';
import { writeRecords } from './repositories/records.js';
import { appendRevisions } from './repositories/revisions.js';
import { refreshSearchDocuments } from './repositories/search.js';
import { inTransaction, type Scope, type WriteContext } from './scope.js';

export class BatchNotFoundError extends Error {
  constructor(readonly batchId: string) {
    super(`No import batch "${batchId}" (see the batch id printed by the import, or bilat changes)`);
    this.name = 'BatchNotFoundError';
  }
}

export class BatchAlreadyUndoneError extends Error {
  constructor(
    readonly batchId: string,
    readonly undoneBy: string | null,
  ) {
    super(`Batch "${batchId}" was already undone${undoneBy ? ` (by ${undoneBy})` : ''}`);
    this.name = 'BatchAlreadyUndoneError';
  }
}

export interface UndoSummary {
  batchId: string;
  /** The batch the undo itself is recorded as. */
  undoBatchId: string;
  /** Records the batch created, now deleted (recoverably). */
  removed: number;
  /** Records the batch changed, now back as they were. */
  reverted: number;
}

async function liveLinkersOutside(scope: Scope, targets: RecordRef[], inBatch: Set<string>): Promise<RecordRef[]> {
  const found = new Map<string, RecordRef>();
  for (let offset = 0; offset < targets.length; offset += 200) {
    const slice = targets.slice(offset, offset + 200);
    const byKind = new Map<string, string[]>();
    for (const ref of slice) byKind.set(ref.kind, [...(byKind.get(ref.kind) ?? []), ref.id]);
    for (const [kind, ids] of byKind) {
      const rows = await scope.db.selectFrom('record_links').select(['from_kind', 'from_id']).distinct().where('to_kind', '=', kind).where('to_id', 'in', ids).execute();
      for (const row of rows) {
        const ref = { kind: row.from_kind as RecordKind, id: row.from_id };
        if (inBatch.has(refKey(ref))) continue;
        const live = await scope.db.selectFrom(RECORD_TABLES[ref.kind] as 'sources').select('id').where('id', '=', ref.id).where('deleted_at', 'is', null).executeTakeFirst();
        if (live) found.set(refKey(ref), ref);
      }
    }
  }
  return [...found.values()];
}

/**
 * Undoes an import batch in one transaction: records it created are deleted
 * (recoverably), records it changed get their earlier version back. Refused, with the
 * records named, when records outside the batch now point at what it created.
 */
export async function undoBatch(database: BilatDatabase | Scope, batchId: string, context: Partial<WriteContext> = {}): Promise<UndoSummary> {
  return inTransaction(database, async (scope) => {
    const batch = await scope.db.selectFrom('batches').selectAll().where('id', '=', batchId).executeTakeFirst();
    if (!batch) throw new BatchNotFoundError(batchId);
    if (batch.undone_at) throw new BatchAlreadyUndoneError(batchId, batch.undone_by);
    const at = context.at ?? new Date().toISOString();
    const undoBatchId = `undo-${at.replace(/[-:]/g, '').replace(/\..*$/, '').toLowerCase()}-${Math.random().toString(36).slice(2, 8).padEnd(6, '0')}`;
    const ctx = { actor: context.actor ?? localActor(), batchId: undoBatchId, at };

    const revisions = await scope.db
      .selectFrom('revisions')
      .select(['id', 'kind', 'record_id', 'action', 'before_body'])
      .where('batch_id', '=', batchId)
      .orderBy('id', 'desc')
      .execute();
    // The first (latest) revision of each record in the batch decides; earlier ones are superseded.
    const created: RecordRef[] = [];
    const changed: KindedRecord[] = [];
    const seen = new Set<string>();
    for (const revision of revisions) {
      const ref = { kind: revision.kind as RecordKind, id: revision.record_id };
      if (seen.has(refKey(ref))) continue;
      seen.add(refKey(ref));
      if (revision.action === 'create') created.push(ref);
      else if (revision.before_body) changed.push({ kind: ref.kind, record: JSON.parse(revision.before_body) } as KindedRecord);
    }
    // Records the batch changed go back to versions that did not point at what it created.
    const batchKeys = new Set([...created.map(refKey), ...changed.map((item) => refKey({ kind: item.kind, id: item.record.id }))]);
    const outside = await liveLinkersOutside(scope, created, batchKeys);
    if (outside.length) throw new DependentsError({ kind: created[0]!.kind, id: `batch ${batchId}` }, outside);

    const byKind = new Map<RecordKind, string[]>();
    for (const ref of created) byKind.set(ref.kind, [...(byKind.get(ref.kind) ?? []), ref.id]);
    for (const [kind, ids] of byKind) {
      for (let offset = 0; offset < ids.length; offset += 500) {
        const slice = ids.slice(offset, offset + 500);
        const rows = await scope.db.selectFrom(RECORD_TABLES[kind] as 'sources').select(['id', 'body']).where('id', 'in', slice).where('deleted_at', 'is', null).execute();
        await scope.db.updateTable(RECORD_TABLES[kind] as 'sources').set({ deleted_at: at, updated_at: at }).where('id', 'in', slice).execute();
        await appendRevisions(scope, rows.map((row) => ({ kind, recordId: row.id, action: 'delete' as const, before: row.body, after: null })), ctx);
      }
    }
    await writeRecords(scope, changed, ctx);
    await refreshSearchDocuments(scope, [...created, ...changed.map((item) => ({ kind: item.kind, id: item.record.id }))]);
    await scope.db.updateTable('batches').set({ undone_at: at, undone_by: undoBatchId }).where('id', '=', batchId).execute();
    await scope.db
      .insertInto('batches')
      .values({ id: undoBatchId, kind: 'undo', label: `undo of ${batchId}`, actor: ctx.actor, at, summary: JSON.stringify({ removed: created.length, reverted: changed.length }), undone_at: null, undone_by: null })
      .execute();
    return { batchId, undoBatchId, removed: created.length, reverted: changed.length };
  });
}

export interface BatchInfo {
  id: string;
  kind: string;
  label: string;
  actor: string;
  at: string;
  summary: Record<string, number>;
  undoneAt: string | null;
  undoneBy: string | null;
}

/** Import and seed batches, newest first. */
export async function listBatches(scope: Scope, limit = 100): Promise<BatchInfo[]> {
  const rows = await scope.db.selectFrom('batches').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    label: row.label,
    actor: row.actor,
    at: row.at,
    summary: JSON.parse(row.summary) as Record<string, number>,
    undoneAt: row.undone_at,
    undoneBy: row.undone_by,
  }));
}

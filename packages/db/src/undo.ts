import { refKey, type KindedRecord, type RecordKind, type RecordRef } from '@bilat/domain';
import { sql } from 'kysely';
import type { BilatDatabase } from './connection.js';
import { DependentsError, type MissedChange } from './errors.js';
import { localActor } from './import-bundle.js';
import { RECORD_TABLES } from './record-tables.js';
import { writeRecords } from './repositories/records.js';
import { appendRevisions, recordAtRevision } from './repositories/revisions.js';
import { refreshSearchDocuments } from './repositories/search.js';
import { withSummariesDeferred } from './deferred-summaries.js';
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

/** A record the batch wrote that was changed afterwards, with the changes since. */
export interface EditedRecord {
  kind: RecordKind;
  id: string;
  changes: MissedChange[];
}

/**
 * Undoing a batch whose records were changed since it was imported: the undo would throw
 * those changes away. Nothing was written; `force` undoes it anyway.
 */
export class BatchEditedSinceError extends Error {
  constructor(
    readonly batchId: string,
    readonly records: EditedRecord[],
  ) {
    const shown = records
      .slice(0, 10)
      .map((record) => {
        const latest = record.changes.at(-1);
        return `${record.kind} ${record.id}${latest ? ` (${latest.action} by ${latest.actor} at ${latest.at})` : ''}`;
      })
      .join(', ');
    const more = records.length > 10 ? ` and ${records.length - 10} more` : '';
    super(`Batch "${batchId}" was not undone: ${records.length} of its record(s) changed since (${shown}${more}); undoing would discard those changes. Force it to undo anyway.`);
    this.name = 'BatchEditedSinceError';
  }
}

export interface UndoOptions extends Partial<WriteContext> {
  /** Undo even when records of the batch were changed since (those changes are undone too; the log keeps them). */
  force?: boolean;
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
 * Records of the batch that changed after it: a later revision exists and the record is
 * no longer as the batch left it (a change undone since, such as a later batch that was
 * itself undone, does not count).
 */
export async function recordsEditedSince(scope: Scope, batchId: string): Promise<EditedRecord[]> {
  const later = await sql<{ kind: string; record_id: string; last: number | string; id: number | string; at: string; actor: string; action: string; batch_id: string | null }>`
    select later.kind, later.record_id, mine.last, later.id, later.at, later.actor, later.action, later.batch_id
    from (select kind, record_id, max(id) as last from revisions where batch_id = ${batchId} group by kind, record_id) mine
    join revisions later on later.kind = mine.kind and later.record_id = mine.record_id and later.id > mine.last
    order by later.id`.execute(scope.db);
  const byRecord = new Map<string, { kind: RecordKind; id: string; last: number; changes: MissedChange[] }>();
  for (const row of later.rows) {
    const ref = { kind: row.kind as RecordKind, id: row.record_id };
    const entry = byRecord.get(refKey(ref)) ?? { ...ref, last: Number(row.last), changes: [] };
    entry.changes.push({ revision: Number(row.id), at: row.at, actor: row.actor, action: row.action, batchId: row.batch_id });
    byRecord.set(refKey(ref), entry);
  }
  const edited: EditedRecord[] = [];
  for (const entry of byRecord.values()) {
    const left = await recordAtRevision(scope, entry, entry.last);
    const now = await scope.db.selectFrom(RECORD_TABLES[entry.kind] as 'sources').select(['body', 'deleted_at']).where('id', '=', entry.id).executeTakeFirst();
    const unchanged = left !== undefined && now && now.deleted_at === null && now.body === JSON.stringify(left);
    if (!unchanged) edited.push({ kind: entry.kind, id: entry.id, changes: entry.changes });
  }
  return edited;
}

/**
 * Undoes an import batch in one transaction: records it created are deleted
 * (recoverably), records it changed get their earlier version back. Refused, with the
 * records named, when records outside the batch now point at what it created, and
 * (unless forced) when records of the batch were changed since.
 */
export async function undoBatch(database: BilatDatabase | Scope, batchId: string, context: UndoOptions = {}): Promise<UndoSummary> {
  return inTransaction(database, (scope) => withSummariesDeferred(scope, () => undoIn(scope, batchId, context)));
}

async function undoIn(scope: Scope, batchId: string, context: UndoOptions): Promise<UndoSummary> {
  const batch = await scope.db.selectFrom('batches').selectAll().where('id', '=', batchId).executeTakeFirst();
  if (!batch) throw new BatchNotFoundError(batchId);
  if (batch.undone_at) throw new BatchAlreadyUndoneError(batchId, batch.undone_by);
  const at = context.at ?? new Date().toISOString();
  if (!context.force) {
    const edited = await recordsEditedSince(scope, batchId);
    if (edited.length) throw new BatchEditedSinceError(batchId, edited);
  }
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
      await appendRevisions(scope, rows.map((row) => ({ kind, recordId: row.id, action: 'delete' as const, before: row.body, after: null })), ctx);
      // Each row's revision is the deletion just logged for it: one statement for the slice.
      const table = RECORD_TABLES[kind];
      await scope.db
        .updateTable(table as 'sources')
        .set({
          deleted_at: at,
          updated_at: at,
          revision: sql<number>`(select max(r.id) from revisions r where r.kind = ${kind} and r.record_id = ${sql.ref(`${table}.id`)})`,
        })
        .where('id', 'in', slice)
        .where('deleted_at', 'is', null)
        .execute();
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

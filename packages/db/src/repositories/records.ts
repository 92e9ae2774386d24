import { referencesOf, refKey, type KindedRecord, type RecordKind, type RecordOf, type RecordRef } from '@bilat/domain';
import { sql } from 'kysely';
import { DependentsError, RecordNotFoundError } from '../errors.js';
import { partiesOf, projectRecord, RECORD_TABLES } from '../record-tables.js';
import type { DialectName } from '../connection.js';
import { sharedBodies } from '../parsed-bodies.js';
import type { Database } from '../schema.js';
import type { Scope, WriteContext } from '../scope.js';
import { appendRevision, appendRevisions } from './revisions.js';
import { Statement } from './statement.js';

/** A record as stored: the domain object plus its revision and when it was created, changed or deleted. */
export interface StoredRecord<K extends RecordKind = RecordKind> {
  kind: K;
  record: RecordOf<K>;
  /**
   * The id of the revision-log entry that last changed the record (created, edited,
   * deleted, restored or merged it): what the API sends as the ETag, and what a write
   * based on this version names as its expected revision.
   */
  revision: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export type WriteOutcome = 'created' | 'updated' | 'restored' | 'unchanged';

interface RecordRow {
  id: string;
  body: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  current_revision: number | string;
}

/**
 * The table of a kind, typed as one of them: every record table shares the columns the
 * generic functions here touch (id, body, status, timestamps), which Kysely cannot see
 * through a union of table names.
 */
function tableOf(kind: RecordKind): 'sources' {
  return RECORD_TABLES[kind] as 'sources';
}

/**
 * A row's revision: its column, or for a row not written since the column was added, the
 * latest revision-log entry for it (both backends evaluate COALESCE lazily, so the log is
 * read only then).
 */
function currentRevision(kind: RecordKind) {
  const table = RECORD_TABLES[kind];
  return sql<number | string>`coalesce(${sql.ref(`${table}.revision`)}, (select max(r.id) from revisions r where r.kind = ${kind} and r.record_id = ${sql.ref(`${table}.id`)}), 0)`;
}

function toStored<K extends RecordKind>(kind: K, row: RecordRow): StoredRecord<K> {
  return {
    kind,
    record: JSON.parse(row.body) as RecordOf<K>,
    revision: Number(row.current_revision),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export interface ReadOptions {
  /** Return a deleted record too (its `deletedAt` says so). */
  includeDeleted?: boolean;
}

export async function findRecord<K extends RecordKind>(
  scope: Scope,
  kind: K,
  id: string,
  options: ReadOptions = {},
): Promise<StoredRecord<K> | undefined> {
  let query = scope.db
    .selectFrom(tableOf(kind))
    .select(['id', 'body', 'created_at', 'updated_at', 'deleted_at', currentRevision(kind).as('current_revision')])
    .where('id', '=', id);
  if (!options.includeDeleted) query = query.where('deleted_at', 'is', null);
  const row = await query.executeTakeFirst();
  return row ? toStored(kind, row) : undefined;
}

/** The record, or a RecordNotFoundError naming what was asked for. */
export async function getRecord<K extends RecordKind>(scope: Scope, kind: K, id: string): Promise<RecordOf<K>> {
  const found = await findRecord(scope, kind, id);
  if (!found) throw new RecordNotFoundError({ kind, id });
  return found.record;
}

/** Several records of one kind by id, in the order asked; missing ids are left out. */
export async function getRecords<K extends RecordKind>(scope: Scope, kind: K, ids: readonly string[], options: { shared?: boolean } = {}): Promise<RecordOf<K>[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const byId = new Map<string, RecordOf<K>>();
  // Chunked so a long list stays under SQLite's bound-parameter limit.
  for (let offset = 0; offset < unique.length; offset += 500) {
    // Plain SQL (statement.ts): a dossier reads its sources here on every request.
    const statement = new Statement(scope);
    const rows = await statement.rows<{ id: string; body: string }>(
      `select id, body from ${RECORD_TABLES[kind]} where id in (${statement.list(unique.slice(offset, offset + 500))}) and deleted_at is null`,
    );
    // `shared`: parses shared with other callers, which the caller must not change (see parsed-bodies.ts).
    for (const row of rows) byId.set(row.id, (options.shared ? sharedBodies.parse(row.body, row.id, kind) : JSON.parse(row.body)) as RecordOf<K>);
  }
  const found: RecordOf<K>[] = [];
  for (const id of unique) {
    const record = byId.get(id);
    if (record !== undefined) found.push(record);
  }
  return found;
}

/** Every live record of a kind, ordered by id (for snapshots and exports). */
export async function allRecords<K extends RecordKind>(scope: Scope, kind: K): Promise<RecordOf<K>[]> {
  const rows = await scope.db
    .selectFrom(tableOf(kind))
    .select(['body'])
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map((row) => JSON.parse(row.body) as RecordOf<K>);
}

/** Runs `write` over slices of `rows`, so no statement exceeds a backend's bound-parameter limit. */
async function inSlices<T>(rows: readonly T[], size: number, write: (slice: T[]) => Promise<unknown>): Promise<void> {
  for (let offset = 0; offset < rows.length; offset += size) await write(rows.slice(offset, offset + size));
}

/**
 * The most bound parameters one statement may carry: PostgreSQL's protocol counts them in
 * 16 bits; SQLite allows 32,766 since 3.32 (better-sqlite3 12 bundles a later one).
 */
const PARAMETER_LIMIT: Record<DialectName, number> = { postgres: 65_535, sqlite: 32_766 };

/**
 * Inserts rows in as few statements as the backend's parameter limit allows:
 * on PostgreSQL each insert into a record table runs the summary triggers once, and every
 * run rewrites the same summary rows, whose old versions cannot be pruned before the
 * import commits; a few large statements instead of hundreds of small ones keeps that
 * cost from growing with the import (a 20,000-row Comtrade file: see git log).
 */
async function insertRows(scope: Scope, table: keyof Database, rows: readonly Record<string, unknown>[]): Promise<void> {
  const columns = Math.max(1, Object.keys(rows[0] ?? {}).length);
  const size = Math.max(1, Math.floor(PARAMETER_LIMIT[scope.dialect] / columns));
  await inSlices(rows, size, (slice) => scope.db.insertInto(table).values(slice as never).execute());
}

/**
 * Replaces the links, parties and participants of these records with what they say now.
 * Only records that had a row before (`existed`) can have child rows to remove: records
 * are never deleted outright. Skipping those deletes for new records is what keeps a large
 * import on PostgreSQL from spending most of its time deleting nothing.
 */
async function replaceChildRows(scope: Scope, kind: RecordKind, items: readonly KindedRecord[], existed: ReadonlySet<string>): Promise<void> {
  const ids = items.map((item) => item.record.id).filter((id) => existed.has(id));
  await inSlices(ids, 500, (slice) => scope.db.deleteFrom('record_links').where('from_kind', '=', kind).where('from_id', 'in', slice).execute());
  await inSlices(ids, 500, (slice) => scope.db.deleteFrom('record_parties').where('kind', '=', kind).where('record_id', 'in', slice).execute());
  const links = items.flatMap((item) =>
    referencesOf(item).map((reference, position) => ({
      from_kind: kind,
      from_id: item.record.id,
      position,
      relation: reference.relation,
      to_kind: reference.target.kind,
      to_id: reference.target.id,
      locator: reference.citation?.locator ?? null,
    })),
  );
  await insertRows(scope, 'record_links', links);
  const parties = items.flatMap((item) => partiesOf(item).map((party) => ({ kind, record_id: item.record.id, party })));
  await insertRows(scope, 'record_parties', parties);
  if (kind === 'meeting') {
    await inSlices(ids, 500, (slice) => scope.db.deleteFrom('meeting_participants').where('meeting_id', 'in', slice).execute());
    const participants = items.flatMap((item) =>
      item.kind === 'meeting'
        ? item.record.participants.map((participant, position) => ({
            meeting_id: item.record.id,
            position,
            person_id: participant.personId,
            post_id: participant.postId ?? null,
            side: participant.side,
            role: participant.role,
          }))
        : [],
    );
    await insertRows(scope, 'meeting_participants', participants);
  }
}

/**
 * Stores validated records of any kinds: inserts new ones, updates changed ones, brings
 * deleted ones back, each with its links, parties and a revision. Identical records are
 * left untouched, which is what makes seeds and imports idempotent. Rows are read and
 * written a slice at a time, so a large import costs few statements per record.
 */
export async function writeRecords(scope: Scope, items: readonly KindedRecord[], context: WriteContext): Promise<WriteOutcome[]> {
  const at = context.at ?? new Date().toISOString();
  const outcomes: WriteOutcome[] = new Array(items.length);
  // One entry per record: when a record is listed twice, its last version is the one written.
  const last = new Map<string, number>();
  items.forEach((item, index) => last.set(refKey({ kind: item.kind, id: item.record.id }), index));
  const byKind = new Map<RecordKind, number[]>();
  items.forEach((item, index) => {
    if (last.get(refKey({ kind: item.kind, id: item.record.id })) !== index) {
      outcomes[index] = 'unchanged';
      return;
    }
    const list = byKind.get(item.kind);
    if (list) list.push(index);
    else byKind.set(item.kind, [index]);
  });
  for (const [kind, indexes] of byKind) {
    const table = tableOf(kind);
    const existing = new Map<string, { body: string; deleted_at: string | null }>();
    await inSlices(indexes.map((index) => items[index]!.record.id), 500, async (ids) => {
      const rows = await scope.db.selectFrom(table).select(['id', 'body', 'deleted_at']).where('id', 'in', ids).execute();
      for (const row of rows) existing.set(row.id, row);
    });
    // First what changes, then its revisions (whose ids become the rows' revision), then the rows.
    const pending: { item: KindedRecord; columns: Record<string, unknown>; existed: boolean }[] = [];
    const revisions: Parameters<typeof appendRevisions>[1][number][] = [];
    for (const index of indexes) {
      const item = items[index]!;
      const { record } = item;
      const body = JSON.stringify(record);
      const before = existing.get(record.id);
      if (before && before.body === body && before.deleted_at === null) {
        outcomes[index] = 'unchanged';
        continue;
      }
      const status = 'status' in record ? record.status : 'verified';
      // The per-kind columns come from projectRecord, so they are typed loosely here.
      const columns = { ...projectRecord(item), body, status, updated_at: at, deleted_at: null };
      const outcome: WriteOutcome = !before ? 'created' : before.deleted_at ? 'restored' : 'updated';
      outcomes[index] = outcome;
      pending.push({ item, columns, existed: Boolean(before) });
      revisions.push({
        kind,
        recordId: record.id,
        action: outcome === 'created' ? 'create' : outcome === 'restored' ? 'restore' : 'update',
        before: before?.deleted_at ? null : (before?.body ?? null),
        after: outcome === 'created' && context.leanCreates ? null : body,
      });
    }
    const revisionIds = await appendRevisions(scope, revisions, { ...context, at });
    const inserts: Record<string, unknown>[] = [];
    pending.forEach(({ item, columns, existed }, position) => {
      columns.revision = revisionIds[position]!;
      if (!existed) inserts.push({ ...columns, id: item.record.id, created_at: at });
    });
    for (const { item, columns, existed } of pending) {
      if (existed) await scope.db.updateTable(table).set(columns as never).where('id', '=', item.record.id).execute();
    }
    await insertRows(scope, table, inserts);
    await replaceChildRows(scope, kind, pending.map((change) => change.item), new Set(existing.keys()));
  }
  return outcomes;
}

/** Stores one validated record; see writeRecords. */
export async function writeRecord(scope: Scope, item: KindedRecord, context: WriteContext): Promise<WriteOutcome> {
  const [outcome] = await writeRecords(scope, [item], context);
  return outcome!;
}

/** Live records that point at this one (citations included), in a stable order. */
export async function findDependents(scope: Scope, ref: RecordRef): Promise<RecordRef[]> {
  const links = await scope.db
    .selectFrom('record_links')
    .select(['from_kind', 'from_id'])
    .distinct()
    .where('to_kind', '=', ref.kind)
    .where('to_id', '=', ref.id)
    .orderBy('from_kind')
    .orderBy('from_id')
    .execute();
  const dependents: RecordRef[] = [];
  for (const link of links) {
    const kind = link.from_kind as RecordKind;
    if (kind === ref.kind && link.from_id === ref.id) continue;
    const live = await scope.db
      .selectFrom(tableOf(kind))
      .select('id')
      .where('id', '=', link.from_id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (live) dependents.push({ kind, id: link.from_id });
  }
  return dependents;
}

/**
 * Marks a record deleted (it stays recoverable with `restoreRecord`). Refused with the
 * dependents named while other records still point at it. Answers the revision the
 * deletion made.
 */
export async function deleteRecord(scope: Scope, ref: RecordRef, context: WriteContext): Promise<number> {
  const found = await findRecord(scope, ref.kind, ref.id);
  if (!found) throw new RecordNotFoundError(ref);
  const dependents = await findDependents(scope, ref);
  if (dependents.length) throw new DependentsError(ref, dependents);
  const at = context.at ?? new Date().toISOString();
  const revision = await appendRevision(scope, {
    kind: ref.kind,
    recordId: ref.id,
    action: 'delete',
    before: JSON.stringify(found.record),
    after: null,
    context: { ...context, at },
  });
  await scope.db
    .updateTable(tableOf(ref.kind))
    .set({ deleted_at: at, updated_at: at, revision })
    .where('id', '=', ref.id)
    .execute();
  return revision;
}

/**
 * Brings a deleted record back, provided everything it points at is still there. A record
 * that is not deleted is answered as it is, with no new revision.
 */
export async function restoreRecord(scope: Scope, ref: RecordRef, context: WriteContext): Promise<{ record: RecordOf<RecordKind>; revision: number }> {
  const found = await findRecord(scope, ref.kind, ref.id, { includeDeleted: true });
  if (!found) throw new RecordNotFoundError(ref);
  if (!found.deletedAt) return { record: found.record, revision: found.revision };
  const item = { kind: ref.kind, record: found.record } as KindedRecord;
  for (const reference of referencesOf(item)) {
    const target = await findRecord(scope, reference.target.kind, reference.target.id);
    if (!target) throw new RecordNotFoundError(reference.target);
  }
  const at = context.at ?? new Date().toISOString();
  const revision = await appendRevision(scope, {
    kind: ref.kind,
    recordId: ref.id,
    action: 'restore',
    before: null,
    after: JSON.stringify(found.record),
    context: { ...context, at },
  });
  await scope.db
    .updateTable(tableOf(ref.kind))
    .set({ deleted_at: null, updated_at: at, revision })
    .where('id', '=', ref.id)
    .execute();
  return { record: found.record, revision };
}

/**
 * Holds the record's row until the transaction ends, so that a revision read next stays
 * current until this transaction writes. PostgreSQL locks the row (a concurrent writer
 * waits, then reads what this one wrote); SQLite needs nothing more, as its write
 * transactions take the database's write lock when they begin (see connection.ts).
 */
export async function lockRecord(scope: Scope, ref: RecordRef): Promise<void> {
  if (scope.dialect !== 'postgres') return;
  await scope.db.selectFrom(tableOf(ref.kind)).select('id').where('id', '=', ref.id).forUpdate().execute();
}

export interface RelatedRecord {
  relation: string;
  kind: RecordKind;
  id: string;
}

/** Live records that point at this one, with the relation (citations included for sources). */
export async function findLinkers(scope: Scope, ref: RecordRef, limit = 500): Promise<RelatedRecord[]> {
  const rows = await scope.db
    .selectFrom('record_links')
    .select(['from_kind', 'from_id', 'relation'])
    .distinct()
    .where('to_kind', '=', ref.kind)
    .where('to_id', '=', ref.id)
    .orderBy('from_kind')
    .orderBy('from_id')
    .orderBy('relation')
    .limit(limit * 2)
    .execute();
  const related: RelatedRecord[] = [];
  for (const row of rows) {
    const kind = row.from_kind as RecordKind;
    if (kind === ref.kind && row.from_id === ref.id) continue;
    if (await findRecord(scope, kind, row.from_id)) related.push({ relation: row.relation, kind, id: row.from_id });
    if (related.length >= limit) break;
  }
  return related;
}

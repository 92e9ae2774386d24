import {
  checkConsistency,
  mergePersonRecords,
  unstorableTextPath,
  recordSchemas,
  repointPerson,
  type KindedRecord,
  type RecordKind,
  type RecordOf,
  type RecordRef,
} from '@bilat/domain';
import type { BilatDatabase } from './connection.js';
import { ConsistencyError, InvalidRecordError, RecordNotFoundError, RevisionConflictError } from './errors.js';
import { loadNeighbourhood } from './neighbourhood.js';
import { RECORD_TABLES } from './record-tables.js';
import { deleteRecord, findRecord, lockRecord, restoreRecord, writeRecord, type StoredRecord, type WriteOutcome } from './repositories/records.js';
import { appendRevision, recordAtRevision, revisionsAfter } from './repositories/revisions.js';
import { refreshSearchDocuments, searchRefreshSet } from './repositories/search.js';
import { inTransaction, type Scope, type WriteContext } from './scope.js';

/** Creating a record whose id is taken (by a live or a deleted record). */
export class RecordExistsError extends Error {
  constructor(readonly ref: RecordRef) {
    super(`A ${ref.kind} with id "${ref.id}" already exists`);
    this.name = 'RecordExistsError';
  }
}

/** Refuses a write that would break a consistency rule, naming the rules and records. */
async function assertConsistent(scope: Scope, item: KindedRecord): Promise<void> {
  const set = await loadNeighbourhood(scope, item);
  const violations = checkConsistency(set, { focus: [{ kind: item.kind, id: item.record.id }] });
  if (violations.length) throw new ConsistencyError(violations);
}

async function refreshAfter(scope: Scope, refs: RecordRef[]): Promise<void> {
  await refreshSearchDocuments(scope, await searchRefreshSet(scope, refs));
}

/**
 * The revision a write was based on: one, or several (an HTTP If-Match header may list
 * more than one). Left out, the write applies to whatever is current.
 */
export type ExpectedRevision = number | readonly number[];

export interface RevisionCheck {
  /** Refuse the write (RevisionConflictError) unless the record is still at this revision. */
  expectedRevision?: ExpectedRevision;
}

/**
 * Locks the record's row and reads it, deleted or not, then refuses the write if it was
 * based on another revision than the current one. Runs inside the write's transaction, so
 * nothing can change the record between this check and the write.
 */
async function readForWrite<K extends RecordKind>(scope: Scope, ref: { kind: K; id: string }, expected: ExpectedRevision | undefined): Promise<StoredRecord<K> | undefined> {
  await lockRecord(scope, ref);
  const stored = await findRecord(scope, ref.kind, ref.id, { includeDeleted: true });
  if (expected === undefined || !stored) return stored;
  const allowed = typeof expected === 'number' ? [expected] : [...expected];
  if (allowed.includes(stored.revision)) return stored;
  const changes = await revisionsAfter(scope, ref, Math.min(...allowed));
  throw new RevisionConflictError(
    ref,
    allowed,
    { kind: ref.kind, id: ref.id, record: stored.record, revision: stored.revision, deletedAt: stored.deletedAt, updatedAt: stored.updatedAt },
    changes.map((change) => ({ revision: change.id, at: change.at, actor: change.actor, action: change.action, batchId: change.batchId })),
    (await recordAtRevision(scope, ref, Math.max(...allowed))) ?? null,
  );
}

export interface SaveResult<K extends RecordKind> {
  record: RecordOf<K>;
  outcome: WriteOutcome;
  /** The record's revision after the write (unchanged when the record was). */
  revision: number;
}

/**
 * Validates a record with its kind's schema, checks the consistency rules around it, and
 * stores it with a revision, in one transaction. `create` refuses an id in use; `update`
 * needs a live record with that id, at the expected revision when one is given.
 */
export async function saveRecord<K extends RecordKind>(
  database: BilatDatabase | Scope,
  kind: K,
  input: unknown,
  context: WriteContext,
  mode: 'create' | 'update',
  check: RevisionCheck = {},
): Promise<SaveResult<K>> {
  const record = recordSchemas[kind].parse(input) as RecordOf<K>;
  const unstorable = unstorableTextPath(record);
  if (unstorable) throw new InvalidRecordError([unstorable]);
  const item = { kind, record } as KindedRecord;
  const ref = { kind, id: record.id };
  return inTransaction(database, async (scope) => {
    const existing = await readForWrite(scope, ref, mode === 'update' ? check.expectedRevision : undefined);
    if (mode === 'create' && existing) throw new RecordExistsError(ref);
    if (mode === 'update' && (!existing || existing.deletedAt)) throw new RecordNotFoundError(ref);
    await assertConsistent(scope, item);
    const outcome = await writeRecord(scope, item, context);
    if (outcome !== 'unchanged') await refreshAfter(scope, [ref]);
    const revision = outcome === 'unchanged' ? existing!.revision : (await findRecord(scope, kind, record.id))!.revision;
    return { record, outcome, revision };
  });
}

/**
 * Deletes recoverably; refused while other records point at it, or when the record is no
 * longer at the expected revision. Answers the revision the deletion made.
 */
export async function removeRecord(database: BilatDatabase | Scope, ref: RecordRef, context: WriteContext, check: RevisionCheck = {}): Promise<number> {
  return inTransaction(database, async (scope) => {
    await readForWrite(scope, ref, check.expectedRevision);
    const revision = await deleteRecord(scope, ref, context);
    await refreshAfter(scope, [ref]);
    return revision;
  });
}

/**
 * Restores a deleted record, provided what it points at exists, the rules still hold and
 * (when given) it is still at the expected revision: the one its deletion made.
 */
export async function bringBackRecord<K extends RecordKind>(
  database: BilatDatabase | Scope,
  ref: { kind: K; id: string },
  context: WriteContext,
  check: RevisionCheck = {},
): Promise<{ record: RecordOf<K>; revision: number }> {
  return inTransaction(database, async (scope) => {
    const found = await readForWrite(scope, ref, check.expectedRevision);
    if (!found) throw new RecordNotFoundError(ref);
    if (found.deletedAt) await assertConsistent(scope, { kind: ref.kind, record: found.record } as KindedRecord);
    const restored = await restoreRecord(scope, ref, context);
    await refreshAfter(scope, [ref]);
    return restored as { record: RecordOf<K>; revision: number };
  });
}

/** Where a merged (or renamed) id now points, if anywhere. */
export async function resolveRedirect(scope: Scope, kind: RecordKind, id: string): Promise<string | undefined> {
  let current = id;
  // Follow chains (a merged into b, b into c) but never loop.
  for (let hops = 0; hops < 10; hops++) {
    const row = await scope.db.selectFrom('redirects').select('to_id').where('kind', '=', kind).where('from_id', '=', current).executeTakeFirst();
    if (!row) return current === id ? undefined : current;
    current = row.to_id;
  }
  return current;
}

export interface MergeResult {
  person: RecordOf<'person'>;
  /** The remaining person's revision after the merge. */
  revision: number;
  /** The records whose references were moved to the remaining person. */
  repointed: RecordRef[];
}

export interface MergeCheck {
  /** The merged person's expected revision. */
  expectedRevision?: ExpectedRevision;
  /** The remaining person's expected revision. */
  intoExpectedRevision?: ExpectedRevision;
}

/**
 * Merges one person into another: every record that named the first now names the
 * second, the second gains the first's names, identifiers and citations, the first is
 * deleted and its id redirects. One transaction; every change is in the revision log.
 * With expected revisions, refused when either person changed since.
 */
export async function mergePeople(database: BilatDatabase | Scope, fromId: string, intoId: string, context: WriteContext, check: MergeCheck = {}): Promise<MergeResult> {
  if (fromId === intoId) throw new RangeError('Cannot merge a person into themselves');
  return inTransaction(database, async (scope) => {
    // Locked in a fixed order, so two merges of the same pair cannot wait on each other.
    const [first, second] = fromId < intoId ? [fromId, intoId] : [intoId, fromId];
    await lockRecord(scope, { kind: 'person', id: first });
    await lockRecord(scope, { kind: 'person', id: second });
    const fromStored = await readForWrite(scope, { kind: 'person', id: fromId }, check.expectedRevision);
    const intoStored = await readForWrite(scope, { kind: 'person', id: intoId }, check.intoExpectedRevision);
    const from = fromStored?.deletedAt ? undefined : fromStored;
    const into = intoStored?.deletedAt ? undefined : intoStored;
    if (!from) throw new RecordNotFoundError({ kind: 'person', id: fromId });
    if (!into) throw new RecordNotFoundError({ kind: 'person', id: intoId });
    const at = context.at ?? new Date().toISOString();
    const ctx = { ...context, at };

    const linkers = await scope.db
      .selectFrom('record_links')
      .select(['from_kind', 'from_id'])
      .distinct()
      .where('to_kind', '=', 'person')
      .where('to_id', '=', fromId)
      .execute();
    const repointed: RecordRef[] = [];
    for (const link of linkers) {
      const kind = link.from_kind as RecordKind;
      // Locked before it is read: an edit landing between the read and this write would be lost.
      await lockRecord(scope, { kind, id: link.from_id });
      const found = await findRecord(scope, kind, link.from_id);
      if (!found) continue;
      const moved = repointPerson({ kind, record: found.record } as KindedRecord, fromId, intoId);
      const validated = { kind, record: recordSchemas[kind].parse(moved.record) } as KindedRecord;
      await writeRecord(scope, validated, ctx);
      repointed.push({ kind, id: link.from_id });
    }
    const merged = recordSchemas.person.parse(mergePersonRecords(into.record, from.record));
    await writeRecord(scope, { kind: 'person', record: merged }, ctx);
    const revision = await appendRevision(scope, {
      kind: 'person',
      recordId: fromId,
      action: 'merge',
      before: JSON.stringify(from.record),
      after: JSON.stringify({ mergedInto: intoId }),
      context: ctx,
    });
    await scope.db
      .updateTable(RECORD_TABLES.person)
      .set({ deleted_at: at, updated_at: at, revision })
      .where('id', '=', fromId)
      .execute();
    await scope.db.deleteFrom('redirects').where('kind', '=', 'person').where('from_id', '=', fromId).execute();
    await scope.db.insertInto('redirects').values({ kind: 'person', from_id: fromId, to_id: intoId, at }).execute();
    // Ids that already redirected to the merged person now lead to the remaining one.
    await scope.db.updateTable('redirects').set({ to_id: intoId }).where('kind', '=', 'person').where('to_id', '=', fromId).execute();
    for (const ref of repointed) await assertConsistent(scope, { kind: ref.kind, record: (await findRecord(scope, ref.kind, ref.id))!.record } as KindedRecord);
    await refreshAfter(scope, [{ kind: 'person', id: fromId }, { kind: 'person', id: intoId }, ...repointed]);
    return { person: merged, revision: (await findRecord(scope, 'person', intoId))!.revision, repointed };
  });
}

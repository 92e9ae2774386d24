import type { RecordKind } from '@bilat/domain';
import type { Scope, WriteContext } from '../scope.js';

export type RevisionAction = 'create' | 'update' | 'delete' | 'restore' | 'merge';

/** One change to one record, as the revision log keeps it. */
export interface RevisionEntry {
  id: number;
  batchId: string | null;
  at: string;
  actor: string;
  kind: RecordKind;
  recordId: string;
  action: RevisionAction;
  before: unknown;
  after: unknown;
}

export async function appendRevision(
  scope: Scope,
  change: { kind: RecordKind; recordId: string; action: RevisionAction; before: string | null; after: string | null; context: WriteContext & { at: string } },
): Promise<void> {
  await scope.db
    .insertInto('revisions')
    .values({
      batch_id: change.context.batchId ?? null,
      at: change.context.at,
      actor: change.context.actor,
      kind: change.kind,
      record_id: change.recordId,
      action: change.action,
      before_body: change.before,
      after_body: change.after,
    })
    .execute();
}

/** Appends many revisions of one batch of writes (a few statements for thousands of records). */
export async function appendRevisions(
  scope: Scope,
  changes: readonly { kind: RecordKind; recordId: string; action: RevisionAction; before: string | null; after: string | null }[],
  context: WriteContext & { at: string },
): Promise<void> {
  const rows = changes.map((change) => ({
    batch_id: context.batchId ?? null,
    at: context.at,
    actor: context.actor,
    kind: change.kind,
    record_id: change.recordId,
    action: change.action,
    before_body: change.before,
    after_body: change.after,
  }));
  for (let offset = 0; offset < rows.length; offset += 100) {
    await scope.db.insertInto('revisions').values(rows.slice(offset, offset + 100)).execute();
  }
}

export interface RevisionFilter {
  /** Changes at or after this instant or date (ISO 8601, e.g. `2024-06-20`). */
  since?: string;
  kind?: RecordKind;
  recordId?: string;
  batchId?: string;
  /** Changes with an id above this one (the cursor of the previous page). */
  afterId?: number;
  /** Changes with an id below this one (the cursor of the previous page, newest first). */
  beforeId?: number;
  /** `asc` (the default): oldest first, as a reader following the log wants; `desc`: newest first. */
  order?: 'asc' | 'desc';
  limit?: number;
}

/** The revision log, oldest first (or newest first), so a reader can follow it page by page. */
export async function listRevisions(scope: Scope, filter: RevisionFilter = {}): Promise<RevisionEntry[]> {
  let query = scope.db.selectFrom('revisions').selectAll();
  if (filter.since) query = query.where('at', '>=', filter.since);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.recordId) query = query.where('record_id', '=', filter.recordId);
  if (filter.batchId) query = query.where('batch_id', '=', filter.batchId);
  if (filter.afterId !== undefined) query = query.where('id', '>', filter.afterId);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  const rows = await query.orderBy('id', filter.order ?? 'asc').limit(Math.min(filter.limit ?? 1000, 10000)).execute();
  return rows.map((row) => ({
    id: Number(row.id),
    batchId: row.batch_id,
    at: row.at,
    actor: row.actor,
    kind: row.kind as RecordKind,
    recordId: row.record_id,
    action: row.action as RevisionAction,
    before: row.before_body === null ? null : (JSON.parse(row.before_body) as unknown),
    after: row.after_body === null ? null : (JSON.parse(row.after_body) as unknown),
  }));
}

export async function countRevisions(scope: Scope): Promise<number> {
  const row = await scope.db.selectFrom('revisions').select((eb) => eb.fn.countAll<string | number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

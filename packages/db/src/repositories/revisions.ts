import type { RecordKind } from '@bilat/domain';
import { PAIRED_KINDS, RECORD_TABLES } from '../record-tables.js';
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

/** Appends one change to the log; answers its id, which is the record's revision from now on. */
export async function appendRevision(
  scope: Scope,
  change: { kind: RecordKind; recordId: string; action: RevisionAction; before: string | null; after: string | null; context: WriteContext & { at: string } },
): Promise<number> {
  const [id] = await appendRevisions(scope, [change], change.context);
  return id!;
}

/**
 * Appends many revisions of one batch of writes (a few statements for thousands of
 * records); answers their ids in the order of `changes`.
 */
export async function appendRevisions(
  scope: Scope,
  changes: readonly { kind: RecordKind; recordId: string; action: RevisionAction; before: string | null; after: string | null }[],
  context: WriteContext & { at: string },
): Promise<number[]> {
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
  const ids: number[] = [];
  for (let offset = 0; offset < rows.length; offset += 100) {
    const slice = rows.slice(offset, offset + 100);
    const returned = await scope.db.insertInto('revisions').values(slice).returning(['id', 'kind', 'record_id']).execute();
    // Matched by record rather than by position: neither backend promises RETURNING's order.
    const byRecord = new Map<string, number[]>();
    for (const row of returned.map((r) => ({ ...r, id: Number(r.id) })).sort((a, b) => a.id - b.id)) {
      const key = `${row.kind}\u0000${row.record_id}`;
      byRecord.set(key, [...(byRecord.get(key) ?? []), row.id]);
    }
    for (const row of slice) ids.push(byRecord.get(`${row.kind}\u0000${row.record_id}`)!.shift()!);
  }
  return ids;
}

export interface RevisionFilter {
  /** Changes at or after this instant or date (ISO 8601, e.g. `2024-06-20`). */
  since?: string;
  kind?: RecordKind;
  recordId?: string;
  batchId?: string;
  /** Changes to records of this pair (`KZ-LT`, canonical): the kinds in PAIRED_KINDS whose row names the pair. */
  pair?: string;
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
  if (filter.pair) {
    const pair = filter.pair;
    // Each kind's ids come through its pair index; a deleted record's row keeps its pair, so its deletion is listed too.
    query = query.where((eb) =>
      eb.or(
        PAIRED_KINDS.map((kind) =>
          eb.and([eb('kind', '=', kind), eb('record_id', 'in', eb.selectFrom(`${RECORD_TABLES[kind]} as paired` as 'meetings as paired').select('paired.id').where('paired.pair', '=', pair))]),
        ),
      ),
    );
  }
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

/** The changes to one record after a revision, oldest first: what a stale write did not see. */
export async function revisionsAfter(scope: Scope, ref: { kind: RecordKind; id: string }, revision: number, limit = 100): Promise<RevisionEntry[]> {
  return listRevisions(scope, { kind: ref.kind, recordId: ref.id, afterId: revision, limit });
}

/**
 * The record's body as it was at a revision (the state that revision left it in), or
 * undefined when the log cannot tell: a large import keeps no body for what it created,
 * and then the next change's "before" holds it.
 */
export async function recordAtRevision(scope: Scope, ref: { kind: RecordKind; id: string }, revision: number): Promise<unknown> {
  const [entry] = await listRevisions(scope, { kind: ref.kind, recordId: ref.id, afterId: revision - 1, limit: 2 });
  if (!entry || entry.id !== revision) return undefined;
  if (entry.after !== null && !(typeof entry.after === 'object' && 'mergedInto' in (entry.after as object))) return entry.after;
  // A delete or a merge left the body as it was before it; a lean creation kept none.
  if (entry.action === 'delete' || entry.action === 'merge') return entry.before ?? undefined;
  const [next] = await listRevisions(scope, { kind: ref.kind, recordId: ref.id, afterId: revision, limit: 1 });
  if (next) return next.before ?? undefined;
  // Nothing changed it since: the row holds that version.
  const row = await scope.db.selectFrom(RECORD_TABLES[ref.kind] as 'sources').select('body').where('id', '=', ref.id).executeTakeFirst();
  return row ? (JSON.parse(row.body) as unknown) : undefined;
}

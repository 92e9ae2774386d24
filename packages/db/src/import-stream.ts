import {
  unstorableTextPath,
  RECORD_COLLECTIONS,
  recordSchemas,
  referencesOf,
  refKey,
  type KindedRecord,
  type RecordKind,
  type RecordOf,
  type RecordRef,
} from '@bilat/domain';
import type { BilatDatabase } from './connection.js';
import { localActor, type ImportOptions, type ImportSummary } from './import-bundle.js';
import { writeRecords, type WriteOutcome } from './repositories/records.js';
import { refreshSearchDocuments } from './repositories/search.js';
import { RECORD_TABLES } from './record-tables.js';
import { withSummariesDeferred } from './deferred-summaries.js';
import { inTransaction, type Scope } from './scope.js';

/*
 * Streaming imports: records arrive one by one from a reader of any size, are validated
 * with the domain schemas, and are written a chunk at a time inside ONE transaction, so
 * memory stays bounded and a failure (or a killed process) leaves nothing behind.
 */

/** A record read from a file, not yet validated, with the line it came from. */
export interface ImportRow {
  kind: RecordKind;
  record: unknown;
  line?: number;
}

/** Something wrong with a row: the file (when an import reads several), the line, the record and field where known. */
export interface ImportProblem {
  file?: string;
  line?: number;
  recordId?: string;
  field?: string;
  message: string;
}

export class ImportProblemsError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    const shown = problems.slice(0, 20).map(formatImportProblem).join('\n');
    const more = problems.length > 20 ? `\n…and ${problems.length - 20} more` : '';
    super(`Nothing was imported: ${problems.length} problem(s)\n${shown}${more}`);
    this.name = 'ImportProblemsError';
  }
}

export function formatImportProblem(problem: ImportProblem): string {
  const where = problem.file ? `${problem.file}${problem.line !== undefined ? `:${problem.line}` : ''}: ` : problem.line !== undefined ? `line ${problem.line}: ` : '';
  const record = problem.recordId ? `${problem.recordId}${problem.field ? ` ${problem.field}` : ''}: ` : problem.field ? `${problem.field}: ` : '';
  return `${where}${record}${problem.message}`;
}

/**
 * How to combine two versions of one record instead of letting the later replace the
 * earlier: for records that accumulate (the events behind an interaction) or that must
 * keep what is stored (a file's source keeps the day it was first read).
 */
export type MergeRules = { [K in RecordKind]?: (existing: RecordOf<K>, incoming: RecordOf<K>) => RecordOf<K> };

export interface StreamImportOptions extends ImportOptions {
  /** Records written per chunk (default 1000). */
  chunkSize?: number;
  /** Called after each chunk with the number of rows read so far. */
  onProgress?: (rowsRead: number) => void;
  /** Stop collecting problems after this many (default 1000); the import still refuses. */
  maxProblems?: number;
  /** Kinds whose repeated records are combined (within the file and with what is stored). */
  merge?: MergeRules;
}

export interface StreamImportSummary extends ImportSummary {
  rows: number;
  problems: ImportProblem[];
}

type Counts = ImportSummary['total'];
const emptyCounts = (): Counts => ({ created: 0, updated: 0, restored: 0, unchanged: 0 });

class DryRunRollback extends Error {}

function validateRow(row: ImportRow): KindedRecord | ImportProblem {
  const parsed = recordSchemas[row.kind].safeParse(row.record);
  const id = (row.record as { id?: unknown } | null)?.id;
  const recordId = typeof id === 'string' ? id : undefined;
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { line: row.line, recordId, field: issue.path.map(String).join('.') || undefined, message: issue.message };
  }
  const unstorable = unstorableTextPath(parsed.data);
  if (unstorable) return { line: row.line, recordId, field: unstorable.path.map(String).join('.'), message: unstorable.message };
  return { kind: row.kind, record: parsed.data } as KindedRecord;
}

/*
 * Lookups by id during an import ask for the id alone and leave out deleted rows here, not
 * in SQL: PostgreSQL plans a large import's statements on the statistics from before it
 * (no ANALYZE can run until it commits), and with "deleted_at is null" in the query it
 * chose a partial index of live rows and scanned all of it for each chunk, a cost that
 * grew with every chunk written.
 */

/** Which of these references name no live record in the database. */
async function missingInDatabase(scope: Scope, refs: readonly RecordRef[]): Promise<Set<string>> {
  const missing = new Set(refs.map(refKey));
  const byKind = new Map<RecordKind, string[]>();
  for (const ref of refs) byKind.set(ref.kind, [...(byKind.get(ref.kind) ?? []), ref.id]);
  for (const [kind, ids] of byKind) {
    for (let offset = 0; offset < ids.length; offset += 500) {
      const rows = await scope.db
        .selectFrom(RECORD_TABLES[kind] as 'sources')
        .select(['id', 'deleted_at'])
        .where('id', 'in', ids.slice(offset, offset + 500))
        .execute();
      for (const row of rows) if (row.deleted_at === null) missing.delete(refKey({ kind, id: row.id }));
    }
  }
  return missing;
}

type Buffered = { item: KindedRecord; line?: number };

/**
 * Applies the merge rules to a chunk: repeated records of a merged kind become one (in
 * file order), combined with the live stored version, and are checked again.
 */
async function mergeChunk(scope: Scope, buffer: Buffered[], merge: MergeRules, problem: (entry: ImportProblem) => void): Promise<Buffered[]> {
  const out: Buffered[] = [];
  const merged = new Map<string, number>();
  for (const entry of buffer) {
    const rule = merge[entry.item.kind] as ((a: unknown, b: unknown) => unknown) | undefined;
    if (!rule) {
      out.push(entry);
      continue;
    }
    const key = refKey({ kind: entry.item.kind, id: entry.item.record.id });
    const at = merged.get(key);
    if (at === undefined) {
      merged.set(key, out.length);
      out.push(entry);
    } else {
      const previous = out[at]!;
      out[at] = { item: { kind: entry.item.kind, record: rule(previous.item.record, entry.item.record) } as KindedRecord, line: previous.line };
    }
  }
  const byKind = new Map<RecordKind, number[]>();
  for (const index of merged.values()) {
    const kind = out[index]!.item.kind;
    byKind.set(kind, [...(byKind.get(kind) ?? []), index]);
  }
  for (const [kind, indexes] of byKind) {
    const rule = merge[kind] as (a: unknown, b: unknown) => unknown;
    const ids = indexes.map((index) => out[index]!.item.record.id);
    const stored = new Map<string, unknown>();
    for (let offset = 0; offset < ids.length; offset += 500) {
      const rows = await scope.db
        .selectFrom(RECORD_TABLES[kind] as 'sources')
        .select(['id', 'body', 'deleted_at'])
        .where('id', 'in', ids.slice(offset, offset + 500))
        .execute();
      for (const row of rows) if (row.deleted_at === null) stored.set(row.id, JSON.parse(row.body));
    }
    for (const index of indexes) {
      const entry = out[index]!;
      const existing = stored.get(entry.item.record.id);
      if (existing === undefined) continue;
      // The combined record must still be a valid record (an interaction has at most so many events).
      const checked = validateRow({ kind, record: rule(existing, entry.item.record), line: entry.line });
      if ('kind' in checked) out[index] = { item: checked, line: entry.line };
      else problem(checked);
    }
  }
  return out;
}

/**
 * Imports records from a stream in one transaction. Every row is validated; every
 * reference must resolve to a record in the database or in the import itself. Any
 * problem refuses the whole import (listing the problems with their lines); a dry run
 * reports the same problems and counts without writing. Records already present and
 * identical are left alone, so importing the same file twice changes nothing.
 */
export async function importStream(
  database: BilatDatabase | Scope,
  rows: AsyncIterable<ImportRow | { problem: ImportProblem }>,
  options: StreamImportOptions,
): Promise<StreamImportSummary> {
  const at = options.at ?? new Date().toISOString();
  const kind = options.kind ?? 'import';
  const chunkSize = options.chunkSize ?? 1000;
  const maxProblems = options.maxProblems ?? 1000;
  const batchId = `${kind}-${at.replace(/[-:]/g, '').replace(/\..*$/, '').toLowerCase()}-${Math.random().toString(36).slice(2, 8).padEnd(6, '0')}`;
  const context = { actor: options.actor ?? localActor(), batchId, at, leanCreates: true };
  const summary: StreamImportSummary = { batchId: null, dryRun: Boolean(options.dryRun), total: emptyCounts(), byKind: {}, rows: 0, problems: [] };
  const problem = (entry: ImportProblem) => {
    if (summary.problems.length < maxProblems) summary.problems.push(entry);
  };
  let refused = 0;

  const run = async (scope: Scope) => {
    // References not found yet: they may name a record later in the file.
    const pending = new Map<string, { ref: RecordRef; line?: number; from: string }>();
    let buffer: Buffered[] = [];
    const flush = async () => {
      if (buffer.length === 0) return;
      if (options.merge) {
        buffer = await mergeChunk(scope, buffer, options.merge, (entry) => {
          refused += 1;
          problem(entry);
        });
        // Once a record is refused nothing will be kept (a dry run goes on counting).
        if (refused > 0 && !options.dryRun) buffer = [];
      }
      const items = buffer.map((entry) => entry.item);
      const outcomes: WriteOutcome[] = await writeRecords(scope, items, context);
      const changed: RecordRef[] = [];
      items.forEach((item, index) => {
        const outcome = outcomes[index]!;
        summary.total[outcome] += 1;
        (summary.byKind[item.kind] ??= emptyCounts())[outcome] += 1;
        if (outcome !== 'unchanged') changed.push({ kind: item.kind, id: item.record.id });
      });
      const here = new Set(items.map((item) => refKey({ kind: item.kind, id: item.record.id })));
      const wanted: { ref: RecordRef; line?: number; from: string }[] = [];
      buffer.forEach(({ item, line }) => {
        for (const reference of referencesOf(item)) {
          if (!here.has(refKey(reference.target))) wanted.push({ ref: reference.target, line, from: `${RECORD_COLLECTIONS[item.kind]} ${item.record.id}` });
        }
      });
      const missing = await missingInDatabase(scope, wanted.map((entry) => entry.ref));
      for (const entry of wanted) if (missing.has(refKey(entry.ref))) pending.set(`${entry.from}>${refKey(entry.ref)}`, entry);
      for (const [key, entry] of pending) if (here.has(refKey(entry.ref))) pending.delete(key);
      await refreshSearchDocuments(scope, changed);
      buffer = [];
      options.onProgress?.(summary.rows);
    };

    for await (const row of rows) {
      if ('problem' in row) {
        refused += 1;
        problem(row.problem);
        continue;
      }
      summary.rows += 1;
      const checked = validateRow(row);
      if (!('kind' in checked)) {
        refused += 1;
        problem(checked);
        continue;
      }
      // Once a row is refused nothing will be kept, but reading on finds every problem.
      if (refused === 0 || options.dryRun) buffer.push({ item: checked, line: row.line });
      if (buffer.length >= chunkSize) await flush();
    }
    await flush();
    if (pending.size) {
      const still = await missingInDatabase(scope, [...pending.values()].map((entry) => entry.ref));
      for (const entry of pending.values()) {
        if (still.has(refKey(entry.ref))) {
          refused += 1;
          problem({ line: entry.line, message: `${entry.from} refers to ${entry.ref.kind} ${entry.ref.id}, which is neither in the file nor in the database` });
        }
      }
    }
    if (refused > 0 && !options.dryRun) throw new ImportProblemsError(summary.problems);
    const changes = summary.total.created + summary.total.updated + summary.total.restored;
    if (changes > 0 && !options.dryRun) {
      summary.batchId = batchId;
      await scope.db
        .insertInto('batches')
        .values({ id: batchId, kind, label: options.label, actor: context.actor, at, summary: JSON.stringify({ ...summary.total, rows: summary.rows }), undone_at: null, undone_by: null })
        .execute();
    }
    if (options.dryRun) throw new DryRunRollback();
  };

  try {
    await inTransaction(database, (scope) => withSummariesDeferred(scope, () => run(scope)));
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return summary;
}

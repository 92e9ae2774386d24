import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { bundleRecords, validateBundle, type Bundle } from '@bilat/domain/bundle';
import { checkConsistency, type RecordKind, type RecordRef } from '@bilat/domain';
import type { BilatDatabase } from './connection.js';
import { ConsistencyError } from './errors.js';
import { writeRecords, type WriteOutcome } from './repositories/records.js';
import { refreshSearchDocuments, searchRefreshSet } from './repositories/search.js';
import { withSummariesDeferred } from './deferred-summaries.js';
import { inTransaction, type Scope } from './scope.js';
import { loadRecordSet } from './snapshot.js';

export interface ImportOptions {
  /** Who is importing: a key id or `local:<user>`. */
  actor?: string;
  /** What the batch is, for the revision log ("curated dataset", a file name). */
  label: string;
  kind?: 'seed' | 'import';
  /** Check and count everything, write nothing. */
  dryRun?: boolean;
  at?: string;
}

type Counts = Record<Exclude<WriteOutcome, never>, number>;

export interface ImportSummary {
  /** Null when nothing changed (or on a dry run): no batch is recorded then. */
  batchId: string | null;
  dryRun: boolean;
  total: Counts;
  byKind: Partial<Record<RecordKind, Counts>>;
}

/** The user running a local command, as the revision log names them. */
export function localActor(): string {
  try {
    return `local:${userInfo().username}`;
  } catch {
    return 'local:unknown';
  }
}

const emptyCounts = (): Counts => ({ created: 0, updated: 0, restored: 0, unchanged: 0 });

class DryRunRollback extends Error {}

function newBatchId(kind: string, at: string): string {
  const stamp = at.replace(/[-:]/g, '').replace(/\..*$/, '').toLowerCase();
  const suffix = Math.random().toString(36).slice(2, 8).padEnd(6, '0');
  return `${kind}-${stamp}-${suffix}`;
}

async function applyBundle(scope: Scope, bundle: Bundle, options: ImportOptions, at: string, summary: ImportSummary): Promise<void> {
  // Validated again here: a bundle built in code gets the same defaults and checks as a file.
  const items = bundleRecords(validateBundle(bundle, options.label));
  const set = await loadRecordSet(scope);
  for (const item of items) set.put(item);
  const focus = items.map((item) => ({ kind: item.kind, id: item.record.id }));
  const violations = checkConsistency(set, { focus });
  if (violations.length) throw new ConsistencyError(violations);

  const kind = options.kind ?? 'import';
  const batchId = newBatchId(kind, at);
  const context = { actor: options.actor ?? localActor(), batchId, at };
  const changed: RecordRef[] = [];
  const outcomes = await writeRecords(scope, items, context);
  items.forEach((item, index) => {
    const outcome = outcomes[index]!;
    summary.total[outcome] += 1;
    (summary.byKind[item.kind] ??= emptyCounts())[outcome] += 1;
    if (outcome !== 'unchanged') changed.push({ kind: item.kind, id: item.record.id });
  });
  if (changed.length === 0) return;
  await refreshSearchDocuments(scope, await searchRefreshSet(scope, changed));
  summary.batchId = batchId;
  await scope.db
    .insertInto('batches')
    .values({ id: batchId, kind, label: options.label, actor: context.actor, at, summary: JSON.stringify(summary.total), undone_at: null, undone_by: null })
    .execute();
}

/**
 * Writes a validated bundle in one transaction: the consistency rules are checked on the
 * data as it would be afterwards, and a broken rule refuses the whole bundle with
 * nothing written. Records already present and identical are left alone, so importing
 * the same bundle twice changes nothing.
 */
export async function importBundle(database: BilatDatabase | Scope, bundle: Bundle, options: ImportOptions): Promise<ImportSummary> {
  const at = options.at ?? new Date().toISOString();
  const summary: ImportSummary = { batchId: null, dryRun: Boolean(options.dryRun), total: emptyCounts(), byKind: {} };
  try {
    await inTransaction(database, async (scope) => {
      await withSummariesDeferred(scope, () => applyBundle(scope, bundle, options, at, summary));
      if (options.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
    summary.batchId = null;
  }
  return summary;
}

/** Reads a bundle file (YAML or JSON) and imports it; problems name the file, line, record and field. */
export async function importBundleFile(database: BilatDatabase | Scope, path: string, options: Omit<ImportOptions, 'label'> & { label?: string }): Promise<ImportSummary> {
  // The YAML reader loads only when a file is read.
  const { parseBundle } = await import('@bilat/domain/yaml');
  const bundle = parseBundle(readFileSync(path, 'utf8'), basename(path));
  return importBundle(database, bundle, { ...options, label: options.label ?? basename(path) });
}

import { connect, type BilatDatabase, type ConnectOptions, type DatabaseConfig } from './connection.js';
import { compactSearchIndex, reclaimFreePages } from './dialect.js';
import { importBundle, type ImportSummary } from './import-bundle.js';
import { importStream } from './import-stream.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';

export interface OpenOptions extends ConnectOptions {
  /** Apply pending migrations on open (the default: an older schema is migrated on start). */
  migrate?: boolean;
  /** Load the curated dataset into a database created by this open (`if-new`, the default), or never. */
  seed?: 'if-new' | 'never';
  actor?: string;
}

/** The datasets a seed can load: the curated Kazakhstan–Lithuania set, and the Office of the Historian's. */
export const SEED_DATASETS = ['curated', 'hsg'] as const;
export type SeedDataset = (typeof SEED_DATASETS)[number];

/**
 * Which datasets a seed loads: both, unless BILAT_SEED names some (`BILAT_SEED=curated`
 * makes small databases quickly, as most test suites want).
 */
export function seedDatasets(env: Record<string, string | undefined> = process.env): SeedDataset[] {
  const asked = env.BILAT_SEED?.split(',').map((name) => name.trim()).filter(Boolean);
  if (!asked?.length) return [...SEED_DATASETS];
  const unknown = asked.filter((name) => !(SEED_DATASETS as readonly string[]).includes(name));
  if (unknown.length) throw new RangeError(`BILAT_SEED: unknown dataset ${unknown.map((name) => `"${name}"`).join(', ')} (one or more of ${SEED_DATASETS.join(', ')})`);
  return SEED_DATASETS.filter((name) => asked.includes(name));
}

export interface SeedSummary extends ImportSummary {
  /** What each dataset's import did; a batch each. */
  datasets: Partial<Record<SeedDataset, ImportSummary>>;
}

/**
 * Loads the default data (idempotent: records already there and identical are left
 * alone): the curated set, read whole and checked against every consistency rule, then
 * the Office of the Historian's bundle, streamed in one transaction.
 */
export async function seedDatabase(database: BilatDatabase, actor?: string, options: { datasets?: readonly SeedDataset[] } = {}): Promise<SeedSummary> {
  const datasets = options.datasets ?? seedDatasets();
  // Loaded on demand: the dataset brings the YAML parser, which only seeding needs.
  const { loadCuratedBundle, readHsgDataset } = await import('@bilat/dataset');
  const summaries: SeedSummary['datasets'] = {};
  if (datasets.includes('curated')) summaries.curated = await importBundle(database, loadCuratedBundle(), { kind: 'seed', label: 'curated dataset', actor });
  if (datasets.includes('hsg')) {
    const rows = readHsgDataset() as AsyncIterable<{ kind: never; record: unknown; line: number }>;
    const { rows: _rows, problems: _problems, ...summary } = await importStream(database, rows, { kind: 'seed', label: "Office of the Historian's open data", actor, chunkSize: 2000 });
    summaries.hsg = summary;
  }
  await compactSearchIndex(database.db, database.dialect);
  const total = { created: 0, updated: 0, restored: 0, unchanged: 0 };
  const byKind: ImportSummary['byKind'] = {};
  for (const summary of Object.values(summaries)) {
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += summary.total[key];
    for (const [kind, counts] of Object.entries(summary.byKind) as [keyof typeof byKind, typeof total][]) {
      const into = (byKind[kind] ??= { created: 0, updated: 0, restored: 0, unchanged: 0 });
      for (const key of Object.keys(total) as (keyof typeof total)[]) into[key] += counts[key];
    }
  }
  const batchId = summaries.curated?.batchId ?? summaries.hsg?.batchId ?? null;
  return { batchId, dryRun: false, total, byKind, datasets: summaries };
}

/**
 * Opens the configured database, migrates it, and seeds it when it was just created, so
 * a first command on a fresh machine finds data without any set-up.
 */
export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<BilatDatabase> {
  const database = connect(config, { onQuery: options.onQuery });
  try {
    if (options.migrate !== false) {
      const applied = await migrateToLatest(database);
      const created = applied.length === Object.keys(migrations).length;
      if (created && (options.seed ?? 'if-new') === 'if-new') {
        await seedDatabase(database, options.actor);
        await reclaimFreePages(database.db, database.dialect);
      }
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

import { connect, type BilatDatabase, type ConnectOptions, type DatabaseConfig } from './connection.js';
import { importBundle, type ImportSummary } from './import-bundle.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';

export interface OpenOptions extends ConnectOptions {
  /** Apply pending migrations on open (the default: an older schema is migrated on start). */
  migrate?: boolean;
  /** Load the curated dataset into a database created by this open (`if-new`, the default), or never. */
  seed?: 'if-new' | 'never';
  actor?: string;
}

/** Loads the curated dataset (idempotent: records already there and identical are left alone). */
export async function seedDatabase(database: BilatDatabase, actor?: string): Promise<ImportSummary> {
  // Loaded on demand: the dataset brings the YAML parser, which only seeding needs.
  const { loadCuratedBundle } = await import('@bilat/dataset');
  return importBundle(database, loadCuratedBundle(), { kind: 'seed', label: 'curated dataset', actor });
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
      if (created && (options.seed ?? 'if-new') === 'if-new') await seedDatabase(database, options.actor);
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

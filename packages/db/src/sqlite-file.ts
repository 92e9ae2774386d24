import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDriver from 'better-sqlite3';
import { MIGRATION_NAMES } from './migrations/names.js';

/*
 * A SQLite file as better-sqlite3 opens it, without Kysely: connection.ts hands this
 * connection to Kysely, and the quick reads (summary-file.ts) use it as it is, so the
 * command line's first screen reads the countries before Kysely (half a megabyte of
 * code) is loaded, or without loading it at all.
 */

/** Opens a SQLite file with the settings every bilat connection has; read-only opens need the file to exist. */
export function openSqliteFile(path: string, readonly = false): SqliteDriver.Database {
  if (path !== ':memory:' && !readonly) mkdirSync(dirname(path), { recursive: true });
  const driver = new SqliteDriver(path, { readonly, fileMustExist: readonly });
  // WAL lets readers work beside one writer; foreign keys are off by default in SQLite.
  if (!readonly) driver.pragma('journal_mode = WAL');
  driver.pragma('foreign_keys = ON');
  driver.pragma('busy_timeout = 5000');
  driver.pragma('synchronous = NORMAL');
  return driver;
}

/**
 * Whether the file has exactly the known migrations applied (Kysely's migrator records
 * them in kysely_migration): one read. No such table yet, a migration missing or one
 * unknown here all answer false, and the caller goes to the migrator.
 */
export function hasCurrentSchema(driver: SqliteDriver.Database): boolean {
  let applied: string[];
  try {
    applied = driver.prepare('select name from kysely_migration order by name').pluck().all() as string[];
  } catch {
    return false;
  }
  return applied.length === MIGRATION_NAMES.length && applied.every((name, index) => name === MIGRATION_NAMES[index]);
}

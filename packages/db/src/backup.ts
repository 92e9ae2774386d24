import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import SqliteDriver from 'better-sqlite3';
import type { BilatDatabase, DatabaseConfig } from './connection.js';

/*
 * Backups: a consistent copy of the database while it is in use, and back. SQLite uses
 * its online backup API (readers and writers carry on during the copy); PostgreSQL uses
 * its own tools, pg_dump and pg_restore, in their custom format.
 */

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
  /** What made the copy: SQLite's online backup, or pg_dump. */
  method: 'sqlite-backup' | 'pg_dump';
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          error.code === 'ENOENT'
            ? `${command} was not found: install PostgreSQL's client tools (e.g. apt-get install postgresql-client), or run ${command} yourself against the database`
            : error.message,
        ),
      ),
    );
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new BackupError(`${command} failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`))));
  });
}

function pgArgs(config: Extract<DatabaseConfig, { kind: 'postgres' }>): string[] {
  return [`--dbname=${config.url}`, ...(config.schema ? [`--schema=${config.schema}`] : [])];
}

/** Writes a consistent copy of the open database to `file` (refusing to overwrite an existing file). */
export async function backupDatabase(database: BilatDatabase, file: string): Promise<BackupResult> {
  if (existsSync(file)) throw new BackupError(`${file} already exists; choose another name or remove it first`);
  if (database.config.kind === 'sqlite') {
    if (!database.sqlite) throw new BackupError('The SQLite connection is not available for a backup');
    // Written under a temporary name, so a failed copy never looks like a backup.
    const partial = `${file}.partial`;
    try {
      await database.sqlite.backup(partial);
      renameSync(partial, file);
    } finally {
      rmSync(partial, { force: true });
    }
    return { file, bytes: statSync(file).size, method: 'sqlite-backup' };
  }
  await run('pg_dump', [...pgArgs(database.config), '--format=custom', '--no-owner', `--file=${file}`]);
  return { file, bytes: statSync(file).size, method: 'pg_dump' };
}

/** Checks that a file is a bilat SQLite database (it has bilat's migrations table). */
function assertSqliteBackup(file: string): void {
  let source: SqliteDriver.Database | undefined;
  try {
    source = new SqliteDriver(file, { readonly: true, fileMustExist: true });
    const table = source.prepare("select name from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
    if (!table) throw new BackupError(`${file} is a SQLite database but not a bilat one (no migrations table)`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} is not a readable SQLite database: ${(error as Error).message}`);
  } finally {
    source?.close();
  }
}

/**
 * Replaces the database with a backup. For SQLite the backup is checked first, then
 * copied page by page into the open database (the online backup API in reverse), so a
 * bad file never replaces good data. For PostgreSQL, pg_restore --clean.
 */
export async function restoreDatabase(database: BilatDatabase, file: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  if (database.config.kind === 'sqlite') {
    assertSqliteBackup(file);
    const source = new SqliteDriver(file, { readonly: true });
    try {
      await source.backup(database.config.path);
    } finally {
      source.close();
    }
    return;
  }
  await run('pg_restore', [...pgArgs(database.config), '--clean', '--if-exists', '--no-owner', '--single-transaction', file]);
}

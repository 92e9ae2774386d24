import { resolve } from 'node:path';
import type { DatabaseConfig } from '@bilat/db';
// The small config entry: no database driver loads to work out where the database is.
import { defaultDatabasePath } from '@bilat/db/config';
import { UsageError } from './errors.js';

export interface GlobalOptions {
  db?: string;
  databaseUrl?: string;
  api?: string;
  apiKey?: string;
}

/** Environment variables as read here (a plain record, so tests can pass just the ones they set). */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Which database a command uses: `--database-url` or DATABASE_URL for PostgreSQL,
 * otherwise the SQLite file from `--db`, BILAT_DB or the default path. Flags win over
 * the environment.
 */
export function resolveDatabaseConfig(options: GlobalOptions, env: Env = process.env, cwd = process.cwd()): DatabaseConfig {
  if (options.db && options.databaseUrl) {
    throw new UsageError('Give either --db (a SQLite file) or --database-url (PostgreSQL), not both');
  }
  const url = options.databaseUrl ?? (options.db ? undefined : env.DATABASE_URL);
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new UsageError(`--database-url must be a postgres:// or postgresql:// URL, got "${url.slice(0, 60)}"`);
    }
    return { kind: 'postgres', url };
  }
  const path = options.db ?? env.BILAT_DB ?? defaultDatabasePath(cwd);
  return { kind: 'sqlite', path: path === ':memory:' ? path : resolve(cwd, path) };
}

/** Where the data comes from: a local database, or a running `bilat serve`. */
export type DataTarget = { mode: 'local'; database: DatabaseConfig } | { mode: 'remote'; url: string; apiKey?: string };

/**
 * `--api` (or BILAT_API_URL) talks to a server; a local database otherwise. An explicit
 * `--db`/`--database-url` flag beats BILAT_API_URL from the environment, as flags beat
 * the environment everywhere, but both flags at once is a mistake worth saying.
 */
export function resolveDataTarget(options: GlobalOptions, env: Env = process.env, cwd = process.cwd()): DataTarget {
  const localFlag = options.db !== undefined || options.databaseUrl !== undefined;
  if (options.api !== undefined && localFlag) {
    throw new UsageError('Give either --api (a running bilat server) or --db/--database-url (a local database), not both');
  }
  const url = options.api ?? (localFlag ? undefined : env.BILAT_API_URL || undefined);
  if (url === undefined) return { mode: 'local', database: resolveDatabaseConfig(options, env, cwd) };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--api must be an http:// or https:// address, got "${url.slice(0, 80)}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`--api must be an http:// or https:// address, got "${url.slice(0, 80)}"`);
  }
  const apiKey = options.apiKey ?? (env.BILAT_API_KEY || undefined);
  return { mode: 'remote', url: url.replace(/\/+$/, ''), apiKey };
}

/** A short description of the target for status lines: a path, a redacted URL or a server. */
export function describeTarget(target: DataTarget): string {
  if (target.mode === 'remote') return target.url;
  if (target.database.kind === 'sqlite') return target.database.path;
  try {
    const parsed = new URL(target.database.url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

export { defaultDatabasePath, findRepositoryRoot } from '@bilat/db/config';

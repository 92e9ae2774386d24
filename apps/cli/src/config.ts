import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DatabaseConfig } from '@bilat/db';
import { UsageError } from './errors.js';

export interface GlobalOptions {
  db?: string;
  databaseUrl?: string;
  api?: string;
  apiKey?: string;
}

const REPOSITORY_PACKAGE = 'bilat-monorepo';

/** The bilat repository this directory is inside, if any (so `npm start` and `npx bilat` share one file). */
export function findRepositoryRoot(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === REPOSITORY_PACKAGE) return dir;
      } catch {
        // An unreadable package.json is not ours; keep walking up.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `.bilat/bilat.db` at the repository root when inside it, else in the current directory. */
export function defaultDatabasePath(cwd = process.cwd()): string {
  return join(findRepositoryRoot(cwd) ?? cwd, '.bilat', 'bilat.db');
}

/**
 * Which database a command uses: `--database-url` or DATABASE_URL for PostgreSQL,
 * otherwise the SQLite file from `--db`, BILAT_DB or the default path. Flags win over
 * the environment.
 */
export function resolveDatabaseConfig(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): DatabaseConfig {
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

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DatabaseConfig } from './connection.js';

const REPOSITORY_PACKAGE = 'bilat-monorepo';

/** The bilat repository this directory is inside, if any. */
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

/**
 * `.bilat/bilat.db` at the repository root when inside it (so `npm start`, the web
 * server and `npx bilat` share one file), else in the given directory.
 */
export function defaultDatabasePath(cwd = process.cwd()): string {
  return join(findRepositoryRoot(cwd) ?? cwd, '.bilat', 'bilat.db');
}

/** The database the environment names: DATABASE_URL for PostgreSQL, else BILAT_DB or the default file. */
export function databaseConfigFromEnvironment(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  const path = env.BILAT_DB ?? defaultDatabasePath(cwd);
  return { kind: 'sqlite', path: path === ':memory:' ? path : resolve(cwd, path) };
}

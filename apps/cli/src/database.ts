import type { BilatDatabase, OpenOptions } from '@bilat/db';
import { resolveDatabaseConfig, type GlobalOptions } from './config.js';
import { UsageError } from './errors.js';

/** Commands that work on the database itself refuse `--api`, rather than quietly using a local file. */
export function requireLocal(options: GlobalOptions, command: string): void {
  if (options.api !== undefined) throw new UsageError(`bilat ${command} works on a local database (--db or --database-url), not on a server given with --api`);
}

/** Opens the database the global options name, runs `work`, and always closes it. */
export async function withDatabase<T>(options: GlobalOptions, work: (database: BilatDatabase) => Promise<T>, open: OpenOptions = {}): Promise<T> {
  const config = resolveDatabaseConfig(options);
  const { openDatabase } = await import('@bilat/db');
  const database = await openDatabase(config, open);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

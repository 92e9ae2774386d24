import { openDatabase, type BilatDatabase, type OpenOptions } from '@bilat/db';
import { resolveDatabaseConfig, type GlobalOptions } from './config.js';

/** Opens the database the global options name, runs `work`, and always closes it. */
export async function withDatabase<T>(options: GlobalOptions, work: (database: BilatDatabase) => Promise<T>, open: OpenOptions = {}): Promise<T> {
  const database = await openDatabase(resolveDatabaseConfig(options), open);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

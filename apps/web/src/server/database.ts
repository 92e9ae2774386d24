import 'server-only';
import { databaseConfigFromEnvironment, dataVersion, openDatabase, type BilatDatabase } from '@bilat/db';

/*
 * One database for the whole server process: the embedded SQLite file at the
 * repository root (created, migrated and seeded on first use), or PostgreSQL when
 * DATABASE_URL is set. Kept on globalThis so development reloads reuse it.
 */
const globalForDatabase = globalThis as unknown as { bilatDatabase?: Promise<BilatDatabase>; bilatDataVersion?: () => Promise<string> };

export function getDatabase(): Promise<BilatDatabase> {
  globalForDatabase.bilatDatabase ??= openDatabase(databaseConfigFromEnvironment()).catch((error: unknown) => {
    // A failed open is retried on the next request rather than cached forever.
    globalForDatabase.bilatDatabase = undefined;
    throw error;
  });
  // The production server's kept pages (scripts/page-cache.mjs) ask the version here, once the database is open.
  globalForDatabase.bilatDataVersion ??= async () => dataVersion(await globalForDatabase.bilatDatabase!);
  return globalForDatabase.bilatDatabase;
}

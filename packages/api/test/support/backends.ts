import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, migrateToLatest, seedDatabase, type BilatDatabase, type DialectName } from '@bilat/db';

/**
 * The API suites run on both backends, as the data layer's do: SQLite as users run it (a
 * real file, WAL) and PostgreSQL from TEST_DATABASE_URL in a schema of its own, dropped
 * afterwards. Without a reachable server the PostgreSQL run is skipped with a notice,
 * except under CI=true, where that is a failure.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';

/** Runs `work` on a connection to the server itself (no schema of ours), then closes it. */
async function onServer<T>(work: (database: BilatDatabase) => Promise<T>): Promise<T> {
  const server = connect({ kind: 'postgres', url: TEST_DATABASE_URL, poolSize: 1 });
  try {
    return await work(server);
  } finally {
    await server.close();
  }
}

async function probePostgres(): Promise<string | undefined> {
  try {
    await onServer((server) => server.db.introspection.getSchemas());
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const postgresProblem = await probePostgres();
if (postgresProblem) {
  if (process.env.CI === 'true') {
    throw new Error(`PostgreSQL is required under CI=true but ${TEST_DATABASE_URL} is unreachable: ${postgresProblem}`);
  }
  console.warn(`[bilat api tests] PostgreSQL at ${TEST_DATABASE_URL} is unreachable (${postgresProblem}); skipping the PostgreSQL run.`);
}

export const BACKENDS: DialectName[] = postgresProblem ? ['sqlite'] : ['sqlite', 'postgres'];
export const POSTGRES_AVAILABLE = !postgresProblem;

export interface TestDatabase {
  database: BilatDatabase;
  /** Closes the connection and removes the file or schema. */
  dispose(): Promise<void>;
}

let counter = 0;

/** A fresh, migrated database on the given backend; with `seed`, the curated dataset loaded. */
export async function createTestDatabase(dialect: DialectName, options: { migrate?: boolean; seed?: boolean } = {}): Promise<TestDatabase> {
  let database: BilatDatabase;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'bilat-api-test-'));
    database = connect({ kind: 'sqlite', path: join(dir, 'bilat.db') });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const schema = `bilat_api_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
    await onServer((server) => server.db.schema.createSchema(schema).execute());
    database = connect({ kind: 'postgres', url: TEST_DATABASE_URL, schema, poolSize: 4 });
    cleanup = () => onServer(async (server) => void (await server.db.schema.dropSchema(schema).ifExists().cascade().execute()));
  }
  if (options.migrate !== false) await migrateToLatest(database);
  if (options.seed) await seedDatabase(database, 'local:seed');
  return {
    database,
    async dispose() {
      await database.close();
      await cleanup();
    },
  };
}

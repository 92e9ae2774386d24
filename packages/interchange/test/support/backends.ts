import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connect, migrateToLatest, quoteIdentifier, type BilatDatabase, type DialectName } from '@bilat/db';

/**
 * The shared suite runs on both backends: SQLite as users run it (a real file, WAL) and
 * PostgreSQL from TEST_DATABASE_URL in a schema of its own, dropped afterwards. Without a
 * reachable server the PostgreSQL run is skipped with a notice, except under CI=true,
 * where that is a failure.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';

async function probePostgres(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

const postgresProblem = await probePostgres();
if (postgresProblem) {
  if (process.env.CI === 'true') {
    throw new Error(`PostgreSQL is required under CI=true but ${TEST_DATABASE_URL} is unreachable: ${postgresProblem}`);
  }
  console.warn(`[bilat tests] PostgreSQL at ${TEST_DATABASE_URL} is unreachable (${postgresProblem}); skipping the PostgreSQL run.`);
}

export const BACKENDS: DialectName[] = postgresProblem ? ['sqlite'] : ['sqlite', 'postgres'];
export const POSTGRES_AVAILABLE = !postgresProblem;

export interface TestDatabase {
  database: BilatDatabase;
  /** Closes the connection and removes the file or schema. */
  dispose(): Promise<void>;
}

let counter = 0;

/** A fresh, migrated, empty database on the given backend. */
export async function createTestDatabase(dialect: DialectName, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  let database: BilatDatabase;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'bilat-test-'));
    database = connect({ kind: 'sqlite', path: join(dir, 'bilat.db') });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const schema = `bilat_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema ${quoteIdentifier(schema)}`);
    await admin.end();
    database = connect({ kind: 'postgres', url: TEST_DATABASE_URL, schema, poolSize: 4 });
    cleanup = async () => {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`drop schema if exists ${quoteIdentifier(schema)} cascade`);
      await client.end();
    };
  }
  if (options.migrate !== false) await migrateToLatest(database);
  return {
    database,
    async dispose() {
      await database.close();
      await cleanup();
    },
  };
}

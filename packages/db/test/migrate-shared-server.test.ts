import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../src/connection.js';
import { appliedMigrations, migrateToLatest } from '../src/migrate.js';
import { SCHEMA_VERSION } from '../src/migrations/index.js';
import { POSTGRES_AVAILABLE, TEST_DATABASE_URL } from '../src/testing.js';

/*
 * Many bilat databases share one PostgreSQL server, each in a schema of its own (tenants,
 * parallel test suites). Migrating one must not depend on the others: a schema dropped
 * elsewhere while this one migrates used to fail the migration with "schema … does not
 * exist", because the migrator's table lookup read every schema on the server.
 */
const server = connect({ kind: 'postgres', url: TEST_DATABASE_URL, poolSize: 2 });
const prefix = `bilat_churn_${process.pid}_${Date.now().toString(36)}`;
afterAll(async () => {
  const { rows } = await sql<{ name: string }>`select nspname as name from pg_namespace where nspname like ${`${prefix}%`}`.execute(server.db);
  for (const { name } of rows) await server.db.schema.dropSchema(name).ifExists().cascade().execute();
  await server.close();
});

describe.runIf(POSTGRES_AVAILABLE)('migrating beside other databases on one PostgreSQL server', () => {
  it('succeeds while other schemas are created and dropped meanwhile', async () => {
    let churning = true;
    let churned = 0;
    const churn = (async () => {
      while (churning) {
        const name = `${prefix}_other_${churned++}`;
        await server.db.schema.createSchema(name).execute();
        await sql`create table ${sql.id(name, 'filler')} (id serial primary key, note text)`.execute(server.db);
        await server.db.schema.dropSchema(name).cascade().execute();
      }
    })();
    try {
      for (let i = 0; i < 6; i++) {
        const schema = `${prefix}_mine_${i}`;
        await server.db.schema.createSchema(schema).execute();
        const database = connect({ kind: 'postgres', url: TEST_DATABASE_URL, schema, poolSize: 2 });
        try {
          await migrateToLatest(database);
          expect((await appliedMigrations(database)).at(-1)).toBe(SCHEMA_VERSION);
        } finally {
          await database.close();
        }
      }
    } finally {
      churning = false;
      await churn;
    }
    expect(churned).toBeGreaterThan(6);
  });
});

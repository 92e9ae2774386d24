import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type BilatDatabase } from '../src/index.js';
import { statementName } from '../src/pg-prepared.js';
import { POSTGRES_AVAILABLE, TEST_DATABASE_URL } from './support/backends.js';

/*
 * Reads on PostgreSQL run as named prepared statements (pg-prepared.ts): the same answers
 * as before, each read's text prepared once on its connection, and nothing else named.
 */
describe.runIf(POSTGRES_AVAILABLE)('named prepared reads on PostgreSQL', () => {
  let database: BilatDatabase;
  // One connection, so that the statements prepared are the ones pg_prepared_statements lists.
  beforeAll(() => void (database = connect({ kind: 'postgres', url: TEST_DATABASE_URL, poolSize: 1 })));
  afterAll(async () => database?.close());

  it('answers a read run again with other parameters as a fresh statement would, preparing its text once', async () => {
    const read = (n: number) => sql<{ x: number }>`select ${n}::int + 1 as x, 'pg-prepared-test' as marker`.execute(database.db);
    expect((await read(1)).rows).toEqual([{ x: 2, marker: 'pg-prepared-test' }]);
    expect((await read(41)).rows).toEqual([{ x: 42, marker: 'pg-prepared-test' }]);
    const prepared = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(database.db);
    const ours = prepared.rows.filter((row) => row.statement.includes("'pg-prepared-test'"));
    expect(ours).toHaveLength(1);
  });

  it('names reads only', async () => {
    await sql`create temporary table pg_prepared_probe (n int)`.execute(database.db);
    await sql`insert into pg_prepared_probe (n) values (${7})`.execute(database.db);
    expect((await sql<{ n: number }>`select n from pg_prepared_probe`.execute(database.db)).rows).toEqual([{ n: 7 }]);
    const prepared = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(database.db);
    const probe = prepared.rows.map((row) => row.statement).filter((text) => text.includes('pg_prepared_probe'));
    expect(probe).toEqual(['select n from pg_prepared_probe']);
    expect(statementName('insert into t (n) values ($1)')).toBeUndefined();
    expect(statementName('select 1; drop table t')).toBeUndefined();
    expect(statementName('with x as (select 1) select * from x')).toMatch(/^bilat_\d+$/);
  });
});

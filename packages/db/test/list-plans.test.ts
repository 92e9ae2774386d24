import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, listRecords, RECORD_ROWS, scopeOf, type BilatDatabase, type QueryLogEntry, type Scope } from '../src/index.js';
import { BACKENDS, type TestDatabase } from './support/backends.js';
import { fixtureDatabase } from './support/fixture-database.js';

/*
 * A page of a dated list (newest first) is a walk of its table's index in the list's order
 * from the cursor on (migration 2026-12-06T0013): no sort of the table's rows, and the rows
 * at the cursor's date told apart by the index alone. Each dated kind's own statements, as
 * the list runs them, are explained on both backends.
 */

const DATED_KINDS = Object.entries(RECORD_ROWS)
  .filter(([, rows]) => rows.order === 'date-desc')
  .map(([kind, rows]) => ({ kind, table: rows.table }));

describe.each(BACKENDS)('dated lists on %s', (dialect) => {
  let test: TestDatabase;
  let logged: BilatDatabase;
  let statements: QueryLogEntry[];
  let scope: Scope;
  beforeEach(async () => {
    ({ test } = await fixtureDatabase(dialect));
    statements = [];
    logged = connect(test.database.config, { onQuery: (entry) => statements.push(entry) });
    scope = scopeOf(logged);
  });
  afterEach(async () => {
    await logged.close();
    await test.dispose();
  });

  /** The plan of a statement, with its parameters, as one text: SQLite's steps, or PostgreSQL's plan as JSON (sequential scans off, so that a usable index shows on a small table). */
  async function plan(entry: QueryLogEntry): Promise<string> {
    const explain = (prefix: string) => ({ sql: `${prefix} ${entry.sql}`, parameters: entry.parameters, query: { kind: 'RawNode' } }) as never;
    if (dialect === 'sqlite') return JSON.stringify((await logged.db.executeQuery(explain('explain query plan'))).rows);
    return logged.db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      return JSON.stringify((await trx.executeQuery(explain('explain (format json)'))).rows);
    });
  }

  it('walks the index in the list’s order for a first page and for a page after a cursor, for every dated kind', async () => {
    expect(DATED_KINDS.length).toBeGreaterThanOrEqual(8);
    for (const { kind, table } of DATED_KINDS) {
      statements.length = 0;
      const first = await listRecords(scope, kind as never, { limit: 1 });
      const after = first.nextCursor ? await listRecords(scope, kind as never, { limit: 1, cursor: first.nextCursor }) : undefined;
      // The explains below are logged too: take the list's statements out first.
      const ran = statements.splice(0);
      expect(ran.length, kind).toBe(after ? 2 : 1);
      for (const entry of ran) {
        const text = await plan(entry);
        expect(text, `${kind}: ${entry.sql}`).toContain(`${table}_live_date_order`);
        // No sort of the rows: SQLite's temporary b-tree for an ORDER BY, PostgreSQL's Sort node.
        expect(text, kind).not.toMatch(dialect === 'sqlite' ? /TEMP B-TREE/ : /"Node Type":"Sort"/);
      }
    }
  });
});

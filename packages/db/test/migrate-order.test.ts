import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appliedMigrations, importBundle, migrateToLatest } from '../src/index.js';
import { down as dropSummaries } from '../src/migrations/2026-12-02T0009-summaries.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { fixtureBundle } from './support/fixture.js';

const SUMMARIES = '2026-12-02T0009-summaries';

/**
 * Migrations written on branches side by side land in either order: a database that had
 * 0010-watch applied before 0009-summaries existed must still open, and gain 0009.
 */
describe.each(BACKENDS)('a migration that landed after a later-named one, on %s', (dialect) => {
  let test: TestDatabase;
  beforeEach(async () => {
    test = await createTestDatabase(dialect);
  });
  afterEach(async () => test.dispose());

  it('is applied when missing, and its summaries count what was already held', async () => {
    await importBundle(test.database, fixtureBundle(), { label: 'fixture' });
    const db = test.database.db;
    // The state of such a database: every migration applied but 0009, whose tables and triggers never existed.
    await dropSummaries(db as never);
    await sql`delete from kysely_migration where name = ${SUMMARIES}`.execute(db);
    expect(await appliedMigrations(test.database)).not.toContain(SUMMARIES);
    const later = (await appliedMigrations(test.database)).filter((name) => name > SUMMARIES);
    expect(later.length).toBeGreaterThan(0);

    expect(await migrateToLatest(test.database)).toEqual([SUMMARIES]);
    expect(await appliedMigrations(test.database)).toContain(SUMMARIES);
    const rows = await db.selectFrom('pair_summaries').select(['pair', 'records']).execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => Number(row.records) > 0)).toBe(true);
  });
});

import type { KindedRecord, RecordOf } from '@bilat/domain';
import { bundleFromRecords, validateBundle } from '@bilat/domain/bundle';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bringBackRecord, findRecord, importBundle, removeRecord, saveRecord, undoBatch, type BilatDatabase } from '../src/index.js';
import * as summariesMigration from '../src/migrations/2026-12-02T0009-summaries.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { fixtureBundle, fixtureRecords } from './support/fixture.js';

/*
 * The summaries are kept by triggers; these tests recount them here, in JavaScript, from
 * the record tables' rows, and hold every summary row to that recount after each kind of
 * change the data layer makes.
 */

const PAIR_TABLES: Record<string, 'meetings' | 'visits' | 'agreements' | 'relations' | 'trade' | null> = {
  meetings: 'meetings',
  visits: 'visits',
  agreements: 'agreements',
  relations: 'relations',
  trade_flows: 'trade',
  series: null,
  investment_flows: null,
  indicators: null,
  interactions: null,
};
const UNDATED = '000000000';

interface PairRow {
  pair: string;
  a: string;
  b: string;
  meetings: number;
  visits: number;
  agreements: number;
  relations: number;
  trade_years: number;
  last_meeting_sort_key: string | null;
  last_meeting_date: string | null;
  records: number;
}
type YearRow = { pair: string; year: number; meetings: number; visits: number; agreements: number; relations: number; trade: number };

async function recount(database: BilatDatabase): Promise<{ pairs: PairRow[]; years: YearRow[] }> {
  const pairs = new Map<string, PairRow>();
  const years = new Map<string, YearRow>();
  const tradeYears = new Map<string, Set<number>>();
  for (const [table, counts] of Object.entries(PAIR_TABLES)) {
    const rows = (await database.db
      .selectFrom(table as 'meetings')
      .select(table === 'series' ? ['id', 'pair', 'body'] : ['id', 'pair', 'date_sort', 'body'])
      .where('deleted_at', 'is', null)
      .execute()) as { id: string; pair: string | null; date_sort?: string; body: string }[];
    for (const { date_sort = UNDATED, ...row } of rows) {
      if (!row.pair) continue;
      const [a, b] = row.pair.split('-') as [string, string];
      const pair = pairs.get(row.pair) ?? { pair: row.pair, a, b, meetings: 0, visits: 0, agreements: 0, relations: 0, trade_years: 0, last_meeting_sort_key: null, last_meeting_date: null, records: 0 };
      pairs.set(row.pair, pair);
      pair.records += 1;
      if (counts && counts !== 'trade') pair[counts] += 1;
      if (!counts || date_sort === UNDATED) continue;
      const year = Number(date_sort.slice(0, 4));
      const key = `${row.pair} ${year}`;
      const entry = years.get(key) ?? { pair: row.pair, year, meetings: 0, visits: 0, agreements: 0, relations: 0, trade: 0 };
      years.set(key, entry);
      entry[counts] += 1;
      if (counts === 'trade') tradeYears.set(row.pair, (tradeYears.get(row.pair) ?? new Set()).add(year));
      if (counts === 'meetings') {
        const newer = pair.last_meeting_sort_key === null || date_sort > pair.last_meeting_sort_key;
        if (newer) {
          pair.last_meeting_sort_key = date_sort;
          pair.last_meeting_date = (JSON.parse(row.body) as RecordOf<'meeting'>).date!.start;
        }
      }
    }
  }
  for (const [pair, set] of tradeYears) pairs.get(pair)!.trade_years = set.size;
  return {
    pairs: [...pairs.values()].sort((x, y) => (x.pair < y.pair ? -1 : 1)),
    years: [...years.values()].sort((x, y) => (x.pair < y.pair ? -1 : x.pair > y.pair ? 1 : x.year - y.year)),
  };
}

async function stored(database: BilatDatabase) {
  const pairs = await database.db.selectFrom('pair_summaries').selectAll().orderBy('pair').execute();
  const years = await database.db.selectFrom('pair_year_summaries').selectAll().orderBy('pair').orderBy('year').execute();
  // PostgreSQL's integers come back as numbers already; a bigint would not.
  return { pairs: pairs.map((row) => ({ ...row })), years: years.map((row) => ({ ...row, year: Number(row.year) })) };
}

async function expectSummariesEqualRecount(database: BilatDatabase) {
  const expected = await recount(database);
  expect(await stored(database)).toEqual(expected);
  return expected;
}

const actor = { actor: 'local:summaries-test' };
const recordOf = <K extends KindedRecord['kind']>(kind: K, id: string) => fixtureRecords().find((item) => item.kind === kind && item.record.id === id)!.record as RecordOf<K>;

describe.each(BACKENDS)('pair summaries on %s', (dialect) => {
  let test: TestDatabase;
  beforeEach(async () => {
    test = await createTestDatabase(dialect);
  });
  afterEach(async () => test.dispose());

  it('equal a recount after an import, creates, updates, deletes and restores', async () => {
    await importBundle(test.database, fixtureBundle(), { label: 'fixture' });
    const afterImport = await expectSummariesEqualRecount(test.database);
    // What the fixture holds, so the recount is not trivially empty.
    const frLt = afterImport.pairs.find((pair) => pair.pair === 'FR-LT')!;
    expect(frLt).toMatchObject({ a: 'FR', b: 'LT', meetings: 5, relations: 2, trade_years: 1, last_meeting_date: '2024-06-20' });
    expect(afterImport.pairs.map((pair) => pair.pair)).toEqual(['DDDE-LT', 'FR-LT', 'LT-PL', 'LT-XHAW']);

    // A newer meeting becomes the last one.
    const base = recordOf('meeting', 'fr-lt-undated');
    await saveRecord(test.database, 'meeting', { ...base, id: 'fr-lt-new', date: { start: '2025-02-03', qualifier: 'stated' } }, actor, 'create');
    expect((await expectSummariesEqualRecount(test.database)).pairs.find((pair) => pair.pair === 'FR-LT')!.last_meeting_date).toBe('2025-02-03');

    // Moved to another year, then to another precision in the same month.
    await saveRecord(test.database, 'meeting', { ...base, id: 'fr-lt-new', date: { start: '2021-02', qualifier: 'stated' } }, actor, 'update');
    await expectSummariesEqualRecount(test.database);
    // A trade figure moved to another year: two years of trade.
    const figure = recordOf('trade', 'fr-lt-2023-export');
    await saveRecord(test.database, 'trade', { ...figure, period: { start: '2022' } }, actor, 'update');
    expect((await expectSummariesEqualRecount(test.database)).pairs.find((pair) => pair.pair === 'FR-LT')!.trade_years).toBe(2);

    // The newest meeting deleted, then restored.
    const newest = await findRecord(test.database, 'meeting', 'fr-lt-talks-4');
    await removeRecord(test.database, { kind: 'commitment', id: 'fr-lt-follow-up' }, actor);
    await removeRecord(test.database, { kind: 'meeting', id: 'fr-lt-talks-4' }, actor, { expectedRevision: newest!.revision });
    expect((await expectSummariesEqualRecount(test.database)).pairs.find((pair) => pair.pair === 'FR-LT')!.last_meeting_date).toBe('2024-05-14');
    await bringBackRecord(test.database, { kind: 'meeting', id: 'fr-lt-talks-4' }, actor);
    await expectSummariesEqualRecount(test.database);

    // A pair's only record deleted: the pair leaves the summaries.
    await removeRecord(test.database, { kind: 'relation', id: 'ddde-lt-test-relations' }, actor);
    expect((await expectSummariesEqualRecount(test.database)).pairs.map((pair) => pair.pair)).not.toContain('DDDE-LT');

    // A record moved from one pair to another.
    const event = recordOf('relation', 'fr-lt-embassy-1991');
    await saveRecord(test.database, 'relation', { ...event, pair: 'FR-PL' }, actor, 'update');
    expect((await expectSummariesEqualRecount(test.database)).pairs.find((pair) => pair.pair === 'FR-PL')).toMatchObject({ relations: 1, records: 1 });
  });

  it('equal a recount after an import is undone, and a failed import leaves them as they were', async () => {
    await importBundle(test.database, fixtureBundle(), { label: 'fixture' });
    const before = await expectSummariesEqualRecount(test.database);

    const source = recordOf('source', 'test-gazette-2024');
    const extra: KindedRecord[] = [
      { kind: 'source', record: source },
      { kind: 'relation', record: { id: 'ee-lt-relations-1991', status: 'verified', citations: [{ sourceId: source.id, locator: 'p1' }], kind: 'relations-established', pair: 'EE-LT', date: { start: '1991-10', qualifier: 'stated' } } },
      { kind: 'relation', record: { ...recordOf('relation', 'fr-lt-recognition-1922'), date: { start: '1921', qualifier: 'stated' } } },
    ] as KindedRecord[];
    const imported = await importBundle(test.database, validateBundle(bundleFromRecords(extra, 'second'), 'second'), { label: 'second' });
    const during = await expectSummariesEqualRecount(test.database);
    expect(during.pairs.find((pair) => pair.pair === 'EE-LT')).toMatchObject({ relations: 1, records: 1 });
    await undoBatch(test.database, imported.batchId!, actor);
    expect(await expectSummariesEqualRecount(test.database)).toEqual(before);

    // The same ordinal twice in a series breaks a consistency rule: the whole import is refused.
    const talks = recordOf('meeting', 'fr-lt-talks-1');
    const broken = [
      { kind: 'relation', record: { ...extra[1]!.record, id: 'ee-lt-relations-again' } },
      { kind: 'meeting', record: { ...talks, id: 'fr-lt-talks-1-again', date: { start: '2026-01', qualifier: 'stated' } } },
    ] as KindedRecord[];
    await expect(importBundle(test.database, validateBundle(bundleFromRecords(broken, 'broken'), 'broken'), { label: 'broken' })).rejects.toThrow();
    expect(await expectSummariesEqualRecount(test.database)).toEqual(before);
  });

  it('are counted from the records there are when a database with data is migrated', async () => {
    await importBundle(test.database, fixtureBundle(), { label: 'fixture' });
    await removeRecord(test.database, { kind: 'relation', id: 'ddde-lt-test-relations' }, actor);
    const kept = await stored(test.database);
    await summariesMigration.down(test.database.db);
    await summariesMigration.up(test.database.db);
    expect(await expectSummariesEqualRecount(test.database)).toEqual(kept);
    // And the triggers are back.
    await bringBackRecord(test.database, { kind: 'relation', id: 'ddde-lt-test-relations' }, actor);
    expect((await expectSummariesEqualRecount(test.database)).pairs.map((pair) => pair.pair)).toContain('DDDE-LT');
  });
});

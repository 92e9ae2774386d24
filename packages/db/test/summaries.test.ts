import type { KindedRecord, RecordOf } from '@bilat/domain';
import { bundleFromRecords, validateBundle } from '@bilat/domain/bundle';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  bringBackRecord,
  findRecord,
  importBundle,
  ImportProblemsError,
  importStream,
  inTransaction,
  removeRecord,
  saveRecord,
  undoBatch,
  type BilatDatabase,
  type ImportRow,
} from '../src/index.js';
// The rows of the four summary tables, as the schema declares them: the recount builds the same.
import type { CountrySummariesTable as CountryRow, CountryYearSummariesTable as CountryYearRow, PairSummariesTable as PairRow, PairYearSummariesTable as YearRow } from '../src/schema.js';
import * as summariesMigration from '../src/migrations/2026-12-02T0009-summaries.js';
import * as countrySummariesMigration from '../src/migrations/2026-12-02T0011-country-summaries.js';
import * as deferredSummariesMigration from '../src/migrations/2026-12-03T0012-deferred-summaries.js';
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

const COUNTS = ['meetings', 'visits', 'agreements', 'relations'] as const;

/** Each party's sums over the recounted pairs (and their years), as the country summaries must hold them. */
function countriesOf(pairs: PairRow[], years: YearRow[]): { countries: CountryRow[]; countryYears: CountryYearRow[] } {
  const countries = new Map<string, CountryRow>();
  for (const pair of pairs) {
    for (const party of [pair.a, pair.b]) {
      const row = countries.get(party) ?? { party, meetings: 0, visits: 0, agreements: 0, relations: 0, records: 0, partners: 0 };
      countries.set(party, row);
      for (const count of COUNTS) row[count] += pair[count];
      row.records += pair.records;
      row.partners += 1;
    }
  }
  const countryYears = new Map<string, CountryYearRow>();
  for (const year of years) {
    // A year of trade alone makes no country-year row.
    if (COUNTS.every((count) => year[count] === 0)) continue;
    for (const party of year.pair.split('-')) {
      const key = `${party} ${year.year}`;
      const row = countryYears.get(key) ?? { party, year: year.year, meetings: 0, visits: 0, agreements: 0, relations: 0 };
      countryYears.set(key, row);
      for (const count of COUNTS) row[count] += year[count];
    }
  }
  return {
    countries: [...countries.values()].sort((x, y) => (x.party < y.party ? -1 : 1)),
    countryYears: [...countryYears.values()].sort((x, y) => (x.party < y.party ? -1 : x.party > y.party ? 1 : x.year - y.year)),
  };
}

async function recount(database: BilatDatabase): Promise<{ pairs: PairRow[]; years: YearRow[]; countries: CountryRow[]; countryYears: CountryYearRow[] }> {
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
  const pairRows = [...pairs.values()].sort((x, y) => (x.pair < y.pair ? -1 : 1));
  const yearRows = [...years.values()].sort((x, y) => (x.pair < y.pair ? -1 : x.pair > y.pair ? 1 : x.year - y.year));
  return { pairs: pairRows, years: yearRows, ...countriesOf(pairRows, yearRows) };
}

async function stored(database: BilatDatabase) {
  const pairs = await database.db.selectFrom('pair_summaries').selectAll().orderBy('pair').execute();
  const years = await database.db.selectFrom('pair_year_summaries').selectAll().orderBy('pair').orderBy('year').execute();
  const countries = await database.db.selectFrom('country_summaries').selectAll().orderBy('party').execute();
  const countryYears = await database.db.selectFrom('country_year_summaries').selectAll().orderBy('party').orderBy('year').execute();
  // PostgreSQL's integers come back as numbers already; a bigint would not.
  return {
    pairs: pairs.map((row) => ({ ...row })),
    years: years.map((row) => ({ ...row, year: Number(row.year) })),
    countries: countries.map((row) => ({ ...row })),
    countryYears: countryYears.map((row) => ({ ...row, year: Number(row.year) })),
  };
}

async function expectSummariesEqualRecount(database: BilatDatabase) {
  const expected = await recount(database);
  expect(await stored(database)).toEqual(expected);
  return expected;
}

const actor = { actor: 'local:summaries-test' };

async function* rowsOf(rows: readonly ImportRow[]) {
  yield* rows;
}
const recordOf = <K extends KindedRecord['kind']>(kind: K, id: string) => fixtureRecords().find((item) => item.kind === kind && item.record.id === id)!.record as RecordOf<K>;

describe.each(BACKENDS)('pair and country summaries on %s', (dialect) => {
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
    expect(afterImport.countries.find((country) => country.party === 'LT')).toMatchObject({ meetings: 6, relations: 4, partners: 4 });
    expect(afterImport.countryYears.filter((row) => row.party === 'FR').map((row) => row.year)).toEqual([1922, 1991, 2023, 2024]);

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

    // A pair's only record deleted: the pair leaves the summaries, and its other party with it.
    await removeRecord(test.database, { kind: 'relation', id: 'ddde-lt-test-relations' }, actor);
    const withoutDdde = await expectSummariesEqualRecount(test.database);
    expect(withoutDdde.pairs.map((pair) => pair.pair)).not.toContain('DDDE-LT');
    expect(withoutDdde.countries.map((country) => country.party)).not.toContain('DDDE');
    expect(withoutDdde.countries.find((country) => country.party === 'LT')!.partners).toBe(3);

    // A record moved from one pair to another.
    const event = recordOf('relation', 'fr-lt-embassy-1991');
    await saveRecord(test.database, 'relation', { ...event, pair: 'FR-PL' }, actor, 'update');
    const moved = await expectSummariesEqualRecount(test.database);
    expect(moved.pairs.find((pair) => pair.pair === 'FR-PL')).toMatchObject({ relations: 1, records: 1 });
    expect(moved.countryYears.find((row) => row.party === 'PL' && row.year === 1991)).toMatchObject({ relations: 1 });
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
    expect(during.countries.find((country) => country.party === 'EE')).toMatchObject({ relations: 1, records: 1, partners: 1 });
    expect(during.countryYears.find((row) => row.party === 'LT' && row.year === 1921)).toMatchObject({ relations: 1 });
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

  it('equal a recount after a streaming import of many chunks, its undo, and a refused one caught inside a transaction', async () => {
    await importBundle(test.database, fixtureBundle(), { label: 'fixture' });
    const before = await expectSummariesEqualRecount(test.database);
    // Figures, meetings and series over a few pairs, repeated chunk after chunk (one pair's
    // rows in every chunk), with an undated meeting and a figure on the fixture's pair.
    const meeting = recordOf('meeting', 'fr-lt-undated');
    const rows: ImportRow[] = [];
    for (let n = 0; n < 240; n++) {
      const pair = ['EE-LT', 'FR-LT', 'LT-PL'][n % 3]!;
      const [reporter, partner] = pair.split('-') as [string, string];
      rows.push({
        kind: 'trade',
        line: rows.length + 1,
        record: { id: `stream-${n}`, status: 'draft', citations: [{ sourceId: 'test-gazette-2024' }], reporter, partner, period: { start: String(2000 + (n % 7)) }, flow: n % 2 ? 'export' : 'import', value: { amount: String(100 + n), currency: 'USD' } },
      });
      if (n % 40 === 0) rows.push({ kind: 'meeting', line: rows.length + 1, record: { ...meeting, id: `stream-meeting-${n}`, pair, date: n ? { start: `20${10 + n / 40}-03-0${1 + (n % 9)}`, qualifier: 'stated' } : null } });
    }
    const imported = await importStream(test.database, rowsOf(rows), { label: 'stream', chunkSize: 25 });
    expect(imported.total.created).toBe(rows.length);
    const during = await expectSummariesEqualRecount(test.database);
    expect(during.pairs.find((pair) => pair.pair === 'EE-LT')).toMatchObject({ trade_years: 7, meetings: 2, last_meeting_date: '2013-03-04' });

    // Inside a caller's transaction, a refused import does not leave its notes unsettled for
    // what the caller writes next.
    await inTransaction(test.database, async (scope) => {
      const bad = [...rows.slice(0, 30).map((row) => ({ ...row, record: { ...(row.record as object), id: `again-${(row.record as { id: string }).id}` } })), { kind: 'trade', line: 99, record: { id: 'broken' } } as ImportRow];
      await expect(importStream(scope, rowsOf(bad), { label: 'refused', chunkSize: 10 })).rejects.toThrow(ImportProblemsError);
      await saveRecord(scope, 'relation', { ...recordOf('relation', 'fr-lt-embassy-1991'), id: 'ee-lt-later', pair: 'EE-LT', date: { start: '1992', qualifier: 'stated' } }, actor, 'create');
    });
    const caught = await expectSummariesEqualRecount(test.database);
    expect(caught.pairs.find((pair) => pair.pair === 'EE-LT')!.relations).toBe(1);
    expect(caught.pairs.find((pair) => pair.pair === 'EE-LT')!.records).toBeGreaterThan(during.pairs.find((pair) => pair.pair === 'EE-LT')!.records + 1);
    await removeRecord(test.database, { kind: 'relation', id: 'ee-lt-later' }, actor);
    for (const table of ['trade_flows', 'meetings'] as const) {
      const kind = table === 'meetings' ? 'meeting' : 'trade';
      for (const { id } of await test.database.db.selectFrom(table).select('id').where('id', 'like', 'again-%').where('deleted_at', 'is', null).execute()) {
        await removeRecord(test.database, { kind, id }, actor);
      }
    }

    await undoBatch(test.database, imported.batchId!, actor);
    expect(await expectSummariesEqualRecount(test.database)).toEqual(before);
  });

  it('are counted from the records there are when a database with data is migrated', async () => {
    await importBundle(test.database, fixtureBundle(), { label: 'fixture' });
    await removeRecord(test.database, { kind: 'relation', id: 'ddde-lt-test-relations' }, actor);
    const kept = await stored(test.database);
    // The country summaries are kept from the pair summaries: they go first and come back last
    // (and the deferral of the pair summaries' triggers before either).
    await deferredSummariesMigration.down(test.database.db);
    await countrySummariesMigration.down(test.database.db);
    await summariesMigration.down(test.database.db);
    await summariesMigration.up(test.database.db);
    await countrySummariesMigration.up(test.database.db);
    await deferredSummariesMigration.up(test.database.db);
    expect(await expectSummariesEqualRecount(test.database)).toEqual(kept);
    expect(kept.countries.length).toBeGreaterThan(0);
    // And the triggers are back.
    await bringBackRecord(test.database, { kind: 'relation', id: 'ddde-lt-test-relations' }, actor);
    const back = await expectSummariesEqualRecount(test.database);
    expect(back.pairs.map((pair) => pair.pair)).toContain('DDDE-LT');
    expect(back.countries.map((country) => country.party)).toContain('DDDE');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importBundle,
  listAgreements,
  listMeetings,
  listPairs,
  countryPartners,
  countrySummaries,
  countryYears,
  listPeople,
  listRevisions,
  listTrade,
  loadRecordSet,
  scopeOf,
  searchRecords,
  seedDatabase,
  whoHeld,
  type Scope,
} from '../src/index.js';
import { createTestDatabase, POSTGRES_AVAILABLE, type TestDatabase } from './support/backends.js';
import { fixtureBundle } from './support/fixture.js';

/**
 * The same data on both backends must read back as the same domain objects, in the same
 * order, with the same top search results.
 */
describe.skipIf(!POSTGRES_AVAILABLE)('SQLite and PostgreSQL agree', () => {
  let sqlite: TestDatabase;
  let postgres: TestDatabase;
  const scopes: Scope[] = [];

  beforeAll(async () => {
    sqlite = await createTestDatabase('sqlite');
    postgres = await createTestDatabase('postgres');
    for (const test of [sqlite, postgres]) {
      await seedDatabase(test.database, 'local:parity');
      await importBundle(test.database, fixtureBundle(), { label: 'fixture', actor: 'local:parity' });
      scopes.push(scopeOf(test.database));
    }
  });
  afterAll(async () => {
    await sqlite?.dispose();
    await postgres?.dispose();
  });

  /** Runs the same query on both and expects equal answers; returns one of them for further checks. */
  async function same<T>(query: (scope: Scope) => Promise<T>): Promise<T> {
    const [left, right] = await Promise.all(scopes.map(query));
    expect(right).toEqual(left);
    return left as T;
  }

  it('returns identical records of every kind', async () => {
    const [left, right] = await Promise.all(scopes.map(loadRecordSet));
    expect([...right!.items()]).toEqual([...left!.items()]);
    expect(left!.size).toBeGreaterThan(150);
  });

  it('orders and filters lists identically, page by page', async () => {
    const walk = async (scope: Scope) => {
      const pages: string[][] = [];
      let cursor: string | undefined;
      do {
        const page = await listMeetings(scope, { limit: 4, cursor });
        pages.push(page.items.map((m) => m.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return pages;
    };
    expect((await same(walk)).flat().length).toBeGreaterThan(20);
    await same((scope) => listMeetings(scope, { country: 'KZ', partner: 'LT', from: '2024-01', to: '2024-06-20' }));
    await same((scope) => listMeetings(scope, { personId: 'roman-vassilenko' }));
    await same((scope) => listMeetings(scope, { kind: 'political-consultations', text: 'vilnius' }));
    await same((scope) => listAgreements(scope, { country: 'LT' }));
    await same((scope) => listTrade(scope, { country: 'KZ', partner: 'LT' }));
    await same((scope) => listPeople(scope, { country: 'LT', limit: 7 }));
    await same((scope) => listPairs(scope));
    await same((scope) => listPairs(scope, { sort: 'latest', limit: 5 }));
    await same((scope) => listPairs(scope, { country: 'KZ', sort: 'records' }));
    await same((scope) => countryPartners(scope, 'KZ', { sort: 'relations' }));
    await same(async (scope) => [...(await countrySummaries(scope))].sort());
    await same((scope) => countryPartners(scope, 'KZ', { sort: 'pair', limit: 2 }));
    await same((scope) => countryYears(scope, 'KZ'));
  });

  it('answers who held a post identically', async () => {
    const holders = await same((scope) => whoHeld(scope, { post: 'minister of foreign affairs', on: '2014-01-27' }));
    expect(holders.map((h) => h.person.id).sort()).toEqual(['erlan-idrissov', 'linas-linkevicius']);
    await same((scope) => whoHeld(scope, { postId: 'kz-minister-of-foreign-affairs', on: '2019-09-10' }));
  });

  it('gives the same top search results', async () => {
    for (const query of ['klaipeda', 'vasilenko', 'Idrisov', 'minister foreign', 'consultations', 'trade 2023', 'Василенко', 'jonaitis']) {
      const hits = await same((scope) => searchRecords(scope, query, { limit: 10 }));
      expect(hits.items.length, query).toBeGreaterThan(0);
    }
  });

  it('keeps the same revision log', async () => {
    const log = await same(async (scope) =>
      (await listRevisions(scope, { limit: 10000 })).map(({ kind, recordId, action, before, after, actor }) => ({ kind, recordId, action, before, after, actor })),
    );
    expect(log.length).toBeGreaterThan(150);
  });
});

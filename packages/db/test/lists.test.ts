import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { partyName } from '@bilat/domain';
import {
  InvalidCursorError,
  listMeetings,
  listPairs,
  listCountries,
  countryPartners,
  countrySummaries,
  countryRelations,
  countryYears,
  encodeCursor,
  peopleInPostNow,
  listRelations,
  listTrade,
  whoHeld,
  writeRecord,
  type Scope,
} from '../src/index.js';
import { BACKENDS, type TestDatabase } from './support/backends.js';
import { fixtureDatabase } from './support/fixture-database.js';
import { fixtureRecords } from './support/fixture.js';

describe.each(BACKENDS)('lists on %s', (dialect) => {
  let test: TestDatabase;
  let scope: Scope;
  beforeEach(async () => {
    ({ test, scope } = await fixtureDatabase(dialect));
  });
  afterEach(async () => test.dispose());

  it('lists meetings newest first by the partial-date rule, undated last', async () => {
    const page = await listMeetings(scope, { country: 'FR', partner: 'LT' });
    // 2024-06-20 > 2024-05-14 > 2024-05 > 2023, then the undated one.
    expect(page.items.map((m) => m.id)).toEqual(['fr-lt-talks-4', 'fr-lt-talks-3', 'fr-lt-talks-2', 'fr-lt-talks-1', 'fr-lt-undated']);
    expect(page.nextCursor).toBeNull();
  });

  it('filters by country alone, by kind, by person and by series', async () => {
    expect((await listMeetings(scope, { country: 'LT' })).items).toHaveLength(6);
    expect((await listMeetings(scope, { country: 'PL' })).items.map((m) => m.id)).toEqual(['lt-pl-meeting']);
    expect((await listMeetings(scope, { kind: 'working-meeting' })).items.map((m) => m.id).sort()).toEqual(['fr-lt-undated', 'lt-pl-meeting']);
    expect((await listMeetings(scope, { personId: 'ona-zemaityte' })).items.map((m) => m.id)).toEqual(['lt-pl-meeting']);
    expect((await listMeetings(scope, { seriesId: 'fr-lt-talks' })).items).toHaveLength(4);
    expect((await listMeetings(scope, { organizationId: 'siauliai-port' })).items.map((m) => m.id)).toEqual(['lt-pl-meeting']);
  });

  it('matches date ranges by overlap and says which matches are approximate', async () => {
    const page = await listMeetings(scope, { from: '2024-05-10', to: '2024-05-31' });
    expect(page.items.map((m) => m.id)).toEqual(['fr-lt-talks-3', 'fr-lt-talks-2']);
    expect(page.approximateIds).toEqual(['fr-lt-talks-2']);
    const year = await listMeetings(scope, { from: '2023', to: '2023' });
    expect(year.items.map((m) => m.id)).toEqual(['fr-lt-talks-1']);
    expect(year.approximateIds).toEqual([]);
  });

  it('pages with a keyset cursor without duplicates or gaps while rows are inserted', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let inserted = 0;
    const template = fixtureRecords().find((item) => item.record.id === 'fr-lt-undated')!;
    do {
      const page = await listMeetings(scope, { limit: 2, cursor });
      seen.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor ?? undefined;
      // A newer meeting lands before the cursor; an older one after it. Neither may disturb the walk.
      const record = { ...template.record, id: `inserted-${inserted}`, date: { start: inserted % 2 ? '2030' : '1990', qualifier: 'stated' as const } };
      await writeRecord(scope, { kind: 'meeting', record } as typeof template, { actor: 'local:tester' });
      inserted += 1;
    } while (cursor);
    const original = fixtureRecords().filter((item) => item.kind === 'meeting').map((item) => item.record.id);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of original) expect(seen).toContain(id);
    // Older rows inserted after the cursor passed their place are picked up, newer ones are not re-read.
    expect(seen.filter((id) => id.startsWith('inserted-')).every((id) => Number(id.split('-')[1]) % 2 === 0)).toBe(true);
  });

  it('refuses a tampered cursor with a clear error', async () => {
    await expect(listMeetings(scope, { cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(InvalidCursorError);
    const forged = Buffer.from(JSON.stringify([1, 2, 3])).toString('base64url');
    await expect(listMeetings(scope, { cursor: forged })).rejects.toThrow('The cursor is not valid');
  });

  it('lists trade by reporter and flow', async () => {
    const exports = await listTrade(scope, { country: 'FR', partner: 'LT', flow: 'export' });
    expect(exports.items.map((t) => t.value.amount)).toEqual(['92900000']);
    expect((await listTrade(scope, { reporter: 'FR' })).items).toEqual([]);
  });

  it('summarises pairs with their counts', async () => {
    const page = await listPairs(scope);
    expect(page.total).toBe(4);
    expect(page.nextCursor).toBeNull();
    expect(page.items[0]).toEqual({ pair: 'FR-LT', a: 'FR', b: 'LT', meetings: 5, visits: 0, agreements: 0, relations: 2, records: 11, tradeYears: 1, lastMeetingFirstDay: '2024-06-20', lastMeetingDate: '2024-06-20' });
    // Pairs with only relations events are pairs too, former and historical states included.
    expect(page.items.map((p) => p.pair)).toEqual(['FR-LT', 'LT-PL', 'DDDE-LT', 'LT-XHAW']);
    expect(page.items.find((p) => p.pair === 'LT-XHAW')).toMatchObject({ meetings: 0, relations: 1, records: 1 });
  });

  it('filters pairs by country and by a set of countries, sorts them and pages by cursor', async () => {
    expect((await listPairs(scope, { country: 'FR' })).items.map((p) => p.pair)).toEqual(['FR-LT']);
    expect((await listPairs(scope, { among: ['PL', 'FR'] })).items.map((p) => p.pair)).toEqual(['FR-LT', 'LT-PL']);
    expect((await listPairs(scope, { country: 'LT', among: ['PL'] })).items.map((p) => p.pair)).toEqual(['LT-PL']);
    expect(await listPairs(scope, { among: [] })).toEqual({ items: [], nextCursor: null, total: 0 });
    expect((await listPairs(scope, { sort: 'pair' })).items.map((p) => p.pair)).toEqual(['DDDE-LT', 'FR-LT', 'LT-PL', 'LT-XHAW']);
    expect((await listPairs(scope, { sort: 'relations' })).items.map((p) => p.pair)).toEqual(['FR-LT', 'DDDE-LT', 'LT-XHAW', 'LT-PL']);
    // Pairs without a dated meeting come after those with one.
    expect((await listPairs(scope, { sort: 'latest' })).items.map((p) => p.pair)).toEqual(['FR-LT', 'LT-PL', 'DDDE-LT', 'LT-XHAW']);
    for (const sort of ['meetings', 'latest', 'pair', 'trade'] as const) {
      const all = (await listPairs(scope, { sort })).items.map((p) => p.pair);
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listPairs(scope, { sort, limit: 1, cursor });
        expect(page.total).toBe(4);
        paged.push(...page.items.map((p) => p.pair));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(paged).toEqual(all);
    }
    await expect(listPairs(scope, { sort: 'meetings', cursor: 'bm9wZQ' })).rejects.toThrow('The cursor is not valid');
  });

  it('breaks ties in every sort by the names shown, not the codes, and pages through them in that order', async () => {
    const template = fixtureRecords().find((item) => item.record.id === 'ddde-lt-test-relations')!;
    // Austria (AT) and Australia (AU), Netherlands Antilles (ANHH) and Albania (AL): codes in one order, names in the other.
    for (const pair of ['AT-LT', 'AU-LT', 'ANHH-LT', 'AL-LT']) {
      const record = { ...template.record, id: `${pair.toLowerCase()}-relations`, pair };
      await writeRecord(scope, { kind: 'relation', record } as typeof template, { actor: 'local:tester' });
    }
    for (const sort of ['meetings', 'relations', 'records', 'latest', 'trade'] as const) {
      const all = (await listPairs(scope, { sort })).items.map((p) => p.pair);
      const mine = all.filter((pair) => ['AT-LT', 'AU-LT', 'ANHH-LT', 'AL-LT'].includes(pair));
      expect(mine, sort).toEqual(['AL-LT', 'AU-LT', 'AT-LT', 'ANHH-LT']);
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listPairs(scope, { sort, limit: 2, cursor });
        paged.push(...page.items.map((p) => p.pair));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(paged, sort).toEqual(all);
    }
    expect((await countryPartners(scope, 'LT', { sort: 'relations' })).partners.map((p) => p.partner).filter((code) => ['AT', 'AU', 'ANHH', 'AL'].includes(code))).toEqual(['AL', 'AU', 'AT', 'ANHH']);
    const countries = await listCountries(scope, { sort: 'relations', withRecords: true });
    expect(countries.map((c) => c.code).filter((code) => ['AT', 'AU', 'ANHH', 'AL'].includes(code))).toEqual(['AL', 'AU', 'AT', 'ANHH']);
  });

  it("ranks a country's partners by a measure, with years, and sums countries over their pairs", async () => {
    const lt = await countryPartners(scope, 'LT', { sort: 'relations' });
    expect(lt.total).toBe(4);
    expect(lt.nextCursor).toBeNull();
    expect(lt.partners.map((p) => p.partner)).toEqual(['FR', 'DDDE', 'XHAW', 'PL']);
    expect(lt.partners[0]!.years).toEqual([
      { year: 1922, meetings: 0, visits: 0, agreements: 0, relations: 1 },
      { year: 1991, meetings: 0, visits: 0, agreements: 0, relations: 1 },
      { year: 2023, meetings: 1, visits: 0, agreements: 0, relations: 0 },
      { year: 2024, meetings: 3, visits: 0, agreements: 0, relations: 0 },
    ]);
    // Pages of one by the cursor give the same partners in the same order, for every sort (names too).
    for (const sort of ['relations', 'meetings', 'pair', 'latest', 'trade'] as const) {
      const all = (await countryPartners(scope, 'LT', { sort })).partners.map((p) => p.partner);
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await countryPartners(scope, 'LT', { sort, limit: 1, cursor });
        expect(page.total).toBe(4);
        expect(page.partners.length).toBe(1);
        // A page's partners carry their years, as a whole list does.
        expect(page.partners[0]!.years).toEqual(lt.partners.find((p) => p.partner === page.partners[0]!.partner)!.years);
        paged.push(...page.partners.map((p) => p.partner));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(paged, sort).toEqual(all);
    }
    // By name: France, Hawaii (Kingdom of), Poland… in English alphabetical order of their names.
    const byName = (await countryPartners(scope, 'LT', { sort: 'pair' })).partners.map((p) => partyName(p.partner));
    expect(byName).toEqual([...byName].sort((x, y) => x.localeCompare(y, 'en')));
    await expect(countryPartners(scope, 'LT', { sort: 'meetings', cursor: encodeCursor(['x', 'FR']) })).rejects.toThrow('The cursor is not valid');
    // A country's years are its partners' years added up: here one relations event in each of four years, and the meetings.
    const summed = new Map<number, { year: number; meetings: number; visits: number; agreements: number; relations: number }>();
    for (const year of lt.partners.flatMap((p) => p.years)) {
      const entry = summed.get(year.year) ?? { year: year.year, meetings: 0, visits: 0, agreements: 0, relations: 0 };
      for (const count of ['meetings', 'visits', 'agreements', 'relations'] as const) entry[count] += year[count];
      summed.set(year.year, entry);
    }
    const years = await countryYears(scope, 'LT');
    expect(years).toEqual([...summed.values()].sort((x, y) => x.year - y.year));
    expect(years.map((y) => y.year)).toEqual([1890, 1922, 1973, 1991, 2023, 2024]);
    const countries = await countrySummaries(scope);
    expect(countries.get('LT')).toEqual({ meetings: 6, visits: 0, agreements: 0, relations: 4, records: 14, partners: 4 });
    expect(countries.get('FR')).toEqual({ meetings: 5, visits: 0, agreements: 0, relations: 2, records: 11, partners: 1 });
    expect(countries.has('KZ')).toBe(false);
  });

  it('lists relations events of a pair newest first by the partial-date rule, by kind and by the side that acted', async () => {
    expect((await listRelations(scope, { country: 'LT', partner: 'FR' })).items.map((r) => r.id)).toEqual(['fr-lt-embassy-1991', 'fr-lt-recognition-1922']);
    expect((await listRelations(scope, { kind: 'recognition' })).items.map((r) => r.id)).toEqual(['fr-lt-recognition-1922']);
    expect((await listRelations(scope, { actor: 'LT' })).items.map((r) => r.id)).toEqual(['lt-xhaw-test-consulate']);
    expect((await listRelations(scope, { country: 'DDDE' })).items.map((r) => r.id)).toEqual(['ddde-lt-test-relations']);
    // September 1991 overlaps a range from 10 September only in part: the match is approximate.
    const in1991 = await listRelations(scope, { from: '1991-09-10', to: '1991-12' });
    expect(in1991.items.map((r) => r.id)).toEqual(['fr-lt-embassy-1991']);
    expect(in1991.approximateIds).toEqual(['fr-lt-embassy-1991']);
  });

  it("caps a country's relations events and people in post, and says how many there are", async () => {
    const relations = await countryRelations(scope, 'LT');
    expect(relations.items.map((r) => r.date?.start.slice(0, 4))).toEqual(['1890', '1922', '1973', '1991']);
    expect(relations.total).toBe(4);
    const cut = await countryRelations(scope, 'LT', 2);
    expect(cut).toEqual({ items: relations.items.slice(0, 2), total: 4 });
    const people = await peopleInPostNow(scope, 'LT', '2024-06-20');
    expect(people.total).toBe(people.items.length);
    expect(people.items.length).toBeGreaterThan(1);
    expect(await peopleInPostNow(scope, 'LT', '2024-06-20', 1)).toEqual({ items: people.items.slice(0, 1), total: people.total });
  });

  it('answers who held a post on a day', async () => {
    const minister = await whoHeld(scope, { post: 'test minister', on: '2024-06-20', country: 'FR' });
    expect(minister.map((h) => [h.person.id, h.match])).toEqual([['claire-dubois', 'exact']]);
    expect(await whoHeld(scope, { postId: 'fr-test-minister', on: '2024-10' })).toEqual([]);
    // Started "2020-12": asked about a day in that month, it may or may not have begun.
    const early = await whoHeld(scope, { postId: 'lt-test-minister', on: '2020-12-05' });
    expect(early.map((h) => [h.person.id, h.match])).toEqual([['pranas-jonaitis', 'approximate']]);
    // Attested on one day only: that day is known, the next is not.
    expect((await whoHeld(scope, { postId: 'siauliai-port-director', on: '2024-06-20' })).map((h) => h.person.id)).toEqual(['ona-zemaityte']);
    expect(await whoHeld(scope, { postId: 'siauliai-port-director', on: '2024-06-21' })).toEqual([]);
  });
});

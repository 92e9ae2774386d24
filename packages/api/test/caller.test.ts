import { BatchEditedSinceError, ConsistencyError, DependentsError, listRevisions, PAIRED_KINDS, RECORD_TABLES, scopeOf } from '@bilat/db';
import { RECORD_KINDS, type RecordKind } from '@bilat/domain';
import { ZodError } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, flattenZodError, localCaller, type Caller } from '../src/index.js';
import { callerFor, OTHER_SEED_SOURCE, procedurePaths, refused, SEED_SOURCE, TODAY, tracked, type ApiCaller } from './support/api.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { snapshot } from './support/inspect.js';
import { drafts, ROUTER_OF } from './support/records.js';
import { newsroomRoutes, startNewsroom } from '@bilat/watch/testing';

/*
 * Every procedure of appRouter, called in-process through createCaller on both backends:
 * reads as an anonymous caller, writes as a local user. A tracking proxy notes each
 * procedure called, and the last test shows none was left out.
 */

type Row = { id: string } & Record<string, unknown>;
type Related = { relation: string; kind: string; id: string; title: string };

/** The procedures every record kind has, typed loosely enough to drive them from a table. */
interface RecordRouter {
  list(input: Record<string, unknown>): Promise<{ items: Row[]; nextCursor: string | null; approximateIds: string[] }>;
  get(input: { id: string }): Promise<Row>;
  detail(input: { id: string }): Promise<{
    kind: string;
    record: Row;
    revision: number;
    title: string;
    redirectedFrom: string | null;
    references: Related[];
    dependents: Related[];
    sources: Row[];
    disputes: Row[];
  }>;
  create(input: unknown): Promise<Row>;
  update(input: unknown): Promise<Row>;
  delete(input: { id: string }): Promise<{ kind: string; id: string; deleted: true; revision: number }>;
  restore(input: { id: string }): Promise<Row>;
}

const routerOf = (api: ApiCaller, kind: RecordKind) => (api as unknown as Record<string, RecordRouter>)[ROUTER_OF[kind]]!;

/** The id made from the title when a create gives none: a slug of the title and a six-character suffix. */
const GENERATED_ID: Record<RecordKind, RegExp> = {
  source: /^test-bulletin-number-2-[a-z0-9]{6}$/,
  place: /^testville-2-[a-z0-9]{6}$/,
  organization: /^test-shipping-company-2-[a-z0-9]{6}$/,
  post: /^special-envoy-2-for-transit-[a-z0-9]{6}$/,
  person: /^testas-testauskas-2-[a-z0-9]{6}$/,
  holding: /^jonas-survila-lt-minister-of-foreign-affairs-[a-z0-9]{6}$/,
  series: /^test-business-forum-2-[a-z0-9]{6}$/,
  visit: /^test-working-visit-2-[a-z0-9]{6}$/,
  meeting: /^test-working-meeting-2-[a-z0-9]{6}$/,
  agreement: /^test-memorandum-2-on-rail-freight-[a-z0-9]{6}$/,
  statement: /^statement-by-jonas-survila-[a-z0-9]{6}$/,
  commitment: /^test-commitment-2-to-study-rail-freight-[a-z0-9]{6}$/,
  trade: /^lithuania-exports-to-kazakhstan-2019-eur12-3-million-[a-z0-9]{6}$/,
  investment: /^investment-stock-from-kazakhstan-to-lithuania-31-dec-2022-us-4-million-[a-z0-9]{6}$/,
  indicator: /^test-students-2-from-kazakhstan-in-lithuania-[a-z0-9]{6}$/,
  dispute: /^disputed-test-field-2-[a-z0-9]{6}$/,
  interaction: /^kazakhstan-lithuania-consult-15-january-2025-1-news-event-machine-coded-[a-z0-9]{6}$/,
  relation: /^consulate-opened-lithuania-in-kazakhstan-testville-2-feb-2025-[a-z0-9]{6}$/,
};

/** For each kind, list filters that keep the record `drafts[kind]` makes, and filters that drop it. */
const LIST_FILTERS: Record<RecordKind, { keep: Record<string, unknown>[]; drop: Record<string, unknown>[] }> = {
  source: { keep: [{ from: '2025-02-01', to: '2025-02' }, { q: 'bulletin' }], drop: [{ to: '2024' }, { q: 'zebrafish' }] },
  place: { keep: [{ country: 'LT' }, { q: 'testville' }], drop: [{ country: 'KZ' }, { status: 'draft' }] },
  organization: { keep: [{ kind: 'company' }, { country: 'LT' }], drop: [{ kind: 'ministry' }, { country: 'KZ' }] },
  post: { keep: [{ organization: 'lt-ministry-of-foreign-affairs' }, { country: 'LT', q: 'envoy transit' }], drop: [{ organization: 'kz-ministry-of-foreign-affairs' }] },
  person: { keep: [{ country: 'LT' }, { q: 'Testauskas' }], drop: [{ country: 'KZ' }, { status: 'draft' }] },
  holding: { keep: [{ person: 'jonas-survila' }, { post: 'lt-minister-of-foreign-affairs' }], drop: [{ person: 'roman-vassilenko' }, { post: 'klaipeda-mayor' }] },
  series: { keep: [{ kind: 'business-forum' }, { country: 'KZ', partner: 'LT' }], drop: [{ kind: 'summit' }, { country: 'KZ', partner: 'EE' }] },
  visit: {
    keep: [{ person: 'jonas-survila' }, { country: 'KZ', partner: 'LT', from: '2025-03-11', to: '2025-03' }],
    drop: [{ from: '2025-03-12' }, { person: 'roman-vassilenko' }, { country: 'EE' }],
  },
  meeting: {
    keep: [
      { country: 'KZ', partner: 'LT' },
      { from: '2025-03', to: '2025-03-10' },
      { kind: 'working-meeting' },
      { person: 'jonas-survila' },
      { stage: 'held' },
      { organization: 'lt-ministry-of-foreign-affairs' },
      { q: 'working meeting' },
    ],
    drop: [{ to: '2025-03-09' }, { kind: 'summit' }, { person: 'roman-vassilenko' }, { stage: 'planned' }, { series: 'kz-lt-political-consultations' }, { visit: 'vassilenko-lithuania-2024-06' }],
  },
  agreement: { keep: [{ stage: 'planned' }, { kind: 'memorandum' }, { country: 'KZ', partner: 'LT' }], drop: [{ stage: 'signed' }, { kind: 'treaty' }, { country: 'EU' }] },
  statement: { keep: [{ speaker: 'jonas-survila' }, { from: '2025' }], drop: [{ speaker: 'roman-vassilenko' }, { to: '2024' }] },
  commitment: { keep: [{ state: 'open' }, { country: 'KZ', partner: 'LT' }], drop: [{ state: 'fulfilled' }, { country: 'KZ', partner: 'EE' }] },
  trade: { keep: [{ reporter: 'LT' }, { flow: 'export' }, { from: '2019', to: '2019-06' }, { country: 'KZ', partner: 'LT' }], drop: [{ reporter: 'KZ' }, { flow: 'import' }, { from: '2020' }] },
  investment: { keep: [{ kind: 'stock' }, { country: 'LT', partner: 'KZ' }], drop: [{ kind: 'gross-inflow' }, { to: '2022-11' }] },
  indicator: { keep: [{ measure: 'test-students' }, { from: '2025' }], drop: [{ measure: 'companies-with-partner-capital' }, { country: 'EE' }] },
  dispute: { keep: [{ status: 'verified' }, {}], drop: [{ status: 'draft' }] },
  interaction: { keep: [{ code: '040' }, { country: 'KZ', partner: 'LT', from: '2025-01' }], drop: [{ code: '057' }, { country: 'KZ', partner: 'EE' }, { to: '2024' }] },
  relation: { keep: [{ kind: 'consulate-opened' }, { country: 'KZ', partner: 'LT', actor: 'LT' }, { from: '2025-02' }], drop: [{ kind: 'recognition' }, { actor: 'KZ' }, { country: 'KZ', partner: 'EE' }, { to: '2024' }] },
};

/** A dispute that points at a record, so the record has a dependent. */
function dependentDispute(kind: RecordKind, id: string) {
  const claims = [
    { value: 'a', citation: { sourceId: kind === 'source' ? id : SEED_SOURCE } },
    { value: 'b', citation: { sourceId: OTHER_SEED_SOURCE } },
  ];
  return { status: 'verified' as const, field: 'test', claims, ...(kind === 'source' ? {} : { subject: { kind, id } }) };
}

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

describe.each(BACKENDS)('every procedure through createCaller on %s', (dialect) => {
  let testDb: TestDatabase;
  const seen = new Set<string>();
  let reader: ApiCaller;
  let writer: ApiCaller;
  const as = (caller: Caller) => tracked(callerFor(testDb.database, caller), seen);

  beforeAll(async () => {
    testDb = await createTestDatabase(dialect, { seed: true });
    reader = as(ANONYMOUS);
    writer = as(localCaller('local:test'));
  });
  afterAll(async () => {
    await testDb?.dispose();
  });

  describe('reads over the curated dataset', () => {
    it('countries.list gives every party with its totals over its pairs, or only those with records, by region and measure', async () => {
      const all = await reader.countries.list();
      expect(all.length).toBeGreaterThan(240);
      expect(all.find((party) => party.code === 'XK')).toMatchObject({ kind: 'country', records: 0, partners: 0 });
      const withRecords = await reader.countries.list({ withRecords: true });
      expect(withRecords.map((party) => party.code).sort()).toEqual(['EU', 'KZ', 'LT']);
      const kz = withRecords.find((party) => party.code === 'KZ')!;
      const kzPairs = (await reader.pairs.list({ country: 'KZ' })).items;
      const total = (measure: 'meetings' | 'visits' | 'agreements' | 'records') => kzPairs.reduce((sum, pair) => sum + pair[measure], 0);
      expect(kz).toMatchObject({ meetings: total('meetings'), visits: total('visits'), agreements: total('agreements'), records: total('records'), partners: kzPairs.length });
      const explicitNo = await reader.countries.list({ withRecords: false });
      expect(explicitNo).toHaveLength(all.length);
      const centralAsia = await reader.countries.list({ region: 'Central Asia', sort: 'meetings' });
      expect(centralAsia.map((party) => party.code)).toEqual(['KZ', 'KG', 'TJ', 'TM', 'UZ']);
      expect((await reader.countries.list({ region: '143' })).map((party) => party.code)).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ']);
      await refused(reader.countries.list({ region: 'Atlantis' }), 'BAD_REQUEST');
    });

    it('countries.get gives a country with its partners, meetings per year, relations events and people in post; an unknown code is NOT_FOUND', async () => {
      const kz = await reader.countries.get({ code: 'kz' });
      expect(kz.country).toMatchObject({ code: 'KZ', name: 'Kazakhstan', alpha3: 'KAZ' });
      expect(kz.partners.map((partner) => partner.partner)).toEqual(['LT', 'EU']);
      const lt = kz.partners[0]!;
      expect(lt.pair).toBe('KZ-LT');
      expect(lt.years.reduce((sum, year) => sum + year.meetings, 0)).toBeLessThanOrEqual(lt.meetings);
      const meetingsIn = (year: number) => kz.partners.reduce((sum, partner) => sum + (partner.years.find((y) => y.year === year)?.meetings ?? 0), 0);
      expect(kz.meetingsPerYear.length).toBeGreaterThan(0);
      for (const { year, meetings } of kz.meetingsPerYear) expect(meetings).toBe(meetingsIn(year));
      expect((await reader.countries.get({ code: 'KZ', sort: 'records' })).partners[0]!.records).toBeGreaterThanOrEqual(kz.partners[1]!.records);
      expect(kz.meetingsPerYear.map((year) => year.year)).toEqual([...kz.meetingsPerYear.map((year) => year.year)].sort());
      for (const held of kz.people) expect(held.post.country).toBe('KZ');
      expect(kz.people.map((held) => held.person.id)).not.toContain('jonas-survila');
      // Its years add up its partners' years; every total says what a capped list left out.
      for (const { year, meetings } of kz.years) expect(meetings).toBe(meetingsIn(year));
      expect(kz).toMatchObject({ partnersTotal: 2, nextCursor: null, relationsTotal: kz.relations.length, peopleTotal: kz.people.length });
      const first = await reader.countries.get({ code: 'KZ', limit: 1 });
      expect(first.partners.map((partner) => partner.partner)).toEqual(['LT']);
      expect(first.partnersTotal).toBe(2);
      // Every partner's counts come with any page.
      expect(first.partnerCounts).toEqual(kz.partners.map(({ partner, meetings, visits, agreements, relations, records }) => ({ partner, meetings, visits, agreements, relations, records })).sort((x, y) => (x.partner < y.partner ? -1 : 1)));
      const second = await reader.countries.get({ code: 'KZ', limit: 1, cursor: first.nextCursor! });
      expect(second.partners.map((partner) => partner.partner)).toEqual(['EU']);
      expect(second.nextCursor).toBeNull();
      // By name: the European Union before Lithuania.
      expect((await reader.countries.get({ code: 'KZ', sort: 'pair' })).partners.map((partner) => partner.partner)).toEqual(['EU', 'LT']);
      // Capped lists keep their totals (the data layer's tests cap longer lists).
      const capped = await reader.countries.get({ code: 'KZ', peopleLimit: 1, relationsLimit: 1 });
      expect(capped.people).toEqual(kz.people.slice(0, 1));
      expect(capped).toMatchObject({ peopleTotal: kz.peopleTotal, relationsTotal: kz.relationsTotal });
      await refused(reader.countries.get({ code: 'KZ', cursor: 'bm9wZQ' }), 'BAD_REQUEST');
      await refused(reader.countries.get({ code: 'ZZ' }), 'NOT_FOUND');
    });

    it('pairs.list counts meetings, agreements and trade years', async () => {
      const page = await reader.pairs.list();
      expect(page.total).toBe(page.items.length);
      const kzLt = page.items.find((pair) => pair.pair === 'KZ-LT');
      expect(kzLt).toMatchObject({ pair: 'KZ-LT', a: 'KZ', b: 'LT', meetings: 17, visits: 4, agreements: 3, relations: 0, tradeYears: 3, lastMeetingFirstDay: '2024-06-20', lastMeetingDate: '2024-06-20' });
      expect((await reader.pairs.list({ region: 'Northern Europe', sort: 'latest', limit: 1 })).items.map((pair) => pair.pair)).toEqual(['KZ-LT']);
      expect((await reader.pairs.list({ country: 'FR' })).total).toBe(0);
    });

    it('regions.list gives the UN M49 regions with their countries', async () => {
      const regions = await reader.regions.list();
      expect(regions.find((region) => region.name === 'Central Asia')).toMatchObject({ code: '143', countries: ['KG', 'KZ', 'TJ', 'TM', 'UZ'] });
    });

    it('pairs.dossier accepts any spelling of the pair and refuses a bad one', async () => {
      const dossier = await reader.pairs.dossier({ pair: 'lt/kz' });
      expect(dossier.pair).toBe('KZ-LT');
      expect(dossier.today).toBe(TODAY);
      expect(ids(dossier.meetings.items)).toContain('kz-lt-political-consultations-10');
      const error = await refused(reader.pairs.dossier({ pair: 'KZ-QQ' }), 'BAD_REQUEST');
      expect(error.message).toContain('QQ');
    });

    it('pairs.dossierSection pages a section after the dossier\'s cursor, and refuses a cursor it did not write', async () => {
      const dossier = await reader.pairs.dossier({ pair: 'KZ-LT', limit: 2 });
      const next = await reader.pairs.dossierSection({ pair: 'lt-kz', section: 'meetings', cursor: dossier.meetings.nextCursor!, limit: 2 });
      if (next.section !== 'meetings') throw new Error(`a page of ${next.section}`);
      expect(next.total).toBe(dossier.meetings.total);
      expect(next.items).toHaveLength(2);
      expect(ids(next.items).some((id) => ids(dossier.meetings.items).includes(id))).toBe(false);
      const error = await refused(reader.pairs.dossierSection({ pair: 'KZ-LT', section: 'meetings', cursor: 'not-a-cursor' }), 'BAD_REQUEST');
      expect(error.message).toContain('not-a-cursor');
    });

    it('meetings.list filters by pair, overlapping dates, kind, person, organization, series, visit and stage', async () => {
      const recent = await reader.meetings.list({ country: 'KZ', partner: 'LT', from: '2024-05-10' });
      expect(ids(recent.items).sort()).toEqual(
        ['kz-lt-political-consultations-10', 'vassilenko-klaipeda-mayor-2024-06', 'vassilenko-navikas-2024', 'vassilenko-port-of-klaipeda-2024-06'].sort(),
      );
      // A meeting known only to the year overlaps the range without surely falling in it.
      expect(recent.approximateIds).toEqual(['vassilenko-navikas-2024']);
      // Newest first; the year-only meeting sorts by its first possible day.
      expect(ids(recent.items).at(-1)).toBe('vassilenko-navikas-2024');

      const window = await reader.meetings.list({ from: '2024-02', to: '2024-02-29' });
      expect(ids(window.items).sort()).toEqual(['kz-lt-intergovernmental-commission-14', 'vassilenko-navikas-2024']);

      expect(ids((await reader.meetings.list({ person: 'jonas-survila' })).items)).toEqual(['kz-lt-political-consultations-10']);
      expect(ids((await reader.meetings.list({ kind: 'intergovernmental-commission' })).items)).toEqual(['kz-lt-intergovernmental-commission-14']);
      expect(ids((await reader.meetings.list({ visit: 'vassilenko-lithuania-2024-06' })).items).sort()).toEqual(
        ['kz-lt-political-consultations-10', 'vassilenko-klaipeda-mayor-2024-06', 'vassilenko-port-of-klaipeda-2024-06'].sort(),
      );
      const rounds = await reader.meetings.list({ series: 'kz-lt-political-consultations' });
      expect(ids(rounds.items)).toEqual([
        'kz-lt-political-consultations-10',
        'kz-lt-political-consultations-2023',
        'kz-lt-political-consultations-8',
        'kz-lt-political-consultations-2020',
        'kz-lt-political-consultations-2017',
      ]);
      expect(ids((await reader.meetings.list({ organization: 'port-of-klaipeda' })).items)).toEqual(['vassilenko-port-of-klaipeda-2024-06']);
      expect(ids((await reader.meetings.list({ organization: 'kz-lt-intergovernmental-commission' })).items)).toEqual(['kz-lt-intergovernmental-commission-14']);
      expect((await reader.meetings.list({ stage: 'planned' })).items).toEqual([]);
      expect((await reader.meetings.list({ country: 'KZ', partner: 'EE' })).items).toEqual([]);
      const klaipeda = ids((await reader.meetings.list({ q: 'klaipeda' })).items);
      expect(klaipeda).toEqual(expect.arrayContaining(['vassilenko-klaipeda-mayor-2024-06', 'vassilenko-port-of-klaipeda-2024-06']));
      expect(klaipeda).not.toContain('kz-lt-intergovernmental-commission-14');
      await refused(reader.meetings.list({ from: '2024-13' }), 'BAD_REQUEST');
      await refused(reader.meetings.list({ cursor: 'not-a-cursor' }), 'BAD_REQUEST');
    });

    it('lists of the other kinds filter the curated records', async () => {
      expect(ids((await reader.visits.list({ person: 'marat-karabayev' })).items)).toEqual(['karabayev-lithuania-2024-05']);
      expect(ids((await reader.visits.list({ from: '2024-05-31', to: '2024-05-31' })).items)).toEqual(['karabayev-lithuania-2024-05']);
      expect(ids((await reader.series.list({ kind: 'intergovernmental-commission' })).items)).toEqual(['kz-lt-intergovernmental-commission']);
      expect(ids((await reader.agreements.list({ stage: 'signed', kind: 'memorandum' })).items)).toEqual(['trans-caspian-route-memorandum-2024']);
      expect(ids((await reader.agreements.list({ country: 'EU' })).items)).toEqual(['eu-kz-enhanced-partnership-and-cooperation-agreement']);
      expect(ids((await reader.commitments.list({ state: 'open', country: 'LT', partner: 'KZ' })).items)).toEqual(['implement-igc-14-decisions']);
      expect(ids((await reader.statements.list({ speaker: 'roman-vassilenko' })).items)).toEqual(['vassilenko-2024-06-transport-confidence']);
      const trade2023 = await reader.trade.list({ reporter: 'KZ', from: '2023', to: '2023' });
      expect(ids(trade2023.items).sort()).toEqual(['kz-lt-trade-2023-export-kz', 'kz-lt-trade-2023-import-kz', 'kz-lt-trade-2023-turnover-kz']);
      expect(ids((await reader.trade.list({ flow: 'export', country: 'KZ', partner: 'LT' })).items)).toEqual(['kz-lt-trade-2023-export-kz', 'kz-lt-trade-2022-01-02-export-kz']);
      expect(ids((await reader.investment.list({ kind: 'gross-inflow' })).items)).toEqual(['lt-kz-direct-investment-2005-2023-09']);
      expect(ids((await reader.indicators.list({ measure: 'companies-with-partner-capital' })).items)).toEqual(['kz-companies-with-lt-capital-2024-01-01']);
      expect(ids((await reader.disputes.list({})).items)).toEqual(['erlan-idrissov-name', 'mukhtar-tleuberdi-name', 'tleuberdi-kz-fm-start']);
      expect(ids((await reader.organizations.list({ kind: 'parliamentary-group' })).items)).toEqual(['kz-lt-interparliamentary-friendship-group']);
      expect(ids((await reader.posts.list({ organization: 'port-of-klaipeda' })).items)).toEqual(['port-of-klaipeda-director-general']);
      expect(ids((await reader.holdings.list({ person: 'jonas-survila' })).items)).toEqual(['jonas-survila-lt-vice-minister-of-foreign-affairs']);
      expect(ids((await reader.places.list({ country: 'KZ' })).items)).toEqual(['almaty', 'astana']);
      expect(ids((await reader.people.list({ q: 'vasilenko' })).items)).toEqual(['roman-vassilenko']);
      expect(ids((await reader.sources.list({ from: '2024-06', to: '2024-06' })).items)).toEqual([SEED_SOURCE]);
    });

    it('get and detail return a record with its relations, sources and disputes; a missing id is NOT_FOUND', async () => {
      const round = await reader.meetings.get({ id: 'kz-lt-political-consultations-10' });
      expect(round).toMatchObject({ ordinal: 10, date: { start: '2024-06-20', qualifier: 'reported' } });
      const detail = await reader.meetings.detail({ id: 'kz-lt-political-consultations-10' });
      expect(detail).toMatchObject({ kind: 'meeting', title: '10th round of Kazakhstan–Lithuania political consultations', redirectedFrom: null });
      expect(detail.references).toEqual(
        expect.arrayContaining([
          { relation: 'series', kind: 'series', id: 'kz-lt-political-consultations', title: expect.stringContaining('political consultations') },
          { relation: 'participant', kind: 'person', id: 'jonas-survila', title: 'Jonas Survila' },
          { relation: 'references', kind: 'meeting', id: 'kz-lt-intergovernmental-commission-14', title: expect.stringContaining('14th meeting') },
        ]),
      );
      expect(detail.dependents).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'commitment', id: 'implement-igc-14-decisions', relation: 'made-at' })]));
      expect(ids(detail.sources)).toEqual([SEED_SOURCE]);
      const idrissov = await reader.people.detail({ id: 'erlan-idrissov' });
      expect(ids(idrissov.disputes)).toEqual(['erlan-idrissov-name']);
      await refused(reader.meetings.get({ id: 'no-such-meeting' }), 'NOT_FOUND');
      await refused(reader.meetings.detail({ id: 'no-such-meeting' }), 'NOT_FOUND');
      await refused(reader.meetings.get({ id: 'Not A Slug' }), 'BAD_REQUEST');
    });

    it('people.holders answers who held a post on a day, by post id or by words of its title', async () => {
      const byWords = await reader.people.holders({ post: 'deputy minister foreign affairs', on: '2024-06-20', country: 'KZ' });
      expect(byWords.find((holder) => holder.person.id === 'roman-vassilenko')).toMatchObject({
        post: { id: 'kz-deputy-minister-of-foreign-affairs' },
        match: 'exact',
      });
      expect(byWords.every((holder) => holder.post.country === 'KZ')).toBe(true);
      const byId = await reader.people.holders({ postId: 'lt-vice-minister-of-foreign-affairs', on: '2024-06-20' });
      expect(byId.map((holder) => holder.person.id)).toEqual(['jonas-survila']);
      expect(await reader.people.holders({ postId: 'klaipeda-mayor', on: '1990' })).toEqual([]);
      const error = await refused(reader.people.holders({ on: '2024' }), 'BAD_REQUEST');
      expect(flattenZodError(error.cause as ZodError).fieldErrors).toHaveProperty('post');
    });

    it('search folds diacritics and transliterations, filters kinds and refuses unknown kinds', async () => {
      const klaipeda = await reader.search({ q: 'klaipeda' });
      expect(klaipeda.items.map((hit) => `${hit.kind}:${hit.id}`)).toEqual(
        expect.arrayContaining(['place:klaipeda', 'meeting:vassilenko-klaipeda-mayor-2024-06', 'organization:port-of-klaipeda']),
      );
      const people = await reader.search({ q: 'Vasilenko', kinds: 'person' });
      expect(people.items).toEqual([{ kind: 'person', id: 'roman-vassilenko', title: 'Roman Vassilenko', titleMatch: true }]);
      expect((await reader.search({ q: 'Василенко', kinds: 'person' })).items.map((hit) => hit.id)).toEqual(['roman-vassilenko']);
      expect((await reader.search({ q: '   ' })).items).toEqual([]);
      await refused(reader.search({ q: 'x', kinds: 'person,spaceship' }), 'BAD_REQUEST');
    });
  });

  describe.each(RECORD_KINDS)('the %s router', (kind) => {
    it('creates (with an id and without one), gets, details, lists with filters, updates, refuses to delete while pointed at, deletes and restores; every write is in the revision log and in changes', async () => {
      const router = routerOf(writer, kind);
      const read = routerOf(reader, kind);
      const since = new Date(Date.now() - 1000).toISOString();

      const id = `test-${kind}-explicit`;
      const created = await router.create({ ...drafts[kind](1), id });
      expect(created.id).toBe(id);
      const generated = await router.create(drafts[kind](2));
      expect(generated.id).toMatch(GENERATED_ID[kind]);

      expect(await read.get({ id })).toEqual(created);
      const detail = await read.detail({ id });
      expect(detail).toMatchObject({ kind, record: created, redirectedFrom: null, dependents: [] });
      const [logged] = await listRevisions(scopeOf(testDb.database), { kind, recordId: id });
      expect(detail.revision).toBe(logged!.id);
      expect(detail.title.length).toBeGreaterThan(0);
      if (kind !== 'source') expect(ids(detail.sources)).toContain(SEED_SOURCE);

      for (const filter of LIST_FILTERS[kind].keep) {
        const page = await read.list({ ...filter, limit: 500 });
        expect(ids(page.items), JSON.stringify(filter)).toEqual(expect.arrayContaining([id, generated.id]));
      }
      for (const filter of LIST_FILTERS[kind].drop) {
        const page = await read.list({ ...filter, limit: 500 });
        expect(ids(page.items), JSON.stringify(filter)).not.toContain(id);
      }

      const updated = await router.update({ ...created, notes: 'Edited by the caller suite' });
      expect(updated.notes).toBe('Edited by the caller suite');
      expect((await read.get({ id })).notes).toBe('Edited by the caller suite');

      // Something points at it: the delete is refused with the dependent named, and nothing changes.
      const dependent = await writer.disputes.create(dependentDispute(kind, id));
      const before = await snapshot(testDb.database);
      const conflict = await refused(router.delete({ id }), 'CONFLICT');
      expect(conflict.cause).toBeInstanceOf(DependentsError);
      expect((conflict.cause as DependentsError).dependents).toContainEqual({ kind: 'dispute', id: dependent.id });
      expect(conflict.message).toContain(`dispute ${dependent.id}`);
      expect(await snapshot(testDb.database)).toEqual(before);
      await writer.disputes.delete({ id: dependent.id });

      const deletion = await router.delete({ id });
      expect(deletion).toEqual({ kind, id, deleted: true, revision: expect.any(Number) });
      await refused(read.get({ id }), 'NOT_FOUND');
      await refused(read.detail({ id }), 'NOT_FOUND');
      expect(ids((await read.list({ limit: 500 })).items)).not.toContain(id);
      await refused(router.update({ ...created, notes: 'too late' }), 'NOT_FOUND');

      expect(await router.restore({ id })).toEqual(updated);
      expect(await read.get({ id })).toEqual(updated);
      expect(ids((await read.list({ limit: 500 })).items)).toContain(id);
      await refused(router.restore({ id: `never-${kind}` }), 'NOT_FOUND');
      await refused(router.delete({ id: `never-${kind}` }), 'NOT_FOUND');

      const revisions = await listRevisions(scopeOf(testDb.database), { kind, recordId: id });
      expect(revisions.map((revision) => [revision.action, revision.actor])).toEqual([
        ['create', 'local:test'],
        ['update', 'local:test'],
        ['delete', 'local:test'],
        ['restore', 'local:test'],
      ]);
      const changes = await reader.changes({ since, kind });
      expect(changes.items.filter((change) => change.id === id).map((change) => change.action)).toEqual(['create', 'update', 'delete', 'restore']);
      expect(changes.items.find((change) => change.id === generated.id)).toMatchObject({ action: 'create', actor: 'local:test', kind });
    });
  });

  describe('merging two people', () => {
    it('moves every reference to the remaining person, and the merged id redirects', async () => {
      const duplicate = await writer.people.create({
        id: 'r-vasilenko-duplicate',
        status: 'draft',
        citations: [{ sourceId: OTHER_SEED_SOURCE }],
        name: 'R. Vasilenko',
        country: 'KZ',
        identifiers: [{ scheme: 'other', value: 'dup-1' }],
      });
      const meeting = await writer.meetings.create({
        ...drafts.meeting(90),
        participants: [
          { personId: duplicate.id, side: 'KZ', role: 'head', postId: 'kz-deputy-minister-of-foreign-affairs' },
          { personId: 'jonas-survila', side: 'LT', role: 'head' },
        ],
      });
      const statement = await writer.statements.create({ ...drafts.statement(90), speakerId: duplicate.id });

      await refused(writer.people.merge({ id: duplicate.id, into: duplicate.id }), 'BAD_REQUEST');
      await refused(writer.people.merge({ id: duplicate.id, into: 'nobody-at-all' }), 'NOT_FOUND');

      const result = await writer.people.merge({ id: duplicate.id, into: 'roman-vassilenko' });
      expect(result.person.id).toBe('roman-vassilenko');
      expect(result.person.names).toContainEqual({ value: 'R. Vasilenko', kind: 'spelling' });
      expect(result.person.identifiers).toContainEqual({ scheme: 'other', value: 'dup-1' });
      expect(result.repointed).toEqual(expect.arrayContaining([{ kind: 'meeting', id: meeting.id }, { kind: 'statement', id: statement.id }]));

      // The old id leads to the remaining person, and says so.
      expect((await reader.people.get({ id: duplicate.id })).id).toBe('roman-vassilenko');
      const detail = await reader.people.detail({ id: duplicate.id });
      expect(detail.record.id).toBe('roman-vassilenko');
      expect(detail.redirectedFrom).toBe(duplicate.id);
      expect(ids((await reader.people.list({ country: 'KZ', limit: 500 })).items)).not.toContain(duplicate.id);

      // The meeting and statement now name the remaining person.
      expect((await reader.meetings.get({ id: meeting.id })).participants[0]).toMatchObject({ personId: 'roman-vassilenko', side: 'KZ' });
      expect((await reader.statements.get({ id: statement.id })).speakerId).toBe('roman-vassilenko');
      expect(ids((await reader.meetings.list({ person: 'roman-vassilenko', limit: 500 })).items)).toContain(meeting.id);
      expect((await reader.meetings.list({ person: duplicate.id })).items).toEqual([]);

      const revisions = await listRevisions(scopeOf(testDb.database), { kind: 'person', recordId: duplicate.id });
      expect(revisions.map((revision) => revision.action)).toEqual(['create', 'merge']);
      const changes = await reader.changes({ since: revisions[0]!.at, kind: 'person' });
      expect(changes.items.find((change) => change.id === duplicate.id && change.action === 'merge')).toMatchObject({ title: 'R. Vasilenko', actor: 'local:test' });
    });
  });

  describe('write validation', () => {
    it('refuses a fact without citations with BAD_REQUEST and the field path, writing nothing', async () => {
      const before = await snapshot(testDb.database);
      const { citations: _dropped, ...uncited } = drafts.meeting(50);
      // Invalid on purpose: the input types would refuse it before the server could.
      const missing = await refused(writer.meetings.create(uncited as never), 'BAD_REQUEST');
      expect(missing.cause).toBeInstanceOf(ZodError);
      expect(flattenZodError(missing.cause as ZodError).fieldErrors).toHaveProperty('citations');

      const empty = await refused(writer.trade.create({ ...drafts.trade(50), citations: [] }), 'BAD_REQUEST');
      expect(flattenZodError(empty.cause as ZodError).issues).toContainEqual({ path: 'citations', message: 'A fact needs at least one citation' });

      const badLocator = await refused(writer.people.create({ ...drafts.person(50), citations: [{ sourceId: SEED_SOURCE, locator: 'page 3' }] }), 'BAD_REQUEST');
      expect(flattenZodError(badLocator.cause as ZodError).issues.map((issue) => issue.path)).toEqual(['citations.0.locator']);

      const nested = await refused(writer.meetings.create({ ...drafts.meeting(50), participants: [{ personId: 'jonas-survila', side: 'LT', role: 'boss' as never }] }), 'BAD_REQUEST');
      expect(flattenZodError(nested.cause as ZodError).issues.map((issue) => issue.path)).toEqual(['participants.0.role']);
      expect(await snapshot(testDb.database)).toEqual(before);
    });

    it('refuses a write that breaks a consistency rule with CONFLICT naming the check, writing nothing', async () => {
      const before = await snapshot(testDb.database);
      const secondTenth = await refused(
        writer.meetings.create({ ...drafts.meeting(51), kind: 'political-consultations', seriesId: 'kz-lt-political-consultations', ordinal: 10 }),
        'CONFLICT',
      );
      expect(secondTenth.cause).toBeInstanceOf(ConsistencyError);
      expect((secondTenth.cause as ConsistencyError).violations.map((violation) => violation.check)).toEqual(['unique-ordinal']);
      expect(secondTenth.message).toContain('[unique-ordinal]');
      expect(secondTenth.message).toContain('kz-lt-political-consultations-10');

      const exports = await reader.trade.get({ id: 'kz-lt-trade-2023-export-kz' });
      const noSum = await refused(writer.trade.update({ ...exports, value: { ...exports.value, amount: '99900000' } }), 'CONFLICT');
      expect((noSum.cause as ConsistencyError).violations.map((violation) => violation.check)).toEqual(['turnover-sum']);
      expect(noSum.message).toContain('[turnover-sum]');

      const unknownSource = await refused(writer.people.create({ ...drafts.person(51), citations: [{ sourceId: 'no-such-source' }] }), 'CONFLICT');
      expect(unknownSource.message).toContain('[citation-resolves]');
      const pastTheEnd = await refused(writer.people.create({ ...drafts.person(52), citations: [{ sourceId: SEED_SOURCE, locator: 'p13' }] }), 'CONFLICT');
      expect(pastTheEnd.message).toContain('[citation-resolves]');
      const wrongSide = await refused(
        writer.meetings.create({ ...drafts.meeting(52), participants: [{ personId: 'jonas-survila', side: 'EE', role: 'head' }] }),
        'CONFLICT',
      );
      expect(wrongSide.message).toContain('[participant-side]');

      const taken = await refused(writer.meetings.create({ ...drafts.meeting(53), id: 'kz-lt-political-consultations-10' }), 'CONFLICT');
      expect(taken.message).toContain('already exists');
      await refused(writer.meetings.update({ ...drafts.meeting(54), id: 'no-such-meeting' }), 'NOT_FOUND');

      const pointedAt = await refused(writer.people.delete({ id: 'jonas-survila' }), 'CONFLICT');
      expect((pointedAt.cause as DependentsError).dependents).toContainEqual({ kind: 'meeting', id: 'kz-lt-political-consultations-10' });
      expect(await snapshot(testDb.database)).toEqual(before);
    });

    it('text with a NUL character is refused with BAD_REQUEST naming the field on both backends, and writes nothing', async () => {
      const before = await snapshot(testDb.database);
      const error = await refused(writer.people.create({ ...drafts.person(55), id: 'nul-in-the-name', name: 'Null\u0000Character' }), 'BAD_REQUEST');
      expect(error.message).toContain('NUL');
      expect(error.message).toContain('name');
      expect(await snapshot(testDb.database)).toEqual(before);
      // A NUL in a filter is no 500 either (PostgreSQL refuses it; SQLite finds nothing).
      if (dialect === 'postgres') await refused(reader.indicators.list({ measure: 'a\u0000b' }), 'BAD_REQUEST');
      else expect((await reader.indicators.list({ measure: 'a\u0000b' })).items).toEqual([]);
    });

    it('text with a lone surrogate is refused with BAD_REQUEST naming the field on both backends, and writes nothing', async () => {
      const before = await snapshot(testDb.database);
      const error = await refused(writer.people.create({ ...drafts.person(56), id: 'lone-surrogate-in-the-name', name: 'Half \uDFFF pair' }), 'BAD_REQUEST');
      expect(error.message).toContain('lone surrogate');
      expect(error.message).toContain('name');
      expect(await snapshot(testDb.database)).toEqual(before);
    });

    it('writes need the write scope: none is UNAUTHORIZED, read is FORBIDDEN, a bad key is UNAUTHORIZED', async () => {
      const before = await snapshot(testDb.database);
      await refused(reader.places.create(drafts.place(60)), 'UNAUTHORIZED');
      const readKey: Caller = { keyId: 'abcdefghij', scope: 'read', actor: 'key:abcdefghij', invalidKey: false };
      await refused(as(readKey).places.create(drafts.place(60)), 'FORBIDDEN');
      await refused(as({ ...ANONYMOUS, invalidKey: true }).places.list({}), 'UNAUTHORIZED');
      await refused(reader.keys.list(), 'UNAUTHORIZED');
      const writeKey: Caller = { keyId: 'klmnopqrst', scope: 'write', actor: 'key:klmnopqrst', invalidKey: false };
      await refused(as(writeKey).keys.create({ name: 'x', scope: 'read' }), 'FORBIDDEN');
      expect(await snapshot(testDb.database)).toEqual(before);
      const privateReader = tracked(callerFor(testDb.database, ANONYMOUS, { today: () => TODAY, private: true }), seen);
      await refused(privateReader.meetings.list({}), 'UNAUTHORIZED');
      expect((await tracked(callerFor(testDb.database, readKey, { private: true }), seen).meetings.list({ limit: 1 })).items).toHaveLength(1);
    });
  });

  describe('changes and keys', () => {
    it('changes lists the revision log since a date, by kind, page by page', async () => {
      const all = await reader.changes({ since: '2000-01-01', limit: 1000 });
      expect(all.items.length).toBeGreaterThan(151);
      expect(all.items.slice(0, 151).every((change) => change.actor === 'local:seed' && change.action === 'create')).toBe(true);
      expect(all.items.find((change) => change.id === 'kz-lt-political-consultations-10')).toMatchObject({
        kind: 'meeting',
        title: '10th round of Kazakhstan–Lithuania political consultations',
      });
      const revisionNumbers = all.items.map((change) => change.revision);
      expect(revisionNumbers).toEqual([...revisionNumbers].sort((a, b) => a - b));

      const pages: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await reader.changes({ since: '2000-01-01', limit: 40, cursor });
        pages.push(...page.items.map((change) => change.revision));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(pages).toEqual(revisionNumbers);

      const meetings = await reader.changes({ since: '2000-01-01', kind: 'meeting', limit: 1000 });
      expect(meetings.items.every((change) => change.kind === 'meeting')).toBe(true);
      expect(meetings.items.length).toBeGreaterThan(17);
      expect((await reader.changes({ since: '2999-01-01' })).items).toEqual([]);
      await refused(reader.changes({ since: 'last tuesday' }), 'BAD_REQUEST');
    });

    it("changes with a pair lists only the changes to that pair's records, newest first, a new edit on top", async () => {
      // The oracle: each paired table's own pair column, read directly.
      const pairOfRecord = new Map<string, string | null>();
      for (const kind of PAIRED_KINDS) {
        const rows = await testDb.database.db.selectFrom(RECORD_TABLES[kind] as 'meetings').select(['id', 'pair']).execute();
        for (const row of rows) pairOfRecord.set(`${kind}:${row.id}`, row.pair);
      }
      const all = await reader.changes({ since: '2000-01-01', limit: 1000 });
      const expected = all.items.filter((change) => pairOfRecord.get(`${change.kind}:${change.id}`) === 'KZ-LT').map((change) => change.revision).reverse();
      expect(expected.length).toBeGreaterThan(10);
      expect(all.items.some((change) => !pairOfRecord.has(`${change.kind}:${change.id}`))).toBe(true);

      const pair = await reader.changes({ since: '2000-01-01', pair: 'lt-kz', order: 'desc', limit: 1000 });
      expect(pair.items.map((change) => change.revision)).toEqual(expected);
      // Paged newest first, the same list.
      const pages: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await reader.changes({ since: '2000-01-01', pair: 'KZ-LT', order: 'desc', limit: 7, cursor });
        pages.push(...page.items.map((change) => change.revision));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(pages).toEqual(expected);

      // An edit of one of the pair's meetings comes first; an edit elsewhere is not listed.
      const meeting = await reader.meetings.get({ id: 'kz-lt-political-consultations-10' });
      await writer.meetings.update({ ...meeting, title: 'Political consultations, tenth round (edited for the pair feed)' });
      const after = await reader.changes({ since: '2000-01-01', pair: 'KZ-LT', order: 'desc', limit: 2 });
      expect(after.items[0]).toMatchObject({ kind: 'meeting', id: 'kz-lt-political-consultations-10', action: 'update' });
      expect(after.items[0]!.revision).toBeGreaterThan(expected[0]!);
      const person = (await reader.people.list({ limit: 1 })).items[0]!;
      await writer.people.update({ ...person, name: `${person.name} (edited outside the pair)` });
      expect((await reader.changes({ since: '2000-01-01', pair: 'KZ-LT', order: 'desc', limit: 1 })).items[0]!.revision).toBe(after.items[0]!.revision);
      const otherPair = [...pairOfRecord.values()].find((value) => value && value !== 'KZ-LT');
      expect(otherPair).toBeDefined();
      const other = await reader.changes({ since: '2000-01-01', pair: otherPair!, limit: 1000 });
      expect(other.items.length).toBeGreaterThan(0);
      expect(other.items.every((change) => pairOfRecord.get(`${change.kind}:${change.id}`) === otherPair)).toBe(true);
      await refused(reader.changes({ since: '2000-01-01', pair: 'KZ-KZ' }), 'BAD_REQUEST');
    });

    it('keys are created (secret shown once), listed without secrets and revoked', async () => {
      const created = await writer.keys.create({ name: 'caller suite', scope: 'write' });
      expect(created.secret).toMatch(/^bilat_[a-z0-9]{10}_[A-Za-z0-9_-]{43}$/);
      expect(created.secret).toContain(created.id);
      expect(created).toMatchObject({ name: 'caller suite', scope: 'write', createdBy: 'local:test', revokedAt: null });
      const listed = await writer.keys.list();
      const entry = listed.find((key) => key.id === created.id);
      expect(entry).toEqual({ id: created.id, name: 'caller suite', scope: 'write', createdAt: created.createdAt, createdBy: 'local:test', revokedAt: null });
      // The secret's random part is its last 43 characters (it may itself hold '_', so not split on it).
      expect(JSON.stringify(listed)).not.toContain(created.secret.slice(-43));
      expect(await writer.keys.revoke({ id: created.id })).toEqual({ id: created.id, revoked: true });
      expect((await writer.keys.list()).find((key) => key.id === created.id)!.revokedAt).not.toBeNull();
      await refused(writer.keys.revoke({ id: created.id }), 'NOT_FOUND');
      await refused(writer.keys.revoke({ id: 'NOT-AN-ID' }), 'BAD_REQUEST');
    });
  });

  it('extract.draft matches a transliterated name to the held person; extract.save imports it as one batch', async () => {
    const text = 'Kazakh Minister of Transport Marat Karabaev held talks with Lithuanian Vice Minister of Foreign Affairs Jonas Survila in Vilnius on 3 March 2025.';
    const draft = await reader.extract.draft({ text, published: '2025-03-05', publisher: 'Caller Suite News' });
    expect(draft.people.find((p) => p.name === 'Marat Karabaev')?.known?.id).toBe('marat-karabayev');
    // Held people are not drafted again: the draft only cites this report for them too.
    const held = new Set(draft.facts.filter((f) => f.held).map((f) => f.id));
    expect((draft.bundle.people ?? []).filter((p) => !held.has(p.id))).toEqual([]);
    expect(held.has('marat-karabayev')).toBe(true);
    // The held posts ("Minister of Transport of Kazakhstan") are referred to, not drafted again.
    expect(draft.bundle.posts ?? []).toEqual([]);
    const saved = await writer.extract.save({ bundle: draft.bundle });
    expect(saved.batchId).toMatch(/^import-/);
    expect(saved.pairs).toEqual(['KZ-LT']);
  });

  it('batches lists imports newest first, and undo refuses a batch edited since unless forced', async () => {
    const text = 'Kazakh Minister of Transport Marat Karabaev held talks with Lithuanian Vice Minister of Foreign Affairs Jonas Survila in Astana on 9 April 2025.';
    const draft = await reader.extract.draft({ text, published: '2025-04-10', publisher: 'Caller Suite News' });
    const saved = await writer.extract.save({ bundle: draft.bundle });
    const batches = await reader.batches.list({});
    expect(batches[0]).toMatchObject({ id: saved.batchId, undoneAt: null });
    const logged = await listRevisions(scopeOf(testDb.database), { batchId: saved.batchId!, kind: 'meeting' });
    const meeting = await reader.meetings.get({ id: logged[0]!.recordId });
    await writer.meetings.update({ ...meeting, notes: 'Curated after the import' });

    const before = await snapshot(testDb.database);
    const refusal = await refused(writer.batches.undo({ id: saved.batchId! }), 'CONFLICT');
    expect(refusal.cause).toBeInstanceOf(BatchEditedSinceError);
    expect((refusal.cause as BatchEditedSinceError).records).toEqual([{ kind: 'meeting', id: meeting.id, changes: [expect.objectContaining({ action: 'update', actor: 'local:test' })] }]);
    expect(await snapshot(testDb.database)).toEqual(before);

    const undone = await writer.batches.undo({ id: saved.batchId!, force: true });
    expect(undone).toMatchObject({ batchId: saved.batchId, removed: expect.any(Number) });
    await refused(reader.meetings.get({ id: meeting.id }), 'NOT_FOUND');
    expect((await reader.batches.list({ limit: 5 })).find((batch) => batch.id === saved.batchId)).toMatchObject({ undoneBy: undone.undoBatchId });
    await refused(writer.batches.undo({ id: saved.batchId! }), 'CONFLICT');
    await refused(writer.batches.undo({ id: 'import-that-never-was' }), 'NOT_FOUND');
  });

  it('watch.* and inbox.*: a source added, run, its proposals read, accepted, rejected, the source removed', async () => {
    process.env.BILAT_WATCH_HOST_INTERVAL_MS = '0';
    const news = await startNewsroom(newsroomRoutes(() => news.url));
    try {
      const source = await writer.watch.add({ url: `${news.url}/desk/atom.xml`, publisher: 'Baltic Desk', every: '1d' });
      expect((await reader.watch.list()).map((s) => s.id)).toEqual([source.id]);
      expect((await writer.watch.run({ id: source.id })).sources).toEqual([expect.objectContaining({ id: source.id, fetched: 2, newItems: 2 })]);
      expect(await reader.inbox.count()).toEqual({ waiting: 2 });
      const [first, second] = (await reader.inbox.list({ limit: 1 })).items.concat((await reader.inbox.list({ cursor: (await reader.inbox.list({ limit: 1 })).nextCursor! })).items);
      expect((await reader.inbox.get({ id: first!.id })).title).toBe(first!.title);
      expect((await writer.inbox.accept({ id: first!.id })).recordIds).toContain(first!.record.id);
      expect(await writer.inbox.reject({ id: second!.id })).toEqual({ rejected: true });
      expect(await writer.inbox.acceptAll({ minConfidence: 0.5 })).toEqual({ accepted: 0, batchIds: [], failed: [] });
      expect(await writer.watch.remove({ id: source.id })).toEqual({ removed: true });
      await refused(writer.watch.remove({ id: source.id }), 'NOT_FOUND');
    } finally {
      await news.close();
    }
  });

  it('called every procedure of the router', () => {
    expect(procedurePaths().filter((path) => !seen.has(path))).toEqual([]);
    expect(seen.size).toBe(procedurePaths().length);
  });
});

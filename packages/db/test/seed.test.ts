import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkConsistency, type Citation } from '@bilat/domain';
import { BundleError } from '@bilat/domain/bundle';
import SqliteDriver from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countRevisions,
  getRecord,
  importBundleFile,
  listCommitments,
  listRelations,
  listRevisions,
  loadRecordSet,
  openDatabase,
  scopeOf,
  saveRecord,
  searchRecords,
  seedDatabase,
  whoHeld,
  type Scope,
} from '../src/index.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { dumpRecords, tableCounts } from './support/inspect.js';

const SEED = 'kazinform-2024-06-20-kz-lt-consultations';
const citesSeed = (citations: Citation[], locator?: string) =>
  citations.some((c) => c.sourceId === SEED && (locator === undefined || c.locator === locator));

describe.each(BACKENDS)('the curated dataset on %s', (dialect) => {
  let test: TestDatabase;
  let scope: Scope;
  beforeAll(async () => {
    test = await createTestDatabase(dialect);
    scope = scopeOf(test.database);
    await seedDatabase(test.database, 'local:seed-test', { datasets: ['curated'] });
  });
  afterAll(async () => test.dispose());

  it('holds the seed source with the report address from the press facts', async () => {
    const source = await getRecord(scope, 'source', SEED);
    expect(source).toMatchObject({ publisher: 'Kazinform', published: '2024-06-20', paragraphs: 12 });
    expect(source.url).toBe('https://en.inform.kz/news/kazakhstan-lithuania-seek-to-enhance-cooperation-f4f2b4/');
    expect(source.via).toMatch(/Ministry of Foreign Affairs of Kazakhstan/);
  });

  it('holds the 10th round with its reported date, inferred place and delegation heads', async () => {
    const round = await getRecord(scope, 'meeting', 'kz-lt-political-consultations-10');
    expect(round).toMatchObject({
      pair: 'KZ-LT',
      seriesId: 'kz-lt-political-consultations',
      ordinal: 10,
      date: { start: '2024-06-20', qualifier: 'reported' },
      location: { country: 'LT', qualifier: 'inferred' },
      visitId: 'vassilenko-lithuania-2024-06',
    });
    expect(round.location.placeId).toBeUndefined();
    expect(round.participants).toEqual(
      expect.arrayContaining([
        { personId: 'roman-vassilenko', side: 'KZ', role: 'head', postId: 'kz-deputy-minister-of-foreign-affairs' },
        { personId: 'jonas-survila', side: 'LT', role: 'head', postId: 'lt-vice-minister-of-foreign-affairs' },
      ]),
    );
    expect(round.topics).toEqual(expect.arrayContaining(['trade', 'transport', 'energy', 'infrastructure', 'legal-framework', 'culture']));
    expect(citesSeed(round.citations, 'p2')).toBe(true);
  });

  it('holds the people and the posts they held at the time, each cited', async () => {
    const expected: [person: string, post: string, title: RegExp][] = [
      ['roman-vassilenko', 'kz-deputy-minister-of-foreign-affairs', /Deputy Minister of Foreign Affairs/],
      ['jonas-survila', 'lt-vice-minister-of-foreign-affairs', /Vice Minister of Foreign Affairs/],
      ['marat-karabayev', 'kz-minister-of-transport', /Minister of Transport/],
      ['arvydas-vaitkus', 'klaipeda-mayor', /Mayor/],
      ['algis-latakas', 'port-of-klaipeda-director-general', /Director General/],
    ];
    for (const [personId, postId, title] of expected) {
      expect((await getRecord(scope, 'post', postId)).title).toMatch(title);
      const holders = await whoHeld(scope, { postId, on: '2024-06-20' });
      const holding = holders.find((h) => h.person.id === personId);
      expect(holding, `${personId} holds ${postId}`).toBeDefined();
      expect(holding!.holdings.some((h) => citesSeed(h.citations))).toBe(true);
    }
  });

  it('holds the side meetings, the 14th commission meeting and the open commitment to it', async () => {
    for (const id of ['vassilenko-klaipeda-mayor-2024-06', 'vassilenko-port-of-klaipeda-2024-06']) {
      const meeting = await getRecord(scope, 'meeting', id);
      expect(meeting.visitId).toBe('vassilenko-lithuania-2024-06');
      expect(meeting.topics).toEqual(expect.arrayContaining(['transport', 'logistics']));
      expect(citesSeed(meeting.citations, 'p7')).toBe(true);
    }
    const commission = await getRecord(scope, 'meeting', 'kz-lt-intergovernmental-commission-14');
    expect(commission).toMatchObject({ ordinal: 14, date: { start: '2024-02-29', qualifier: 'stated' }, location: { placeId: 'vilnius', qualifier: 'stated' } });
    const commitment = await getRecord(scope, 'commitment', 'implement-igc-14-decisions');
    expect(commitment).toMatchObject({
      state: 'open',
      madeAt: { kind: 'meeting', id: 'kz-lt-political-consultations-10' },
      concerns: [{ kind: 'meeting', id: 'kz-lt-intergovernmental-commission-14' }],
    });
    expect(citesSeed(commitment.citations, 'p4')).toBe(true);
    const open = await listCommitments(scope, { country: 'KZ', partner: 'LT', state: 'open' });
    expect(open.items.map((c) => c.id)).toContain('implement-igc-14-decisions');
  });

  it('holds the transport minister’s May visit and the memorandum dated from it', async () => {
    const visit = await getRecord(scope, 'visit', 'karabayev-lithuania-2024-05');
    expect(visit).toMatchObject({ from: 'KZ', to: 'LT', visitorIds: ['marat-karabayev'], date: { start: '2024-05' } });
    expect(visit.date.end).toBeUndefined();
    const memorandum = await getRecord(scope, 'agreement', 'trans-caspian-route-memorandum-2024');
    expect(memorandum.stage).toBe('signed');
    expect(memorandum.steps[0]!.date).toMatchObject({ start: '2024-05', qualifier: 'inferred', derivedFrom: { kind: 'visit', id: 'karabayev-lithuania-2024-05' } });
    expect(citesSeed(memorandum.citations, 'p8')).toBe(true);
  });

  it('holds the bodies, the trade, the investment and the company count', async () => {
    expect((await getRecord(scope, 'organization', 'kz-lt-intergovernmental-commission')).members).toEqual(['KZ', 'LT']);
    expect((await getRecord(scope, 'organization', 'kz-lt-interparliamentary-friendship-group')).kind).toBe('parliamentary-group');
    const money = (amount: string) => ({ amount, currency: 'USD', precision: '100000' });
    for (const [id, flow, amount] of [
      ['kz-lt-trade-2023-turnover-kz', 'turnover', '223600000'],
      ['kz-lt-trade-2023-export-kz', 'export', '92900000'],
      ['kz-lt-trade-2023-import-kz', 'import', '130700000'],
    ] as const) {
      const trade = await getRecord(scope, 'trade', id);
      expect(trade).toMatchObject({ reporter: 'KZ', partner: 'LT', period: { start: '2023' }, flow, value: money(amount) });
      expect(citesSeed(trade.citations, 'p10')).toBe(true);
    }
    const investment = await getRecord(scope, 'investment', 'lt-kz-direct-investment-2005-2023-09');
    expect(investment).toMatchObject({
      from: 'LT', to: 'KZ', kind: 'gross-inflow', cumulative: true,
      span: { start: '2005', end: '2023-09' },
      value: { amount: '95000000', currency: 'USD', precision: '1000000' },
    });
    const companies = await getRecord(scope, 'indicator', 'kz-companies-with-lt-capital-2024-01-01');
    expect(companies).toMatchObject({ subject: 'KZ', partner: 'LT', value: '190', asOf: '2024-01-01' });
    expect(citesSeed(companies.citations, 'p12')).toBe(true);
  });

  it('keeps both sides of each dispute', async () => {
    const dispute = await getRecord(scope, 'dispute', 'tleuberdi-kz-fm-start');
    expect(dispute.claims.map((claim) => claim.value).sort()).toEqual(['2019-09-08', '2019-09-18']);
    for (const claim of dispute.claims) expect(await getRecord(scope, claim.record!.kind, claim.record!.id)).toBeDefined();
    const spelling = await getRecord(scope, 'dispute', 'erlan-idrissov-name');
    expect(spelling.subject).toEqual({ kind: 'person', id: 'erlan-idrissov' });
  });

  it('passes every consistency check', async () => {
    expect(checkConsistency(await loadRecordSet(scope))).toEqual([]);
  });

  it('finds Klaipėda from "klaipeda" and Vassilenko from "vasilenko"', async () => {
    const klaipeda = (await searchRecords(scope, 'klaipeda')).items;
    expect(klaipeda).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'place', id: 'klaipeda', title: 'Klaipėda' })]));
    const people = (await searchRecords(scope, 'klaipeda', { kinds: ['person'] })).items.map((hit) => hit.id);
    expect(people).toEqual(expect.arrayContaining(['arvydas-vaitkus', 'algis-latakas']));
    const vasilenko = (await searchRecords(scope, 'vasilenko')).items;
    expect(vasilenko[0]).toMatchObject({ kind: 'person', id: 'roman-vassilenko', titleMatch: true });
  });

  it('seeding again leaves every record and the revision log as they were', async () => {
    const counts = await tableCounts(test.database);
    const dump = await dumpRecords(test.database);
    const revisions = await countRevisions(scope);
    const summary = await seedDatabase(test.database, undefined, { datasets: ['curated'] });
    expect(summary.batchId).toBeNull();
    expect(summary.total.created + summary.total.updated + summary.total.restored).toBe(0);
    expect(await tableCounts(test.database)).toEqual(counts);
    expect(await dumpRecords(test.database)).toEqual(dump);
    expect(await countRevisions(scope)).toBe(revisions);
  });

  it('refuses a bundle file with a bad field, naming file, line, record and field, and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bilat-bundle-'));
    try {
      const file = join(dir, 'bad.yaml');
      writeFileSync(
        file,
        [
          'format: bilat/bundle',
          'version: 1',
          'meetings:',
          '  - id: kz-lt-political-consultations-11',
          '    status: verified',
          `    citations: [{ sourceId: ${SEED}, locator: p1 }]`,
          '    title: An 11th round',
          '    kind: political-consultations',
          '    pair: KZ-LT',
          '    date: { start: "2025-02-30", qualifier: stated }',
          '    location: { qualifier: unknown }',
          '',
        ].join('\n'),
      );
      const counts = await tableCounts(test.database);
      const log = await listRevisions(scope, { limit: 10000 });
      const attempt = importBundleFile(test.database, file, {});
      await expect(attempt).rejects.toBeInstanceOf(BundleError);
      const error = (await attempt.catch((e: unknown) => e)) as BundleError;
      expect(error.issues).toEqual([
        expect.objectContaining({ file: 'bad.yaml', line: 10, record: 'meetings[0]', recordId: 'kz-lt-political-consultations-11', field: 'date.start' }),
      ]);
      expect(error.message).toContain('bad.yaml:10:');
      expect(await tableCounts(test.database)).toEqual(counts);
      expect(await listRevisions(scope, { limit: 10000 })).toEqual(log);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(BACKENDS)('the Office of the Historian’s bundle seeded beside it on %s', (dialect) => {
  let test: TestDatabase;
  let scope: Scope;
  beforeAll(async () => {
    test = await createTestDatabase(dialect);
    scope = scopeOf(test.database);
    const summary = await seedDatabase(test.database, 'local:seed-test', { datasets: ['curated', 'hsg'] });
    expect(summary.datasets.hsg?.batchId).toMatch(/^seed-/);
    expect(summary.datasets.hsg!.total.created).toBeGreaterThan(20_000);
  }, 120_000);
  afterAll(async () => test.dispose());

  it('holds the United States and Kazakhstan’s relations from 25 December 1991 and the first ambassador', async () => {
    const relations = await listRelations(scope, { country: 'US', partner: 'KZ' });
    const events = relations.items.map((r) => `${r.date.start} ${r.kind}`).sort();
    expect(events).toEqual(expect.arrayContaining(['1991-12-25 recognition', '1991-12-25 relations-established', '1992-02-03 embassy-established']));
    const courtney = await getRecord(scope, 'holding', 'hsg-chief-kz-1992-cour-01');
    expect(courtney).toMatchObject({ personId: 'courtney-william-harrison', postId: 'us-ambassador-e-p-to-kz', start: '1992-09-15', end: '1995-07-01' });
    expect(await getRecord(scope, 'person', 'courtney-william-harrison')).toMatchObject({ name: 'William Harrison Courtney', country: 'US' });
    expect(await getRecord(scope, 'post', 'us-ambassador-e-p-to-kz')).toMatchObject({ accreditedTo: 'KZ' });
  });

  it('finds relations events, chiefs of mission and former states by search', async () => {
    const hits = (await searchRecords(scope, 'Alma-Ata embassy', { kinds: ['relation'] })).items;
    expect(hits.map((hit) => hit.id)).toContain('hsg-kazakhstan-3-embassy-established');
    expect((await searchRecords(scope, 'courtney', { kinds: ['person'] })).items[0]).toMatchObject({ id: 'courtney-william-harrison' });
    expect((await searchRecords(scope, 'czechoslovakia recognition', { kinds: ['relation'] })).items.length).toBeGreaterThan(0);
  });

  it('holds Lithuania’s recognition and legation of 1922 and the resumption of 1991', async () => {
    const events = (await listRelations(scope, { country: 'LT', partner: 'US' })).items.map((r) => `${r.date.start.slice(0, 4)} ${r.kind}`);
    expect(events).toEqual(expect.arrayContaining(['1922 recognition', '1922 legation-established', '1991 relations-resumed']));
  });

  it('keeps facts and addresses only: no source holds the Office’s text, every one its page', async () => {
    const sources = await test.database.db.selectFrom('sources').select('body').where('id', 'like', 'hsg-%').execute();
    expect(sources.length).toBeGreaterThan(500);
    for (const row of sources) {
      const source = JSON.parse(row.body) as { text?: string; url?: string };
      expect(source.text).toBeUndefined();
      expect(source.url).toMatch(/^https:\/\/history\.state\.gov\//);
    }
  });

  it('leaves the curated records as they were, and seeding again changes nothing', async () => {
    expect(checkConsistency(await loadRecordSet(scope), { focus: [{ kind: 'meeting', id: 'kz-lt-political-consultations-10' }] })).toEqual([]);
    const counts = await tableCounts(test.database);
    const revisions = await countRevisions(scope);
    const again = await seedDatabase(test.database, 'local:seed-test', { datasets: ['curated', 'hsg'] });
    expect(again.total.created + again.total.updated + again.total.restored).toBe(0);
    expect(await tableCounts(test.database)).toEqual(counts);
    expect(await countRevisions(scope)).toBe(revisions);
  }, 120_000);
});

describe('opening a new SQLite file', () => {
  it('creates, migrates and seeds it on first use, and only then', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bilat-open-'));
    try {
      const path = join(dir, 'nested', 'bilat.db');
      const first = await openDatabase({ kind: 'sqlite', path });
      const scope = scopeOf(first);
      expect((await getRecord(scope, 'meeting', 'kz-lt-political-consultations-10')).ordinal).toBe(10);
      const revisions = await countRevisions(scope);
      await first.close();
      const again = await openDatabase({ kind: 'sqlite', path });
      expect(await countRevisions(scopeOf(again))).toBe(revisions);
      await again.close();
      // The file is a real SQLite database in WAL mode 
      const raw = new SqliteDriver(path, { readonly: true });
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      raw.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('leaves the full-text index merged, so the first edit after seeding writes only itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bilat-first-write-'));
    try {
      const path = join(dir, 'bilat.db');
      const database = await openDatabase({ kind: 'sqlite', path });
      const pages = () => ({
        total: Number(database.sqlite!.pragma('page_count', { simple: true })),
        free: Number(database.sqlite!.pragma('freelist_count', { simple: true })),
      });
      const before = pages();
      const place = { id: 'first-edit-town', status: 'verified', citations: [{ sourceId: SEED, locator: 'p5' }], name: 'First Edit Town', kind: 'city', country: 'LT', names: [] };
      expect((await saveRecord(database, 'place', place, { actor: 'local:tester' }, 'create')).outcome).toBe('created');
      const after = pages();
      await database.close();
      // Left in many small segments by the bulk load, FTS5 merged them on this write: 81 new
      // pages and 105 freed on the shipped data.
      expect(after.free, 'pages freed by the first write').toBeLessThanOrEqual(before.free + 2);
      expect(after.total - before.total, 'pages added by the first write').toBeLessThan(10);
      expect(before.free, 'pages left free by seeding').toBeLessThan(10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

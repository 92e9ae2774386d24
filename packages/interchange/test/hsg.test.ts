import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRecord, saveRecord, scopeOf, type Scope } from '@bilat/db';
import { isPartyCode, tryParseLocator, type Holding, type Meeting, type Person, type Relation, type Source, type Visit } from '@bilat/domain';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  actorOf,
  classifyHeading,
  fileInput,
  multilateralGathering,
  readLeader,
  refineYear,
  runImport,
  TERRITORY_EXCEPTIONS,
  territoryParty,
  visitKind,
  type ImportReport,
  type RunImportOptions,
} from '../src/index.js';
import { PeopleRegistry } from '../src/import/hsg/people.js';
import { BACKENDS, createTestDatabase, snapshot, type TestDatabase } from './support/backends.js';
import { fixture, TODAY } from './support/fixtures.js';
import { liveRecords } from './support/inspect.js';

/*
 * The Office of the Historian's four formats, from a small folder written for the tests
 * (fixtures/hsg): what each part becomes, the people matched across parts and with a
 * person already held, the second import that changes nothing, and a cut-off file or an
 * unknown country refused with its file and line, leaving the database as it was.
 */

const FOLDER = fixture('hsg');
let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'bilat-hsg-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the fixture folder, changed by `edit`, for the refusals. */
function editedCopy(name: string, edit: (root: string) => void): string {
  const root = join(scratch, name);
  cpSync(FOLDER, root, { recursive: true });
  edit(root);
  return root;
}

describe.each(BACKENDS)('hsg import on %s', (dialect) => {
  let test: TestDatabase;
  let scope: Scope;
  const importFolder = async (path = FOLDER, options: Partial<RunImportOptions> = {}): Promise<ImportReport> =>
    runImport(test.database, await fileInput(path), { format: 'hsg', today: TODAY, ...options });
  const get = async <T>(kind: 'visit' | 'holding' | 'meeting' | 'person' | 'relation' | 'source' | 'post' | 'agreement' | 'place', id: string) =>
    (await findRecord(scope, kind, id))?.record as T | undefined;

  beforeEach(async () => {
    test = await createTestDatabase(dialect);
    scope = scopeOf(test.database);
  });
  afterEach(async () => test.dispose());

  it('reads every row of the four parts and accounts for each: stored or counted under a reason', async () => {
    const report = await importFolder();
    expect(report.problems).toEqual([]);
    expect(report.stats).toMatchObject({ trips: 6, 'trips stored': 6, visits: 6, 'visits stored': 6, 'chiefs of mission': 6, 'chiefs of mission stored': 5, 'timeline entries': 9, 'timeline entries with a when date': 6, 'timeline entries stored': 6, articles: 2 });
    expect(report.skipped).toEqual({
      'chief of mission: a nominee who did not serve (other-nominees)': 1,
      'secretary of state: an appointee who did not serve (other-appointees)': 1,
      'timeline entry: names no relations milestone (a treaty, trade, a war, another event)': 1,
      'timeline entry: no date in its heading': 1,
      'timeline entry: no heading': 1,
    });
    expect(report.batchId).not.toBeNull();
  });

  it('turns the relations history into relations events at the precision given, with the side that acted and the city', async () => {
    await importFolder();
    const recognition = await get<Relation>('relation', 'hsg-kazakhstan-1-recognition');
    expect(recognition).toMatchObject({ kind: 'recognition', pair: 'KZ-US', actor: 'US', date: { start: '1991-12-25', qualifier: 'stated' }, status: 'draft' });
    expect(recognition!.citations).toEqual([{ sourceId: 'hsg-countries-kazakhstan', locator: 'p2' }]);
    expect(await get<Relation>('relation', 'hsg-kazakhstan-2-relations-established')).toMatchObject({ kind: 'relations-established', date: { start: '1991-12-25' } });
    expect((await get<Relation>('relation', 'hsg-kazakhstan-2-relations-established'))!.actor).toBeUndefined();
    // The heading gives the year; the entry's own text the day, in that year.
    expect(await get<Relation>('relation', 'hsg-kazakhstan-3-embassy-established')).toMatchObject({ kind: 'embassy-established', actor: 'US', city: 'Alma-Ata', date: { start: '1992-02-03' } });
    // A month stays a month.
    expect(await get<Relation>('relation', 'hsg-kazakhstan-4-mission-moved')).toMatchObject({ kind: 'mission-moved', city: 'Astana', date: { start: '2006-08' } });
    // A historical state with a code of bilat's own; a text date of another year leaves the heading's year.
    expect(await get<Relation>('relation', 'hsg-texas-1-recognition')).toMatchObject({ pair: 'US-XTEX', date: { start: '1837-03-03' } });
    expect(await get<Relation>('relation', 'hsg-texas-2-relations-severed')).toMatchObject({ kind: 'relations-severed', date: { start: '1845' } });
    expect(await get<Relation>('relation', 'hsg-texas-2-mission-closed')).toMatchObject({ kind: 'mission-closed', actor: 'US' });
    const source = await get<Source>('source', 'hsg-countries-kazakhstan');
    expect(source).toMatchObject({ url: 'https://history.state.gov/countries/kazakhstan', paragraphs: 8 });
  });

  it('makes each chief of mission a holding of the post to the country, dated steps as attestations, a missing end unknown', async () => {
    await importFolder();
    const ambassador = await get<Holding>('holding', 'hsg-chief-kz-1992-cour-02');
    expect(ambassador).toMatchObject({ personId: 'courtney-william-harrison', postId: 'us-ambassador-e-p-to-kz', start: '1992-09-15', end: '1995-07-01' });
    expect(ambassador!.attestations.map((a) => [a.event, a.on])).toEqual([['appointed', '1992-08-11'], ['credentials-presented', '1992-09-15'], ['left-post', '1995-07-01']]);
    expect(await get('post', 'us-ambassador-e-p-to-kz')).toMatchObject({ title: 'Ambassador Extraordinary and Plenipotentiary of the United States to Kazakhstan', country: 'US', accreditedTo: 'KZ', rank: 'ambassador' });
    // Dates known to the month stay months; the same person's concurrent accreditation is said.
    const charge = await get<Holding>('holding', 'hsg-chief-kz-1992-cour-01');
    expect(charge).toMatchObject({ start: '1992-02', end: '1992-09', postId: 'us-charge-daffaires-ad-interim-to-kz' });
    // A chargé d'affaires presents no credentials: the start is when charge was assumed.
    expect(charge!.attestations.map((a) => a.event)).toEqual(['assumed-charge', 'left-post']);
    expect(charge!.notes).toBe('Accredited concurrently to Kazakhstan and Kyrgyzstan; resident in Alma Ata (Kazakhstan).');
    const current = await get<Holding>('holding', 'hsg-chief-kz-2023-rose-01');
    expect(current!.start).toBe('2023-01-25');
    expect(current!.end).toBeUndefined();
    // A former state by its ISO 3166-3 code, an end known only to the year.
    expect(await get<Holding>('holding', 'hsg-chief-cs-1945-stei-01')).toMatchObject({ postId: 'us-ambassador-e-p-to-cshh', end: '1948' });
    expect(await get('post', 'us-ambassador-e-p-to-cshh')).toMatchObject({ accreditedTo: 'CSHH', title: 'Ambassador Extraordinary and Plenipotentiary of the United States to Czechoslovakia' });
    expect(await get('person', 'smith-jane-q')).toBeUndefined();
    expect(await get<Person>('person', 'courtney-william-harrison')).toMatchObject({ name: 'William Harrison Courtney', names: [{ value: 'William H. Courtney', kind: 'spelling' }], identifiers: [{ scheme: 'hsg', value: 'courtney-william-harrison' }] });
  });

  it('makes each trip a visit from the United States, a journey through several countries one visit each, the first city its place', async () => {
    await importFolder();
    const trips = await Promise.all(['9001', '9002', '9003', '9004'].map((id) => get<Visit>('visit', `hsg-trip-${id}`)));
    expect(trips.map((trip) => [trip!.to, trip!.date.start, trip!.date.end])).toEqual([
      ['SUHH', '1991-12-15', '1991-12-16'],
      ['KZ', '1991-12-16', '1991-12-17'],
      ['KG', '1991-12-17', undefined],
      ['CSHH', '1992-05-20', undefined],
    ]);
    expect(trips.every((trip) => trip!.from === 'US' && trip!.visitorIds[0] === 'baker-james-addison')).toBe(true);
    expect(trips[2]!.location).toEqual({ country: 'KG', placeId: 'bishkek-kg', qualifier: 'stated', note: 'Also Osh.' });
    expect(trips[3]!.location).toEqual({ country: 'CSHH', qualifier: 'stated' });
    // The remark is the source's text, and the visit cites its characters.
    const source = await get<Source>('source', 'hsg-travels-baker-james-addison');
    const locator = tryParseLocator(trips[1]!.citations[0]!.locator!);
    expect(locator?.kind).toBe('characters');
    if (locator?.kind === 'characters') expect(source!.text!.slice(locator.start, locator.end)).toBe('Met with President Nazarbayev and signed a trade agreement and an investment treaty.');
    expect(source).toMatchObject({ url: 'https://history.state.gov/departmenthistory/travels/secretary/baker-james-addison', licence: expect.stringContaining('CC0') });
    // The president's terms come from presidents.xml; a term with no end stays open-ended, not invented.
    expect(await get<Holding>('holding', 'hsg-president-41')).toMatchObject({ personId: 'bush-george-h-w', postId: 'us-president', start: '1989-01-20', end: '1993-01-20' });
    expect((await get<Holding>('holding', 'hsg-president-47'))!.end).toBeUndefined();
    expect(await get<Holding>('holding', 'hsg-principal-secr-1989-bake')).toMatchObject({ personId: 'baker-james-addison', postId: 'us-secretary-of-state', start: '1989-01-25', end: '1992-08-23' });
  });

  it('makes each foreign leader’s visit a visit to the United States, the kind from the description, the leader one person across visits and remarks', async () => {
    await importFolder();
    const visits = await Promise.all(['8001', '8002', '8003', '8004', '8005', '8101'].map((id) => get<Visit>('visit', `hsg-visit-${id}`)));
    expect(visits.map((visit) => [visit!.from, visit!.kind, visit!.visitorIds[0]])).toEqual([
      ['DDDE', 'working', 'lothar-de-maiziere-ddde'],
      ['KZ', 'official-working', 'nursultan-nazarbayev-kz'],
      ['KZ', 'private', 'nursultan-nazarbayev-kz'],
      ['KZ', 'other', 'nursultan-nazarbayev-kz'],
      ['CSHH', 'private', 'vaclav-havel-cshh'],
      ['XHAW', 'state', 'david-kalakaua-xhaw'],
    ]);
    expect(visits[1]!.location).toMatchObject({ country: 'US', placeId: 'washington-us', qualifier: 'inferred' });
    expect(visits[2]!.location).toEqual({ country: 'US', qualifier: 'stated' });
    expect(visits[3]!.notes).toContain('NATO Summit');
    // One holding gathers every visit that attests the post; the president-elect holds none yet.
    const president = await get<Holding>('holding', 'nursultan-nazarbayev-kz-president');
    // The visits' three days, then the day of the trip whose remark names him as president.
    expect(president!.attestations.map((a) => a.on)).toEqual(['1992-05-18', '1994-02-13', '1999-04-23', '1991-12-16']);
    expect(await get('holding', 'vaclav-havel-cshh-president')).toBeUndefined();

    // The remark "Met with President Nazarbayev …" drafts a meeting with that same person, and the agreement.
    const meeting = await get<Meeting>('meeting', 'hsg-trip-9002-meeting');
    expect(meeting).toMatchObject({ status: 'draft', pair: 'KZ-US', visitId: 'hsg-trip-9002', date: { start: '1991-12-16', end: '1991-12-17', qualifier: 'inferred', derivedFrom: { kind: 'visit', id: 'hsg-trip-9002' } } });
    expect(meeting!.participants).toEqual([
      { personId: 'baker-james-addison', side: 'US', role: 'head', postId: 'us-secretary-of-state' },
      { personId: 'nursultan-nazarbayev-kz', side: 'KZ', role: 'participant', postId: 'kz-president' },
    ]);
    expect(await get('agreement', 'hsg-trip-9002-agreement-1')).toMatchObject({ title: 'Trade agreement', kind: 'agreement', stage: 'signed', parties: ['US', 'KZ'], relatedEvent: { kind: 'visit', id: 'hsg-trip-9002' } });
    // A summit is noted on the visit, never a bilateral meeting; the foreign minister met there is.
    expect((await get<Visit>('visit', 'hsg-trip-9005'))!.notes).toContain('CSCE Summit Meeting');
    expect((await get<Meeting>('meeting', 'hsg-trip-9005-meeting'))!.participants.map((p) => p.personId)).toEqual(['baker-james-addison', 'paavo-vayrynen-fi']);
    expect(await get('meeting', 'hsg-trip-9003-meeting')).toBeUndefined();
  });

  it('matches a person already held (from a press report) instead of making another, and leaves that record as it was', async () => {
    await saveRecord(test.database, 'source', { id: 'press-report', title: 'A press report', publisher: 'Test Wire', published: '1991-12-18' }, { actor: 'local:test' }, 'create');
    await saveRecord(test.database, 'person', { id: 'james-baker-pr0001', status: 'draft', citations: [{ sourceId: 'press-report' }], name: 'James Baker', country: 'US' }, { actor: 'local:test' }, 'create');
    const held = await get<Person>('person', 'james-baker-pr0001');
    await importFolder();
    expect(await get('person', 'baker-james-addison')).toBeUndefined();
    expect(await get<Person>('person', 'james-baker-pr0001')).toEqual(held);
    // The traveller of the trips, the secretary of state of the principal officers: the one person.
    expect((await get<Visit>('visit', 'hsg-trip-9002'))!.visitorIds).toEqual(['james-baker-pr0001']);
    expect((await get<Meeting>('meeting', 'hsg-trip-9002-meeting'))!.participants[0]!.personId).toBe('james-baker-pr0001');
    expect((await get<Holding>('holding', 'hsg-principal-secr-1989-bake'))!.personId).toBe('james-baker-pr0001');
    const again = await importFolder();
    expect(again.batchId).toBeNull();
  });

  it('changes nothing when the same folder is imported again', async () => {
    await importFolder();
    const before = await liveRecords(test.database);
    const again = await importFolder();
    expect(again.batchId).toBeNull();
    expect(again.total).toMatchObject({ created: 0, updated: 0, restored: 0 });
    expect(await liveRecords(test.database)).toEqual(before);
  });

  it('keeps facts and addresses only when asked: no remark as text, nothing drafted from it', async () => {
    await importFolder(FOLDER, { texts: false });
    const source = await get<Source>('source', 'hsg-travels-baker-james-addison');
    expect(source!.text).toBeUndefined();
    expect(source!.accessed).toBeUndefined();
    expect((await get<Visit>('visit', 'hsg-trip-9002'))!.citations).toEqual([{ sourceId: 'hsg-travels-baker-james-addison' }]);
    expect(await get('meeting', 'hsg-trip-9002-meeting')).toBeUndefined();
  });

  it('refuses a file cut off in the middle of an element, naming the file and line; the database stays as it was', async () => {
    await importFolder();
    const before = await snapshot(test.database);
    const root = editedCopy(`cut-${dialect}`, (dir) => {
      const path = join(dir, 'travels', 'secretary-travels', 'baker-james-addison.xml');
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, text.slice(0, text.indexOf('<remarks>Toured')));
    });
    const error = (await importFolder(root).catch((e: unknown) => e)) as { name: string; problems: { file?: string; line?: number; message: string }[] };
    expect(error.name).toBe('ImportProblemsError');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ file: 'cut-' + dialect + '/travels/secretary-travels/baker-james-addison.xml', message: expect.stringMatching(/not well-formed XML.*cut off|unclosed/) });
    // Inside the third trip, which starts on line 33.
    expect(error.problems[0]!.line).toBeGreaterThanOrEqual(33);
    expect(await snapshot(test.database)).toEqual(before);
  });

  it('refuses a country id it cannot map, naming the file, line and field, and writes nothing', async () => {
    const before = await snapshot(test.database);
    const root = editedCopy(`atlantis-${dialect}`, (dir) => {
      const path = join(dir, 'visits', 'data', '1990.xml');
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('<from id="kazakhstan">Kazakhstan</from>', '<from id="atlantis">Atlantis</from>'));
    });
    const error = (await importFolder(root).catch((e: unknown) => e)) as { problems: { file?: string; line?: number; field?: string; message: string }[] };
    expect(error.problems.map((p) => [p.file, p.line, p.field])).toEqual([[`atlantis-${dialect}/visits/data/1990.xml`, 20, 'from'], [`atlantis-${dialect}/visits/data/1990.xml`, 32, 'from'], [`atlantis-${dialect}/visits/data/1990.xml`, 44, 'from']]);
    expect(error.problems[0]!.message).toContain('"atlantis"');
    expect(await snapshot(test.database)).toEqual(before);
  });

  it('writes nothing on a dry run, and says what it would do', async () => {
    const before = await snapshot(test.database);
    const report = await importFolder(FOLDER, { dryRun: true });
    expect(report.total.created).toBeGreaterThan(50);
    expect(report.batchId).toBeNull();
    expect(await snapshot(test.database)).toEqual(before);
  });
});

describe('hsg readings', () => {
  it('keeps two people of one family apart when a short form of the name agrees with both', () => {
    const people = new PeopleRegistry();
    const elder = people.namedPerson('Sabah al-Salim al-Sabah', 'KW');
    expect(people.namedPerson('Sabah al-Sabah', 'KW')).toBe(elder);
    // (The short form is now one of the elder's names; the younger's full name agrees with it, and conflicts with his.)
    const younger = people.namedPerson('Sheikh Sabah al-Ahmed al-Jaber al-Sabah', 'KW');
    expect(younger).not.toBe(elder);
    expect(people.namedPerson('Sabah al-Ahmed al-Jabir al-Sabah', 'KW')).toBe(younger);
    expect(people.namedPerson('Sheikha Haya Rashed al-Khalifa', 'BH')).not.toBe(people.namedPerson('Sheikh Hamad bin Isa al-Khalifa', 'BH'));
  });

  it('maps every slug of the exceptions table to a party bilat knows, and reads the rest by country name', () => {
    for (const [slug, party] of Object.entries(TERRITORY_EXCEPTIONS)) expect(isPartyCode(party), slug).toBe(true);
    expect(['kazakhstan', 'united-kingdom', 'soviet-union', 'two-sicilies', 'hawaii', 'texas', 'german-democratic-republic', 'burma'].map(territoryParty)).toEqual(['KZ', 'GB', 'SUHH', 'XTSI', 'XHAW', 'XTEX', 'DDDE', 'MM']);
    expect(territoryParty('atlantis')).toBeUndefined();
  });

  it('names the milestones a heading names, one event each', () => {
    const kinds = (heading: string) => classifyHeading(heading).map((m) => m.kind);
    expect(kinds('U.S. Recognition of Kazakhstan')).toEqual(['recognition']);
    expect(kinds('Establishment of Diplomatic Relations and the American Legation in Vienna')).toEqual(['relations-established', 'legation-established']);
    expect(kinds('Diplomatic Relations Ended and American Legation Closed')).toEqual(['relations-severed', 'mission-closed']);
    expect(kinds('Resumption of Normal Relations')).toEqual(['relations-resumed']);
    expect(kinds('Re-establishment of Diplomatic Relations')).toEqual(['relations-resumed']);
    expect(kinds('Elevation of American Legation to Embassy Status')).toEqual(['legation-raised-to-embassy']);
    expect(kinds('Embassy Moved to Belmopan')).toEqual(['mission-moved']);
    expect(kinds('Suspension of Diplomatic Relations and the Closure of Embassy Brazzaville')).toEqual(['relations-suspended', 'mission-closed']);
    expect(kinds('Establishment of Consulate in Guayaquil')).toEqual(['consulate-opened']);
    expect(kinds('Treaty of Amity and Commerce')).toEqual([]);
    expect(actorOf('recognition', 'Algerian Recognition of the United States', 'DZ')).toBe('DZ');
    expect(actorOf('recognition', 'Mutual Recognition', 'DZ')).toBeUndefined();
    expect(actorOf('legation-established', 'Establishment of the Austrian Legation in Washington', 'AT')).toBe('AT');
    expect(actorOf('relations-severed', 'Diplomatic Relations Severed by Mexico', 'MX')).toBe('MX');
    expect(actorOf('embassy-established', 'Establishment of the American Embassy in Baku', 'AZ')).toBe('US');
  });

  it('makes a year more precise only from a date of that same year', () => {
    expect(refineYear('1922', 'It happened on July 28, 1922, when …')).toBe('1922-07-28');
    expect(refineYear('1922', 'The legation opened on May 31, 1930.')).toBe('1922');
    expect(refineYear('2006', 'moved in August 2006')).toBe('2006-08');
  });

  it('reads leaders’ titles, kinds of visit and multilateral gatherings', () => {
    expect(readLeader('Prime Minister Kyriakos Mitsotakis')).toEqual({ title: 'Prime Minister', post: 'Prime Minister', name: 'Kyriakos Mitsotakis' });
    expect(readLeader('President-elect Fernando Collor de Mello')).toEqual({ title: 'President-elect', name: 'Fernando Collor de Mello' });
    expect(readLeader('Acting President Arpad Goncz')).toEqual({ title: 'Acting President', post: 'President', name: 'Arpad Goncz' });
    expect(readLeader('Valdas Adamkus')).toEqual({ name: 'Valdas Adamkus' });
    expect(['State Visit.', 'Official working visit.', 'Official visit.', 'Working visit.', 'Met with the President during a private visit.', 'Attended a summit.'].map(visitKind)).toEqual(['state', 'official-working', 'official', 'working', 'private', 'other']);
    expect(multilateralGathering('Attended the APEC Summit Meeting and met with President Garcia.')).toBe('APEC Summit Meeting');
    expect(multilateralGathering('Met with President Lee.')).toBeUndefined();
  });
});

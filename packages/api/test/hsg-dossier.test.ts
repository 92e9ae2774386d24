import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../src/index.js';
import { callerFor, fullDossier, type ApiCaller } from './support/api.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';

/*
 * Pairs from the Office of the Historian's bundle, seeded as `bilat db seed` seeds it:
 * the relations events as a timeline of their own, each side's chiefs of mission with
 * their tenures, and visits both ways.
 */

// The whole dossier, assembled from the compact answer and every page after it.
type Dossier = Awaited<ReturnType<typeof fullDossier>>;

describe.each(BACKENDS)('dossiers from the Office of the Historian’s data on %s', (dialect) => {
  let testDb: TestDatabase;
  let reader: ApiCaller;
  let usKz: Dossier;

  beforeAll(async () => {
    testDb = await createTestDatabase(dialect, { seed: 'all' });
    reader = callerFor(testDb.database, ANONYMOUS);
    usKz = await fullDossier(reader, { pair: 'us-kz' });
  }, 120_000);
  afterAll(async () => testDb?.dispose());

  it('shows the relations events oldest first, at the precision given', () => {
    expect(usKz.pair).toBe('KZ-US');
    expect(usKz.relations.map((r) => `${r.date.start} ${r.kind}${r.actor ? ` by ${r.actor}` : ''}`)).toEqual([
      '1991-12-25 recognition by US',
      '1991-12-25 relations-established',
      '1992-02-03 embassy-established by US',
    ]);
    expect(usKz.sources.map((source) => source.url)).toContain('https://history.state.gov/countries/kazakhstan');
  });

  it('shows each side’s chiefs of mission with their tenures, the first one first; a missing end stays unknown', () => {
    const [fromKz, fromUs] = usKz.chiefsOfMission;
    expect(fromKz).toMatchObject({ side: 'KZ', to: 'US', chiefs: [] });
    expect(fromUs!.side).toBe('US');
    const first = fromUs!.chiefs[0]!;
    expect(first.person.name).toBe('William Harrison Courtney');
    expect(first).toMatchObject({ appointed: '1992-08-11', credentials: '1992-09-15', left: '1995-07-01', post: { title: 'Ambassador Extraordinary and Plenipotentiary of the United States to Kazakhstan' } });
    const last = fromUs!.chiefs.at(-1)!;
    expect(last.left).toBeNull();
    expect(last.holding.end).toBeUndefined();
  });

  it('shows visits both ways: Nazarbayev’s to Washington and the secretaries’ to Almaty and Astana', () => {
    const visits = usKz.visits.map(({ visit }) => visit);
    const toUs = visits.filter((visit) => visit.from === 'KZ');
    expect(toUs.filter((visit) => visit.title.includes('Nazarbayev')).length).toBeGreaterThanOrEqual(10);
    expect(toUs.some((visit) => visit.title.includes('Nazarbayev') && visit.location.placeId === 'washington-us')).toBe(true);
    const toKz = visits.filter((visit) => visit.from === 'US');
    const places = new Map(usKz.places.map((place) => [place.id, place.name]));
    const cities = new Set(toKz.map((visit) => places.get(visit.location.placeId ?? '')));
    expect([...cities]).toEqual(expect.arrayContaining(['Alma Ata', 'Astana']));
    expect(toKz.some((visit) => visit.title.startsWith('James Addison Baker, Secretary of State'))).toBe(true);
    // The traveller holds the post on the day: secretaries' terms come from the principal officers.
    const baker = usKz.people.find((entry) => entry.person.id === 'baker-james-addison');
    expect(baker?.posts.map((post) => post.title)).toContain('Secretary of State');
  });

  it('shows the dossier as of a date: nothing after it', async () => {
    const early = await fullDossier(reader, { pair: 'KZ-US', asOf: '1991-12' });
    expect(early.relations.map((r) => r.kind)).toEqual(['recognition', 'relations-established']);
    expect(early.chiefsOfMission.every((mission) => mission.chiefs.length === 0)).toBe(true);
  });

  it('holds Lithuania’s 1922 recognition and legation and the 1991 resumption', async () => {
    const ltUs = await fullDossier(reader, { pair: 'LT-US' });
    const events = ltUs.relations.map((r) => `${r.date.start.slice(0, 4)} ${r.kind}`);
    expect(events).toEqual(expect.arrayContaining(['1922 recognition', '1922 legation-established', '1991 relations-resumed']));
  });
});

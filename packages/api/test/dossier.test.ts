import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, localCaller } from '../src/index.js';
import { callerFor, fullDossier, refused, SEED_SOURCE, TODAY, type ApiCaller } from './support/api.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';

/*
 * The KZ–LT dossier through the API: every fact of the founding report as docs/domain.md lists
 * it ("Facts of the seed"), each with its citation; the disputes side by side; a
 * conflicting trade figure added through the API; and `asOf`.
 */

// The whole dossier, assembled from the compact answer and every page after it.
type Dossier = Awaited<ReturnType<typeof fullDossier>>;
type Cited = { citations: { sourceId: string; locator?: string }[] };

/** The record cites the founding report at this paragraph. */
function citesSeed(record: Cited, locator: string) {
  expect(record.citations).toContainEqual(expect.objectContaining({ sourceId: SEED_SOURCE, locator }));
}

function byId<T extends { id: string }>(items: T[], id: string): T {
  const found = items.find((item) => item.id === id);
  expect(found, `${id} is in the dossier`).toBeDefined();
  return found!;
}

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

describe.each(BACKENDS)('the KZ–LT dossier on %s', (dialect) => {
  let testDb: TestDatabase;
  let reader: ApiCaller;
  let writer: ApiCaller;
  let dossier: Dossier;

  beforeAll(async () => {
    testDb = await createTestDatabase(dialect, { seed: true });
    reader = callerFor(testDb.database, ANONYMOUS);
    writer = callerFor(testDb.database, localCaller('local:dossier-test'));
    dossier = await fullDossier(reader, { pair: 'KZ-LT' });
  });
  afterAll(async () => {
    await testDb?.dispose();
  });

  it('names the pair and its two countries, counted to the pinned day', () => {
    expect(dossier.pair).toBe('KZ-LT');
    expect(dossier.asOf).toBeNull();
    expect(dossier.today).toBe(TODAY);
    expect(dossier.countries.map((country) => [country.code, country.name])).toEqual([
      ['KZ', 'Kazakhstan'],
      ['LT', 'Lithuania'],
    ]);
    expect(ids(dossier.places)).toEqual(expect.arrayContaining(['vilnius', 'klaipeda', 'astana']));
  });

  it('holds the 10th round: reported date, place inferred with no city, its series, topics and the two heads', () => {
    const round = byId(dossier.meetings, 'kz-lt-political-consultations-10');
    expect(round).toMatchObject({
      kind: 'political-consultations',
      seriesId: 'kz-lt-political-consultations',
      ordinal: 10,
      stage: 'held',
      date: { start: '2024-06-20', qualifier: 'reported' },
      location: { country: 'LT', qualifier: 'inferred' },
      visitId: 'vassilenko-lithuania-2024-06',
    });
    expect(round.location.placeId).toBeUndefined();
    expect(round.date!.end).toBeUndefined();
    expect(round.topics).toEqual(
      expect.arrayContaining([
        'bilateral-agenda',
        'multilateral-agenda',
        'trade',
        'economy',
        'investment',
        'transport',
        'energy',
        'infrastructure',
        'legal-framework',
        'culture',
        'humanitarian',
        'international-support',
      ]),
    );
    expect(round.participants.filter((participant) => participant.role === 'head')).toEqual([
      { personId: 'roman-vassilenko', side: 'KZ', role: 'head', postId: 'kz-deputy-minister-of-foreign-affairs' },
      { personId: 'jonas-survila', side: 'LT', role: 'head', postId: 'lt-vice-minister-of-foreign-affairs' },
    ]);
    citesSeed(round, 'p1');
    citesSeed(round, 'p2');
    expect(round.links).toContainEqual({ relation: 'references', target: { kind: 'meeting', id: 'kz-lt-intergovernmental-commission-14' } });

    const series = dossier.series.find((entry) => entry.series.id === 'kz-lt-political-consultations')!;
    expect(series.lastRound).toMatchObject({ meetingId: 'kz-lt-political-consultations-10', ordinal: 10 });
    // 2024-06-20 to the pinned 2026-11-28: 29 whole months.
    expect(series.monthsSinceLast).toBe(29);
    expect(series.sinceLast).toBe('2 years 5 months');
  });

  it('shows the delegation heads and the people met with the posts they held on the day', () => {
    const postOf = (personId: string, meetingId: string) =>
      dossier.people.find((entry) => entry.person.id === personId)?.posts.find((post) => post.meetingId === meetingId);
    expect(postOf('roman-vassilenko', 'kz-lt-political-consultations-10')).toEqual({
      postId: 'kz-deputy-minister-of-foreign-affairs',
      title: 'Deputy Minister of Foreign Affairs of Kazakhstan',
      organization: 'Ministry of Foreign Affairs of Kazakhstan',
      meetingId: 'kz-lt-political-consultations-10',
      visitId: null,
      on: '2024-06-20',
    });
    expect(postOf('jonas-survila', 'kz-lt-political-consultations-10')).toMatchObject({
      title: 'Vice Minister of Foreign Affairs of Lithuania',
      organization: 'Ministry of Foreign Affairs of Lithuania',
      on: '2024-06-20',
    });
    expect(postOf('arvydas-vaitkus', 'vassilenko-klaipeda-mayor-2024-06')).toMatchObject({ title: 'Mayor of Klaipėda', on: '2024-06-20' });
    expect(postOf('algis-latakas', 'vassilenko-port-of-klaipeda-2024-06')).toMatchObject({
      title: 'Director General of the Port of Klaipėda',
      organization: 'Port of Klaipėda',
    });
    for (const id of ['roman-vassilenko', 'jonas-survila', 'arvydas-vaitkus', 'algis-latakas']) {
      citesSeed(dossier.people.find((entry) => entry.person.id === id)!.person, id === 'roman-vassilenko' || id === 'jonas-survila' ? 'p2' : 'p7');
    }
    expect(dossier.people.find((entry) => entry.person.id === 'roman-vassilenko')!.sides).toEqual(['KZ']);
  });

  it('holds the side meetings in Klaipėda during the same visit', () => {
    for (const id of ['vassilenko-klaipeda-mayor-2024-06', 'vassilenko-port-of-klaipeda-2024-06']) {
      const meeting = byId(dossier.meetings, id);
      expect(meeting).toMatchObject({ visitId: 'vassilenko-lithuania-2024-06', topics: ['transport', 'logistics'], location: { placeId: 'klaipeda' } });
      expect(meeting.ordinal).toBeUndefined();
      expect(meeting.participants.map((participant) => participant.personId)).toContain('roman-vassilenko');
      citesSeed(meeting, 'p7');
    }
    const visit = dossier.visits.find((entry) => entry.visit.id === 'vassilenko-lithuania-2024-06')!;
    expect(visit.meetingIds.sort()).toEqual(['kz-lt-political-consultations-10', 'vassilenko-klaipeda-mayor-2024-06', 'vassilenko-port-of-klaipeda-2024-06']);
  });

  it('holds the 14th commission meeting, Vilnius, 2024-02-29, and the commission itself', () => {
    const commission = byId(dossier.meetings, 'kz-lt-intergovernmental-commission-14');
    expect(commission).toMatchObject({
      seriesId: 'kz-lt-intergovernmental-commission',
      ordinal: 14,
      date: { start: '2024-02-29', qualifier: 'stated' },
      location: { country: 'LT', placeId: 'vilnius', qualifier: 'stated' },
    });
    citesSeed(commission, 'p4');
    const body = byId(dossier.organizations, 'kz-lt-intergovernmental-commission');
    expect(body).toMatchObject({ kind: 'commission', members: ['KZ', 'LT'], name: 'Kazakh–Lithuanian Intergovernmental Commission on Trade and Economic Cooperation' });
    citesSeed(body, 'p4');
    expect(dossier.series.find((entry) => entry.series.id === 'kz-lt-intergovernmental-commission')).toMatchObject({
      meetings: 1,
      lastRound: { meetingId: 'kz-lt-intergovernmental-commission-14', ordinal: 14 },
      monthsSinceLast: 32,
    });
  });

  it('lists the Interparliamentary Friendship Group among the organizations', () => {
    expect(ids(dossier.organizations)).toContain('kz-lt-interparliamentary-friendship-group');
  });

  it('the Friendship Group is a KZ–LT body the API serves, cited to the report', async () => {
    const group = await reader.organizations.get({ id: 'kz-lt-interparliamentary-friendship-group' });
    expect(group).toMatchObject({ kind: 'parliamentary-group', members: ['KZ', 'LT'], name: 'Kazakhstan–Lithuania Interparliamentary Friendship Group' });
    citesSeed(group, 'p6');
    const bodies = await reader.organizations.list({ country: 'KZ', partner: 'LT', limit: 500 });
    expect(ids(bodies.items)).toEqual(expect.arrayContaining(['kz-lt-interparliamentary-friendship-group', 'kz-lt-intergovernmental-commission']));
  });

  it('holds the May 2024 visit at month precision, and the memorandum under signed', () => {
    const visit = dossier.visits.find((entry) => entry.visit.id === 'karabayev-lithuania-2024-05')!.visit;
    expect(visit).toMatchObject({ from: 'KZ', to: 'LT', visitorIds: ['marat-karabayev'], date: { start: '2024-05' } });
    expect(visit.date.end).toBeUndefined();
    citesSeed(visit, 'p8');

    const memorandum = byId(dossier.agreements.signed, 'trans-caspian-route-memorandum-2024');
    expect(memorandum).toMatchObject({
      kind: 'memorandum',
      stage: 'signed',
      parties: ['KZ', 'LT'],
      title: 'Memorandum on Cooperation within the Trans-Caspian International Transport Route',
      steps: [{ stage: 'signed', date: { start: '2024-05', qualifier: 'inferred', derivedFrom: { kind: 'visit', id: 'karabayev-lithuania-2024-05' } } }],
    });
    citesSeed(memorandum, 'p8');
    for (const stage of ['planned', 'in-force', 'expired', 'terminated'] as const) {
      expect(ids(dossier.agreements[stage])).not.toContain('trans-caspian-route-memorandum-2024');
    }
  });

  it('lists the transport minister among the people with his post on the visit', () => {
    const karabayev = dossier.people.find((entry) => entry.person.id === 'marat-karabayev');
    expect(karabayev?.posts).toEqual([
      expect.objectContaining({ title: 'Minister of Transport of Kazakhstan', visitId: 'karabayev-lithuania-2024-05', meetingId: null, on: '2024-05' }),
    ]);
    expect(karabayev?.visitIds).toEqual(['karabayev-lithuania-2024-05']);
  });

  it('the transport minister and his post are reachable through the API', async () => {
    const holders = await reader.people.holders({ postId: 'kz-minister-of-transport', on: '2024-05' });
    expect(holders.map((holder) => [holder.person.id, holder.post.title])).toEqual([['marat-karabayev', 'Minister of Transport of Kazakhstan']]);
    citesSeed(holders[0]!.person, 'p8');
  });

  it('lists trade 2021–2023 by year and flow, reported by Kazakhstan, each cited', () => {
    const rows = dossier.trade.filter((row) => row.period.end === undefined);
    expect(rows.map((row) => [row.period.start, row.flow, row.reporter, row.partner, row.figures.map((figure) => figure.value.amount), row.disputed])).toEqual([
      ['2021', 'turnover', 'KZ', 'LT', ['454000000'], false],
      ['2022', 'turnover', 'KZ', 'LT', ['584300000'], false],
      ['2023', 'export', 'KZ', 'LT', ['92900000'], false],
      ['2023', 'import', 'KZ', 'LT', ['130700000'], false],
      ['2023', 'turnover', 'KZ', 'LT', ['223600000'], false],
    ]);
    for (const row of rows.filter((entry) => entry.period.start === '2023')) {
      expect(row.figures[0]!.value).toMatchObject({ currency: 'USD', precision: '100000' });
      citesSeed(row.figures[0]!, 'p10');
    }
  });

  it('holds the 95 M USD investment from Lithuania, 2005 to 2023-09, and the 190 companies as of 2024-01-01', () => {
    const investment = byId(dossier.investment, 'lt-kz-direct-investment-2005-2023-09');
    expect(investment).toMatchObject({
      from: 'LT',
      to: 'KZ',
      kind: 'gross-inflow',
      category: 'direct',
      cumulative: true,
      span: { start: '2005', end: '2023-09' },
      value: { amount: '95000000', currency: 'USD' },
    });
    citesSeed(investment, 'p11');
    const companies = byId(dossier.indicators, 'kz-companies-with-lt-capital-2024-01-01');
    expect(companies).toMatchObject({ subject: 'KZ', partner: 'LT', value: '190', unit: 'companies', asOf: '2024-01-01' });
    citesSeed(companies, 'p12');
  });

  it('lists the sources with the founding report: publisher, via, date, address', () => {
    const seed = byId(dossier.sources, SEED_SOURCE);
    expect(seed).toMatchObject({ publisher: 'Kazinform', via: 'press service of the Ministry of Foreign Affairs of Kazakhstan', published: '2024-06-20' });
    expect(seed.url).toMatch(/^https:\/\//);
    // Every source a shown record cites is in the list.
    const cited = new Set(dossier.meetings.flatMap((meeting) => meeting.citations.map((citation) => citation.sourceId)));
    for (const sourceId of cited) expect(ids(dossier.sources)).toContain(sourceId);
  });

  it("shows the disputes with both claims side by side: Idrissov's spelling and Tleuberdi's start date", () => {
    const spelling = byId(dossier.disputes, 'erlan-idrissov-name');
    expect(spelling.subject).toEqual({ kind: 'person', id: 'erlan-idrissov' });
    expect(new Set(spelling.claims.map((claim) => claim.value))).toEqual(new Set(['Yerlan Idrisov', 'Erlan Idrissov', 'Erlan Idrisov']));
    const start = byId(dossier.disputes, 'tleuberdi-kz-fm-start');
    expect(start.field).toBe('start');
    expect(start.claims.map((claim) => [claim.value, claim.citation.sourceId, claim.record?.id])).toEqual([
      ['2019-09-08', 'wikidata-p39-kz-minister-of-foreign-affairs', 'mukhtar-tleuberdi-kz-minister-of-foreign-affairs-wikidata'],
      ['2019-09-18', 'enwiki-ministry-of-foreign-affairs-kazakhstan', 'mukhtar-tleuberdi-kz-minister-of-foreign-affairs-enwiki'],
    ]);
    // The sources behind each claim are listed too.
    expect(ids(dossier.sources)).toEqual(expect.arrayContaining(['wikidata-p39-kz-minister-of-foreign-affairs', 'enwiki-ministry-of-foreign-affairs-kazakhstan', 'eurodialogue-2014-01-27-lt-kz-mfa-action-plan']));
  });

  it('lists the open commitment first, ahead of a fulfilled one added through the API', async () => {
    // The fulfilled one's id sorts first, so only the open-first rule puts the seed's ahead.
    await writer.commitments.create({
      id: 'aaa-fulfilled-commitment',
      status: 'draft',
      citations: [{ sourceId: SEED_SOURCE, locator: 'p4' }],
      madeAt: { kind: 'meeting', id: 'kz-lt-political-consultations-10' },
      description: 'A test promise already kept',
      state: 'fulfilled',
      fulfilledBy: { kind: 'meeting', id: 'vassilenko-port-of-klaipeda-2024-06' },
    });
    const after = await fullDossier(reader, { pair: 'KZ-LT' });
    expect(after.commitments.map((commitment) => [commitment.id, commitment.state])).toEqual([
      ['implement-igc-14-decisions', 'open'],
      ['aaa-fulfilled-commitment', 'fulfilled'],
    ]);
    const open = after.commitments[0]!;
    expect(open).toMatchObject({ madeAt: { kind: 'meeting', id: 'kz-lt-political-consultations-10' }, concerns: [{ kind: 'meeting', id: 'kz-lt-intergovernmental-commission-14' }] });
    citesSeed(open, 'p4');
    await writer.commitments.delete({ id: 'aaa-fulfilled-commitment' });
  });

  it('puts a conflicting 2023 turnover from a new source beside the seed figure, disputed; an agreeing figure is not', async () => {
    const source = await writer.sources.create({ title: 'Test statistics bulletin on 2023 trade', publisher: 'Test Statistics Office', published: '2024-03-01' });
    const conflicting = await writer.trade.create({
      status: 'draft',
      citations: [{ sourceId: source.id }],
      reporter: 'KZ',
      partner: 'LT',
      period: { start: '2023' },
      flow: 'turnover',
      value: { amount: '231400000', currency: 'USD', precision: '100000' },
    });
    // Another source agreeing on 2022 within the stated rounding: two figures, no dispute.
    const agreeing = await writer.trade.create({
      status: 'draft',
      citations: [{ sourceId: source.id }],
      reporter: 'KZ',
      partner: 'LT',
      period: { start: '2022' },
      flow: 'turnover',
      value: { amount: '584000000', currency: 'USD', precision: '1000000' },
    });
    const after = await fullDossier(reader, { pair: 'KZ-LT' });
    const row = (year: string) => after.trade.find((entry) => entry.period.start === year && entry.period.end === undefined && entry.flow === 'turnover')!;
    expect(row('2023').disputed).toBe(true);
    expect(row('2023').figures.map((figure) => [figure.id, figure.value.amount])).toEqual(
      expect.arrayContaining([
        ['kz-lt-trade-2023-turnover-kz', '223600000'],
        [conflicting.id, '231400000'],
      ]),
    );
    expect(row('2023').figures).toHaveLength(2);
    expect(row('2022').figures.map((figure) => figure.id).sort()).toEqual([agreeing.id, 'kz-lt-trade-2022-turnover-kz'].sort());
    expect(row('2022').disputed).toBe(false);
    // Exports and imports of 2023 are untouched.
    expect(after.trade.filter((entry) => entry.period.start === '2023' && entry.flow !== 'turnover').every((entry) => !entry.disputed)).toBe(true);
    // The compact answer names the new source on the turnover series and marks 2023 disputed there.
    const compact = await reader.pairs.dossier({ pair: 'KZ-LT' });
    const turnover = compact.trade.find((series) => series.reporter === 'KZ' && series.flow === 'turnover')!;
    expect(turnover.sourceIds).toContain(source.id);
    expect(turnover.disputed).toEqual(['2023']);
    expect(turnover.points.filter(([period]) => period === '2023').map(([, amount]) => amount).sort()).toEqual(['223600000', '231400000']);
  });

  it('asOf 2023 drops later records and counts time since the last round to that date', async () => {
    const early = await fullDossier(reader, { pair: 'KZ-LT', asOf: '2023' });
    expect(early.asOf).toBe('2023');
    const meetingIds = ids(early.meetings);
    expect(meetingIds).not.toContain('kz-lt-political-consultations-10');
    expect(meetingIds).not.toContain('kz-lt-intergovernmental-commission-14');
    expect(meetingIds).toEqual(expect.arrayContaining(['kz-lt-political-consultations-2023', 'kz-lt-political-consultations-8', 'landsbergis-tleuberdi-2023-12']));
    expect(early.meetings.every((meeting) => !meeting.date || meeting.date.start < '2024')).toBe(true);
    expect(early.visits.map((entry) => entry.visit.id)).not.toContain('karabayev-lithuania-2024-05');
    expect(ids(early.agreements.signed)).not.toContain('trans-caspian-route-memorandum-2024');
    expect(early.commitments).toEqual([]);
    expect(ids(early.indicators)).not.toContain('kz-companies-with-lt-capital-2024-01-01');
    expect(early.trade.some((row) => row.period.start === '2023')).toBe(true);
    const rounds = early.series.find((entry) => entry.series.id === 'kz-lt-political-consultations')!;
    expect(rounds.lastRound).toMatchObject({ meetingId: 'kz-lt-political-consultations-2023', ordinal: null });
    expect(rounds.meetings).toBe(4);
    expect(early.series.find((entry) => entry.series.id === 'kz-lt-intergovernmental-commission')!.lastRound).toBeNull();

    // In March 2024 the commission had just met, and the last round was 14 months back.
    const march = await fullDossier(reader, { pair: 'KZ-LT', asOf: '2024-03-15' });
    expect(march.series.find((entry) => entry.series.id === 'kz-lt-political-consultations')).toMatchObject({
      lastRound: { meetingId: 'kz-lt-political-consultations-2023' },
      monthsSinceLast: 14,
      sinceLast: '1 year 2 months',
    });
    expect(march.series.find((entry) => entry.series.id === 'kz-lt-intergovernmental-commission')).toMatchObject({
      lastRound: { meetingId: 'kz-lt-intergovernmental-commission-14' },
      monthsSinceLast: 0,
      sinceLast: 'less than a month',
    });
    await refused(reader.pairs.dossier({ pair: 'KZ-LT', asOf: '2024-02-30' }), 'BAD_REQUEST');
  });
});

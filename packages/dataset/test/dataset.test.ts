import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkConsistency,
  precisionOf,
  RecordSet,
  type Citation,
  type RecordKind,
  type RecordOf,
} from '@bilat/domain';
import { bundleRecords, parseBundle } from '@bilat/domain/yaml';
import { curatedDataDir, curatedFiles, loadCuratedBundle } from '../src/index.js';
import { shingles } from './shingles.js';

const SEED = 'kazinform-2024-06-20-kz-lt-consultations';

const bundle = loadCuratedBundle();
const set = new RecordSet(bundleRecords(bundle));

function get<K extends RecordKind>(kind: K, id: string): RecordOf<K> {
  const record = set.get(kind, id);
  if (!record) throw new Error(`missing ${kind} ${id}`);
  return record;
}

/** The record cites the seed report, at the given paragraph when one is named. */
function citesSeed(record: { citations: Citation[] }, locator?: string): boolean {
  return record.citations.some((c) => c.sourceId === SEED && (locator === undefined || c.locator === locator));
}

describe('loader', () => {
  it('finds the data folder and its YAML files, sorted', () => {
    expect(curatedDataDir()).toBe(resolve(import.meta.dirname, '..', 'data'));
    expect(curatedFiles().map((path) => basename(path))).toEqual(['kz-lt.yaml', 'officials.yaml', 'sources.yaml']);
  });

  it('parses every file as a complete bundle on its own', () => {
    for (const path of curatedFiles()) {
      const text = readFileSync(path, 'utf8');
      expect(text.startsWith('format: bilat/bundle\nversion: 1\n')).toBe(true);
      expect(() => parseBundle(text, basename(path))).not.toThrow();
    }
  });

  it('merges the files without losing or duplicating a record', () => {
    const perFile = curatedFiles().reduce(
      (sum, path) => sum + bundleRecords(parseBundle(readFileSync(path, 'utf8'), basename(path))).length,
      0,
    );
    expect(bundleRecords(bundle)).toHaveLength(perFile);
    expect(set.size).toBe(perFile);
  });
});

describe('consistency', () => {
  it('has no violations', () => {
    expect(checkConsistency(set)).toEqual([]);
  });

  it('would catch a turnover that is not exports + imports (the check is live)', () => {
    const broken = new RecordSet(bundleRecords(bundle));
    const exports = get('trade', 'kz-lt-trade-2023-export-kz');
    broken.put({ kind: 'trade', record: { ...exports, value: { ...exports.value, amount: '93900000' } } });
    expect(checkConsistency(broken).map((v) => v.check)).toContain('turnover-sum');
  });

  it('keeps every record verified, every source without stored text', () => {
    for (const { kind, record } of set.items()) {
      if (kind !== 'source') expect((record as { status: string }).status, `${kind} ${record.id}`).toBe('verified');
    }
    for (const source of set.all('source')) expect(source.text, source.id).toBeUndefined();
  });
});

describe('the seed report', () => {
  it('is a source with publisher, via, date, address and 12 paragraphs', () => {
    const source = get('source', SEED);
    expect(source.publisher).toBe('Kazinform');
    expect(source.via).toMatch(/press service of the Ministry of Foreign Affairs of Kazakhstan/);
    expect(source.published).toBe('2024-06-20');
    expect(source.url).toBe('https://en.inform.kz/news/kazakhstan-lithuania-seek-to-enhance-cooperation-f4f2b4/');
    expect(source.language).toBe('en');
    expect(source.paragraphs).toBe(12);
  });

  it('names the capitals and cities', () => {
    const astana = get('place', 'astana');
    expect([astana.country, astana.capital]).toEqual(['KZ', {}]);
    expect(astana.names).toContainEqual({ value: 'Nur-Sultan', kind: 'former', from: '2019', to: '2022' });
    const vilnius = get('place', 'vilnius');
    expect([vilnius.country, vilnius.capital]).toEqual(['LT', {}]);
    const klaipeda = get('place', 'klaipeda');
    expect(klaipeda.name).toBe('Klaipėda');
    expect(klaipeda.names.map((n) => n.value)).toContain('Klaipeda');
    for (const place of [astana, vilnius, klaipeda]) expect(citesSeed(place), place.id).toBe(true);
  });

  it('holds each person in the post the report gives, attested by the report', () => {
    const expected: [string, string, string][] = [
      ['roman-vassilenko', 'kz-deputy-minister-of-foreign-affairs', 'p2'],
      ['jonas-survila', 'lt-vice-minister-of-foreign-affairs', 'p2'],
      ['marat-karabayev', 'kz-minister-of-transport', 'p8'],
      ['arvydas-vaitkus', 'klaipeda-mayor', 'p7'],
      ['algis-latakas', 'port-of-klaipeda-director-general', 'p7'],
    ];
    for (const [personId, postId, locator] of expected) {
      get('person', personId);
      get('post', postId);
      const holdings = set.all('holding').filter((h) => h.personId === personId && h.postId === postId);
      const attested = holdings.filter((h) => h.attestations.some((a) => a.sourceId === SEED && a.locator === locator && a.on === '2024-06-20'));
      expect(attested, `${personId} as ${postId}`).toHaveLength(1);
      expect(attested[0]!.start, 'no start date is invented').toBeUndefined();
      expect(citesSeed(attested[0]!, locator)).toBe(true);
    }
    expect(get('post', 'klaipeda-mayor').organizationId).toBe('klaipeda-city-municipality');
    expect(get('organization', 'klaipeda-city-municipality').kind).toBe('city');
    expect(get('post', 'port-of-klaipeda-director-general').organizationId).toBe('port-of-klaipeda');
    expect(get('organization', 'port-of-klaipeda').kind).toBe('port');
  });

  it('records the 10th round: reported date, inferred place, heads, topics, visit and the commission it refers to', () => {
    const round = get('meeting', 'kz-lt-political-consultations-10');
    expect([round.seriesId, round.ordinal, round.kind, round.pair]).toEqual([
      'kz-lt-political-consultations', 10, 'political-consultations', 'KZ-LT',
    ]);
    expect(round.date).toMatchObject({ start: '2024-06-20', qualifier: 'reported' });
    expect(round.date?.end).toBeUndefined();
    expect(round.location).toMatchObject({ country: 'LT', qualifier: 'inferred' });
    expect(round.location.placeId, 'the city is not stated').toBeUndefined();
    expect(round.location.note).toBeTruthy();
    expect(round.participants).toEqual([
      { personId: 'roman-vassilenko', side: 'KZ', role: 'head', postId: 'kz-deputy-minister-of-foreign-affairs' },
      { personId: 'jonas-survila', side: 'LT', role: 'head', postId: 'lt-vice-minister-of-foreign-affairs' },
    ]);
    expect(round.topics).toEqual(expect.arrayContaining([
      'bilateral-agenda', 'multilateral-agenda', 'trade', 'economy', 'investment', 'transport', 'energy',
      'infrastructure', 'legal-framework', 'culture', 'humanitarian', 'international-support',
    ]));
    expect(round.visitId).toBe('vassilenko-lithuania-2024-06');
    expect(round.links).toContainEqual({ relation: 'references', target: { kind: 'meeting', id: 'kz-lt-intergovernmental-commission-14' } });
    for (const locator of ['p1', 'p2', 'p3', 'p4']) expect(citesSeed(round, locator), locator).toBe(true);

    const series = get('series', 'kz-lt-political-consultations');
    expect([series.kind, series.pair, series.unit]).toEqual(['political-consultations', 'KZ-LT', 'round']);
  });

  it('records the two meetings in Klaipėda during the same visit', () => {
    const visit = get('visit', 'vassilenko-lithuania-2024-06');
    expect([visit.from, visit.to, visit.visitorIds]).toEqual(['KZ', 'LT', ['roman-vassilenko']]);
    expect(citesSeed(visit, 'p7')).toBe(true);
    const side = set.all('meeting').filter((m) => m.visitId === visit.id && m.id !== 'kz-lt-political-consultations-10');
    const hosts = side.flatMap((m) => m.participants.filter((p) => p.side === 'LT').map((p) => p.postId)).sort();
    expect(hosts).toEqual(['klaipeda-mayor', 'port-of-klaipeda-director-general']);
    for (const meeting of side) {
      expect(meeting.ordinal).toBeUndefined();
      expect(meeting.topics).toEqual(['transport', 'logistics']);
      expect(meeting.location).toMatchObject({ placeId: 'klaipeda', qualifier: 'inferred' });
      expect(meeting.participants.map((p) => p.personId)).toContain('roman-vassilenko');
      expect(citesSeed(meeting, 'p7')).toBe(true);
    }
  });

  it('records the 14th commission meeting and the open commitment to carry out its decisions', () => {
    const igc = get('meeting', 'kz-lt-intergovernmental-commission-14');
    expect([igc.seriesId, igc.ordinal]).toEqual(['kz-lt-intergovernmental-commission', 14]);
    expect(igc.date).toMatchObject({ start: '2024-02-29', qualifier: 'stated' });
    expect(igc.location).toMatchObject({ country: 'LT', placeId: 'vilnius', qualifier: 'stated' });
    expect(citesSeed(igc, 'p4')).toBe(true);
    const series = get('series', 'kz-lt-intergovernmental-commission');
    expect([series.kind, series.unit, series.organizationId]).toEqual(['intergovernmental-commission', 'meeting', 'kz-lt-intergovernmental-commission']);

    const commitment = get('commitment', 'implement-igc-14-decisions');
    expect(commitment.state).toBe('open');
    expect(commitment.madeAt).toEqual({ kind: 'meeting', id: 'kz-lt-political-consultations-10' });
    expect(commitment.concerns).toEqual([{ kind: 'meeting', id: 'kz-lt-intergovernmental-commission-14' }]);
    expect(citesSeed(commitment, 'p4')).toBe(true);
  });

  it('dates the transport minister’s visit to the month, and the memorandum from it', () => {
    const visit = get('visit', 'karabayev-lithuania-2024-05');
    expect(visit.date.start).toBe('2024-05');
    expect(precisionOf(visit.date.start)).toBe('month');
    expect([visit.from, visit.to, visit.visitorIds]).toEqual(['KZ', 'LT', ['marat-karabayev']]);
    expect(citesSeed(visit, 'p8')).toBe(true);

    const memorandum = get('agreement', 'trans-caspian-route-memorandum-2024');
    expect(memorandum.title).toBe('Memorandum on Cooperation within the Trans-Caspian International Transport Route');
    expect([memorandum.kind, memorandum.stage]).toEqual(['memorandum', 'signed']);
    expect(memorandum.steps).toEqual([{
      stage: 'signed',
      date: expect.objectContaining({ start: '2024-05', qualifier: 'inferred', derivedFrom: { kind: 'visit', id: visit.id } }),
    }]);
    expect(memorandum.steps[0]!.date?.note).toBeTruthy();
    expect(citesSeed(memorandum, 'p8')).toBe(true);
  });

  it('records the standing bodies', () => {
    const igc = get('organization', 'kz-lt-intergovernmental-commission');
    expect([igc.kind, igc.members]).toEqual(['commission', ['KZ', 'LT']]);
    expect(citesSeed(igc, 'p4')).toBe(true);
    const group = get('organization', 'kz-lt-interparliamentary-friendship-group');
    expect([group.kind, group.members]).toEqual(['parliamentary-group', ['KZ', 'LT']]);
    expect(citesSeed(group, 'p6')).toBe(true);
  });

  it('keeps the deputy minister’s statement as a paraphrase', () => {
    const statement = set.all('statement').find((s) => s.speakerId === 'roman-vassilenko' && citesSeed(s, 'p8'));
    expect(statement).toBeDefined();
    expect(statement!.paraphrase).toBeTruthy();
    expect(statement!.text).toBeUndefined();
    expect(statement!.about).toContainEqual({ kind: 'agreement', id: 'trans-caspian-route-memorandum-2024' });
  });

  it('records 2023 trade as the Kazakh side reports it, with both reports that give it', () => {
    const expected = { turnover: '223600000', export: '92900000', import: '130700000' } as const;
    for (const [flow, amount] of Object.entries(expected)) {
      const record = get('trade', `kz-lt-trade-2023-${flow}-kz`);
      expect([record.reporter, record.partner, record.flow, record.period]).toEqual(['KZ', 'LT', flow, { start: '2023' }]);
      expect(record.value).toEqual({ amount, currency: 'USD', precision: '100000' });
      expect(record.citations.map((c) => c.sourceId)).toEqual([SEED, 'kazakhstan-today-vassilenko-navikas-meeting']);
      expect(citesSeed(record, 'p10')).toBe(true);
    }
    const for2023 = set.all('trade').filter((t) => t.period.start === '2023');
    expect(for2023, 'one record per figure, not one per report').toHaveLength(3);
  });

  it('records the cumulative direct investment from Lithuania, 2005 to September 2023', () => {
    const investment = get('investment', 'lt-kz-direct-investment-2005-2023-09');
    expect(investment).toMatchObject({
      from: 'LT', to: 'KZ', reporter: 'KZ', kind: 'gross-inflow', category: 'direct', cumulative: true,
      span: { start: '2005', end: '2023-09' },
      value: { amount: '95000000', currency: 'USD', precision: '1000000' },
    });
    expect(citesSeed(investment, 'p11')).toBe(true);
  });

  it('counts 190 companies with Lithuanian capital as of 1 January 2024', () => {
    const indicator = get('indicator', 'kz-companies-with-lt-capital-2024-01-01');
    expect(indicator).toMatchObject({
      measure: 'companies-with-partner-capital', subject: 'KZ', partner: 'LT', value: '190', unit: 'companies',
      asOf: '2024-01-01', asOfQualifier: 'stated',
    });
    expect(citesSeed(indicator, 'p12')).toBe(true);
  });
});

describe('the other reports', () => {
  it('keeps a report’s date null where it is not known', () => {
    const undated = [
      'kazakhstan-today-vassilenko-adomenas-consultations',
      'kazinform-kz-lt-foreign-policy-planning-consultations',
      'kazinform-kz-lt-consultations-8th-round',
      'kazakhstan-today-vassilenko-navikas-meeting',
      'tajik-herald-landsbergis-visit-kazakhstan',
    ];
    for (const id of undated) expect(get('source', id).published, id).toBeNull();
    expect(get('source', 'kazworld-2014-01-28-idrissov-visit-lithuania').published).toBe('2014-01-28');
  });

  it('cites the other reports without locators', () => {
    for (const { record } of set.items()) {
      for (const citation of (record as { citations?: Citation[] }).citations ?? []) {
        if (citation.sourceId !== SEED) expect(citation.locator, `${record.id} → ${citation.sourceId}`).toBeUndefined();
      }
    }
  });

  it('records the 8th round in Vilnius with an inferred year, and the later round without an ordinal', () => {
    const eighth = get('meeting', 'kz-lt-political-consultations-8');
    expect([eighth.seriesId, eighth.ordinal]).toEqual(['kz-lt-political-consultations', 8]);
    expect(eighth.date).toMatchObject({ start: '2022', qualifier: 'inferred' });
    expect(eighth.location).toMatchObject({ placeId: 'vilnius', qualifier: 'stated' });
    const later = get('meeting', 'kz-lt-political-consultations-2023');
    expect(later.ordinal).toBeUndefined();
    expect(get('meeting', 'kz-lt-foreign-policy-planning-consultations-astana').date).toBeNull();
  });

  it('records trade for 2021, 2022 and January–February 2022', () => {
    expect(get('trade', 'kz-lt-trade-2022-turnover-kz')).toMatchObject({ value: { amount: '584300000', precision: '100000' }, changePercent: '28.7' });
    expect(get('trade', 'kz-lt-trade-2021-turnover-kz')).toMatchObject({ value: { amount: '454000000', precision: '1000000' } });
    const early = set.all('trade').filter((t) => t.period.start === '2022-01' && t.period.end === '2022-02');
    expect(early.map((t) => [t.flow, t.value.amount, t.changePercent]).sort()).toEqual([
      ['export', '153000000', '312'],
      ['turnover', '169400000', '267'],
    ]);
  });

  it('records the two visits of foreign ministers with their meetings', () => {
    const idrissov = get('visit', 'idrissov-lithuania-2014-01');
    expect(idrissov.date).toMatchObject({ start: '2014-01-26', end: '2014-01-27', qualifier: 'stated' });
    expect(set.all('meeting').filter((m) => m.visitId === idrissov.id)).toHaveLength(4);
    expect(get('agreement', 'kz-lt-mfa-action-plan-2014-2015').kind).toBe('action-plan');
    const landsbergis = get('visit', 'landsbergis-kazakhstan-2023-12');
    expect(landsbergis.location).toMatchObject({ placeId: 'astana', qualifier: 'stated' });
    expect(set.all('meeting').filter((m) => m.visitId === landsbergis.id)).toHaveLength(3);
    const agreement1993 = get('agreement', 'kz-lt-agreement-1993');
    expect(agreement1993.placeId).toBe('almaty');
    expect(agreement1993.steps[0]!.date).toMatchObject({ start: '1993-11-07', qualifier: 'stated' });
  });

  it('keeps foreign ministers’ terms from Wikidata with the statement ids', () => {
    const term = get('holding', 'erlan-idrissov-kz-minister-of-foreign-affairs-2012-2016');
    expect([term.start, term.end]).toEqual(['2012-09-28', '2016-12-28']);
    expect(term.identifiers).toContainEqual({ scheme: 'wikidata', value: 'Q58203-884CB4CA-A247-4F55-AD38-AF301FA3B6D8' });
    expect(get('person', 'erlan-idrissov').identifiers).toContainEqual({ scheme: 'wikidata', value: 'Q58203' });
    for (const id of ['wikidata-p39-kz-minister-of-foreign-affairs', 'wikidata-p39-lt-minister-of-foreign-affairs']) {
      expect(get('source', id).licence).toBe('CC0 1.0');
    }
    for (const id of ['enwiki-ministry-of-foreign-affairs-kazakhstan', 'ltwiki-ministry-of-foreign-affairs-lithuania']) {
      expect(get('source', id).licence).toBe('CC BY-SA 4.0');
    }
  });
});

describe('disputes', () => {
  it('links the two start dates of Tleuberdi’s term', () => {
    const dispute = get('dispute', 'tleuberdi-kz-fm-start');
    expect(dispute.field).toBe('start');
    expect(dispute.claims.map((c) => [c.value, c.citation.sourceId, c.record?.id])).toEqual([
      ['2019-09-08', 'wikidata-p39-kz-minister-of-foreign-affairs', 'mukhtar-tleuberdi-kz-minister-of-foreign-affairs-wikidata'],
      ['2019-09-18', 'enwiki-ministry-of-foreign-affairs-kazakhstan', 'mukhtar-tleuberdi-kz-minister-of-foreign-affairs-enwiki'],
    ]);
    for (const claim of dispute.claims) expect(get('holding', claim.record!.id).start).toBe(claim.value);
  });

  it('records the two spellings of Erlan Idrissov’s name', () => {
    const dispute = get('dispute', 'erlan-idrissov-name');
    expect([dispute.subject, dispute.field]).toEqual([{ kind: 'person', id: 'erlan-idrissov' }, 'name']);
    const bySource = Object.fromEntries(dispute.claims.map((c) => [c.citation.sourceId, c.value]));
    expect(bySource['eurodialogue-2014-01-27-lt-kz-mfa-action-plan']).toBe('Yerlan Idrisov');
    expect(bySource['kazworld-2014-01-28-idrissov-visit-lithuania']).toBe('Erlan Idrissov');
    const person = get('person', 'erlan-idrissov');
    expect(person.names.map((n) => n.value)).toEqual(expect.arrayContaining(['Yerlan Idrisov', 'Erlan Idrisov']));
  });
});

describe('wording', () => {
  const root = resolve(import.meta.dirname, '..');
  const own = ['src/index.ts', 'test/dataset.test.ts', 'test/shingles.ts', 'scripts/seed-shingles.mjs', 'package.json'];
  const files = [
    ...curatedFiles().map((path) => ({ name: basename(path), text: readFileSync(path, 'utf8') })),
    ...own.map((name) => ({ name, text: readFileSync(resolve(root, name), 'utf8') })),
  ];

  it('copies no run of 12 words from the seed report (hashed runs kept in a fixture)', () => {
    const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures/seed-shingles.json'), 'utf8')) as { run: number; shingles: string[] };
    expect(fixture.shingles.length).toBeGreaterThan(300);
    const seedRuns = new Set(fixture.shingles);
    for (const { name, text } of files) {
      const copied = shingles(text).filter((s) => seedRuns.has(s.hash)).map((s) => s.run);
      expect(copied, name).toEqual([]);
    }
  });

  const seedPath = resolve(import.meta.dirname, '../../../../shared/seeds/000_c260db9e8577273d.txt');
  it.skipIf(!existsSync(seedPath))('copies no run of 12 words from the seed text itself, where it is available', () => {
    const seed = readFileSync(seedPath, 'utf8');
    const seedRuns = new Set(shingles(seed).map((s) => s.run));
    for (const { name, text } of files) {
      expect(shingles(text).filter((s) => seedRuns.has(s.run)).map((s) => s.run), name).toEqual([]);
    }
    // The fixture is in step with the text.
    const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures/seed-shingles.json'), 'utf8')) as { shingles: string[] };
    const hashes = new Set(fixture.shingles);
    expect(hashes).toEqual(new Set(shingles(seed).map((s) => s.hash)));
    // The check would catch a copy, whatever its case and punctuation.
    const runs = shingles(seed);
    const probe = `${runs[runs.length - 1]!.run.toUpperCase().replaceAll(' ', ', ')}.`;
    expect(shingles(probe).some((s) => hashes.has(s.hash))).toBe(true);
  });

  it('never uses the spellings a later test relies on being absent', () => {
    // Assembled from parts so that this file does not contain them either.
    const absent = new RegExp(['Karab' + 'aev', 'Tok' + 'aev'].join('|'), 'i');
    for (const { name, text } of files) expect(text, name).not.toMatch(absent);
  });

});

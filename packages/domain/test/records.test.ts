import { describe, expect, it } from 'vitest';
import { RECORD_KINDS, type RecordKind } from '../src/common.js';
import { recordSearchText, recordTitle } from '../src/describe.js';
import {
  isFactKind,
  RECORD_COLLECTIONS,
  recordSchemas,
  referencesOf,
  type KindedRecord,
} from '../src/records/index.js';
import { REPORT, validInputs, validItems } from './fixtures.js';

type Path = (string | number)[];

/** A deep copy of the first valid example of a kind, as plain data. */
function example(kind: RecordKind): Record<string, unknown> {
  return structuredClone(validInputs()[kind][0]) as Record<string, unknown>;
}

function setIn(target: unknown, path: Path, value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}

function withChange(kind: RecordKind, path: Path, value: unknown): Record<string, unknown> {
  const record = example(kind);
  setIn(record, path, value);
  return record;
}

function issuesOf(kind: RecordKind, input: unknown) {
  const result = recordSchemas[kind].safeParse(input);
  return result.success ? [] : result.error.issues;
}

const FACT_KINDS = RECORD_KINDS.filter(isFactKind);

describe('the set of record kinds', () => {
  it('has a schema and a distinct collection name for every kind', () => {
    expect(Object.keys(recordSchemas).sort()).toEqual([...RECORD_KINDS].sort());
    const collections = RECORD_KINDS.map((kind) => RECORD_COLLECTIONS[kind]);
    expect(new Set(collections).size).toBe(RECORD_KINDS.length);
  });

  it('treats every kind but sources and disputes as a fact', () => {
    expect(RECORD_KINDS.filter((kind) => !isFactKind(kind))).toEqual(['source', 'dispute']);
  });
});

describe.each(RECORD_KINDS)('%s schema', (kind) => {
  it('accepts every realistic example of the kind', () => {
    const inputs = validInputs()[kind] as unknown[];
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) expect(issuesOf(kind, input)).toEqual([]);
  });

  it('refuses a field it does not know', () => {
    const issues = issuesOf(kind, { ...example(kind), colour: 'blue' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['colour'] });
  });

  it('refuses a record without an id, or with an id that is not a slug', () => {
    const { id: _id, ...noId } = example(kind);
    expect(issuesOf(kind, noId).map((issue) => issue.path)).toEqual([['id']]);
    expect(issuesOf(kind, { ...example(kind), id: 'Not A Slug' }).map((issue) => issue.path)).toEqual([['id']]);
  });
});

describe.each(FACT_KINDS)('%s as a fact', (kind) => {
  it('needs at least one citation', () => {
    const issues = issuesOf(kind, { ...example(kind), citations: [] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ['citations'], message: 'A fact needs at least one citation' });
    const { citations: _citations, ...uncited } = example(kind);
    expect(issuesOf(kind, uncited).map((issue) => issue.path)).toEqual([['citations']]);
  });

  it.each(['x3', 'c9-5', 'p0'])('refuses the locator %s', (locator) => {
    const issues = issuesOf(kind, withChange(kind, ['citations', 0, 'locator'], locator));
    expect(issues.map((issue) => issue.path)).toEqual([['citations', 0, 'locator']]);
  });

  it('needs a status of verified or draft', () => {
    expect(issuesOf(kind, { ...example(kind), status: 'approved' }).map((issue) => issue.path)).toEqual([['status']]);
  });
});

describe('locators outside citations', () => {
  it.each(['x3', 'c9-5'])('refuses %s in a holding’s attestation', (locator) => {
    const issues = issuesOf('holding', withChange('holding', ['attestations', 0, 'locator'], locator));
    expect(issues.map((issue) => issue.path)).toEqual([['attestations', 0, 'locator']]);
  });

  it.each(['x3', 'c9-5'])('refuses %s in a dispute’s claim', (locator) => {
    const issues = issuesOf('dispute', withChange('dispute', ['claims', 1, 'citation', 'locator'], locator));
    expect(issues.map((issue) => issue.path)).toEqual([['claims', 1, 'citation', 'locator']]);
  });
});

describe('end dates', () => {
  const cases: [RecordKind, Path, unknown][] = [
    ['meeting', ['date'], { start: '2024-06-20', end: '2024-06-19', qualifier: 'stated' }],
    ['visit', ['date'], { start: '2014-01-27', end: '2013-12', qualifier: 'stated' }],
    ['statement', ['date'], { start: '2024-06', end: '2024-05-31', qualifier: 'reported' }],
    ['agreement', ['steps', 0, 'date'], { start: '2024-05', end: '2023', qualifier: 'inferred' }],
    ['trade', ['period'], { start: '2023', end: '2022-12' }],
    ['investment', ['span'], { start: '2005', end: '2004' }],
  ];

  it.each(cases)('refuses a %s whose %j ends before it starts', (kind, path, value) => {
    const issues = issuesOf(kind, withChange(kind, path, value));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: [...path, 'end'], message: 'The end date is before the start date' });
  });

  it.each(cases)('accepts a %s whose %j ends on or after it starts', (kind, path, value) => {
    const { start } = value as { start: string };
    expect(issuesOf(kind, withChange(kind, path, { ...(value as object), end: start }))).toEqual([]);
  });

  it('accepts a two-day visit and an end known only to the month it started in', () => {
    expect(issuesOf('visit', withChange('visit', ['date'], { start: '2014-01-26', end: '2014-01-27', qualifier: 'stated' }))).toEqual([]);
    expect(issuesOf('meeting', withChange('meeting', ['date'], { start: '2024-05-14', end: '2024-05', qualifier: 'stated' }))).toEqual([]);
    expect(issuesOf('investment', withChange('investment', ['span'], { start: '2005', end: '2023-09' }))).toEqual([]);
  });

  it('leaves a holding that ends before it starts to the holding-dates consistency check', () => {
    // The schema takes it, so a whole set can be loaded and the check can name the record.
    const holding = { ...example('holding'), start: '2024-03', end: '2023-01' };
    expect(issuesOf('holding', holding)).toEqual([]);
  });
});

describe('field rules', () => {
  const cases: [RecordKind, Path, unknown][] = [
    ['place', ['country'], 'ZZ'],
    ['place', ['kind'], 'village'],
    ['organization', ['members'], ['KZ', 'kz']],
    ['post', ['organizationId'], 'Ministry of Foreign Affairs'],
    ['person', ['names', 0, 'kind'], 'nickname'],
    ['holding', ['start'], '2024-13'],
    ['holding', ['attestations', 0, 'on'], 2024],
    ['series', ['pair'], 'LT-KZ'],
    ['series', ['pair'], 'KZ-KZ'],
    ['visit', ['visitorIds'], []],
    ['visit', ['date', 'qualifier'], 'guessed'],
    ['meeting', ['pair'], 'LT-KZ'],
    ['meeting', ['date', 'start'], '2024-02-30'],
    ['meeting', ['ordinal'], 0],
    ['meeting', ['ordinal'], 10.5],
    ['meeting', ['topics', 0], 'Legal Framework'],
    ['meeting', ['participants', 0, 'role'], 'chair'],
    ['meeting', ['participants', 0, 'side'], 'ZZ'],
    ['meeting', ['location', 'qualifier'], 'probably'],
    ['agreement', ['parties'], ['KZ']],
    ['agreement', ['steps'], []],
    ['agreement', ['stage'], 'ratified'],
    ['statement', ['speakerId'], ''],
    ['commitment', ['state'], 'done'],
    ['trade', ['flow'], 're-export'],
    ['trade', ['value', 'amount'], 223600000],
    ['trade', ['value', 'currency'], 'XYZ'],
    ['investment', ['cumulative'], 'yes'],
    ['indicator', ['value'], '190.0'],
    ['indicator', ['measure'], 'Companies With Capital'],
    ['dispute', ['claims'], [{ value: 'Vassilenko', citation: { sourceId: REPORT } }]],
  ];

  it.each(cases)('%s refuses %j = %j', (kind, path, value) => {
    const issues = issuesOf(kind, withChange(kind, path, value));
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.path.slice(0, path.length)).toEqual(path);
  });

  it('refuses a dispute claim without a citation', () => {
    const issues = issuesOf('dispute', withChange('dispute', ['claims', 0], { value: 'Vassilenko' }));
    expect(issues.map((issue) => issue.path)).toEqual([['claims', 0, 'citation']]);
  });

  it('allows a meeting no source dates, as null', () => {
    expect(issuesOf('meeting', withChange('meeting', ['date'], null))).toEqual([]);
  });
});

describe('defaults', () => {
  it('fills what a caller may leave out', () => {
    const meeting = recordSchemas.meeting.parse(validInputs().meeting[1]);
    expect(meeting).toMatchObject({ stage: 'held', participants: [], topics: [], links: [] });
    const trade = recordSchemas.trade.parse(validInputs().trade[0]);
    expect(trade.classification).toEqual({ system: 'total', code: 'TOTAL' });
    expect(recordSchemas.series.parse(validInputs().series[0]).unit).toBe('round');
    expect(recordSchemas.indicator.parse(validInputs().indicator[0]).asOfQualifier).toBe('stated');
    expect(recordSchemas.investment.parse(validInputs().investment[0]).category).toBe('direct');
  });
});

describe('references', () => {
  const items = validItems();
  const find = (kind: RecordKind, id: string) => items.find((item) => item.kind === kind && item.record.id === id)!;

  it('lists everything a meeting points at', () => {
    const refs = referencesOf(find('meeting', 'kz-lt-political-consultations-10'));
    expect(refs).toEqual([
      { relation: 'cites', target: { kind: 'source', id: REPORT }, citation: { locator: 'p1' } },
      { relation: 'cites', target: { kind: 'source', id: REPORT }, citation: { locator: 'p2' } },
      { relation: 'cites', target: { kind: 'source', id: REPORT }, citation: { locator: 'p3' } },
      { relation: 'series', target: { kind: 'series', id: 'kz-lt-political-consultations' } },
      { relation: 'visit', target: { kind: 'visit', id: 'vassilenko-lithuania-2024-06' } },
      { relation: 'participant', target: { kind: 'person', id: 'roman-vassilenko' } },
      { relation: 'participant-post', target: { kind: 'post', id: 'kz-deputy-foreign-minister' } },
      { relation: 'participant', target: { kind: 'person', id: 'jonas-survila' } },
      { relation: 'participant-post', target: { kind: 'post', id: 'lt-vice-foreign-minister' } },
      { relation: 'follows-up', target: { kind: 'meeting', id: 'kz-lt-igc-14' } },
    ]);
  });

  it('lists a holding’s attestations as citations of their sources', () => {
    const refs = referencesOf(find('holding', 'roman-vassilenko-kz-deputy-foreign-minister'));
    expect(refs).toContainEqual({ relation: 'attests', target: { kind: 'source', id: REPORT }, citation: { locator: 'p2' } });
    expect(refs).toContainEqual({ relation: 'person', target: { kind: 'person', id: 'roman-vassilenko' } });
    expect(refs).toContainEqual({ relation: 'post', target: { kind: 'post', id: 'kz-deputy-foreign-minister' } });
  });

  it('lists an agreement step’s date origin', () => {
    const refs = referencesOf(find('agreement', 'kz-lt-trans-caspian-route-memorandum'));
    expect(refs).toContainEqual({ relation: 'date-derived-from', target: { kind: 'visit', id: 'karabayev-lithuania-2024-05' } });
    expect(refs).toContainEqual({ relation: 'related-event', target: { kind: 'visit', id: 'karabayev-lithuania-2024-05' } });
  });

  it('points nowhere from a source', () => {
    expect(referencesOf(find('source', REPORT))).toEqual([]);
  });
});

describe('titles and search text', () => {
  const items = validItems();
  const find = (kind: RecordKind, id: string): KindedRecord => items.find((item) => item.kind === kind && item.record.id === id)!;

  it('titles figures with parties, period and money at their precision', () => {
    expect(recordTitle(find('trade', 'kz-lt-2023-exports-kz'))).toBe('Kazakhstan exports to Lithuania, 2023: US$92.9 million');
    expect(recordTitle(find('investment', 'lt-kz-fdi-gross-inflow-2005-2023-09'))).toBe(
      'Investment gross inflow from Lithuania to Kazakhstan, 2005 – Sep 2023: US$95 million',
    );
  });

  it('titles a holding from the records it joins', () => {
    const names: Record<string, string> = { 'person:roman-vassilenko': 'Roman Vassilenko', 'post:kz-deputy-foreign-minister': 'Deputy Minister of Foreign Affairs' };
    const title = recordTitle(find('holding', 'roman-vassilenko-kz-deputy-foreign-minister'), (ref) => names[`${ref.kind}:${ref.id}`]);
    expect(title).toBe('Roman Vassilenko — Deputy Minister of Foreign Affairs');
  });

  it('finds a person by the other spellings of the name', () => {
    expect(recordSearchText(find('person', 'roman-vassilenko'))).toContain('Роман Василенко');
  });
});

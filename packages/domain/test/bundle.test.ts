import { describe, expect, it } from 'vitest';
import { bundleFromRecords, bundleRecords, BundleError, formatBundleIssue, mergeBundles, parseBundle, type BundleIssue } from '../src/bundle/yaml.js';
import { RECORD_KINDS } from '../src/common.js';
import { checkConsistency } from '../src/consistency/checks.js';
import { RecordSet } from '../src/record-set.js';
import { referencesOf, refKey } from '../src/records/index.js';
import { lineOf, validItems } from './fixtures.js';

const FILE = 'kz-lt.yaml';

/** A small bundle as a curator would write it by hand. */
const BUNDLE = `# Kazakhstan–Lithuania, June 2024
format: bilat/bundle
version: 1
description: Consultations of June 2024 and the trade figures they cited
sources:
  - id: kazinform-2024-06-20
    title: Kazakhstan and Lithuania hold the 10th round of political consultations
    publisher: Kazinform News Agency
    via: press service of the Ministry of Foreign Affairs of Kazakhstan
    published: '2024-06-20'
    language: en
    paragraphs: 12
organizations:
  - id: kz-mfa
    status: verified
    citations: [{ sourceId: kazinform-2024-06-20, locator: p1 }]
    name: Ministry of Foreign Affairs of Kazakhstan
    kind: ministry
    country: KZ
  - id: kz-lt-igc
    status: verified
    citations: [{ sourceId: kazinform-2024-06-20, locator: p4 }]
    name: Kazakh–Lithuanian Intergovernmental Commission on Trade and Economic Cooperation
    kind: commission
    members: [KZ, LT]
posts:
  - id: kz-deputy-foreign-minister
    status: verified
    citations: [{ sourceId: kazinform-2024-06-20, locator: p2 }]
    title: Deputy Minister of Foreign Affairs
    organizationId: kz-mfa
people:
  - id: roman-vassilenko
    status: verified
    citations: [{ sourceId: kazinform-2024-06-20, locator: p2 }]
    name: Roman Vassilenko
    names:
      - { value: Василенко, kind: script, lang: ru }
holdings:
  - id: roman-vassilenko-kz-deputy-foreign-minister
    status: verified
    citations: [{ sourceId: kazinform-2024-06-20, locator: p2 }]
    personId: roman-vassilenko
    postId: kz-deputy-foreign-minister
    attestations:
      - { on: '2024-06-20', sourceId: kazinform-2024-06-20, locator: p2 }
series:
  - id: kz-lt-igc
    status: verified
    citations: [{ sourceId: kazinform-2024-06-20, locator: p4 }]
    name: Kazakh–Lithuanian Intergovernmental Commission
    kind: intergovernmental-commission
    pair: KZ-LT
    organizationId: kz-lt-igc
    unit: meeting
meetings:
  - id: kz-lt-igc-14
    status: verified
    citations:
      - sourceId: kazinform-2024-06-20
        locator: p4
    title: 14th meeting of the Intergovernmental Commission
    kind: intergovernmental-commission
    pair: KZ-LT
    seriesId: kz-lt-igc
    ordinal: 14
    date:
      start: '2024-02-29'
      qualifier: stated
    location: { country: LT, qualifier: stated }
  - id: kz-lt-political-consultations-10
    status: verified
    citations: [{ sourceId: kazinform-2024-06-20, locator: p1 }]
    title: 10th round of political consultations
    kind: political-consultations
    pair: KZ-LT
    date: { start: '2024-06-20', qualifier: reported }
    location: { country: LT, qualifier: inferred }
    participants:
      - { personId: roman-vassilenko, side: KZ, role: head, postId: kz-deputy-foreign-minister }
    links:
      - { relation: follows-up, target: { kind: meeting, id: kz-lt-igc-14 } }
trade:
  - id: kz-lt-2023-turnover
    status: verified
    citations: [{ sourceId: kazinform-2024-06-20, locator: p10 }]
    reporter: KZ
    partner: LT
    period: { start: '2023' }
    flow: turnover
    value: { amount: '223600000', currency: USD, precision: '100000' }
  - id: kz-lt-2023-exports
    status: verified
    citations: [{ sourceId: kazinform-2024-06-20, locator: p10 }]
    reporter: KZ
    partner: LT
    period: { start: '2023' }
    flow: export
    value: { amount: '92900000', currency: USD, precision: '100000' }
  - id: kz-lt-2023-imports
    status: verified
    citations: [{ sourceId: kazinform-2024-06-20, locator: p10 }]
    reporter: KZ
    partner: LT
    period: { start: '2023' }
    flow: import
    value: { amount: '130700000', currency: USD, precision: '100000' }
`;

/** Replaces exactly one occurrence of `from`, so a test cannot silently change nothing. */
function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function issuesOf(text: string): BundleIssue[] {
  try {
    parseBundle(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(BundleError);
    return (error as BundleError).issues;
  }
  throw new Error('the bundle was accepted');
}

describe('parseBundle: a valid bundle', () => {
  const bundle = parseBundle(BUNDLE, FILE);

  it('returns typed records with defaults applied', () => {
    expect(bundle.format).toBe('bilat/bundle');
    expect(bundle.version).toBe(1);
    expect(bundle.sources?.[0]).toMatchObject({ id: 'kazinform-2024-06-20', published: '2024-06-20', paragraphs: 12 });
    expect(bundle.meetings?.map((m) => m.id)).toEqual(['kz-lt-igc-14', 'kz-lt-political-consultations-10']);
    const [igc, round] = bundle.meetings!;
    expect(igc!.date).toEqual({ start: '2024-02-29', qualifier: 'stated' });
    expect(igc!.citations).toEqual([{ sourceId: 'kazinform-2024-06-20', locator: 'p4' }]);
    expect(round!.stage).toBe('held');
    expect(round!.topics).toEqual([]);
    expect(round!.participants[0]).toEqual({ personId: 'roman-vassilenko', side: 'KZ', role: 'head', postId: 'kz-deputy-foreign-minister' });
    expect(bundle.people?.[0]?.names[0]?.value).toBe('Василенко');
    expect(bundle.trade?.[0]?.value).toEqual({ amount: '223600000', currency: 'USD', precision: '100000' });
    expect(bundle.trade?.[0]?.classification).toEqual({ system: 'total', code: 'TOTAL' });
    expect(bundle.visits).toBeUndefined();
  });

  it('lets a series and an organization share an id', () => {
    expect(bundle.series?.[0]?.id).toBe('kz-lt-igc');
    expect(bundle.organizations?.[1]?.id).toBe('kz-lt-igc');
  });

  it('holds a consistent set of records', () => {
    expect(checkConsistency(new RecordSet(bundleRecords(bundle)))).toEqual([]);
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(parseBundle(`\uFEFF${BUNDLE}`, FILE)).toEqual(bundle);
  });

  it('accepts JSON, which is YAML', () => {
    const json = JSON.stringify(bundleFromRecords(validItems(), 'every kind'), null, 2);
    const parsed = parseBundle(json, 'kz-lt.json');
    expect(parsed.description).toBe('every kind');
    expect(bundleRecords(parsed)).toEqual(validItems());
  });
});

describe('parseBundle: problems', () => {
  it('names file, exact line, record, id and field of a bad value', () => {
    const text = edit(BUNDLE, "      start: '2024-02-29'", "      start: '2024-02-30'");
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    const [issue] = issues as [BundleIssue];
    expect(issue).toMatchObject({
      file: FILE,
      line: lineOf(text, "start: '2024-02-30'"),
      column: 14,
      record: 'meetings[0]',
      recordId: 'kz-lt-igc-14',
      field: 'date.start',
    });
    expect(issue.message).toMatch(/real date/);
    expect(formatBundleIssue(issue)).toBe(`${FILE}:${issue.line}:14: meetings[0] (kz-lt-igc-14) date.start: ${issue.message}`);
  });

  it('puts every issue into the error message and returns nothing partial', () => {
    let text = edit(BUNDLE, 'pair: KZ-LT\n    date: {', 'pair: LT-KZ\n    date: {');
    text = edit(text, "locator: p10 }]\n    reporter: KZ\n    partner: LT\n    period: { start: '2023' }\n    flow: import", "locator: p10 }]\n    reporter: KZ\n    partner: LT\n    period: { start: '2023' }\n    flow: imports");
    try {
      parseBundle(text, FILE);
      expect.unreachable();
    } catch (error) {
      const { issues, message } = error as BundleError;
      expect(issues.map((i) => [i.record, i.recordId, i.field, i.line])).toEqual([
        ['meetings[1]', 'kz-lt-political-consultations-10', 'pair', lineOf(text, 'pair: LT-KZ')],
        ['trade[2]', 'kz-lt-2023-imports', 'flow', lineOf(text, 'flow: imports')],
      ]);
      expect(message.split('\n')).toHaveLength(2);
      expect(message).toContain(`${FILE}:${lineOf(text, 'flow: imports')}:`);
    }
  });

  it('tells to quote an unquoted year', () => {
    const text = edit(BUNDLE, "published: '2024-06-20'", 'published: 2024');
    const [issue] = issuesOf(text);
    expect(issue).toMatchObject({ record: 'sources[0]', recordId: 'kazinform-2024-06-20', field: 'published', line: lineOf(text, 'published: 2024') });
    expect(issue!.message).toContain('write it in quotes: "2024"');
  });

  it('tells to quote an unquoted amount', () => {
    const text = edit(BUNDLE, "amount: '92900000'", 'amount: 92900000');
    const [issue] = issuesOf(text);
    expect(issue).toMatchObject({ record: 'trade[1]', recordId: 'kz-lt-2023-exports', field: 'value.amount', line: lineOf(text, 'amount: 92900000') });
    expect(issue!.message).toContain('write it in quotes: "92900000"');
  });

  it('says which required field is missing, at the record’s line', () => {
    const text = edit(BUNDLE, '    title: 10th round of political consultations\n', '');
    const issues = issuesOf(text);
    expect(issues).toEqual([
      {
        file: FILE,
        line: lineOf(text, '- id: kz-lt-political-consultations-10'),
        column: 5,
        record: 'meetings[1]',
        recordId: 'kz-lt-political-consultations-10',
        field: 'title',
        message: 'missing required field "title"',
      },
    ]);
  });

  it('says a missing choice field (an enum) is missing, too', () => {
    const text = edit(BUNDLE, '    flow: turnover\n', '');
    expect(issuesOf(text)).toMatchObject([{ record: 'trade[0]', field: 'flow', message: 'missing required field "flow"', line: lineOf(text, '- id: kz-lt-2023-turnover') }]);
  });

  it('shows an unknown field where it is written', () => {
    const text = edit(BUNDLE, '    name: Roman Vassilenko\n', '    name: Roman Vassilenko\n    nationality: KZ\n');
    expect(issuesOf(text)).toMatchObject([
      { record: 'people[0]', recordId: 'roman-vassilenko', field: 'nationality', line: lineOf(text, 'nationality: KZ'), message: expect.stringContaining('nationality') },
    ]);
  });

  it('reports a duplicate id in one collection at the second id’s line', () => {
    const copy = '  - id: kz-lt-2023-exports\n    status: verified\n    citations: [{ sourceId: kazinform-2024-06-20, locator: p10 }]\n    reporter: KZ\n    partner: LT\n    period: { start: \'2022\' }\n    flow: export\n    value: { amount: \'1\', currency: USD }\n';
    const text = BUNDLE + copy;
    const lines = text.split('\n').flatMap((line, index) => (line.includes('- id: kz-lt-2023-exports') ? [index + 1] : []));
    expect(lines).toHaveLength(2);
    expect(issuesOf(text)).toEqual([
      { file: FILE, line: lines[1], column: 9, record: 'trade[3]', recordId: 'kz-lt-2023-exports', field: 'id', message: 'duplicate id, first used by trade[1]' },
    ]);
  });

  it('reports invalid YAML with its line', () => {
    const text = edit(BUNDLE, '    members: [KZ, LT]\n', '\tmembers: [KZ, LT]\n');
    expect(issuesOf(text)).toEqual([
      { file: FILE, line: lineOf(text, '\tmembers'), column: 1, message: 'not valid YAML: Tabs are not allowed as indentation' },
    ]);
  });

  it('reports an unclosed bracket with a line', () => {
    const text = edit(BUNDLE, '    members: [KZ, LT]\n', '    members: [KZ, LT\n');
    const issues = issuesOf(text);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.message).toMatch(/^not valid YAML: /);
      // The parser notices on the line after the bracket was opened.
      expect(issue.line).toBe(lineOf(text, 'members: [KZ, LT') + 1);
    }
  });

  it('reports a key written twice with the line of the second', () => {
    const text = edit(BUNDLE, '    kind: ministry\n', '    kind: ministry\n    kind: agency\n');
    expect(issuesOf(text)).toEqual([{ file: FILE, line: lineOf(text, 'kind: agency'), column: 5, message: 'not valid YAML: Map keys must be unique' }]);
  });

  it('counts lines the same after a byte order mark', () => {
    const text = edit(BUNDLE, "published: '2024-06-20'", 'published: 2024');
    expect(issuesOf(`\uFEFF${text}`)[0]!.line).toBe(lineOf(text, 'published: 2024'));
  });

  it('refuses another format or version', () => {
    const text = edit(edit(BUNDLE, 'format: bilat/bundle', 'format: other/bundle'), 'version: 1', 'version: 2');
    expect(issuesOf(text).map((i) => [i.field, i.line])).toEqual([
      ['format', lineOf(text, 'format: other')],
      ['version', lineOf(text, 'version: 2')],
    ]);
    expect(issuesOf(edit(BUNDLE, 'version: 1\n', '')).map((i) => i.message)).toEqual(['missing required field "version"']);
  });

  it('refuses an unknown collection', () => {
    const text = `${BUNDLE}meetingz: []\n`;
    expect(issuesOf(text)).toMatchObject([{ field: 'meetingz', line: lineOf(text, 'meetingz'), message: expect.stringContaining('meetingz') }]);
  });

  it('refuses a file that is not a mapping', () => {
    for (const text of ['', 'just some text', '- a\n- b\n']) {
      expect(issuesOf(text)).toHaveLength(1);
    }
    expect(issuesOf('just some text')[0]).toMatchObject({ file: FILE, line: 1, message: expect.stringMatching(/mapping/) });
  });
});

describe('bundleRecords', () => {
  const items = validItems();
  const bundle = bundleFromRecords([...items].reverse());
  const ordered = bundleRecords(bundle);

  it('returns sources first, then the kinds in dependency order', () => {
    expect(ordered[0]?.kind).toBe('source');
    const kinds = ordered.map((item) => item.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => RECORD_KINDS.indexOf(a) - RECORD_KINDS.indexOf(b)));
    expect(ordered).toHaveLength(items.length);
  });

  it('puts every record of another kind a record points at before it', () => {
    const position = new Map(ordered.map((item, index) => [refKey({ kind: item.kind, id: item.record.id }), index]));
    for (const [index, item] of ordered.entries()) {
      for (const reference of referencesOf(item)) {
        if (reference.target.kind === item.kind) continue;
        const at = position.get(refKey(reference.target));
        expect(at, `${item.kind} ${item.record.id} → ${refKey(reference.target)}`).toBeDefined();
        expect(at!, `${item.kind} ${item.record.id} → ${refKey(reference.target)}`).toBeLessThan(index);
      }
    }
  });

  it('omits empty collections and merges bundles', () => {
    const people = bundleFromRecords(items.filter((item) => item.kind === 'person'));
    expect(Object.keys(people)).toEqual(['format', 'version', 'people']);
    const sources = bundleFromRecords(items.filter((item) => item.kind === 'source'), 'sources only');
    const merged = mergeBundles([people, sources], 'both');
    expect(merged.description).toBe('both');
    expect(bundleRecords(merged).map((item) => item.kind)).toEqual(['source', 'source', 'person', 'person', 'person']);
  });
});

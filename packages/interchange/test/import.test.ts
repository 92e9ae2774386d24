import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRecord, listRevisions, scopeOf, undoBatch, type Scope } from '@bilat/db';
import type { Interaction, TradeFlow } from '@bilat/domain';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fileInput, runImport, type RunImportOptions } from '../src/index.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { fixture, TODAY } from './support/fixtures.js';
import { liveRecords, tableCounts } from './support/inspect.js';

/*
 * Every importer on both backends: what a fixture in each real format becomes, that a
 * second import changes nothing, that a batch undoes, and that a bad file (cut short, a
 * wrong column count, invalid UTF-8, an unknown country) is refused with its line and
 * leaves the database as it was.
 */

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'bilat-interchange-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A file in the scratch folder with the given bytes. */
function scratchFile(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe.each(BACKENDS)('imports on %s', (dialect) => {
  let test: TestDatabase;
  let scope: Scope;
  const importFile = async (format: string, path: string, options: Partial<RunImportOptions> = {}) =>
    runImport(test.database, await fileInput(path), { format, today: TODAY, ...options });
  const refusal = async (format: string, path: string, options: Partial<RunImportOptions> = {}) => {
    const error = await importFile(format, path, options).then(
      () => undefined,
      (e: unknown) => e as Error & { problems?: { line?: number; field?: string; message: string }[]; line?: number },
    );
    expect(error, `${path} should be refused`).toBeDefined();
    return error!;
  };

  beforeEach(async () => {
    test = await createTestDatabase(dialect);
    scope = scopeOf(test.database);
  });
  afterEach(async () => test.dispose());

  it('comtrade API JSON: figures by key, totals against the world kept apart, commodity codes as text, a source for the file', async () => {
    const report = await importFile('comtrade', fixture('comtrade-api.json'));
    expect(report.stats).toMatchObject({ rows: 8, bilateral: 6, world: 1 });
    expect(report.skipped).toEqual({ 'flow RX (re-exports, re-imports and processing flows are not stored)': 1 });
    expect(report.byKind).toMatchObject({ source: { created: 1 }, trade: { created: 7 } });
    const kzExports = (await findRecord(scope, 'trade', 'comtrade-kz-lt-2023-export-total'))!.record;
    expect(kzExports).toMatchObject({
      reporter: 'KZ',
      partner: 'LT',
      period: { start: '2023' },
      flow: 'export',
      value: { amount: '92912345', currency: 'USD' },
      classification: { system: 'total', code: 'TOTAL' },
      valuation: 'FOB',
      status: 'draft',
      citations: [{ sourceId: 'comtrade-file-comtrade-api-json' }],
    });
    expect((await findRecord(scope, 'trade', 'comtrade-kz-world-2023-export-total'))!.record).toMatchObject({ partner: 'WORLD' });
    const commodity = (await findRecord(scope, 'trade', 'comtrade-lt-kz-2023-export-h6-01'))!.record as TradeFlow;
    expect(commodity.classification).toEqual({ system: 'HS', code: '01' });
    expect(commodity.value).toEqual({ amount: '1234.5', currency: 'USD' });
    // France's Comtrade code is 251 (ISO 250): the ISO3 column decides.
    expect((await findRecord(scope, 'trade', 'comtrade-fr-lt-2023-export-total'))!.record).toMatchObject({ reporter: 'FR' });
    const source = (await findRecord(scope, 'source', 'comtrade-file-comtrade-api-json'))!.record;
    expect(source).toMatchObject({ publisher: 'UN Comtrade', title: 'UN Comtrade data: comtrade-api.json', accessed: TODAY, published: null });
  });

  it('comtrade: the current CSV and the legacy 35-column CSV (with its "TradeFlow Code" header and CRLF lines)', async () => {
    const current = await importFile('comtrade', fixture('comtrade-current.csv'));
    expect(current.stats).toMatchObject({ rows: 5, bilateral: 5, layout: 47 });
    expect((await findRecord(scope, 'trade', 'comtrade-kz-lt-2023-05-export-h6-01'))!.record).toMatchObject({ period: { start: '2023-05' }, classification: { code: '01' } });
    const legacy = await importFile('comtrade', fixture('comtrade-legacy.csv'));
    expect(legacy.stats).toMatchObject({ rows: 5, world: 4, layout: 35 });
    expect(legacy.skipped).toEqual({ 'flow 4 (re-exports, re-imports and processing flows are not stored)': 1 });
    expect((await findRecord(scope, 'trade', 'comtrade-kz-world-2016-import-h4-01'))!.record).toMatchObject({ reporter: 'KZ', partner: 'WORLD', value: { amount: '4453144' }, classification: { system: 'HS', code: '01' } });
    expect((await findRecord(scope, 'trade', 'comtrade-us-world-2016-import-h4-01'))!.record).toMatchObject({ reporter: 'US' });
  });

  it('is idempotent: the same file again changes nothing and records no batch', async () => {
    for (const [format, file, options] of [
      ['comtrade', 'comtrade-api.json', {}],
      ['gdelt', 'gdelt2-export.tsv', {}],
      ['popolo', 'popolo.json', { country: 'LT' }],
      ['wikidata', 'ministers_wikidata.csv', { post: 'Minister of Foreign Affairs', country: 'KZ' }],
      ['bundle', 'bundle.ndjson', {}],
    ] as const) {
      const first = await importFile(format, fixture(file), options);
      expect(first.batchId, file).not.toBeNull();
      const counts = await tableCounts(test.database);
      const records = await liveRecords(test.database);
      // Another day: the file's source keeps the day it was first read.
      const second = await importFile(format, fixture(file), { ...options, today: '2027-01-01' });
      expect(second.batchId, file).toBeNull();
      expect(second.total.created + second.total.updated + second.total.restored, file).toBe(0);
      expect(await tableCounts(test.database), file).toEqual(counts);
      expect(await liveRecords(test.database), file).toEqual(records);
    }
  });

  it('comtrade: a new value for the same key is a revision of the figure, not a second figure, and undo brings the first back', async () => {
    await importFile('comtrade', fixture('comtrade-api.json'));
    const revised = readFileSync(fixture('comtrade-api.json'), 'utf8').replaceAll('92912345.0', '93000000.0');
    const path = scratchFile('comtrade-revised.json', revised);
    const report = await importFile('comtrade', path);
    expect(report.byKind.trade).toMatchObject({ updated: 7, created: 0 });
    const figure = (await findRecord(scope, 'trade', 'comtrade-kz-lt-2023-export-total'))!.record;
    expect(figure.value.amount).toBe('93000000');
    expect(figure.citations).toEqual([{ sourceId: 'comtrade-file-comtrade-revised-json' }]);
    // The same figures again from another file are cited by both files.
    expect((await findRecord(scope, 'trade', 'comtrade-lt-kz-2023-import-total'))!.record.citations.map((c) => c.sourceId)).toEqual([
      'comtrade-file-comtrade-api-json',
      'comtrade-file-comtrade-revised-json',
    ]);
    const history = await listRevisions(scope, { kind: 'trade', recordId: 'comtrade-kz-lt-2023-export-total', order: 'desc' });
    expect(history.map((revision) => revision.action)).toEqual(['update', 'create']);
    await undoBatch(test.database, report.batchId!);
    expect((await findRecord(scope, 'trade', 'comtrade-kz-lt-2023-export-total'))!.record.value.amount).toBe('92912345');
  });

  it('gdelt 2.0 and 1.0: one interaction per day, pair and code with every event and address; regional, non-state and domestic rows left out', async () => {
    const two = await importFile('gdelt', fixture('gdelt2-export.tsv'));
    expect(two.stats).toMatchObject({ rows: 9, 'rows of 61 columns': 9, 'root code 04': 7, 'root code 04 between two country codes': 5, 'events kept': 5 });
    expect(two.skipped).toEqual({
      'an actor is coded with a region, not a country': 1,
      'an actor has no country (a non-state actor)': 1,
      'event code not a consultation, visit or agreement': 1,
      'both actors in one country': 1,
    });
    const consult = (await findRecord(scope, 'interaction', 'kz-lt-2024-06-20-040'))!.record as Interaction;
    expect(consult).toMatchObject({ pair: 'KZ-LT', date: '2024-06-20', code: '040', dataset: 'gdelt-2', status: 'draft' });
    expect(consult.events).toEqual([
      { id: '1100000001', url: 'https://example.org/news/kz-lt-consultations', actors: ['KZ', 'LT'] },
      { id: '1100000002', url: 'https://example.org/news/lt-kz-talks', actors: ['LT', 'KZ'] },
    ]);
    // CAMEO's own code for Romania.
    expect(await findRecord(scope, 'interaction', 'lt-ro-2024-06-20-046')).toBeDefined();
    const one = await importFile('gdelt', fixture('gdelt1-events.tsv'));
    expect(one.stats).toMatchObject({ rows: 4, 'rows of 58 columns': 2, 'rows of 57 columns': 2 });
    const backfile = (await findRecord(scope, 'interaction', 'kz-lt-2013-02-03-036'))!.record as Interaction;
    expect(backfile).toMatchObject({ dataset: 'gdelt-1', events: [{ id: '200000001', actors: ['LT', 'KZ'] }] });
  });

  it('gdelt: importing another file with the same day, pair and code merges the events', async () => {
    await importFile('gdelt', fixture('gdelt2-export.tsv'));
    const lines = readFileSync(fixture('gdelt2-export.tsv'), 'utf8').split('\n');
    const more = lines[0]!.replace('1100000001', '1100000099').replace('kz-lt-consultations', 'more');
    const report = await importFile('gdelt', scratchFile('more.export.CSV', `${lines[1]}\n${more}\n`));
    expect(report.byKind.interaction).toMatchObject({ updated: 1 });
    const merged = (await findRecord(scope, 'interaction', 'kz-lt-2024-06-20-040'))!.record as Interaction;
    expect(merged.events.map((event) => event.id)).toEqual(['1100000001', '1100000002', '1100000099']);
    expect(merged.citations.map((c) => c.sourceId)).toEqual(['gdelt-file-gdelt2-export-tsv', 'gdelt-file-more-export-csv']);
  });

  it('popolo: persons, organizations, memberships with partial dates; "Member of" posts; Popolo and Wikidata ids kept', async () => {
    const report = await importFile('popolo', fixture('popolo.json'), { country: 'LT' });
    expect(report.stats).toEqual({ persons: 3, organizations: 2, posts: 1, memberships: 4 });
    const person = (await findRecord(scope, 'person', 'popolo-6b1d2e8a-0000-4000-8000-000000000001'))!.record;
    expect(person).toMatchObject({ name: 'Rūta Kairienė', country: 'LT' });
    expect(person.identifiers).toEqual([
      { scheme: 'popolo', value: '6b1d2e8a-0000-4000-8000-000000000001' },
      { scheme: 'wikidata', value: 'Q99000001' },
      { scheme: 'everypolitician', value: 'ab12' },
      { scheme: 'other', value: 'lrs:4711' },
    ]);
    expect(person.names).toEqual([
      { value: 'Рута Кайрене', kind: 'script', lang: 'ru' },
      { value: 'Ruta Kairiene', kind: 'spelling', lang: 'en' },
    ]);
    expect((await findRecord(scope, 'organization', 'popolo-seimas'))!.record).toMatchObject({ kind: 'parliament', country: 'LT' });
    expect((await findRecord(scope, 'post', 'popolo-seimas-member'))!.record).toMatchObject({ title: 'Member of Seimas', rank: 'member', organizationId: 'popolo-seimas' });
    const holdings = (await liveRecords(test.database)).holdings!.map((row) => JSON.parse(row.slice(row.indexOf('|') + 1)));
    expect(holdings).toHaveLength(4);
    expect(holdings).toContainEqual(expect.objectContaining({ personId: 'popolo-6b1d2e8a-0000-4000-8000-000000000001', postId: 'popolo-seimas-member', start: '2020', notes: expect.stringContaining('on behalf of Lietuvos socialdemokratų partijos frakcija') }));
    expect(holdings).toContainEqual(expect.objectContaining({ id: 'popolo-m-speaker-1', postId: 'popolo-speaker-seimas', start: '2020-11-13', end: '2024-11', identifiers: [{ scheme: 'popolo', value: 'm-speaker-1' }] }));
  });

  it('wikidata: people with their Wikidata ids, holdings at their precision with the statement id; the meta file names the position', async () => {
    const report = await importFile('wikidata', fixture('ministers_wikidata.csv'), { post: 'Minister of Foreign Affairs', country: 'KZ' });
    expect(report.stats).toEqual({ rows: 4 });
    const post = (await findRecord(scope, 'post', 'minister-of-foreign-affairs-q99000100'))!.record;
    expect(post).toMatchObject({ title: 'Minister of Foreign Affairs', country: 'KZ', organizationId: 'government-of-kz' });
    expect((await findRecord(scope, 'person', 'aigerim-sultanova-q99000011'))!.record).toMatchObject({ identifiers: [{ scheme: 'wikidata', value: 'Q99000011' }], country: 'KZ' });
    const holding = (await findRecord(scope, 'holding', 'position-held-q99000012-4b851ce3-73f9-4a10-bc2d-f2d188abab74'))!.record;
    expect(holding).toMatchObject({ start: '2003-06', end: '2007-01-11', identifiers: [{ scheme: 'wikidata', value: 'Q99000012-4B851CE3-73F9-4A10-BC2D-F2D188ABAB74' }] });
    expect((await findRecord(scope, 'holding', 'position-held-q99000013-1c183d34-6cc8-43b4-88ad-fa9e9ca48dda'))!.record).toMatchObject({ start: '2019-09-18' });
    expect((await findRecord(scope, 'person', 'mukhtar-junior-tleu-q99000013'))!.record.name).toBe('Mukhtar "Junior" Tleu');
    // A file with a position per row (a cabinet list) needs only the country.
    const cabinet = await importFile('wikidata', fixture('cabinet.csv'), { country: 'LT' });
    expect(cabinet.byKind.post).toMatchObject({ created: 2 });
    expect((await findRecord(scope, 'post', 'minister-of-education-science-and-sport-q99000201'))!.record.title).toBe('Minister of Education, Science and Sport');
  });

  it('wikidata: asks for what the file and its meta do not name, and takes an existing post by id', async () => {
    const error = await refusal('wikidata', fixture('ministers_wikidata.csv'));
    expect(error.name).toBe('UsageError');
    expect(error.message).toContain('ministers_meta.json names only the position Q99000100');
    expect(error.message).toContain('--post ID|TITLE');
    expect(error.message).toContain('--country CC');
    await importFile('wikidata', fixture('ministers_wikidata.csv'), { post: 'Minister', country: 'KZ' });
    const again = await importFile('wikidata', fixture('ministers_wikidata.csv'), { post: 'minister-q99000100' });
    expect(again.byKind.holding).toMatchObject({ unchanged: 4 });
  });

  it('bundle: NDJSON, one record a line, forward references allowed', async () => {
    const report = await importFile('bundle', fixture('bundle.ndjson'));
    expect(report.total.created).toBe(3);
    expect((await findRecord(scope, 'trade', 'test-ndjson-trade-2023'))!.record.value.amount).toBe('130700000');
    const bad = scratchFile('bad.ndjson', '{"kind":"place","record":{"id":"x","status":"verified","citations":[{"sourceId":"nowhere"}],"name":"X","kind":"city","country":"LT"}}\n{"kind":"planet","record":{}}\nnot json\n');
    const error = await refusal('bundle', bad);
    expect(error.problems!.map((p) => [p.line, p.field])).toEqual([
      [2, 'kind'],
      [3, undefined],
      [1, undefined],
    ]);
    expect(error.problems![2]!.message).toContain('refers to source nowhere');
  });

  describe('bad files are refused with the line, and the database is left as it was', () => {
    let before: Record<string, number>;
    beforeEach(async () => {
      await importFile('comtrade', fixture('comtrade-api.json'));
      before = await tableCounts(test.database);
    });
    afterEach(async () => expect(await tableCounts(test.database)).toEqual(before));

    it('a GDELT file cut off in the middle of its last row', async () => {
      const text = readFileSync(fixture('gdelt2-export.tsv'), 'utf8');
      const error = await refusal('gdelt', scratchFile('cut.tsv', text.slice(0, text.lastIndexOf('\t20240620143000'))));
      expect(error.problems).toEqual([expect.objectContaining({ line: 9, message: expect.stringMatching(/^59 columns; GDELT rows have 57 or 58/) })]);
      // Cut where a 2.0 row happens to have as many columns as a 1.0 row: still not a row of this file.
      const fields = text.split('\n')[8]!.split('\t');
      const looksOld = await refusal('gdelt', scratchFile('cut-58.tsv', `${text.split('\n').slice(0, 8).join('\n')}\n${fields.slice(0, 58).join('\t')}`));
      expect(looksOld.problems).toEqual([expect.objectContaining({ line: 9, message: expect.stringContaining('58 columns in a file of 61-column (GDELT 2.0) rows') })]);
    });

    it('a Comtrade CSV cut off in a quoted field, and one cut mid-row', async () => {
      const text = readFileSync(fixture('comtrade-legacy.csv'), 'utf8');
      const quoted = await refusal('comtrade', scratchFile('quoted.csv', `${text}H4,2016,2016,"cut here`));
      expect(quoted.name).toBe('CsvSyntaxError');
      expect(quoted.line).toBe(7);
      const cut = await refusal('comtrade', scratchFile('cut.csv', text.slice(0, text.length - 30)));
      expect(cut.problems).toEqual([expect.objectContaining({ line: 6, message: expect.stringContaining('columns where the header has 35') })]);
    });

    it('a Comtrade JSON response cut off', async () => {
      const text = readFileSync(fixture('comtrade-api.json'), 'utf8');
      const error = await refusal('comtrade', scratchFile('cut.json', text.slice(0, 5000)));
      expect(error.name).toBe('JsonSyntaxError');
      expect(error.message).toMatch(/^line \d+: not valid JSON/);
    });

    it('a row with the wrong number of columns, among good ones (every problem listed on a dry run)', async () => {
      const lines = readFileSync(fixture('gdelt2-export.tsv'), 'utf8').split('\n');
      lines[2] = `${lines[2]}\textra`;
      lines[5] = lines[5]!.split('\t').slice(0, 40).join('\t');
      const path = scratchFile('columns.tsv', lines.join('\n'));
      const dry = await importFile('gdelt', path, { dryRun: true });
      expect(dry.batchId).toBeNull();
      expect(dry.problems.map((p) => p.line)).toEqual([3, 6]);
      const error = await refusal('gdelt', path);
      expect(error.problems!.map((p) => p.line)).toEqual([3, 6]);
      expect(error.message).toContain('line 3: 62 columns');
    });

    it('invalid UTF-8: refused naming the line and suggesting --encoding; read as cp1252 when asked', async () => {
      const good = readFileSync(fixture('ministers_wikidata.csv'));
      const latin = Buffer.concat([good.subarray(0, good.indexOf('Daniyar')), Buffer.from([0xc9]), good.subarray(good.indexOf('Daniyar') + 1)]);
      const path = scratchFile('latin_wikidata.csv', latin);
      const error = await refusal('wikidata', path, { post: 'Minister', country: 'KZ' });
      expect(error.name).toBe('EncodingError');
      expect(error.message).toBe('line 3: not valid UTF-8 text; if the file is Latin-1 or Windows-1252, run again with --encoding cp1252');
      // The afterEach check needs the database unchanged: the good read happens in a dry run.
      const read = await importFile('wikidata', path, { post: 'Minister', country: 'KZ', encoding: 'cp1252', dryRun: true });
      expect(read.problems).toEqual([]);
    });

    it('a UTF-8 byte-order mark is not part of the header', async () => {
      const path = scratchFile('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(fixture('comtrade-legacy.csv'))]));
      const report = await importFile('comtrade', path, { dryRun: true });
      expect(report.problems).toEqual([]);
      expect(report.stats.layout).toBe(35);
    });

    it('an unknown country code (GDELT and Comtrade)', async () => {
      const lines = readFileSync(fixture('gdelt2-export.tsv'), 'utf8').split('\n');
      const fields = lines[1]!.split('\t');
      fields[7] = 'ZZZ';
      lines[1] = fields.join('\t');
      const gdelt = await refusal('gdelt', scratchFile('unknown.tsv', lines.join('\n')));
      expect(gdelt.problems).toEqual([{ line: 2, field: 'Actor1CountryCode', message: 'unknown country code "ZZZ" (neither ISO 3166-1 alpha-3 nor a CAMEO region)' }]);
      const comtrade = await refusal('comtrade', scratchFile('unknown.csv', readFileSync(fixture('comtrade-legacy.csv'), 'utf8').replace(',KAZ,', ',QQQ,')));
      expect(comtrade.problems).toEqual([{ line: 2, field: 'reporterISO', message: 'unknown country code "QQQ" (neither ISO 3166-1 nor a Comtrade area code)' }]);
    });

    it('a file that is not the format asked for', async () => {
      const error = await refusal('comtrade', fixture('ministers_wikidata.csv'));
      expect(error.problems![0]!.message).toContain('not a Comtrade file');
      const reporters = await refusal('comtrade', scratchFile('Reporters.json', '{"results":[{"id":4,"text":"Afghanistan"}]}'));
      expect(reporters.problems![0]!.message).toContain('reference list');
    });
  });
});

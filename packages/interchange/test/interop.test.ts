import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRecord, scopeOf } from '@bilat/db';
import { isCountryCode, partyFromAlpha3, type Interaction } from '@bilat/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { comtradeParty, fileInput, runImport, type RunImportOptions } from '../src/index.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { HAS_SHARED_DATA, SHARED_DATA, TODAY } from './support/fixtures.js';
import { liveRecords } from './support/inspect.js';

/*
 * The real public files in ../shared/data (never copied into the repository): each is
 * imported, and the counts are checked against what the files hold, counted here with
 * plain string splitting and JSON.parse rather than with the importers' code.
 */

if (!HAS_SHARED_DATA) console.warn(`[bilat tests] ${SHARED_DATA} is absent: skipping the interop suite over the real public files.`);

const data = (...parts: string[]) => join(SHARED_DATA, ...parts);
const tsvRows = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => line.split('\t'));

describe.skipIf(!HAS_SHARED_DATA).each(BACKENDS)('real public files on %s', (dialect) => {
  let test: TestDatabase;
  const importFile = async (format: string, path: string, options: Partial<RunImportOptions> = {}) =>
    runImport(test.database, await fileInput(path), { format, today: TODAY, ...options });
  beforeEach(async () => {
    test = await createTestDatabase(dialect);
  });
  afterEach(async () => test.dispose());

  it('GDELT 2.0 export: 2,111 rows, 460 of root code 04, 157 of those between two country codes', async () => {
    const path = data('gdelt2-export-20191024143000', '20191024143000.export.CSV');
    const rows = tsvRows(path);
    expect(rows).toHaveLength(2111);
    expect(rows.every((row) => row.length === 61)).toBe(true);
    const consult = rows.filter((row) => row[28] === '04');
    expect(consult).toHaveLength(460);
    expect(consult.filter((row) => row[7] && row[17] && row[7] !== row[17])).toHaveLength(157);
    const report = await importFile('gdelt', path);
    expect(report.problems).toEqual([]);
    expect(report.stats).toMatchObject({ rows: 2111, 'rows of 61 columns': 2111, 'root code 04': 460, 'root code 04 between two country codes': 157 });
    // Kept: consult/visit/agreement codes between two countries that ISO alpha-3 names, differing.
    const kept = rows.filter((row) => {
      const [a, b] = [partyFromAlpha3(row[7]!), partyFromAlpha3(row[17]!)];
      return /^(036|04[0-6]|057)/.test(row[26]!) && a && b && isCountryCode(a) && isCountryCode(b) && a !== b;
    });
    expect(report.stats['events kept']).toBe(kept.length);
    const stored = (await liveRecords(test.database)).interactions!.map((row) => JSON.parse(row.slice(row.indexOf('|') + 1)) as Interaction);
    expect(stored.reduce((sum, interaction) => sum + interaction.events.length, 0)).toBe(kept.length);
    expect(new Set(kept.map((row) => `${row[1]}|${[partyFromAlpha3(row[7]!), partyFromAlpha3(row[17]!)].sort().join('-')}|${row[26]}`)).size).toBe(stored.length);
  });

  it('GDELT 1.0 sample: 509 rows of 58 columns and 201 of 57 in one file', async () => {
    const path = data('gdelt1-events-sample', 'events.csv');
    const rows = tsvRows(path);
    expect(rows.filter((row) => row.length === 58)).toHaveLength(509);
    expect(rows.filter((row) => row.length === 57)).toHaveLength(201);
    const report = await importFile('gdelt', path);
    expect(report.problems).toEqual([]);
    expect(report.stats).toMatchObject({ rows: 710, 'rows of 58 columns': 509, 'rows of 57 columns': 201, 'root code 04': 174, 'root code 04 between two country codes': 51 });
  });

  it('legacy Comtrade CSV: 127 rows, all against the world (no bilateral figure); commodity code 01 stays text', async () => {
    const path = data('comtrade-legacy-csv-live-animals-2016', 'live-animal-trade.csv');
    const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean);
    expect(lines).toHaveLength(128);
    const flows = lines.slice(1).map((line) => line.split(',')[7]);
    const stored = flows.filter((flow) => flow === 'Import' || flow === 'Export').length;
    const report = await importFile('comtrade', path);
    expect(report.problems).toEqual([]);
    expect(report.stats).toMatchObject({ rows: 127, world: stored, layout: 35 });
    expect(report.stats.bilateral ?? 0).toBe(0);
    expect(Object.values(report.skipped).reduce((a, b) => a + b, 0)).toBe(127 - stored);
    const kz = (await findRecord(scopeOf(test.database), 'trade', 'comtrade-kz-world-2016-export-h4-01'))!.record;
    expect(kz).toMatchObject({ reporter: 'KZ', partner: 'WORLD', classification: { system: 'HS', code: '01' } });
    expect(await findRecord(scopeOf(test.database), 'trade', 'comtrade-lt-world-2016-import-h4-01')).toBeDefined();
  });

  it('Comtrade API JSON responses import without problems; the reporter list confirms the numeric-code exceptions', async () => {
    for (const file of ['HS-60a6ad.json', 'HS-5e2730_body.json']) {
      const path = data('comtrade-api-v1-json', file);
      const expected = (JSON.parse(readFileSync(path, 'utf8')) as { data: unknown[] }).data.length;
      const report = await importFile('comtrade', path);
      expect(report.problems, file).toEqual([]);
      expect(report.stats, file).toMatchObject({ rows: expected, bilateral: expected });
    }
    // Every current reporter Comtrade lists maps, from its numeric code alone, to the ISO code Comtrade gives it.
    const reporters = JSON.parse(readFileSync(data('comtrade-api-v1-json', 'Reporters.json'), 'utf8')) as { results: { reporterCode: number; reporterCodeIsoAlpha2: string; isGroup: boolean }[] };
    const countries = reporters.results.filter((r) => !r.isGroup && isCountryCode(r.reporterCodeIsoAlpha2));
    expect(countries.length).toBeGreaterThan(200);
    for (const reporter of countries) expect(comtradeParty(String(reporter.reporterCode), undefined), String(reporter.reporterCode)).toEqual({ party: reporter.reporterCodeIsoAlpha2 });
    // The reference list itself is no data response, and says so.
    await expect(importFile('comtrade', data('comtrade-api-v1-json', 'Reporters.json'))).rejects.toThrow('reference list');
  });

  it('Estonia Popolo file: 193 persons and 299 memberships', async () => {
    const path = data('popolo-everypolitician', 'estonia-ep-popolo-v1.0.json');
    const file = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown[]>;
    expect(file.persons).toHaveLength(193);
    expect(file.memberships).toHaveLength(299);
    const report = await importFile('popolo', path, { country: 'EE' });
    expect(report.problems).toEqual([]);
    expect(report.stats).toMatchObject({ persons: 193, memberships: 299, organizations: 8 });
    expect(report.byKind).toMatchObject({ person: { created: 193 }, holding: { created: 299 }, organization: { created: 8 } });
    const records = await liveRecords(test.database);
    const wikidata = (file.persons as { identifiers?: { scheme: string }[] }[]).filter((p) => p.identifiers?.some((i) => i.scheme === 'wikidata')).length;
    expect(records.people!.filter((row) => row.includes('"scheme":"wikidata"'))).toHaveLength(wikidata);
  });

  it('Wikidata position-held exports import without problems (the meta file names the position; --post and --country the rest)', async () => {
    for (const [folder, country] of [['wikidata-officials-kazakhstan-cabinet', 'KZ'], ['wikidata-officials-lithuania', 'LT']] as const) {
      for (const file of readdirSync(data(folder)).filter((name) => name.endsWith('_wikidata.csv'))) {
        const path = data(folder, file);
        const rows = readFileSync(path, 'utf8').split('\n').filter(Boolean).length - 1;
        await expect(importFile('wikidata', path)).rejects.toThrow(/names only the position Q\d+/);
        const report = await importFile('wikidata', path, { post: 'Minister of Foreign Affairs', country });
        expect(report.problems, file).toEqual([]);
        expect(report.stats.rows, file).toBe(rows);
        expect(report.byKind.holding?.created, file).toBe(rows);
      }
      const cabinet = await importFile('wikidata', data(folder, 'wikidata_results_current-cabinet.csv'), { country });
      expect(cabinet.problems).toEqual([]);
    }
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scopeOf } from '@bilat/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseReader, exportBundle, exportPopolo, fileInput, runImport, stringSink, type RunImportOptions } from '../src/index.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { fixture, TODAY } from './support/fixtures.js';
import { liveRecords } from './support/inspect.js';

/*
 * Round trips: a fixture in each real format is imported, exported, and the export
 * imported into an empty database; both databases then hold identical records.
 */

const FIXTURES: [string, string, Partial<RunImportOptions>][] = [
  ['comtrade', 'comtrade-api.json', {}],
  ['comtrade', 'comtrade-current.csv', {}],
  ['comtrade', 'comtrade-legacy.csv', {}],
  ['gdelt', 'gdelt2-export.tsv', {}],
  ['gdelt', 'gdelt1-events.tsv', {}],
  ['popolo', 'popolo.json', { country: 'LT' }],
  ['wikidata', 'ministers_wikidata.csv', { post: 'Minister of Foreign Affairs', country: 'KZ' }],
  ['wikidata', 'cabinet.csv', { country: 'LT' }],
  ['bundle', 'bundle.ndjson', {}],
];

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'bilat-roundtrip-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(BACKENDS)('round trips on %s', (dialect) => {
  let source: TestDatabase;
  beforeAll(async () => {
    // Every fixture into one database: the exports then hold every kind the importers make.
    source = await createTestDatabase(dialect);
    for (const [format, file, options] of FIXTURES) await runImport(source.database, await fileInput(fixture(file)), { format, today: TODAY, ...options });
  });
  afterAll(async () => source.dispose());

  async function reimport(format: string, name: string, text: string): Promise<Record<string, string[]>> {
    const path = join(scratch, `${dialect}-${name}`);
    writeFileSync(path, text);
    const target = await createTestDatabase(dialect);
    try {
      const report = await runImport(target.database, await fileInput(path), { format, today: '2030-01-01' });
      expect(report.problems).toEqual([]);
      return await liveRecords(target.database);
    } finally {
      await target.dispose();
    }
  }

  it.each([
    ['YAML', false, 'export.yaml'],
    ['NDJSON', true, 'export.ndjson'],
  ] as const)('bundle as %s: import → export → import into an empty database gives identical records', async (_, ndjson, name) => {
    const sink = stringSink();
    const count = await exportBundle(databaseReader(scopeOf(source.database)), {}, sink, { ndjson });
    const expected = await liveRecords(source.database);
    expect(count).toBe(Object.values(expected).flat().length);
    expect(await reimport('bundle', name, sink.text())).toEqual(expected);
  });

  it('a filtered bundle brings what its records point at, and imports on its own', async () => {
    const sink = stringSink();
    await exportBundle(databaseReader(scopeOf(source.database)), { country: 'KZ', partner: 'LT' }, sink, { ndjson: true });
    const records = await reimport('bundle', 'pair.ndjson', sink.text());
    expect(records.interactions?.length).toBeGreaterThan(0);
    expect(records.trade_flows?.every((row) => /"reporter":"(KZ|LT)"/.test(row))).toBe(true);
    expect(records.sources?.length).toBeGreaterThan(0);
  });

  it('popolo: the export re-imports to the same people, organizations, posts and holdings (with their sources)', async () => {
    const sink = stringSink();
    await exportPopolo(databaseReader(scopeOf(source.database)), {}, sink);
    const document = JSON.parse(sink.text()) as Record<string, unknown[]>;
    expect(Object.keys(document)).toEqual(['bilat', 'persons', 'organizations', 'posts', 'memberships']);
    const records = await reimport('popolo', 'export-popolo.json', sink.text());
    const all = await liveRecords(source.database);
    const officials = ['people', 'organizations', 'posts', 'holdings'] as const;
    for (const table of officials) expect(records[table], table).toEqual(all[table]);
    // The sources the officials cite come along (and only those).
    expect(records.sources?.every((row) => all.sources!.includes(row))).toBe(true);
  });
});

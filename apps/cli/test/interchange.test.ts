import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect, findRecord, listRevisions, RECORD_TABLES, saveRecord, scopeOf, type BilatDatabase } from '@bilat/db';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, bilat, bilatAsync, startServer } from './support/run.js';

/*
 * `bilat import`, `bilat export`, and what imports show: the built command as a user runs
 * it. Exit codes and messages for bad files, a round trip through the command line, and
 * a killed import that leaves the database as it was.
 */

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'packages', 'interchange', 'test', 'fixtures');
const fixture = (name: string) => join(FIXTURES, name);

let dir: string;
let db: string;
const run = (...args: string[]) => bilat([...args, '--db', db]);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bilat-interchange-cli-'));
  db = join(dir, 'bilat.db');
  expect(run('db', 'seed').code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function counts(database: BilatDatabase): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of [...new Set(Object.values(RECORD_TABLES)), 'revisions', 'batches']) {
    const row = await database.db.selectFrom(table as 'sources').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

describe('bilat import', () => {
  it('imports a file, says what it did and how to undo it; the same file again changes nothing', () => {
    const first = run('import', 'comtrade', fixture('comtrade-api.json'));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Imported comtrade comtrade-api.json');
    expect(first.stdout).toContain('8 rows read, 8 records: 8 created');
    expect(first.stdout).toMatch(/undo with: bilat import undo import-\S+/);
    const again = run('import', 'comtrade', fixture('comtrade-api.json'), '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ batchId: null, total: { created: 0, updated: 0, unchanged: 8 }, stats: { rows: 8 } });
  });

  it('shows both sides’ figures for one flow: bilat trade and bilat dossier', () => {
    const trade = run('trade', 'KZ', 'LT');
    expect(trade.code, trade.stderr).toBe(0);
    expect(trade.stdout).toContain('Two figures for one flow (2)');
    // Two different exporter's figures that would both read "US$92.9 million" are written exactly, with the importer's beside them.
    expect(trade.stdout).toContain('2023, Kazakhstan → Lithuania: Kazakhstan reports exports of US$92,912,345 / US$92.9 million, Lithuania imports of US$101,234,567; gap +US$8.32 million (+9.0%)');
    expect(trade.stdout).toContain('Imports are usually valued CIF');
    // Commodity figures stay out of the totals, and can be asked for.
    expect(trade.stdout).not.toContain('1,234.5');
    expect(run('trade', 'KZ', 'LT', '--commodity', '01', '--json').stdout).toContain('"code": "01"');
    const dossier = run('dossier', 'KZ', 'LT');
    expect(dossier.stdout).toContain('Two figures for one flow');
    const json = JSON.parse(run('dossier', 'KZ', 'LT', '--json').stdout) as { tradeMirrors: { exporter: string; gap: { amount: string } }[] };
    // Kazakhstan's exports beside Lithuania's imports, and the other way round; the API gives the same.
    expect(json.tradeMirrors.map((m) => m.exporter)).toEqual(['KZ', 'LT']);
    expect(json.tradeMirrors.every((m) => /^-?\d+$/.test(m.gap.amount))).toBe(true);
  });

  it('bilat interactions shows imported GDELT events by month', () => {
    expect(run('import', 'gdelt', fixture('gdelt2-export.tsv')).code).toBe(0);
    const text = run('interactions', 'KZ', 'LT');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/2024-06\s+3\s+040 consult, 042 make a visit/);
    expect(text.stdout).toMatch(/2024-05\s+1\s+057 sign formal agreement/);
    expect(JSON.parse(run('interactions', 'KZ', 'LT', '--json').stdout).items[0]).toEqual({ month: '2024-06', count: 3, codes: ['040', '042'] });
  });

  it('refuses a bad file with exit 2, naming the file, line and field; JSON under --json; nothing written', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, readFileSync(fixture('comtrade-legacy.csv'), 'utf8').replace(',KAZ,', ',QQQ,').replace(',2016,2016,2016,2,0,2,', ',2016,20161,2016,2,0,2,'));
    const before = run('import', 'batches', '--json').stdout;
    const text = run('import', 'comtrade', bad);
    expect(text.code).toBe(2);
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain('bilat: bad.csv: nothing was imported (2 problems); the database is unchanged');
    expect(text.stderr).toContain('bad.csv:2: reporterISO: unknown country code "QQQ"');
    expect(text.stderr).toContain('bad.csv:3: period: "20161" is not a year (2016) or a month (201601)');
    const json = run('import', 'comtrade', bad, '--json');
    expect(json.code).toBe(2);
    expect(json.stdout).toBe('');
    expect(JSON.parse(json.stderr).error).toMatchObject({ code: 'INVALID_INPUT', details: [{ file: 'bad.csv', line: 2, field: 'reporterISO' }, { file: 'bad.csv', line: 3, field: 'period' }] });
    // A dry run lists the problems on stdout and says so in its exit code.
    const dry = run('import', 'comtrade', bad, '--dry-run');
    expect(dry.code).toBe(2);
    expect(dry.stdout).toContain('Dry run of comtrade bad.csv: nothing was written.');
    expect(dry.stdout).toContain('2 problem(s); a real import would be refused');
    expect(run('import', 'batches', '--json').stdout).toBe(before);
  });

  it('invalid UTF-8 is refused naming the line and the --encoding flag', () => {
    const latin = join(dir, 'latin.tsv');
    writeFileSync(latin, Buffer.concat([readFileSync(fixture('gdelt2-export.tsv')), Buffer.from('1100000010\t2024062\xe9', 'latin1')]));
    const result = run('import', 'gdelt', latin);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('latin.tsv:10: not valid UTF-8 text; if the file is Latin-1 or Windows-1252, run again with --encoding cp1252');
  });

  it('asks for what a position-held export does not say (exit 2), and lists and undoes batches', () => {
    const missing = run('import', 'wikidata', fixture('ministers_wikidata.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('give --post ID|TITLE (an existing post id, or the title of a new post) and --country CC');
    const imported = run('import', 'wikidata', fixture('ministers_wikidata.csv'), '--post', 'kz-minister-of-foreign-affairs', '--json');
    expect(imported.code, imported.stderr).toBe(0);
    const batch = JSON.parse(imported.stdout).batchId as string;
    expect(run('import', 'batches').stdout).toContain(batch);
    const undone = run('import', 'undo', batch);
    expect(undone.code, undone.stderr).toBe(0);
    expect(undone.stdout).toMatch(/^Undid batch import-\S+: 8 record\(s\) removed, 0 put back/);
    expect(run('import', 'undo', batch).code).toBe(1);
    expect(run('import', 'undo', 'no-such-batch').stderr).toContain('No import batch "no-such-batch"');
  });

  it('refuses to undo a batch whose records were edited since, listing them (also as JSON); --force undoes it', async () => {
    const imported = run('import', 'wikidata', fixture('ministers_wikidata.csv'), '--post', 'kz-minister-of-foreign-affairs', '--json');
    expect(imported.code, imported.stderr).toBe(0);
    const batch = JSON.parse(imported.stdout).batchId as string;
    const edited = await editOneRecordOf(db, batch, 'person');

    const refused = run('import', 'undo', batch);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`Batch "${batch}" was not undone: 1 of its record(s) changed since; undoing would discard those changes.`);
    expect(refused.stderr).toMatch(new RegExp(`\\n  person ${edited}: update by local:editor at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\n`));
    expect(refused.stderr).toContain('with --force');
    const asJson = run('import', 'undo', batch, '--json');
    expect(asJson.code).toBe(1);
    expect(JSON.parse(asJson.stderr)).toMatchObject({ error: { code: 'EDITED_SINCE', details: [{ kind: 'person', id: edited, changes: [{ action: 'update', actor: 'local:editor' }] }] } });

    const forced = run('import', 'undo', batch, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/^Undid batch import-\S+: \d+ record\(s\) removed/);
  });
});

/** Edits one record of the kind that the batch created, as a curator would after the import; answers its id. */
async function editOneRecordOf(path: string, batch: string, kind: 'person' | 'interaction'): Promise<string> {
  const database = connect({ kind: 'sqlite', path });
  try {
    const [created] = await listRevisions(scopeOf(database), { batchId: batch, kind });
    const stored = await findRecord(scopeOf(database), kind, created!.recordId);
    await saveRecord(database, kind, { ...stored!.record, notes: 'Checked by hand after the import' }, { actor: 'local:editor' }, 'update');
    return created!.recordId;
  } finally {
    await database.close();
  }
}

describe('bilat export', () => {
  it('bundle: exported, imported into an empty database and exported again, it is the same file', () => {
    const yaml = run('export', 'bundle');
    expect(yaml.code, yaml.stderr).toBe(0);
    expect(yaml.stdout).toMatch(/^format: bilat\/bundle\nversion: 1\nsources:\n/);
    const ndjson = join(dir, 'all.ndjson');
    const written = run('export', 'bundle', '--ndjson', '--output', ndjson);
    expect(written.stderr).toMatch(/^Wrote \d+ records to /);
    const other = join(dir, 'other.db');
    const imported = bilat(['import', 'bundle', ndjson, '--db', other]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(bilat(['export', 'bundle', '--db', other]).stdout).toBe(yaml.stdout);
    // The YAML bundle imports too (with every consistency rule checked).
    const yamlFile = join(dir, 'all.yaml');
    writeFileSync(yamlFile, yaml.stdout);
    const third = join(dir, 'third.db');
    expect(bilat(['import', 'bundle', yamlFile, '--db', third]).code).toBe(0);
    expect(bilat(['export', 'bundle', '--db', third]).stdout).toBe(yaml.stdout);
  });

  it('csv, ics, popolo, jsonld and md write what they say', () => {
    expect(run('export', 'csv', '--table', 'trade', '--pair', 'KZ-LT').stdout.split('\n')[0]).toBe('id,reporter,partner,period_start,period_end,flow,amount,currency,precision,classification,commodity,valuation,compiler,status,citations');
    expect(run('export', 'ics', '--pair', 'KZ-LT').stdout).toMatch(/^BEGIN:VCALENDAR/);
    expect(JSON.parse(run('export', 'popolo', '--country', 'LT').stdout)).toHaveProperty('memberships');
    expect(JSON.parse(run('export', 'jsonld', '--pair', 'KZ-LT').stdout)['@context']).toBe('https://schema.org');
    expect(run('export', 'md', '--pair', 'KZ-LT').stdout).toMatch(/^# Kazakhstan–Lithuania briefing/);
    expect(run('export', 'csv').code).toBe(2);
    expect(run('export', 'md').stderr).toContain('give --pair KZ-LT');
  });
});

describe('bilat --api URL import', () => {
  it('streams the file to a running server, which imports it with a write key', async () => {
    const path = join(dir, 'served.db');
    expect(bilat(['db', 'seed', '--db', path]).code).toBe(0);
    const key = bilat(['keys', 'create', '--scope', 'write', '--db', path]).stdout.trim();
    const server = await startServer(['--db', path]);
    try {
      const denied = await bilatAsync(['--api', server.url, 'import', 'gdelt', fixture('gdelt2-export.tsv')]);
      expect(denied.code).toBe(1);
      expect(denied.stderr).toContain('write');
      const result = await bilatAsync(['--api', server.url, '--api-key', key, 'import', 'gdelt', fixture('gdelt2-export.tsv')]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`Imported gdelt gdelt2-export.tsv into ${server.url}`);
      const bad = await bilatAsync(['--api', server.url, '--api-key', key, 'import', 'comtrade', fixture('ministers_wikidata.csv')]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('ministers_wikidata.csv:1: not a Comtrade file');

      // Batches are listed and undone through the server too, with the same refusal when edited since.
      const batch = /batch (import-\S+)/.exec(result.stdout)![1]!;
      expect((await bilatAsync(['--api', server.url, 'import', 'batches'])).stdout).toContain(batch);
      const edited = await editOneRecordOf(path, batch, 'interaction');
      const refused = await bilatAsync(['--api', server.url, '--api-key', key, 'import', 'undo', batch]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`  interaction ${edited}: update by local:editor`);
      const forced = await bilatAsync(['--api', server.url, '--api-key', key, 'import', 'undo', batch, '--force']);
      expect(forced.code, forced.stderr).toBe(0);
      expect(forced.stdout).toContain(`Undid batch ${batch}`);
    } finally {
      await server.stop();
    }
    // The import was undone: its interactions are gone.
    expect(bilat(['interactions', 'KZ', 'LT', '--db', path]).stdout).not.toContain('2024-06');
  });
});

describe('bilat import hsg', () => {
  const folder = fixture('hsg');

  it('imports a folder of the Office of the Historian’s files, says what it read and what it did not store', () => {
    const path = join(dir, 'hsg.db');
    const first = bilat(['import', 'hsg', folder, '--db', path]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Imported hsg hsg into ${path}`);
    for (const read of ['6 trips', '6 visits', '6 chiefs of mission', '9 timeline entries']) expect(first.stdout).toContain(read);
    expect(first.stdout).toContain('1  chief of mission: a nominee who did not serve (other-nominees)');
    const again = bilat(['import', 'hsg', folder, '--db', path, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ batchId: null, total: { created: 0, updated: 0 }, stats: { trips: 6 } });
    const relations = bilat(['relations', 'US', 'KZ', '--db', path, '--json']);
    expect(relations.code, relations.stderr).toBe(0);
    expect(JSON.parse(relations.stdout).items.map((r: { kind: string; date: { start: string } }) => `${r.date.start} ${r.kind}`)).toEqual([
      '1991-12-25 recognition',
      '1991-12-25 relations-established',
      '1992-02-03 embassy-established',
      '2006-08 mission-moved',
    ]);
  });

  it('refuses a folder with a file cut short (exit 2), naming the file inside it and the line; a file is not a folder', () => {
    const copy = join(dir, 'hsg-cut');
    cpSync(folder, copy, { recursive: true });
    const cut = join(copy, 'rdcr', 'articles', 'texas.xml');
    writeFileSync(cut, readFileSync(cut, 'utf8').slice(0, 900));
    const path = join(dir, 'hsg-cut.db');
    const refused = bilat(['import', 'hsg', copy, '--db', path]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/hsg-cut: nothing was imported \(1 problem\); the database is unchanged\n {2}hsg-cut\/rdcr\/articles\/texas\.xml:\d+: not well-formed XML/);
    expect(bilat(['relations', 'US', 'KZ', '--db', path, '--json']).stdout).toContain('"items": []');
    const notFolder = bilat(['import', 'hsg', fixture('popolo.json'), '--db', path]);
    expect(notFolder.code).toBe(2);
    expect(notFolder.stderr).toContain('not a tar archive');
  });

  it('uploads a folder to a running server as a gzipped tar', async () => {
    const path = join(dir, 'hsg-served.db');
    expect(bilat(['db', 'seed', '--db', path]).code).toBe(0);
    const key = bilat(['keys', 'create', '--scope', 'write', '--db', path]).stdout.trim();
    const server = await startServer(['--db', path]);
    try {
      const result = await bilatAsync(['--api', server.url, '--api-key', key, 'import', 'hsg', folder]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`Imported hsg hsg into ${server.url}`);
    } finally {
      await server.stop();
    }
    expect(bilat(['relations', 'KZ', 'US', '--db', path]).stdout).toContain('Embassy established');
  });
});

/** A GDELT 2.0 file of `rows` rows, every one kept (a different day each), written without holding it whole. */
async function largeGdeltFile(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const base = Date.UTC(1990, 0, 1);
  for (let n = 0; n < rows; n++) {
    const fields = new Array<string>(61).fill('');
    const day = new Date(base + (n % 10000) * 86400000).toISOString().slice(0, 10).replaceAll('-', '');
    Object.assign(fields, { 0: String(2000000000 + n), 1: day, 7: n % 2 ? 'KAZ' : 'LTU', 17: n % 2 ? 'LTU' : 'FRA', 26: ['040', '042', '043', '036'][n % 4], 28: '04', 60: `https://example.org/${n}` });
    if (!out.write(`${fields.join('\t')}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

/** Starts an import and kills it (SIGKILL) once it reports progress; resolves when it is dead. */
function killMidway(args: string[]): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args, '--progress'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // Killed once thousands of rows are in, several chunks written inside the open transaction.
      const rows = [...stderr.matchAll(/progress: .*?([\d,]+) rows/g)].map((match) => Number(match[1]!.replaceAll(',', '')));
      if (rows.some((n) => n >= 10_000) && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, stderr }));
  });
}

describe('a killed import', () => {
  let big: string;
  beforeAll(async () => {
    big = join(dir, 'big.export.CSV');
    await largeGdeltFile(big, 120_000);
  });

  it('leaves the SQLite database as it was', async () => {
    const path = join(dir, 'kill.db');
    expect(bilat(['db', 'seed', '--db', path]).code).toBe(0);
    const database = connect({ kind: 'sqlite', path });
    const before = await counts(database);
    await database.close();
    const { signal, stderr } = await killMidway(['import', 'gdelt', big, '--db', path]);
    expect(signal, stderr).toBe('SIGKILL');
    const after = connect({ kind: 'sqlite', path });
    expect(await counts(after)).toEqual(before);
    await after.close();
    // The database still works: the same file imports afterwards.
    expect(bilat(['import', 'gdelt', fixture('gdelt2-export.tsv'), '--db', path]).code).toBe(0);
  });

  it('leaves the PostgreSQL database as it was', async (context) => {
    const url = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
    const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    if (!(await admin.connect().then(() => true, () => false))) {
      if (process.env.CI === 'true') throw new Error(`PostgreSQL at ${url} is required under CI=true`);
      console.warn(`[bilat tests] PostgreSQL at ${url} is unreachable; skipping the killed-import test on it.`);
      return context.skip();
    }
    const schema = `bilat_cli_kill_${process.pid}_${Date.now().toString(36)}`;
    await admin.query(`create schema "${schema}"`);
    try {
      const scoped = `${url}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      expect(bilat(['db', 'seed', '--database-url', scoped]).code).toBe(0);
      const database = connect({ kind: 'postgres', url, schema });
      const before = await counts(database);
      const { signal } = await killMidway(['import', 'gdelt', big, '--database-url', scoped]);
      expect(signal).toBe('SIGKILL');
      // The server rolls the dead connection's transaction back; give it a moment to notice.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await counts(database)).toEqual(before);
      await database.close();
    } finally {
      await admin.query(`drop schema if exists "${schema}" cascade`);
      await admin.end();
    }
  });
});

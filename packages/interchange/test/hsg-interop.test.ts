import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileInput, runImport, type ImportReport } from '../src/index.js';
import { BACKENDS, createTestDatabase, snapshot, tableCounts, type TestDatabase } from './support/backends.js';
import { SHARED_DATA, TODAY } from './support/fixtures.js';

/*
 * The Office of the Historian's whole snapshot (../shared/data/hsg), imported into a fresh
 * SQLite and PostgreSQL database. What the files hold is counted here with plain string
 * matching, not with the importer's XML reading, and every row must be stored or counted
 * under a named reason. A second import changes nothing; a copy with one file cut in the
 * middle of an element is refused, naming the file and line, the database unchanged.
 */

const HSG = join(SHARED_DATA, 'hsg');
const HAS_HSG = existsSync(join(HSG, 'travels'));
if (!HAS_HSG) console.warn(`[bilat tests] ${HSG} is absent: skipping the Office of the Historian interop suite.`);

const xml = (...dir: string[]) =>
  readdirSync(join(HSG, ...dir))
    .filter((name) => name.endsWith('.xml'))
    .map((name) => readFileSync(join(HSG, ...dir, name), 'utf8'));
const occurrences = (texts: string[], pattern: RegExp) => texts.reduce((sum, text) => sum + (text.match(pattern)?.length ?? 0), 0);

/** Counts made from the text of the files. */
function countFiles() {
  const trips = occurrences([...xml('travels', 'president-travels'), ...xml('travels', 'secretary-travels')], /<trip\s/g);
  const visits = occurrences(xml('visits', 'data'), /<visit>/g);
  const missions = xml('pocom', 'missions-countries');
  const chiefs = occurrences(missions, /<chief>/g);
  const nominees = missions.reduce((sum, text) => sum + (text.split('<other-nominees>')[1]?.match(/<chief>/g)?.length ?? 0), 0);
  const articles = xml('rdcr', 'articles');
  const entries = articles.flatMap((text) => text.split(/<div type="timeline">/).slice(1));
  // A `when` in the entry's own heading (the text up to the heading's end, when the entry has one).
  const withWhen = entries.filter((entry) => {
    const head = /^\s*<head>([\s\S]*?)<\/head>/.exec(entry);
    return head !== null && /<date\s[^>]*when="/.test(head[1]!);
  }).length;
  return { trips, visits, chiefs, nominees, missionFiles: missions.length, entries: entries.length, withWhen, articles: articles.length };
}

const skippedFor = (report: ImportReport, prefix: string) => Object.entries(report.skipped).filter(([reason]) => reason.startsWith(prefix)).reduce((sum, [, n]) => sum + n, 0);

describe.skipIf(!HAS_HSG).each(BACKENDS)('the whole Office of the Historian snapshot on %s', (dialect) => {
  let test: TestDatabase;
  let report: ImportReport;
  let scratch: string;
  const counted = HAS_HSG ? countFiles() : undefined;
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'bilat-hsg-interop-'));
    test = await createTestDatabase(dialect);
    report = await runImport(test.database, await fileInput(HSG), { format: 'hsg', today: TODAY });
  }, 600_000);
  afterAll(async () => {
    await test?.dispose();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('holds what SOURCE.txt says, counted from the files', () => {
    expect(counted).toMatchObject({ trips: 4271, visits: 3264, chiefs: 5743, missionFiles: 199, articles: 228, withWhen: 1070 });
    // The issue counts 1,207 timeline entries; the files hold 1,222 <div type="timeline"> (11 without a heading, 3 holding others).
    expect(counted!.entries).toBe(1222);
  });

  it('reads every trip, visit, chief of mission and timeline entry, and stores each or counts it under a reason', () => {
    expect(report.problems).toEqual([]);
    const { stats } = report;
    expect(stats).toMatchObject({ trips: counted!.trips, visits: counted!.visits, 'chiefs of mission': counted!.chiefs, 'chiefs of mission files': counted!.missionFiles, 'timeline entries': counted!.entries, 'timeline entries with a when date': counted!.withWhen, articles: counted!.articles });
    expect(stats['trips stored']! + skippedFor(report, 'trip:')).toBe(counted!.trips);
    expect(stats['visits stored']! + skippedFor(report, 'visit:')).toBe(counted!.visits);
    expect(stats['chiefs of mission stored']! + skippedFor(report, 'chief of mission:')).toBe(counted!.chiefs);
    expect(report.skipped['chief of mission: a nominee who did not serve (other-nominees)']).toBe(counted!.nominees);
    expect(stats['timeline entries stored']! + skippedFor(report, 'timeline entry:')).toBe(counted!.entries);
    for (const reason of Object.keys(report.skipped)) expect(reason).toMatch(/^(trip|visit|chief of mission|secretary of state|timeline entry): .{10,}/);
  });

  it('stores what it read: a visit per trip and per visit, a holding per chief, relations events', async () => {
    const counts = await tableCounts(test.database);
    expect(counts.visits).toBe(report.stats['trips stored']! + report.stats['visits stored']!);
    expect(counts.relations).toBe(report.stats['relations events']);
    const chiefs = await test.database.db.selectFrom('holdings').select((eb) => eb.fn.countAll<string | number>().as('n')).where('id', 'like', 'hsg-chief-%').executeTakeFirstOrThrow();
    expect(Number(chiefs.n)).toBe(report.stats['chiefs of mission stored']);
    const relations = await test.database.db.selectFrom('relations').select(['id', 'body']).where('pair', '=', 'KZ-US').orderBy('date_sort').execute();
    expect(relations.map((row) => JSON.parse(row.body) as { kind: string; date: { start: string } }).map((r) => `${r.kind} ${r.date.start}`)).toEqual([
      'recognition 1991-12-25',
      'relations-established 1991-12-25',
      'embassy-established 1992-02-03',
    ]);
  });

  it('changes nothing when imported again', async () => {
    const again = await runImport(test.database, await fileInput(HSG), { format: 'hsg', today: TODAY });
    expect(again.total).toMatchObject({ created: 0, updated: 0, restored: 0 });
    expect(again.batchId).toBeNull();
  }, 600_000);

  it('refuses a copy with a file cut in the middle of an element, naming it and its line, and leaves the database as it was', async () => {
    // The snapshot's folders linked, but for one visits file cut short.
    const root = join(scratch, 'hsg');
    mkdirSync(join(root, 'visits', 'data'), { recursive: true });
    for (const part of ['travels', 'pocom', 'rdcr']) symlinkSync(join(HSG, part), join(root, part));
    for (const name of readdirSync(join(HSG, 'visits', 'data'))) symlinkSync(join(HSG, 'visits', 'data', name), join(root, 'visits', 'data', name));
    const cut = join(root, 'visits', 'data', '1870.xml');
    rmSync(cut);
    const text = readFileSync(join(HSG, 'visits', 'data', '1870.xml'), 'utf8');
    const at = text.indexOf('<visitor>', text.length / 2);
    writeFileSync(cut, text.slice(0, at + 12));
    const line = text.slice(0, at).split('\n').length;
    const before = await snapshot(test.database);
    const error = (await runImport(test.database, await fileInput(root), { format: 'hsg', today: TODAY }).catch((e: unknown) => e)) as { name: string; problems: { file?: string; line?: number; message: string }[] };
    expect(error.name).toBe('ImportProblemsError');
    expect(error.problems).toEqual([{ file: 'hsg/visits/data/1870.xml', line, message: expect.stringContaining('not well-formed XML') }]);
    expect(await snapshot(test.database)).toEqual(before);
  }, 600_000);
});

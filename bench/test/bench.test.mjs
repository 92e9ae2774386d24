// The bench's harness at small scale, end to end, so that `npm run bench` never rots: a
// tiny generated world imported into SQLite and into a PostgreSQL database of its own,
// every measurement run once, the report written. Nothing about speed is asserted (the
// machine running the tests is not the reference machine): only that every number is
// there, that the baselines did the same work as the API (H sent the same bytes, D's
// rows hold every record the API answered with), and that the soak saw no error and its
// writes landed.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasTmux } from '../lib/cli.mjs';
import { MEASUREMENTS, runBench } from '../run.mjs';

const POSTGRES_URL = process.env.TEST_DATABASE_URL || 'postgres://root@127.0.0.1:5432/test';
// A seed of its own, so its PostgreSQL database is never a cached world someone runs the bench on.
const SEED = 1000 + (process.pid % 8000);
// The CI bound of the soak is 30 s; a shorter one at a desk.
const SOAK_SECONDS = process.env.CI === 'true' ? 30 : 8;

let dir;
let report;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bilat-bench-test-'));
  report = await runBench({
    scale: 'small',
    quick: true,
    seed: SEED,
    requirePostgres: true,
    build: false,
    cacheDir: join(dir, 'cache'),
    outDir: join(dir, 'results'),
    soakSeconds: SOAK_SECONDS,
    // Fewer repetitions than even --quick: the test checks the harness, not the speed.
    overrides: { apiRequests: 20, throughputSeconds: 2, webRequests: 10, cliRuns: 2, importRows: 3000, extractRuns: 2, watchReports: 10 },
    log: () => {},
  });
}, 360_000);

afterAll(async () => {
  if (report?.world?.postgres?.database) {
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`drop database if exists "${report.world.postgres.database}" with (force)`);
    await admin.end();
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);
const expectStats = (stats) => {
  for (const key of ['p50', 'p95', 'p99', 'mean', 'min', 'max']) expect(isNumber(stats[key]), key).toBe(true);
  expect(stats.n).toBeGreaterThan(0);
};

describe('npm run bench at small scale', () => {
  it('builds the world through the import path on both backends', () => {
    // The SQLite world is always new (a fresh folder); a PostgreSQL one left by a killed run of the same seed may be reused.
    expect(report.world.sqlite.reused).toBe(false);
    expect(report.world.sqlite.importRowsPerSecond).toBeGreaterThan(0);
    expect(report.world.postgres.importRowsPerSecond).toBeGreaterThan(0);
    expect(report.only).toEqual(MEASUREMENTS);
  });

  it('measures the watcher: reports fetched, drafted and stored per second on both backends, beside the extractor alone', () => {
    const w = report.results.watch;
    expect(w.reports).toBe(10);
    expect(w.extractAlone.reportsPerSecond).toBeGreaterThan(0);
    for (const kind of ['sqlite', 'postgres']) {
      expect(w.pipeline[kind].reports).toBe(10);
      expect(w.pipeline[kind].reportsPerSecond).toBeGreaterThan(0);
      expect(w.pipeline[kind].proposals).toBeGreaterThan(0);
    }
  });

  it('measures every API call on SQLite and PostgreSQL beside D, H and S, which did the same work', () => {
    for (const kind of ['sqlite', 'postgres']) {
      const { calls, peakRssMb } = report.results.api[kind];
      expect(calls.map((call) => call.call)).toEqual(['dossier', 'meetings.list (first page)', 'meetings.list (deep page)', 'search']);
      expect(isNumber(peakRssMb)).toBe(true);
      for (const call of calls) {
        expectStats(call.api);
        expectStats(call.direct);
        expectStats(call.http);
        expectStats(call.served);
        expect(isNumber(call.overhead)).toBe(true);
        expect(isNumber(call.overServed)).toBe(true);
        expect(call.statements).toBeGreaterThan(0);
        expect(call.check.sameBytes).toBe(true);
        expect(call.check.recordIds).toBeGreaterThan(0);
        expect(call.check.recordIdsInRows).toBe(call.check.recordIds);
      }
      const dossier = calls[0];
      expect(dossier.plans.length).toBeGreaterThan(0);
      expect(dossier.plans[0].plan.length).toBeGreaterThan(0);
      for (const step of ['load', 'build', 'compact', 'validate', 'serialise']) expectStats(dossier.breakdown[step]);
      // The shipped server, asked the same dossier again, answers from what it kept.
      expectStats(report.results.api[kind].keptDossier);
    }
  });

  it('loads the dossier at concurrency 50 without an error', () => {
    for (const kind of ['sqlite', 'postgres']) {
      const run = report.results.throughput[kind];
      expect(run.api.requests).toBeGreaterThan(0);
      expect(run.api.errors).toBe(0);
      expect(run.bare.errors).toBe(0);
      expect(isNumber(run.api.requestsPerSecond)).toBe(true);
      expect(isNumber(run.peakRssMb)).toBe(true);
      // And a server computing every answer, under the same load.
      expect(run.computed.requests).toBeGreaterThan(0);
      expect(run.computed.errors).toBe(0);
    }
  });

  it('times the web dossier page and weighs its JavaScript; times the home and busiest country pages too', () => {
    const { web } = report.results;
    expectStats(web.response);
    expectStats(web.bare);
    expect(web.firstLoadJs.scripts.length).toBeGreaterThan(0);
    expect(web.firstLoadJs.gzip).toBeGreaterThan(0);
    expect(web.pages.map((page) => page.name)).toEqual(['home', 'country']);
    expect(web.pages[1].page).toMatch(/^\/countries\/[A-Z]{2}$/);
    expectStats(web.fresh);
    for (const page of web.pages) {
      expectStats(page.response);
      expectStats(page.fresh);
      expectStats(page.bare);
      expect(page.htmlBytes).toBeGreaterThan(1000);
    }
  });

  it('times cold starts beside node -e 0, and the TUI where tmux is', () => {
    const labels = report.results.cli.rows.map((row) => row.label);
    expect(labels).toContain('node -e 0');
    expect(labels).toContain('bilat meetings --json (local SQLite)');
    expect(labels).toContain('bilat pairs --limit 50 (local SQLite)');
    if (hasTmux()) expect(labels).toContain('tmux pane: bilat UI, countries list shown');
    for (const row of report.results.cli.rows) expect(isNumber(row.median)).toBe(true);
  });

  it('imports beside the databases’ own bulk loads', () => {
    expect(report.results.import.map((row) => row.backend)).toEqual(['sqlite', 'postgres']);
    for (const row of report.results.import) {
      expect(row.bilat.created).toBeGreaterThan(0);
      expect(row.bilat.rowsPerSecond).toBeGreaterThan(0);
      expect(row.native.rowsPerSecond).toBeGreaterThan(0);
    }
  });

  it('times extraction of a 5,000-word text', () => {
    expect(report.results.extract.words).toBeGreaterThanOrEqual(5000);
    expect(report.results.extract.facts).toBeGreaterThan(0);
    expectStats(report.results.extract.extract);
  });

  it('soaks with zero errors, and every acknowledged write is in the database', () => {
    const { soak } = report.results;
    expect(soak.seconds).toBeGreaterThanOrEqual(SOAK_SECONDS - 1);
    expect(soak.requests).toBeGreaterThan(0);
    expect(soak.errors).toBe(0);
    expect(soak.writesAcknowledged).toBeGreaterThan(0);
    expect(soak.writesFound).toBeGreaterThanOrEqual(soak.writesAcknowledged);
    expect(isNumber(soak.peakRssMb)).toBe(true);
  });

  it('imports the Office of the Historian’s folder (the fixture at this scale), again with no change, and seeds the default data', () => {
    expect(report.results.hsg.rows.map((row) => row.backend)).toEqual(['sqlite', 'postgres']);
    for (const row of report.results.hsg.rows) {
      expect(row.import).toMatchObject({ trips: 6, visits: 6, chiefs: 6, timelineEntries: 9, notStored: 5 });
      for (const value of [row.import.seconds, row.import.peakMb, row.reimport.seconds, row.seed.seconds, row.seed.peakMb]) expect(isNumber(value)).toBe(true);
      expect(row.reimport.changed).toBe(0);
      expect(row.seed.created).toBeGreaterThan(20_000);
    }
  });

  it('writes the report: every target with a number, as JSON and Markdown', () => {
    // Every target of lib/scales.mjs, issue 13's among them.
    expect(report.targets).toHaveLength(18);
    for (const name of ['pairsColdStart', 'dossierBytes', 'dossierRpsComputed', 'webHomeP50', 'webCountryP50', 'webPairP50']) expect(report.targets.map((target) => target.name)).toContain(name);
    for (const target of report.targets) {
      if (target.name === 'tuiFirstScreen' && !hasTmux()) continue;
      expect(isNumber(target.value), target.name).toBe(true);
      expect(typeof target.met).toBe('boolean');
    }
    expect(existsSync(report.files.json)).toBe(true);
    expect(JSON.parse(readFileSync(report.files.json, 'utf8')).targets).toHaveLength(18);
    const markdown = readFileSync(report.files.markdown, 'utf8');
    for (const heading of ['## Targets', '## API calls beside their limits', '## Dossier under concurrency', '## Web pages', '## Command line cold start', '## Import throughput', '## Extraction', '## Soak']) expect(markdown).toContain(heading);
  });
});

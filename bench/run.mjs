#!/usr/bin/env node
// bilat's benchmark: every measurement beside its baseline, in one run, on a synthetic
// world loaded through the import path; a report in bench/results/<date>.json and .md.
//
//   npm run bench [-- --scale small|world] [--quick] [--only api,throughput,...]
//                 [--seed 42] [--no-postgres | --require-postgres] [--profile] [--out DIR]
//                 [--rebuild-world] [--no-build] [--soak-seconds N] [--help]
//   node bench/run.mjs --render bench/results/DATE.json   # rewrites its .md (and findings)
//
// Measurements (--only takes these names): api (SQLite and PostgreSQL: dossier,
// meetings.list first and deep page, search, each beside D and H), throughput (autocannon
// at concurrency 50 on the dossier), web (dossier page), cli (cold starts and the TUI's
// first screen), import (Comtrade CSV beside sqlite3 .import and COPY), extract (a 5,000-
// word text), soak (concurrency 50, reads and writes: 5 minutes, 30 s with --quick), hsg
// (the Office of the Historian's snapshot imported whole, again, and the default data seeded),
// watch (reports per second fetched, drafted, matched and stored from a local newsroom, beside
// the extractor alone).
// Progress goes to stderr; the report's path is printed on stdout at the end.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { apiCalls, chooseWorkload, measureCalls, measureRepeated, startApi } from './lib/api.mjs';
import { hasTmux, measureColdStarts } from './lib/cli.mjs';
import { measureExtract } from './lib/extract.mjs';
import { FINDINGS } from './lib/findings.mjs';
import { measureHsg } from './lib/hsg.mjs';
import { measureImport } from './lib/import.mjs';
import { measureWatch } from './lib/watch.mjs';
import { load } from './lib/load.mjs';
import { BILAT_BIN, cleanEnv, POSTGRES_URL, RESULTS_DIR, ROOT, TMP_DIR } from './lib/paths.mjs';
import { queryPlans } from './lib/plans.mjs';
import { summarizeProfile } from './lib/profile.mjs';
import { startChild } from './lib/processes.mjs';
import { renderMarkdown } from './lib/report.mjs';
import { durations, TARGETS, WORLD_SIZES } from './lib/scales.mjs';
import { measurePage, startWebServer } from './lib/web.mjs';

export const MEASUREMENTS = ['api', 'throughput', 'web', 'cli', 'import', 'extract', 'soak', 'hsg', 'watch'];

/** The parts that read the synthetic world (the others make their own data). */
const WORLD_PARTS = new Set(['api', 'throughput', 'web', 'cli', 'soak']);

/** The PostgreSQL server's address when the parts may use it and it answers; a note (or a failure) otherwise. */
async function reachablePostgres({ postgres, requirePostgres, notes }) {
  if (!postgres) return null;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return POSTGRES_URL;
  } catch (error) {
    if (requirePostgres) throw new Error(`PostgreSQL at ${POSTGRES_URL} is required but unreachable: ${error.message}`);
    notes.push(`PostgreSQL parts skipped: ${POSTGRES_URL} is unreachable (${error.message})`);
    return null;
  }
}

const BARE_SERVER = fileURLToPath(new URL('./lib/bare-server.mjs', import.meta.url));

/** Builds what the bench runs (the CLI, the API, the web viewer and the packages under them); turbo reuses what is built. */
function buildDependencies(log) {
  log('build: turbo run build for @bilat/bench’s dependencies…');
  const result = spawnSync('npx', ['turbo', 'run', 'build', '--filter=@bilat/bench...', '--output-logs=errors-only'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('building the packages the bench needs failed (see above)');
}

const machine = () => ({
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? null,
  memoryGb: Number((totalmem() / 1024 ** 3).toFixed(1)),
  loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
});

/**
 * Runs the bench and returns the report (also written to `outDir` unless `write` is
 * false). `world` may name an already built world (the tests pass their own).
 */
export async function runBench(options = {}) {
  const {
    scale = 'world',
    quick = false,
    only = MEASUREMENTS,
    seed = 42,
    postgres = true,
    requirePostgres = false,
    rebuildWorld = false,
    profile = false,
    build = true,
    write = true,
    outDir = RESULTS_DIR,
    cacheDir = TMP_DIR,
    soakSeconds,
    overrides = {},
    log = (line) => process.stderr.write(`${line}\n`),
  } = options;
  if (!WORLD_SIZES[scale]) throw new Error(`unknown scale ${scale} (small or world)`);
  for (const name of only) if (!MEASUREMENTS.includes(name)) throw new Error(`unknown measurement ${name} (one of ${MEASUREMENTS.join(', ')})`);
  const want = (name) => only.includes(name);
  const plan = { ...durations(scale, quick), ...overrides };
  if (soakSeconds !== undefined) plan.soakSeconds = soakSeconds;
  const started = new Date();
  const notes = [];
  const report = { startedAt: started.toISOString(), scale, quick, seed, only, machine: machine(), durations: plan, notes, world: null, results: {} };
  if (build) buildDependencies(log);
  // These load the workspace's packages, so they are imported only once the packages are built:
  // a checkout whose builds are stale or missing is rebuilt first instead of failing to load.
  const [{ dossierBreakdown }, { soak }, { ensureWorld }] = await Promise.all([import('./lib/breakdown.mjs'), import('./lib/soak.mjs'), import('./lib/world-db.mjs')]);

  // The synthetic world is for the parts that read it; the import, extraction and hsg parts make their own data.
  const needsWorld = only.some((name) => WORLD_PARTS.has(name));
  const world = needsWorld ? await ensureWorld({ seed, scale, postgres, requirePostgres, rebuild: rebuildWorld, dir: cacheDir, log }) : null;
  if (world) {
    report.world = {
      records: world.records,
      size: world.key.size,
      schemaVersion: world.key.schemaVersion,
      generator: world.key.generator,
      sqlite: { path: world.sqlite.path, reused: world.sqlite.reused, migrations: world.sqlite.migrations, importSeconds: world.sqlite.seconds, importRowsPerSecond: Math.round(world.sqlite.rows / world.sqlite.seconds), importPeakRssMb: world.sqlite.peakRssMb, mb: Math.round(world.sqlite.bytes / 1048576), builtAt: world.sqlite.builtAt },
      postgres: world.postgres.skipped
        ? { skipped: world.postgres.skipped }
        : { database: world.postgres.database, reused: world.postgres.reused, migrations: world.postgres.migrations, importSeconds: world.postgres.seconds, importRowsPerSecond: Math.round(world.postgres.rows / world.postgres.seconds), importPeakRssMb: world.postgres.peakRssMb, mb: Math.round(world.postgres.bytes / 1048576), builtAt: world.postgres.builtAt },
    };
    if (world.postgres.skipped) notes.push(`PostgreSQL parts skipped: ${world.postgres.skipped}`);
  }
  // Where the parts that make their own databases make them on PostgreSQL (null: not at all).
  const postgresUrl = world ? (world.postgres.skipped ? null : POSTGRES_URL) : await reachablePostgres({ postgres, requirePostgres, notes });
  const backends = world ? [{ kind: 'sqlite', path: world.sqlite.path }, ...(world.postgres.skipped ? [] : [{ kind: 'postgres', url: world.postgres.url }])] : [];
  const workload = world ? chooseWorkload(world.sqlite.path) : null;
  report.workload = workload;
  const dossierPath = workload ? `/trpc/pairs.dossier?input=${encodeURIComponent(JSON.stringify({ pair: workload.pair }))}` : null;
  const profileDir = profile ? mkdtempSync(join(cacheDir, 'profiles-')) : null;

  if (want('api')) {
    report.results.api = {};
    for (const backend of backends) {
      log(`api on ${backend.kind}: ${plan.apiRequests} requests per call, interleaved with D and H…`);
      // Every answer computed afresh, so that API, D and H do the same work.
      const servers = await startApi(backend, { answerCache: false });
      try {
        const calls = await apiCalls(servers.api.url, workload);
        const rows = await measureCalls({ backend, servers, calls, requests: plan.apiRequests, log });
        // Query plans of the dossier's statements, slowest first: the first place to look when it is slow.
        const dossier = rows.find((row) => row.call === 'dossier');
        dossier.plans = await queryPlans(backend, dossier.sql, { limit: 5 });
        dossier.breakdown = await dossierBreakdown({ backend, pair: workload.pair, runs: Math.max(20, Math.ceil(plan.apiRequests / 5)) });
        log(`  ${backend.kind} dossier in-process p50: ${Object.entries(dossier.breakdown).map(([step, stats]) => `${step} ${stats.p50} ms`).join(', ')}`);
        report.results.api[backend.kind] = { calls: rows.map(({ sql, ...row }) => ({ ...row, sql: sql.map((s) => ({ sql: s.sql, ms: s.ms })) })), peakRssMb: servers.api.peakRssMb() };
      } finally {
        await servers.stop();
      }
      // The server as shipped: the same dossier again while nothing changed is a kept answer.
      const shipped = await startApi(backend);
      try {
        const kept = await measureRepeated(`${shipped.api.url}${dossierPath}`, plan.apiRequests);
        report.results.api[backend.kind].keptDossier = kept;
        log(`  ${backend.kind} dossier as a kept answer: p50 ${kept.p50} ms p99 ${kept.p99} ms`);
      } finally {
        await shipped.stop();
      }
    }
  }

  if (want('throughput')) {
    report.results.throughput = {};
    for (const backend of backends) {
      log(`throughput on ${backend.kind}: autocannon, 50 connections, ${plan.throughputSeconds} s on the dossier…`);
      const servers = await startApi(backend);
      const bare = servers.bare;
      try {
        await load({ url: `${servers.api.url}${dossierPath}`, connections: 10, seconds: 2 }); // warm-up
        const api = await load({ url: `${servers.api.url}${dossierPath}`, connections: 50, seconds: plan.throughputSeconds });
        const peakRssMb = servers.api.peakRssMb();
        // The same bytes from a bare node:http server under the same load: what loopback HTTP allows.
        const body = (await fetch(`${servers.api.url}${dossierPath}`)).arrayBuffer();
        await bare.request({ set: '/dossier', body: Buffer.from(await body).toString('base64') });
        const baseline = await load({ url: `${bare.url}/dossier`, connections: 50, seconds: plan.throughputSeconds });
        log(`  ${backend.kind}: ${api.requestsPerSecond} req/s (p99 ${api.latency.p99} ms, ${api.errors} errors), bare node:http ${baseline.requestsPerSecond} req/s; API peak RSS ${peakRssMb?.toFixed(0)} MB`);
        report.results.throughput[backend.kind] = { call: 'dossier', pair: workload.pair, api, bare: baseline, ratio: Number((baseline.requestsPerSecond / api.requestsPerSecond).toFixed(2)), peakRssMb };
      } finally {
        await servers.stop();
      }
      // The same load on a server that computes every answer: what each request after a write costs.
      const computing = await startApi(backend, { answerCache: false });
      try {
        await load({ url: `${computing.api.url}${dossierPath}`, connections: 10, seconds: 2 }); // warm-up
        const computed = await load({ url: `${computing.api.url}${dossierPath}`, connections: 50, seconds: plan.throughputSeconds });
        report.results.throughput[backend.kind].computed = { ...computed, peakRssMb: computing.api.peakRssMb() };
        log(`  ${backend.kind}, every answer computed: ${computed.requestsPerSecond} req/s (p99 ${computed.latency.p99} ms, ${computed.errors} errors)`);
      } finally {
        await computing.stop();
      }
    }
    if (profileDir) {
      // A separate run under the profiler, so that its cost never weighs on the numbers above.
      const seconds = Math.min(10, plan.throughputSeconds);
      log(`throughput on sqlite under --cpu-prof, ${seconds} s…`);
      const servers = await startApi(backends[0], { cpuProfileDir: profileDir, answerCache: false });
      try {
        await load({ url: `${servers.api.url}${dossierPath}`, connections: 50, seconds });
      } finally {
        await servers.stop();
      }
      const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
      if (file) report.results.throughput.sqlite.profile = summarizeProfile(join(profileDir, file), { top: 25 });
      else notes.push('the CPU profile was not written (the server did not exit cleanly)');
    }
  }

  if (want('web')) {
    log(`web: the dossier page, ${plan.webRequests} requests, beside a bare server with the same HTML…`);
    const web = await startWebServer({ BILAT_DB: world.sqlite.path });
    const bare = await startChild(BARE_SERVER);
    try {
      report.results.web = await measurePage({ url: web.url, path: `/pairs/${workload.pair}`, requests: plan.webRequests, bare });
      const { response, firstLoadJs } = report.results.web;
      log(`  web: p50 ${response.p50} ms p99 ${response.p99} ms; first-load JS ${(firstLoadJs.gzip / 1024).toFixed(1)} KB gzip`);
      // Issue 13: the home page (the map) and the busiest country's page, timed the same way.
      report.results.web.pages = [];
      for (const [name, path] of [['home', '/'], ['country', `/countries/${workload.country}`]]) {
        const page = await measurePage({ url: web.url, path, requests: plan.webRequests, bare, scripts: false });
        report.results.web.pages.push({ name, ...page });
        log(`  web ${path}: p50 ${page.response.p50} ms p99 ${page.response.p99} ms (rendered afresh: p50 ${page.fresh.p50} ms); ${(page.htmlBytes / 1024).toFixed(0)} KB HTML`);
      }
    } finally {
      await bare.stop();
      await web.stop();
    }
  }

  if (want('cli')) {
    log(`cli: cold starts, ${plan.cliRuns} runs each, interleaved with node -e 0…`);
    report.results.cli = await measureColdStarts({ db: world.sqlite.path, runs: plan.cliRuns, log });
    if (profileDir) {
      // One more cold start under the profiler, to see what the command spends its time on.
      const dir = mkdtempSync(join(profileDir, 'cli-'));
      const profiled = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, BILAT_BIN, 'meetings', '--json', '--db', world.sqlite.path], { env: cleanEnv(), stdio: 'ignore' });
      const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
      if (profiled.status === 0 && file) report.results.cli.profile = summarizeProfile(join(dir, file), { top: 15 });
    }
    if (report.results.cli.tuiSkipped) notes.push(`TUI first screen not measured: ${report.results.cli.tuiSkipped}`);
  }

  if (want('import')) {
    log(`import: ${plan.importRows.toLocaleString('en-US')} Comtrade rows, bilat import beside sqlite3 .import and COPY…`);
    report.results.import = await measureImport({ rows: plan.importRows, postgresUrl, log });
  }

  if (want('extract')) {
    log('extract: a 5,000-word text…');
    try {
      report.results.extract = await measureExtract({ runs: plan.extractRuns, log });
    } catch (error) {
      notes.push(`extraction not measured: ${error.message}`);
    }
  }

  if (want('watch')) {
    log(`watch: ${plan.watchReports} reports through the whole pipeline…`);
    try {
      report.results.watch = await measureWatch({ reports: plan.watchReports, postgresUrl, log });
    } catch (error) {
      notes.push(`watch not measured: ${error.message}`);
    }
  }
  if (want('hsg')) {
    log(`hsg: the Office of the Historian's ${scale === 'small' ? 'fixture folder' : 'snapshot'} imported into a fresh database (and again), the default data seeded…`);
    report.results.hsg = await measureHsg({ small: scale === 'small', postgresUrl, log });
    if (report.results.hsg.skipped) notes.push(`hsg not measured: ${report.results.hsg.skipped}`);
  }

  if (want('soak')) {
    log(`soak: ${plan.soakSeconds} s at concurrency 50 on a copy of the SQLite world…`);
    report.results.soak = await soak({ sqlitePath: world.sqlite.path, seconds: plan.soakSeconds, log });
    const s = report.results.soak;
    log(`  soak: ${s.requests} requests, ${s.errors} errors, ${s.writesAcknowledged} writes acknowledged, ${s.writesFound} found; peak RSS ${s.peakRssMb?.toFixed(0)} MB`);
  }

  report.finishedAt = new Date().toISOString();
  report.machine.loadAverageAtEnd = loadavg().map((value) => Number(value.toFixed(2)));
  report.targets = evaluateTargets(report);
  report.findings = FINDINGS;
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  if (write) {
    mkdirSync(outDir, { recursive: true });
    const day = started.toISOString().slice(0, 10);
    const base = join(outDir, scale === 'world' ? day : `${day}-${scale}`);
    writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(`${base}.md`, renderMarkdown(report));
    report.files = { json: `${base}.json`, markdown: `${base}.md` };
    log(`report: ${base}.json and ${base}.md`);
  }
  return report;
}

/** Each target of issue 7 beside what this run measured (null where it was not measured). */
export function evaluateTargets(report) {
  const { api, throughput, cli, soak: soakResult, hsg } = report.results;
  const hsgRow = (backend) => hsg?.rows?.find((row) => row.backend === backend);
  const dossier = (kind) => api?.[kind]?.calls.find((call) => call.call === 'dossier');
  // The target is judged on computed answers (every request after a write); kept ones are shown beside.
  const keptDetail = (kind) => (api?.[kind]?.keptDossier ? `computed afresh; a kept answer: p99 ${api[kind].keptDossier.p99} ms` : undefined);
  const overheads = Object.entries(api ?? {}).flatMap(([kind, result]) => result.calls.map((call) => ({ kind, call: call.call, overhead: call.overhead })));
  const worst = overheads.reduce((a, b) => (b.overhead > (a?.overhead ?? -Infinity) ? b : a), null);
  const rss = [
    ...Object.entries(api ?? {}).map(([kind, r]) => ({ where: `api ${kind}`, mb: r.peakRssMb })),
    ...Object.entries(throughput ?? {}).map(([kind, r]) => ({ where: `throughput ${kind}`, mb: r.peakRssMb })),
    ...Object.entries(throughput ?? {}).map(([kind, r]) => ({ where: `throughput ${kind}, computed`, mb: r.computed?.peakRssMb })),
    ...(soakResult ? [{ where: 'soak', mb: soakResult.peakRssMb }] : []),
  ].filter((entry) => typeof entry.mb === 'number');
  const peak = rss.reduce((a, b) => (b.mb > (a?.mb ?? -Infinity) ? b : a), null);
  const web = report.results.web;
  const webPage = (name) => {
    const page = name === 'pair' ? web : web?.pages?.find((entry) => entry.name === name);
    // Judged on the page as served (kept between writes, as the server keeps it); the same page rendered afresh is beside it.
    return page ? { value: page.response.p50, detail: `${page.page}, ${Math.round(page.htmlBytes / 1024)} KB HTML, a kept page; rendered afresh p50 ${page.fresh.p50} ms; bare node:http p50 ${page.bare?.p50 ?? '—'} ms` } : {};
  };
  const coldStart = cli?.rows.find((row) => row.label.startsWith('bilat meetings --json (local'));
  const tui = cli?.rows.find((row) => row.label.startsWith('tmux pane: bilat UI'));
  const pairsStart = cli?.rows.find((row) => row.label.startsWith('bilat pairs --limit 50'));
  const measured = {
    dossierP99Sqlite: { value: dossier('sqlite')?.api.p99, detail: keptDetail('sqlite') },
    dossierP99Postgres: { value: dossier('postgres')?.api.p99, detail: keptDetail('postgres') },
    overheadRatio: { value: worst?.overhead, detail: worst ? `worst: ${worst.call} on ${worst.kind}` : undefined },
    dossierRps: {
      value: throughput?.sqlite?.api.requestsPerSecond,
      detail: throughput?.sqlite?.computed ? `answers kept; ${throughput.sqlite.computed.requestsPerSecond} req/s computing each (bare node:http: ${throughput.sqlite.bare.requestsPerSecond})` : undefined,
    },
    dossierErrors: { value: throughput?.sqlite?.api.errors },
    serverRss: { value: peak ? Number(peak.mb.toFixed(1)) : undefined, detail: peak ? `peak in ${peak.where}` : undefined },
    cliColdStart: { value: coldStart?.ratio, detail: coldStart ? `${coldStart.median.toFixed(0)} ms vs ${cli.rows.find((row) => row.label === 'node -e 0').median.toFixed(0)} ms` : undefined },
    tuiFirstScreen: { value: tui ? Number(tui.median.toFixed(0)) : undefined },
    dossierBytes: { value: dossier('sqlite') ? Number((dossier('sqlite').responseBytes / 1024).toFixed(1)) : undefined, detail: dossier('sqlite')?.detail ? `tRPC answer for ${dossier('sqlite').detail}` : undefined },
    dossierRpsComputed: {
      value: throughput?.sqlite?.computed?.requestsPerSecond,
      detail: throughput?.sqlite?.computed ? `every answer computed; p99 ${throughput.sqlite.computed.latency.p99} ms, ${throughput.sqlite.computed.errors} errors` : undefined,
    },
    webPairP50: webPage('pair'),
    webHomeP50: webPage('home'),
    webCountryP50: webPage('country'),
    pairsColdStart: { value: pairsStart?.ratio, detail: pairsStart ? `${pairsStart.median.toFixed(0)} ms vs ${cli.rows.find((row) => row.label === 'node -e 0').median.toFixed(0)} ms` : undefined },
    soakErrors: { value: soakResult?.errors, detail: soakResult ? `${soakResult.requests} requests in ${soakResult.seconds} s` : undefined },
    hsgImportSeconds: { value: hsgRow('sqlite')?.import.seconds, detail: hsgRow('postgres') ? `PostgreSQL: ${hsgRow('postgres').import.seconds} s; ${hsg.folder}` : hsg?.folder },
    hsgImportRss: { value: hsgRow('sqlite')?.import.peakMb, detail: hsgRow('postgres') ? `PostgreSQL: ${hsgRow('postgres').import.peakMb} MB` : undefined },
    seedSeconds: { value: hsgRow('sqlite')?.seed.seconds, detail: hsgRow('postgres') ? `PostgreSQL: ${hsgRow('postgres').seed.seconds} s` : undefined },
  };
  return Object.entries(TARGETS).map(([name, target]) => {
    const { value, detail } = measured[name];
    const known = typeof value === 'number';
    const met = !known ? null : target.max !== undefined ? value <= target.max : value >= target.min;
    return { name, ...target, value: known ? value : null, detail: detail ?? null, met };
  });
}

/** The command line's options (the header comment of this file says what each does). */
const BENCH_OPTIONS = {
  scale: { type: 'string', default: 'world' },
  quick: { type: 'boolean', default: false },
  only: { type: 'string' },
  seed: { type: 'string', default: '42' },
  'no-postgres': { type: 'boolean', default: false },
  'require-postgres': { type: 'boolean', default: false },
  'no-build': { type: 'boolean', default: false },
  'rebuild-world': { type: 'boolean', default: false },
  profile: { type: 'boolean', default: false },
  out: { type: 'string' },
  'soak-seconds': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
};

/** The usage, read from this file's header comment, so that it is written in one place. */
function usage() {
  const lines = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1);
  const header = lines.slice(0, lines.findIndex((line) => !line.startsWith('//')));
  return `${header.map((line) => line.replace(/^\/\/ ?/, '')).join('\n')}\n`;
}

// Run from the command line.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--render') {
  // Writes the Markdown of a JSON report again (after the report's layout or the findings changed).
  const file = process.argv[3];
  const report = { ...JSON.parse(readFileSync(file, 'utf8')), findings: FINDINGS };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(file.replace(/\.json$/, '.md'), renderMarkdown(report));
  process.stdout.write(`${file.replace(/\.json$/, '.md')}\n`);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let values;
  try {
    ({ values } = parseArgs({ options: BENCH_OPTIONS }));
  } catch (error) {
    // A mistyped option: say which, and where the usage is, not a stack trace.
    process.stderr.write(`bench: ${error.message}\nRun node bench/run.mjs --help for the options.\n`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(usage());
    process.exit(0);
  }
  if (!hasTmux()) process.stderr.write('note: tmux is not installed; the TUI first screen will not be measured\n');
  try {
    const report = await runBench({
      scale: values.scale,
      quick: values.quick,
      only: values.only ? values.only.split(',').map((name) => name.trim()) : MEASUREMENTS,
      seed: Number(values.seed),
      postgres: !values['no-postgres'],
      requirePostgres: values['require-postgres'],
      build: !values['no-build'],
      rebuildWorld: values['rebuild-world'],
      profile: values.profile,
      ...(values.out ? { outDir: values.out } : {}),
      ...(values['soak-seconds'] ? { soakSeconds: Number(values['soak-seconds']) } : {}),
    });
    const missed = report.targets.filter((target) => target.met === false);
    process.stderr.write(`\n${report.targets.map((t) => `${t.met === null ? '–' : t.met ? '✓' : '✗'} ${t.label}: ${t.value ?? 'not measured'} ${t.unit} (target ${t.max !== undefined ? '≤' : '≥'} ${t.max ?? t.min})`).join('\n')}\n`);
    if (missed.length) process.stderr.write(`${missed.length} target(s) missed at ${report.scale} scale\n`);
    process.stdout.write(`${report.files?.markdown ?? ''}\n`);
  } catch (error) {
    process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
    process.exitCode = 1;
  }
}

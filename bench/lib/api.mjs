// API calls at world scale, each beside its two limits:
//   API  the real server (tRPC over HTTP, in its own process), requests one after another;
//   D    the SQL that call issued, replayed straight through the driver;
//   H    a bare node:http server returning the same bytes, with the same client.
//   S    the bare server again, running that SQL through the driver before it sends the
//        bytes: D and H together, measured as a server meets them (between requests, one
//        after another), where D is measured back to back in the bench's process.
// Overhead ratio = API p50 / (D p50 + H p50): 1 would mean bilat adds nothing beyond
// running its SQL and sending its bytes. API p50 / S p50 is reported beside it.
import Database from 'better-sqlite3';
import { fileURLToPath } from 'node:url';
import { getOk, serverNodeFlags, startChild, timedGet } from './processes.mjs';
import { openReplayer } from './replay.mjs';
import { ratio, summarize } from './stats.mjs';

const API_SERVER = fileURLToPath(new URL('./api-server.mjs', import.meta.url));
const BARE_SERVER = fileURLToPath(new URL('./bare-server.mjs', import.meta.url));

const trpc = (procedure, input) => `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

/**
 * What the calls ask for, read from the SQLite world (the PostgreSQL one holds the same
 * records): the busiest pair (most meetings, then agreements, then trade) and the name
 * of a person who took part in its meetings, as a user would search it.
 */
export function chooseWorkload(sqlitePath) {
  const db = new Database(sqlitePath, { readonly: true, fileMustExist: true });
  try {
    const pair = db
      .prepare(
        `select m.pair, m.n as meetings, coalesce(a.n, 0) as agreements
         from (select pair, count(*) as n from meetings where pair is not null group by pair) m
         left join (select pair, count(*) as n from agreements where pair is not null group by pair) a on a.pair = m.pair
         order by m.n desc, agreements desc, m.pair limit 1`,
      )
      .get();
    const person = db
      .prepare(`select p.body from meeting_participants mp join people p on p.id = mp.person_id join meetings m on m.id = mp.meeting_id where m.pair = ? order by mp.person_id limit 1`)
      .get(pair.pair);
    const meetings = db.prepare('select count(*) as n from meetings where deleted_at is null').get().n;
    // The country in the most meetings (either side of a pair): the biggest country page.
    const country = db
      .prepare(
        `select code from (select substr(pair, 1, 2) as code from meetings where pair is not null and deleted_at is null
                           union all select substr(pair, 4, 2) from meetings where pair is not null and deleted_at is null)
         group by code order by count(*) desc, code limit 1`,
      )
      .get().code;
    return { pair: pair.pair, country, pairMeetings: pair.meetings, pairAgreements: pair.agreements, searchText: JSON.parse(person.body).name, meetings };
  } finally {
    db.close();
  }
}

/** The ids of the records in an API answer (every `id` string, at any depth). */
export function recordIds(value, into = new Set()) {
  if (Array.isArray(value)) for (const item of value) recordIds(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'id' && typeof item === 'string') into.add(item);
      else recordIds(item, into);
    }
  }
  return [...into];
}

/** Follows nextCursor through meetings.list until about `depth` meetings have been passed; returns that cursor. */
async function deepCursor(apiUrl, depth) {
  let cursor;
  let passed = 0;
  while (passed < depth) {
    const limit = Math.min(500, depth - passed);
    const body = JSON.parse((await getOk(`${apiUrl}${trpc('meetings.list', { limit, ...(cursor ? { cursor } : {}) })}`)).body);
    const page = body.result.data;
    passed += page.items.length;
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return { cursor, depth: passed };
}

/**
 * Starts the API server on one backend, and the bare server beside it. With
 * `answerCache: false` the server computes every dossier afresh (as after each write);
 * by default it runs as shipped, keeping dossier answers while the data is unchanged.
 */
export async function startApi(backend, { cpuProfileDir, answerCache = true } = {}) {
  // Started as `bilat serve` starts it: with the server's Node flags.
  const execArgv = [...(await serverNodeFlags()), ...(cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfileDir] : [])];
  const args = [...(backend.kind === 'sqlite' ? ['--sqlite', backend.path] : ['--postgres', backend.url]), ...(answerCache ? [] : ['--no-answer-cache'])];
  const api = await startChild(API_SERVER, args, { execArgv });
  const bare = await startChild(BARE_SERVER);
  return { api, bare, stop: () => Promise.all([api.stop(), bare.stop()]) };
}

/** The calls measured, as paths on the API server. */
export async function apiCalls(apiUrl, workload) {
  const deep = await deepCursor(apiUrl, Math.floor(workload.meetings / 2));
  return [
    { name: 'dossier', path: trpc('pairs.dossier', { pair: workload.pair }), detail: `${workload.pair} (${workload.pairMeetings} meetings, ${workload.pairAgreements} agreements)` },
    { name: 'meetings.list (first page)', path: trpc('meetings.list', { limit: 50 }), detail: '50 newest meetings' },
    { name: 'meetings.list (deep page)', path: trpc('meetings.list', { limit: 50, cursor: deep.cursor }), detail: `50 meetings after the first ${deep.depth.toLocaleString('en-US')}` },
    { name: 'search', path: trpc('search', { q: workload.searchText }), detail: `"${workload.searchText}"` },
  ];
}

/**
 * Measures every call: API, D and H in interleaved rounds (so that anything else on the
 * machine weighs on all three alike), after a warm-up.
 */
export async function measureCalls({ backend, servers, calls, requests, log = () => {} }) {
  const { api, bare } = servers;
  const replayer = await openReplayer(backend);
  const rows = [];
  try {
    for (const call of calls) {
      await api.request({ capture: true });
      const first = await getOk(`${api.url}${call.path}`);
      const { statements } = await api.request({ capture: false });
      const barePath = `/${encodeURIComponent(call.name)}`;
      await bare.request({ set: barePath, body: first.body.toString('base64'), contentType: first.headers['content-type'] });
      const servedPath = `/served/${encodeURIComponent(call.name)}`;
      await bare.request({ set: servedPath, body: first.body.toString('base64'), contentType: first.headers['content-type'], statements, backend });
      // The baselines must do the same work: H sends the very bytes, D returns the rows every record in the answer came from.
      const fromBare = await getOk(`${bare.url}${barePath}`);
      const fromServed = await getOk(`${bare.url}${servedPath}`);
      const replayed = JSON.stringify(await replayer.run(statements));
      const ids = recordIds(JSON.parse(first.body.toString('utf8')));
      const check = {
        sameBytes: fromBare.body.equals(first.body) && fromServed.body.equals(first.body),
        rows: (await replayer.run(statements)).reduce((sum, rows) => sum + rows.length, 0),
        recordIds: ids.length,
        recordIdsInRows: ids.filter((id) => replayed.includes(id)).length,
      };
      const times = { api: [], direct: [], http: [], served: [] };
      const once = {
        api: async () => {
          const response = await timedGet(`${api.url}${call.path}`);
          if (response.status !== 200) throw new Error(`${call.name} answered ${response.status}`);
          return response.ms;
        },
        direct: async () => {
          const started = performance.now();
          await replayer.run(statements);
          return performance.now() - started;
        },
        http: async () => (await timedGet(`${bare.url}${barePath}`)).ms,
        served: async () => (await timedGet(`${bare.url}${servedPath}`)).ms,
      };
      const warmup = Math.max(5, Math.ceil(requests / 10));
      for (let i = 0; i < warmup; i++) for (const run of Object.values(once)) await run();
      for (let done = 0; done < requests; done += 10) {
        for (const [which, run] of Object.entries(once)) for (let i = 0; i < Math.min(10, requests - done); i++) times[which].push(await run());
      }
      const [apiStats, direct, http, served] = [summarize(times.api), summarize(times.direct), summarize(times.http), summarize(times.served)];
      const row = {
        call: call.name,
        detail: call.detail,
        statements: statements.length,
        sqlMs: Number(statements.reduce((sum, statement) => sum + (statement.ms ?? 0), 0).toFixed(3)),
        check,
        sql: statements,
        responseBytes: first.body.length,
        api: apiStats,
        direct,
        http,
        served,
        overhead: ratio(apiStats.p50, direct.p50 + http.p50),
        overServed: ratio(apiStats.p50, served.p50),
      };
      log(`  ${backend.kind} ${call.name}: API p50 ${apiStats.p50} ms p99 ${apiStats.p99} ms; D p50 ${direct.p50} ms (${statements.length} statements); H p50 ${http.p50} ms; S p50 ${served.p50} ms; overhead ×${row.overhead} (×${row.overServed} over S)`);
      rows.push(row);
    }
  } finally {
    await replayer.close();
  }
  return rows;
}

/** Sequential latency of one path on a running server (after a warm-up): the dossier as kept answers serve it. */
export async function measureRepeated(url, requests) {
  for (let i = 0; i < Math.max(5, Math.ceil(requests / 10)); i++) await getOk(url);
  const times = [];
  for (let i = 0; i < requests; i++) {
    const response = await timedGet(url);
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    times.push(response.ms);
  }
  return summarize(times);
}

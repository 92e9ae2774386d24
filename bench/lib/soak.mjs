// The soak: the API server on a copy of the SQLite world (writes must not change the
// cached world), at concurrency 50 over loopback, mixing reads of many pairs with writes
// made with a write key, for a bounded time. Zero errors are expected; the server's peak
// memory is recorded, and every write it acknowledged is looked for afterwards.
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect, createApiKey, scopeOf } from '@bilat/db';
import { load } from './load.mjs';
import { TMP_DIR } from './paths.mjs';
import { serverNodeFlags, startChild } from './processes.mjs';

const API_SERVER = fileURLToPath(new URL('./api-server.mjs', import.meta.url));
const trpc = (procedure, input) => `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

/** Pairs with meetings, and people's names, to spread the reads over the world. */
function readTargets(path) {
  const db = new Database(path, { readonly: true });
  try {
    const pairs = db.prepare('select distinct pair from series where pair is not null order by pair limit 500').all().map((row) => row.pair);
    const names = db.prepare('select body from people order by id limit 500').all().map((row) => JSON.parse(row.body).name);
    const source = db.prepare("select id from sources order by id limit 1").get().id;
    return { pairs, names, source };
  } finally {
    db.close();
  }
}

const pick = (list) => list[Math.floor(Math.random() * list.length)];

export async function soak({ sqlitePath, seconds, connections = 50, log = () => {} }) {
  mkdirSync(TMP_DIR, { recursive: true });
  const copy = join(TMP_DIR, `soak-${process.pid}.db`);
  const started = performance.now();
  copyFileSync(sqlitePath, copy);
  log(`  soak: copied the world in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  let server;
  try {
    const database = connect({ kind: 'sqlite', path: copy });
    const key = await createApiKey(scopeOf(database), { name: 'bench soak', scope: 'write', createdBy: 'bench' });
    await database.close();
    const targets = readTargets(copy);
    // Started as `bilat serve` starts it: with the server's Node flags.
    server = await startChild(API_SERVER, ['--sqlite', copy], { execArgv: await serverNodeFlags() });
    let acknowledged = 0;
    let round = 0;
    const read = (path) => ({ method: 'GET', setupRequest: (request) => ({ ...request, path: path() }) });
    // Nine reads and one write per cycle of each connection.
    const requests = [
      read(() => trpc('pairs.dossier', { pair: pick(targets.pairs) })),
      read(() => trpc('meetings.list', { limit: 50 })),
      read(() => trpc('search', { q: pick(targets.names) })),
      read(() => trpc('pairs.dossier', { pair: pick(targets.pairs) })),
      read(() => trpc('meetings.list', { country: pick(targets.pairs).slice(0, 2), limit: 20 })),
      read(() => trpc('pairs.dossier', { pair: pick(targets.pairs) })),
      read(() => trpc('search', { q: pick(targets.names).split(' ')[0] })),
      read(() => trpc('pairs.dossier', { pair: pick(targets.pairs) })),
      read(() => trpc('meetings.list', { limit: 50 })),
      {
        method: 'POST',
        path: '/trpc/meetings.create',
        setupRequest: (request) => {
          const pair = pick(targets.pairs);
          round += 1;
          const body = {
            title: `SYNTHETIC soak meeting ${round} of ${pair}`,
            kind: 'working-meeting',
            pair,
            date: { start: `2025-${String(1 + (round % 12)).padStart(2, '0')}`, qualifier: 'stated' },
            location: { country: pair.slice(0, 2), qualifier: 'stated' },
            participants: [],
            status: 'draft',
            citations: [{ sourceId: targets.source, locator: 'p1' }],
          };
          return { ...request, body: JSON.stringify(body), headers: { ...request.headers, 'content-type': 'application/json', 'x-api-key': key.secret } };
        },
        onResponse: (status) => {
          if (status === 200) acknowledged += 1;
        },
      },
    ];
    log(`  soak: ${connections} connections for ${seconds} s, nine reads to one write…`);
    const result = await load({ url: server.url, connections, seconds, requests });
    const peakRssMb = server.peakRssMb();
    await server.stop();
    server = undefined;
    const check = new Database(copy, { readonly: true });
    const found = check.prepare("select count(*) as n from revisions where actor = ? and action = 'create'").get(`key:${key.id}`).n;
    check.close();
    return { ...result, writesAcknowledged: acknowledged, writesFound: found, peakRssMb };
  } finally {
    await server?.stop();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
  }
}

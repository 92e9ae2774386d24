import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDriver from 'better-sqlite3';
import { connect, createApiKey, migrateToLatest, openDatabase, scopeOf, type BilatDatabase } from '@bilat/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/server.js';
import { SEED_SOURCE } from './support/api.js';

/*
 * Staying up: what the server does when the database cannot be written, is full, goes
 * away and comes back, and what is left when the server itself is killed mid-write.
 * Each case uses its own database (a file, or a private PostgreSQL cluster).
 */

const placeInput = (n: number) => ({
  status: 'verified',
  citations: [{ sourceId: SEED_SOURCE, locator: 'p5' }],
  name: `Fault Town ${n}`,
  kind: 'city',
  country: 'LT',
});

async function post(url: string, path: string, key: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}/api/v1${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

// Each case seeds a whole file (the shipped data, its search index merged, the file vacuumed): seconds
// on a loaded machine, beyond the default timeout.
const SEEDED_TIMEOUT = 120_000;

async function seededFile(dir: string): Promise<{ path: string; key: string }> {
  const path = join(dir, 'bilat.db');
  const database = await openDatabase({ kind: 'sqlite', path });
  const key = (await createApiKey(scopeOf(database), { name: 'faults', scope: 'write', createdBy: 'local:test' })).secret;
  await database.close();
  return { path, key };
}

function integrity(path: string): string {
  const driver = new SqliteDriver(path, { readonly: true });
  try {
    return String(driver.pragma('integrity_check', { simple: true }));
  } finally {
    driver.close();
  }
}

describe('a database that cannot be written', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bilat-faults-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opened read-only: reads work, writes get a clear 503 and the file is untouched', async () => {
    const { path, key } = await seededFile(dir);
    const database = connect({ kind: 'sqlite', path, readonly: true });
    const server = await startServer({ database, port: 0, logger: false });
    try {
      expect((await fetch(`${server.url}/api/v1/pairs/KZ-LT/dossier`)).status).toBe(200);
      const write = await post(server.url, '/places', key, placeInput(1));
      expect(write.status).toBe(503);
      expect(write.body.message).toMatch(/read-only/);
    } finally {
      await server.close();
      await database.close();
    }
    expect(integrity(path)).toBe('ok');
  }, SEEDED_TIMEOUT);

  it('full (max_page_count): the write that does not fit is refused whole, earlier ones stay, no corruption', async () => {
    const { path, key } = await seededFile(dir);
    const database = connect({ kind: 'sqlite', path });
    // Seeding leaves the search index merged (packages/db open.ts), so ordinary writes fill
    // the margin from the first one.
    const pages = Number(database.sqlite!.pragma('page_count', { simple: true }));
    database.sqlite!.pragma(`max_page_count = ${pages + 40}`);
    const server = await startServer({ database, port: 0, logger: false, rateLimit: false });
    const accepted: string[] = [];
    let refusal: { status: number; body: Record<string, unknown> } | undefined;
    try {
      for (let n = 0; n < 2000 && !refusal; n++) {
        const answer = await post(server.url, '/places', key, { ...placeInput(n), names: [{ value: `Long alias ${'x'.repeat(200)} ${n}`, kind: 'spelling' }] });
        if (answer.status === 200) accepted.push(answer.body.id as string);
        else refusal = answer;
      }
      expect(refusal?.body.message).toBeDefined();
      expect(refusal?.status, JSON.stringify(refusal?.body)).toBe(503);
      expect(refusal?.body.message).toMatch(/full/);
      expect(accepted.length).toBeGreaterThan(0);
      // Reads still work on a full database.
      expect((await fetch(`${server.url}/api/v1/places/${accepted[0]}`)).status).toBe(200);
    } finally {
      await server.close();
      await database.close();
    }
    expect(integrity(path)).toBe('ok');
    const check = connect({ kind: 'sqlite', path, readonly: true });
    const stored = await check.db.selectFrom('places').select('id').where('id', 'in', accepted).execute();
    await check.close();
    expect(stored).toHaveLength(accepted.length);
  }, SEEDED_TIMEOUT);
});

describe('a server killed during writes', () => {
  let dir: string;
  let child: ChildProcess | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bilat-kill-'));
  });
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write, whole, and nothing half-written', async () => {
    const { path, key } = await seededFile(dir);
    child = spawn(process.execPath, [fileURLToPath(new URL('./support/serve-child.mjs', import.meta.url)), path], { stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise<string>((resolve, reject) => {
      child!.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      child!.once('exit', (code) => reject(new Error(`server exited early (${code})`)));
    });
    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (lane: number) => {
      for (let n = 0; !stop; n++) {
        try {
          const answer = await post(url, '/places', key, placeInput(lane * 100_000 + n));
          if (answer.status === 200) acknowledged.push(answer.body.id as string);
        } catch {
          return; // the server is gone
        }
      }
    };
    const lanes = Array.from({ length: 6 }, (_, lane) => writer(lane));
    while (acknowledged.length < 60) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGKILL');
    stop = true;
    await Promise.all(lanes);

    expect(integrity(path)).toBe('ok');
    const database = connect({ kind: 'sqlite', path });
    await migrateToLatest(database);
    const rows = await database.db.selectFrom('places').select(['id']).where('id', 'like', 'fault-town-%').execute();
    const stored = new Set(rows.map((row) => row.id));
    for (const id of acknowledged) expect(stored.has(id), id).toBe(true);
    // Every stored place is whole: its revision, its party, its citation link and its search document.
    for (const { id } of rows) {
      const revision = await database.db.selectFrom('revisions').select('action').where('kind', '=', 'place').where('record_id', '=', id).execute();
      const parties = await database.db.selectFrom('record_parties').select('party').where('kind', '=', 'place').where('record_id', '=', id).execute();
      const links = await database.db.selectFrom('record_links').select('relation').where('from_kind', '=', 'place').where('from_id', '=', id).execute();
      const documents = await database.db.selectFrom('search_documents').select('doc_id').where('kind', '=', 'place').where('record_id', '=', id).execute();
      expect([revision.length, parties.length, links.length, documents.length], id).toEqual([1, 1, 1, 1]);
    }
    await database.close();
  }, SEEDED_TIMEOUT);
});

describe('a SQLite file removed under a running server', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bilat-gone-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('/healthz answers 503 naming the file while it is gone, and 200 once it is back', async () => {
    const path = join(dir, 'gone.db');
    const database = await openDatabase({ kind: 'sqlite', path }, { seed: 'never' });
    const server = await startServer({ database, port: 0, logger: false, rateLimit: false });
    try {
      const health = async () => {
        const response = await fetch(`${server.url}/healthz`);
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };
      expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', current: true } });
      renameSync(path, `${path}.away`);
      // The server's open handle could still read the moved file; the health check must not say ok.
      const away = await health();
      expect(away.status).toBe(503);
      expect(away.body).toMatchObject({ status: 'unavailable', database: 'sqlite' });
      expect(String(away.body.error)).toContain(path);
      renameSync(`${path}.away`, path);
      expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', current: true } });
    } finally {
      await server.close();
      await database.close();
    }
  });
});

const PG_BIN = '/usr/lib/postgresql/15/bin';
const canRunCluster = process.getuid?.() === 0 && existsSync(`${PG_BIN}/initdb`);

/** Runs a PostgreSQL tool as the postgres user. Output is not captured: a started server must not hold our pipes open. */
function asPostgres(command: string, args: string[]): void {
  execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'ignore', timeout: 60_000 });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe.skipIf(!canRunCluster)('PostgreSQL restarted under load (a private cluster)', () => {
  let dir: string;
  let port: number;
  let database: BilatDatabase | undefined;
  let server: RunningServer | undefined;
  const ctl = (...args: string[]) => asPostgres(`${PG_BIN}/pg_ctl`, ['-D', join(dir, 'data'), ...args]);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bilat-pg-'));
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })));
    port = await freePort();
    asPostgres(`${PG_BIN}/initdb`, ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
    ctl('-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', join(dir, 'log'), '-w', 'start');
    database = await openDatabase({ kind: 'postgres', url: `postgres://postgres@127.0.0.1:${port}/postgres`, poolSize: 4 });
    server = await startServer({ database, port: 0, logger: false, rateLimit: false });
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await database?.close();
    try {
      ctl('-m', 'immediate', 'stop');
    } catch {
      // Already stopped.
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 while the database is away and recovers on its own, never a 500', async () => {
    const statuses: number[] = [];
    const ask = async () => {
      const response = await fetch(`${server!.url}/api/v1/pairs/KZ-LT/dossier`);
      await response.arrayBuffer();
      statuses.push(response.status);
      return response.status;
    };
    expect(await ask()).toBe(200);
    let stop = false;
    const load = (async () => {
      while (!stop) await ask().catch(() => statuses.push(-1));
    })();
    // Restarted in another process while requests keep coming.
    await new Promise<void>((resolve, reject) => {
      const restart = spawn('runuser', ['-u', 'postgres', '--', `${PG_BIN}/pg_ctl`, '-D', join(dir, 'data'), '-l', join(dir, 'log'), '-m', 'fast', '-w', 'restart'], { stdio: 'ignore' });
      restart.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctl restart exited ${code}`))));
    });
    // The API was not restarted: it must find the database again by itself.
    const deadline = Date.now() + 30_000;
    let recovered = false;
    while (Date.now() < deadline && !recovered) {
      recovered = (await ask()) === 200 && (await ask()) === 200;
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    stop = true;
    await load;
    expect(recovered).toBe(true);
    // Requests ran during the restart and some met the database away.
    expect(statuses.length).toBeGreaterThan(5);
    expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);
    expect((await fetch(`${server!.url}/healthz`)).status).toBe(200);
  }, 90_000);
});


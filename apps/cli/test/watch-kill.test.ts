import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@bilat/db';
import pg from 'pg';
import { ROUND_BY_BALTIC_DESK, ROUND_BY_STEPPE_WIRE, CALL_BY_BALTIC_DESK, rssFeed, startNewsroom, type Newsroom } from '@bilat/watch/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, bilatAsync } from './support/run.js';

/*
 * Killing `bilat watch run` mid-fetch (SIGKILL while it waits on a slow report) leaves no
 * half-stored report, and the next run stores each report once: the reports stored before
 * the kill are not fetched again, the one it was waiting for is, and nothing is doubled.
 * On SQLite and on PostgreSQL.
 */

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const FETCH_ENV = { BILAT_WATCH_HOST_INTERVAL_MS: '0', BILAT_WATCH_TIMEOUT_MS: '30000', BILAT_WATCH_RETRIES: '0' };

const ITEMS = [
  { id: 'k-1', path: '/k/2025/03/14/round', title: 'Round', published: '2025-03-14' },
  { id: 'k-2', path: '/k/2025/03/15/slow-report', title: 'Slow', published: '2025-03-15' },
  { id: 'k-3', path: '/k/2025/03/12/call', title: 'Call', published: '2025-03-12' },
];

const probe = async () => {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  const ok = await client.connect().then(
    () => true,
    () => false,
  );
  await client.end().catch(() => {});
  return ok;
};

describe.each(['sqlite', 'postgres'] as const)('killing bilat watch run mid-fetch on %s', async (dialect) => {
  const reachable = dialect === 'sqlite' || (await probe());
  if (!reachable && process.env.CI === 'true') throw new Error(`PostgreSQL at ${TEST_DATABASE_URL} is required under CI=true`);
  let dir: string;
  let target: string[];
  let news: Newsroom;
  let admin: pg.Client | undefined;
  const schema = `bilat_watch_kill_${process.pid}_${Date.now().toString(36)}`;
  const run = (...args: string[]) => bilatAsync([...args, ...target], { env: FETCH_ENV });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bilat-watch-kill-'));
    if (dialect === 'sqlite') target = ['--db', join(dir, 'bilat.db')];
    else if (reachable) {
      admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`create schema "${schema}"`);
      target = ['--database-url', `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`];
    }
    news = await startNewsroom({
      '/k/rss.xml': { contentType: 'application/rss+xml', get body() { return rssFeed(news.url, 'Kill Wire', ITEMS); } },
      '/k/2025/03/14/round': { body: ROUND_BY_STEPPE_WIRE },
      // Answers long after the process is killed.
      '/k/2025/03/15/slow-report': { body: ROUND_BY_BALTIC_DESK, delayMs: 120_000 },
      '/k/2025/03/12/call': { body: CALL_BY_BALTIC_DESK },
    });
  });
  afterAll(async () => {
    await news?.close();
    rmSync(dir, { recursive: true, force: true });
    if (admin) {
      await admin.query(`drop schema if exists "${schema}" cascade`);
      await admin.end();
    }
  });

  it.skipIf(!reachable)('leaves no half-stored report and stores each report once on the next run', async () => {
    const added = await run('watch', 'add', `${news.url}/k/rss.xml`, '--publisher', 'Kill Wire');
    expect(added.code, added.stderr).toBe(0);

    const child = spawn(process.execPath, [BIN, 'watch', 'run', ...target], { env: { ...process.env, ...FETCH_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Wait until it is waiting on the slow report, the first report stored before it.
    const deadline = Date.now() + 60_000;
    while (news.asked('/k/2025/03/15/slow-report').length === 0) {
      if (Date.now() > deadline) throw new Error('bilat watch run never asked for the slow report');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    // What the killed run stored is whole: the first report with its document and proposal, nothing of the others.
    const afterKill = (await json(run, 'inbox', 'list')) as Inbox;
    expect(afterKill.items.map((p) => p.sources.map((s) => s.url))).toEqual([[`${news.url}/k/2025/03/14/round`]]);
    expect(await stored(dialect, target, schema)).toEqual({ documents: 1, items: [['k-1', 'drafted']], drafts: 1 });

    // The next run: the slow report now answers at once.
    news.routes.set('/k/2025/03/15/slow-report', { body: ROUND_BY_BALTIC_DESK });
    const again = await run('watch', 'run', '--json');
    expect(again.code, again.stderr).toBe(0);
    expect((JSON.parse(again.stdout) as { sources: { fetched: number; newItems: number }[] }).sources[0]).toMatchObject({ fetched: 2, newItems: 2 });
    expect(news.asked('/k/2025/03/14/round')).toHaveLength(1);
    expect(news.asked('/k/2025/03/12/call')).toHaveLength(1);

    const inbox = (await json(run, 'inbox', 'list')) as Inbox;
    // The slow report is the second outlet's account of the round: it joined its proposal.
    const round = inbox.items.find((p) => p.pair === 'EE-UZ')!;
    expect(round.sources.map((s) => s.url)).toEqual([`${news.url}/k/2025/03/14/round`, `${news.url}/k/2025/03/15/slow-report`]);
    expect(inbox.items).toHaveLength(2);
    const documents = inbox.items.flatMap((p) => p.sources.map((s) => s.documentId));
    expect(new Set(documents).size).toBe(documents.length);
    expect(await stored(dialect, target, schema)).toEqual({ documents: 3, items: [['k-1', 'drafted'], ['k-2', 'drafted'], ['k-3', 'drafted']], drafts: 3 });

    // A third run changes nothing.
    const third = await run('watch', 'run', '--json');
    expect((JSON.parse(third.stdout) as { sources: { fetched: number; newItems: number }[] }).sources[0]).toMatchObject({ fetched: 0, newItems: 0 });
    expect(((await json(run, 'inbox', 'list')) as Inbox).items).toEqual(inbox.items);
  });
});

type Inbox = { items: { id: number; pair: string; sources: { url: string; documentId: string }[] }[] };

async function json(run: (...args: string[]) => ReturnType<typeof bilatAsync>, ...args: string[]) {
  const result = await run(...args, '--json');
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as unknown;
}

/** What the watcher stored, read from the database itself: source documents, items seen, drafts. */
async function stored(dialect: 'sqlite' | 'postgres', target: string[], schema: string) {
  const database = dialect === 'sqlite' ? connect({ kind: 'sqlite', path: target[1]! }) : connect({ kind: 'postgres', url: TEST_DATABASE_URL, schema, poolSize: 1 });
  try {
    const documents = await database.db.selectFrom('sources').select('id').where('publisher', '=', 'Kill Wire').execute();
    const items = await database.db.selectFrom('watch_items').select(['item_key', 'status', 'document_id']).orderBy('item_key').execute();
    const drafts = await database.db.selectFrom('proposal_drafts').select(['document_id']).execute();
    return { documents: documents.length, items: items.map((i) => [i.item_key, i.status]), drafts: drafts.length };
  } finally {
    await database.close();
  }
}

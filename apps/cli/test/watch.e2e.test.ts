import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newsroomRoutes, startNewsroom, type Newsroom } from '@bilat/watch/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { BIN, bilatAsync } from './support/run.js';

/*
 * The acceptance run of issue 15, as a user does it: a local newsroom serves two outlets
 * (RSS and Atom) reporting one round of consultations, a Russian news page in
 * windows-1251, an unchanged feed (304), a 500, a slow host and a malformed feed. After
 * `bilat watch run` the inbox holds one proposed event with two citations; accepting it
 * puts the meeting on the pair's dossier with both sources; a second run fetches nothing
 * new; the failing sources show their errors in `bilat watch list`.
 */

const FETCH_ENV = { BILAT_WATCH_HOST_INTERVAL_MS: '0', BILAT_WATCH_TIMEOUT_MS: '1000', BILAT_WATCH_RETRIES: '1', BILAT_WATCH_BACKOFF_MS: '50' };

describe('bilat watch and bilat inbox, end to end', () => {
  let dir: string;
  let db: string;
  let news: Newsroom;
  const run = (...args: string[]) => bilatAsync([...args, '--db', db], { env: FETCH_ENV });
  const json = async (...args: string[]) => {
    const result = await run(...args, '--json');
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as Record<string, unknown>;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bilat-watch-'));
    db = join(dir, 'bilat.db');
    news = await startNewsroom(newsroomRoutes(() => news.url));
  });
  afterAll(async () => {
    await news?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds the sources', async () => {
    for (const [path, publisher, extra] of [
      ['/steppe/rss.xml', 'Steppe Wire', ['--country', 'UZ']],
      ['/desk/atom.xml', 'Baltic Desk', ['--every', '30m']],
      ['/ru/news', 'Vesti Stepi', ['--country', 'KZ']],
      ['/broken/rss.xml', 'Broken Feed', []],
      ['/down/rss.xml', 'Down Feed', []],
      ['/slow/rss.xml', 'Slow Feed', []],
    ] as const) {
      const added = await run('watch', 'add', `${news.url}${path}`, '--publisher', publisher, ...extra);
      expect(added.code, added.stderr).toBe(0);
      expect(added.stdout).toMatch(new RegExp(`Watching .* as source \\d+ \\(${publisher}, every `));
    }
    const bad = await run('watch', 'add', `${news.url}/x`, '--every', 'hourly');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/every.*not a period like 30m, 1h or 1d/);
  });

  it('runs: one proposed event for the two outlets, with two citations; the failing sources say why, the others go on', async () => {
    const result = await run('watch', 'run');
    // Failing sources make the run exit 1, after the others were fetched.
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/source 1: 1 fetched, 1 new/);
    expect(result.stdout).toMatch(/source 2: 2 fetched, 2 new \(1 joined a proposal from another outlet\)/);
    expect(result.stdout).toMatch(/source 3: 1 fetched, 1 new/);
    expect(result.stdout).toMatch(/source 4: .*error: .*not well-formed XML/);
    expect(result.stdout).toMatch(/source 5: .*error: HTTP 500/);
    expect(result.stdout).toMatch(/source 6: .*error: timed out after 1 s/);
    expect(result.stdout).toMatch(/3 proposals waiting: bilat inbox/);

    const inbox = (await json('inbox', 'list')) as { items: { id: number; pair: string; sources: { publisher: string; documentId: string }[]; record: { citations: { sourceId: string }[] } }[] };
    const round = inbox.items.filter((p) => p.pair === 'EE-UZ');
    expect(round).toHaveLength(1);
    expect(round[0]!.sources.map((s) => s.publisher)).toEqual(['Steppe Wire', 'Baltic Desk']);
    expect(new Set(round[0]!.record.citations.map((c) => c.sourceId))).toEqual(new Set(round[0]!.sources.map((s) => s.documentId)));
    // The Russian page, served in windows-1251, was read.
    expect(inbox.items.find((p) => p.pair === 'KZ-LV')).toBeDefined();

    const readable = await run('inbox');
    expect(readable.stdout).toMatch(/#\d+ {2}meeting {2}EE-UZ {2}2025-03-13 {2}3rd round of Estonian–Uzbek political consultations/);
    expect(readable.stdout).toMatch(/source: Steppe Wire, 2025-03-14/);
    expect(readable.stdout).toMatch(/“[^”]*third round of political consultations[^”]*”/);
  });

  it('accepting puts the meeting on the dossier with both sources, in a batch that can be undone', async () => {
    const inbox = (await json('inbox', 'list', '--pair', 'EE-UZ')) as { items: { id: number; record: { id: string }; sources: { documentId: string }[] }[] };
    const proposal = inbox.items[0]!;
    const accepted = await run('inbox', 'accept', String(proposal.id), '--title', 'Third Uzbek–Estonian political consultations');
    expect(accepted.code, accepted.stderr).toBe(0);
    const batch = /in batch (\S+) \(undo with: bilat import undo \1\)/.exec(accepted.stdout)?.[1];
    expect(batch).toBeDefined();

    const dossier = (await json('dossier', 'EE', 'UZ')) as { meetings: { id: string; title: string; citations: { sourceId: string }[] }[] };
    const meeting = dossier.meetings.find((m) => m.id === proposal.record.id)!;
    expect(meeting.title).toBe('Third Uzbek–Estonian political consultations');
    expect(new Set(meeting.citations.map((c) => c.sourceId))).toEqual(new Set(proposal.sources.map((s) => s.documentId)));

    const again = await run('inbox', 'accept', String(proposal.id));
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/proposal \d+ was already accepted/);

    const undone = await run('import', 'undo', batch!);
    expect(undone.code, undone.stderr).toBe(0);
    const after = (await json('dossier', 'EE', 'UZ')) as { meetings: { id: string }[] };
    expect(after.meetings.map((m) => m.id)).not.toContain(proposal.record.id);
  });

  it('a second run fetches nothing new (the RSS feed answers 304), and the failing sources show their errors', async () => {
    const before = news.requests.length;
    const result = (await run('watch', 'run', '--json')) as unknown as { stdout: string; code: number };
    const second = JSON.parse(result.stdout) as { sources: { id: number; fetched: number; newItems: number; notModified: boolean; error?: string }[] };
    expect(second.sources.map((s) => [s.id, s.fetched, s.newItems])).toEqual([
      [1, 0, 0],
      [2, 0, 0],
      [3, 0, 0],
      [4, 0, 0],
      [5, 0, 0],
      [6, 0, 0],
    ]);
    expect(second.sources[0]!.notModified).toBe(true);
    // Only the lists were asked for again (and robots.txt, once, by this new process).
    const asked = news.requests.slice(before).map((r) => r.path);
    expect(asked.filter((path) => !/(rss\.xml|atom\.xml|\/ru\/news|robots\.txt)$/.test(path))).toEqual([]);

    const list = (await json('watch', 'list')) as { items: { id: number; kind: string; lastStatus: number | null; lastError: string | null }[] };
    expect(list.items.map((s) => [s.id, s.kind, s.lastStatus])).toEqual([
      [1, 'rss', 304],
      [2, 'atom', 200],
      [3, 'page', 200],
      [4, 'auto', 200],
      [5, 'auto', 500],
      [6, 'auto', null],
    ]);
    expect(list.items.slice(0, 3).map((s) => s.lastError)).toEqual([null, null, null]);
    expect(list.items[3]!.lastError).toMatch(/not well-formed XML: .*\(line \d+\)/);
    expect(list.items[4]!.lastError).toMatch(/HTTP 500 from .*\/down\/rss\.xml \(2 attempts\)/);
    expect(list.items[5]!.lastError).toMatch(/timed out after 1 s fetching .*\/slow\/rss\.xml/);
    const table = await run('watch', 'list');
    expect(table.stdout).toMatch(/Down Feed .*ERROR HTTP 500/);
  });

  it('rejects and accepts the rest above a confidence; bad usage is refused with exit code 2', async () => {
    const inbox = (await json('inbox', 'list')) as { items: { id: number; pair: string; confidence: number }[] };
    const call = inbox.items.find((p) => p.pair === 'LV-MN')!;
    const rejected = await run('inbox', 'reject', String(call.id), '--reason', 'not followed');
    expect(rejected.stdout).toMatch(new RegExp(`Rejected proposal ${call.id}\\.`));
    expect((await run('inbox', 'accept', '--all')).stderr).toMatch(/--all needs --min-confidence/);
    expect((await run('inbox', 'accept', '--all', '--min-confidence', '2')).code).toBe(2);
    expect((await run('inbox', 'accept', 'twelve')).code).toBe(2);
    const all = await run('inbox', 'accept', '--all', '--min-confidence', '0.5');
    expect(all.stdout).toMatch(/Accepted 1 proposal \(batches import-/);
    expect((await json('inbox', 'list')).items).toEqual([]);
    expect(((await json('inbox', 'list', '--status', 'rejected')) as { items: { reason: string }[] }).items.map((p) => p.reason)).toEqual(['not followed']);
    const removed = await run('watch', 'remove', '6');
    expect(removed.stdout).toMatch(/Stopped watching source 6\./);
    expect((await run('watch', 'remove', '6')).stderr).toMatch(/no watched source 6/);
  });

  it('bilat watch run --loop fetches due sources on schedule until stopped', async () => {
    news.routes.set('/later/rss.xml', { contentType: 'application/rss+xml', body: `<rss version="2.0"><channel><title>Later</title><item><title>Round</title><link>${news.url}/steppe/2025/03/14/uzbekistan-estonia-consultations</link><guid>later-1</guid></item></channel></rss>` });
    const added = await run('watch', 'add', `${news.url}/later/rss.xml`, '--publisher', 'Later Wire');
    expect(added.code, added.stderr).toBe(0);
    const loop = spawn(process.execPath, [BIN, 'watch', 'run', '--loop', '--db', db], { env: { ...process.env, ...FETCH_ENV, BILAT_WATCH_TICK_MS: '200' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    loop.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => loop.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 30_000;
    while (!/watch: source 7: 1 fetched, 1 new/.test(stderr)) {
      if (Date.now() > deadline) throw new Error(`the loop never fetched the due source: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    loop.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Due again only in an hour: the loop fetched it once.
    expect(news.asked('/later/rss.xml')).toHaveLength(1);
    expect(((await json('inbox', 'list')) as { items: { sources: { publisher: string }[] }[] }).items.flatMap((p) => p.sources.map((s) => s.publisher))).toContain('Later Wire');
  });
});

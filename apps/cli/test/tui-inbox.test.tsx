import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNewsroom, type Newsroom } from '@bilat/watch/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inboxOf } from '../src/data/inbox.js';
import { createDataSource, type BilatApi, type DataSource } from '../src/data/source.js';
import { reportRoutes } from './support/reports.js';
import { KEYS, renderApp, type AppHarness } from './support/tui.js';

/*
 * The terminal UI's inbox over a real (temporary, seeded) database whose proposals were
 * drafted by `watch.run` from a local newsroom: the count in the title bar, i opens the
 * inbox, a accepts, e edits the title then accepts, r rejects from a proposal's screen,
 * the cursor staying in place; what was decided is read back through the API.
 */

// The newsroom answers at once: no politeness delays between its pages.
process.env.BILAT_WATCH_HOST_INTERVAL_MS = '0';
process.env.BILAT_WATCH_BACKOFF_MS = '10';
process.env.BILAT_WATCH_RETRIES = '1';
process.env.BILAT_WATCH_TIMEOUT_MS = '2000';

let dir: string;
let source: DataSource;
let api: BilatApi;
let news: Newsroom;
let app: AppHarness | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bilat-tui-inbox-'));
  source = createDataSource({ db: join(dir, 'bilat.db') });
  api = await source.api();
  news = await startNewsroom(reportRoutes(() => news.url));
  await api.watch.add({ url: `${news.url}/wire/rss.xml`, publisher: 'Caucasus Wire', country: 'GE' });
  await api.watch.add({ url: `${news.url}/desk/rss.xml`, publisher: 'Riga Desk', country: 'LV' });
  const run = await api.watch.run({});
  expect(run.sources.every((one) => !one.error)).toBe(true);
}, 120_000);
afterAll(async () => {
  await news?.close();
  await source?.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  app?.unmount();
  app = undefined;
});

/** The inbox table's rows on screen, by the id in their first column. */
const rows = (ui: AppHarness) =>
  ui
    .frame()
    .split('\n')
    .map((line) => /^[› ] +(\d+) +\d+% /.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ id: Number(match[1]) }));

const waiting = async () => (await inboxOf(api).list({ status: 'waiting', limit: 100 })).items;

describe('the inbox screen', () => {
  it('counts, opens with i, accepts, edits then accepts, and rejects by keys alone', async () => {
    const before = await waiting();
    expect(before.length).toBeGreaterThanOrEqual(4);
    // Two outlets on one round: one proposal with both reports.
    expect(before.some((proposal) => proposal.sources.length === 2)).toBe(true);

    app = renderApp(source, { columns: 150, rows: 34 });
    await app.waitFor(`inbox ${before.length}`);
    expect(app.frame().split('\n')[0]).toMatch(new RegExp(`^ bilat › Pairs\\s+inbox ${before.length} · \\S*bilat\\.db\\s*$`));

    await app.press('i');
    await app.waitFor(/ID\s+CONF\s+KIND\s+PAIR\s+DATE\s+REPORTS\s+TITLE/);
    for (const proposal of before) expect(app.frame()).toContain(proposal.title.slice(0, 40));
    expect(app.selected()).toContain(before[0]!.title.slice(0, 40));

    // a: the first is accepted; the cursor stays where it was, on the one that took its place.
    await app.press('a');
    await app.waitFor(`Accepted: ${before[0]!.title}`);
    await app.waitFor(`inbox ${before.length - 1}`);
    await app.waitFor(/ID\s+CONF\s+KIND/);
    expect(rows(app).map((row) => row.id)).toEqual(before.slice(1).map((proposal) => proposal.id));
    expect(app.selected()).toContain(before[1]!.title.slice(0, 40));

    // e: the title on the last line, rewritten, then Enter accepts with it.
    await app.press('e');
    await app.waitFor(`Title: ${before[1]!.title}`);
    await app.press(KEYS.ctrlU, ...'Consultations edited in the terminal', KEYS.enter);
    await app.waitFor('Accepted: Consultations edited in the terminal');
    await app.waitFor(`inbox ${before.length - 2}`);
    await app.waitFor(/ID\s+CONF\s+KIND/);
    expect(app.selected()).toContain(before[2]!.title.slice(0, 40));

    // Enter opens the proposal: its facts with the report's words, its reports; r rejects it and goes back.
    await app.press(KEYS.enter);
    await app.waitFor('Facts (');
    const detail = app.frame();
    expect(detail).toContain('Reports (');
    expect(detail).toMatch(/“[^”]+”/);
    expect(detail).toContain(before[2]!.sources[0]!.title.slice(0, 30));
    await app.press('r');
    await app.waitFor(`Rejected: ${before[2]!.title}`);
    await app.waitFor(/ID\s+CONF\s+KIND/);
    await app.waitFor(`inbox ${before.length - 3}`);

    // What the keys did, read back through the API.
    const accepted = (await inboxOf(api).list({ status: 'accepted', limit: 100 })).items;
    expect(accepted.map((proposal) => proposal.id).sort()).toEqual([before[0]!.id, before[1]!.id].sort());
    const edited = accepted.find((proposal) => proposal.id === before[1]!.id)!;
    // The record accepted carries the edited title (the proposal keeps the title it was drafted with).
    expect(edited.kind).toBe('meeting');
    expect((await api.meetings.get({ id: String(edited.record.id) })).title).toBe('Consultations edited in the terminal');
    expect((await api.meetings.get({ id: String(accepted.find((proposal) => proposal.id === before[0]!.id)!.record.id) })).title).toBe(before[0]!.title);
    const rejected = (await inboxOf(api).list({ status: 'rejected', limit: 100 })).items;
    expect(rejected.map((proposal) => proposal.id)).toEqual([before[2]!.id]);
    expect((await waiting()).map((proposal) => proposal.id)).toEqual(before.slice(3).map((proposal) => proposal.id));
  });

  it('says when a decision is refused and keeps the proposal', async () => {
    const [first, ...others] = await waiting();
    if (!first) throw new Error('the first test leaves proposals waiting');
    app = renderApp(source, { columns: 150, rows: 34, initial: { screen: 'inbox' } });
    await app.waitFor(first.title.slice(0, 40));
    // Decided elsewhere meanwhile: the key's answer says so, and the screen is not left stale.
    await inboxOf(api).reject({ id: first.id });
    await app.press('a');
    await app.waitFor(/Not accepted: .+/);
    // The one decided elsewhere is not accepted after all; nothing else changed.
    expect((await inboxOf(api).list({ status: 'rejected', limit: 100 })).items.map((proposal) => proposal.id)).toContain(first!.id);
    expect((await waiting()).map((proposal) => proposal.id)).toEqual(others.map((proposal) => proposal.id));
  });

  it('shows that nothing waits once every proposal is decided, and the title bar drops the count', async () => {
    for (const proposal of await waiting()) await inboxOf(api).reject({ id: proposal.id });
    app = renderApp(source, { columns: 150, rows: 34, initial: { screen: 'inbox' } });
    await app.waitFor('Nothing waiting for review.');
    expect(app.frame().split('\n')[0]).not.toContain('inbox ');
  });
});

import { createCaller, createInnerContext, localCaller } from '@bilat/api';
import { openDatabase, type BilatDatabase } from '@bilat/db';
import { startNewsroom, type Newsroom } from '@bilat/watch/testing';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// One newsroom of invented outlets for both interfaces' inbox tests (the terminal UI's is the other).
import { reportRoutes } from '../../cli/test/support/reports';
import { type BrowserSession, openSession, seriousViolations, signIn, textOf } from './support/browser';

/*
 * The review inbox in a real browser, keyboard only: proposals drafted by watch.run (in
 * this process, through the API, over the server's own SQLite file) from a local
 * newsroom; the reviewer accepts one, edits a title then accepts, rejects one and accepts
 * the next with two keys pressed at once (both taken, one request each), and focus stays in
 * the list after each; the dossier then shows the accepted meetings; /watch
 * shows the sources with a failing one's error; axe finds nothing serious on either page.
 */

process.env.BILAT_WATCH_HOST_INTERVAL_MS = '0';
process.env.BILAT_WATCH_BACKOFF_MS = '10';
process.env.BILAT_WATCH_RETRIES = '1';
process.env.BILAT_WATCH_TIMEOUT_MS = '2000';

const EDITED = 'Consultations retitled in the browser';

let database: BilatDatabase;
let api: ReturnType<typeof createCaller>;
let news: Newsroom;
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  database = await openDatabase({ kind: 'sqlite', path: inject('databasePath') });
  api = createCaller(createInnerContext({ database, caller: localCaller('local:web-inbox-test') }));
  news = await startNewsroom(reportRoutes(() => news.url));
  await api.watch.add({ url: `${news.url}/wire/rss.xml`, publisher: 'Caucasus Wire', country: 'GE', every: '1h' });
  await api.watch.add({ url: `${news.url}/desk/rss.xml`, publisher: 'Riga Desk', country: 'LV', every: '1d' });
  await api.watch.add({ url: `${news.url}/down/rss.xml`, publisher: 'Broken Herald', every: '30m' });
  await api.watch.run({});

  session = await openSession();
  page = session.page;
  await signIn(page, '/inbox');
}, 120_000);

afterAll(async () => {
  await session?.close();
  await news?.close();
  await database?.close();
});

/** The proposal the keyboard is on: the id of the focused article. */
const focusedProposal = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.proposal ?? null);
const waiting = async () => (await api.inbox.list({ status: 'waiting', limit: 100 })).items;
/** Waits until no decision is on its way to the server (keys pressed meanwhile are taken and sent in order). */
const settled = () => page.locator('[aria-label="Proposals"][aria-busy="true"]').waitFor({ state: 'detached' });

describe('the review inbox, keyboard only', () => {
  it('shows the waiting count in the header and each proposal with its facts, words and reports', async () => {
    const proposals = await waiting();
    expect(proposals.length).toBeGreaterThanOrEqual(3);
    expect(await textOf(page, '[data-testid="inbox-count"]')).toBe(String(proposals.length));
    expect(await page.locator('[data-proposal]').count()).toBe(proposals.length);
    const first = page.locator(`[data-proposal="${proposals[0]!.id}"]`);
    expect(await first.locator('h2').textContent()).toBe(proposals[0]!.title);
    // Each fact beside the report's own words, marked.
    const words = proposals[0]!.facts.find((fact) => fact.words)!.words;
    expect(await first.locator('td.fact-words mark').allTextContents()).toContain(words);
    expect(await first.getByRole('link', { name: proposals[0]!.sources[0]!.title }).count()).toBeGreaterThan(0);
    expect(await page.locator('[role="status"][aria-live="polite"]').count()).toBeGreaterThan(0);
  });

  it('accepts, edits a title then accepts, rejects and accepts in quick succession, with focus kept in the list', async () => {
    const [one, two, three, four, ...rest] = await waiting();
    // Tab from the top of the page until the first proposal has focus.
    await page.goto('/inbox');
    for (let presses = 0; presses < 80 && (await focusedProposal()) !== String(one!.id); presses++) await page.keyboard.press('Tab');
    expect(await focusedProposal()).toBe(String(one!.id));

    // j and k move.
    await page.keyboard.press('j');
    expect(await focusedProposal()).toBe(String(two!.id));
    await page.keyboard.press('ArrowUp');
    expect(await focusedProposal()).toBe(String(one!.id));

    // a accepts; the next proposal takes its place and has focus.
    await page.keyboard.press('a');
    await page.getByRole('status').filter({ hasText: `Accepted: ${one!.title}` }).waitFor();
    await settled();
    expect(await page.locator(`[data-proposal="${one!.id}"]`).count()).toBe(0);
    expect(await focusedProposal()).toBe(String(two!.id));

    // e opens the editor with the title selected; typing replaces it; Enter saves and accepts.
    await page.keyboard.press('e');
    const title = page.getByLabel('Title', { exact: true });
    await title.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`edit-${two!.id}-title`);
    await page.keyboard.type(EDITED);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `Accepted: ${two!.title}` }).waitFor();
    await settled();
    expect(await focusedProposal()).toBe(String(three!.id));

    // r then a at once, the second pressed while the first is still on its way: both are taken, in order, and
    // each costs one request (the action's answer carries the fresh page; no second fetch of it).
    expect(four, 'a fourth proposal to decide in quick succession').toBeDefined();
    const requests: string[] = [];
    const count = (request: Request) => {
      const headers = request.headers();
      if (headers['next-action']) requests.push('action');
      else if (headers.rsc === '1' || request.url().includes('_rsc=')) requests.push('refetch');
    };
    page.on('request', count);
    await page.keyboard.press('r');
    await page.keyboard.press('a');
    expect(await page.locator(`[data-proposal="${three!.id}"]`).count()).toBe(0);
    expect(await page.locator(`[data-proposal="${four!.id}"]`).count()).toBe(0);
    await page.getByRole('status').filter({ hasText: `Accepted: ${four!.title}` }).waitFor();
    await settled();
    if (rest[0]) expect(await focusedProposal()).toBe(String(rest[0].id));
    await page.locator('[data-testid="inbox-count"]').filter({ hasText: new RegExp(`^${rest.length}$`) }).waitFor();
    page.off('request', count);
    expect(requests).toEqual(['action', 'action']);

    // Read back through the API: three accepted (one with the edited title on its record), one rejected.
    const accepted = (await api.inbox.list({ status: 'accepted', limit: 100 })).items;
    expect(accepted.map((proposal) => proposal.id).sort()).toEqual([one!.id, two!.id, four!.id].sort());
    const editedRecord = await api.meetings.get({ id: String(accepted.find((proposal) => proposal.id === two!.id)!.record.id) });
    expect(editedRecord.title).toBe(EDITED);
    expect((await api.inbox.list({ status: 'rejected', limit: 100 })).items.map((proposal) => proposal.id)).toEqual([three!.id]);

    // The dossier of each accepted meeting's pair shows it.
    for (const [proposal, shown] of [
      [one!, one!.title],
      [two!, EDITED],
    ] as const) {
      await page.goto(`/pairs/${proposal.pair}`);
      expect(await textOf(page, '#timeline')).toContain(shown);
    }
  });

  it('shows the first page, saying why, for a cursor that is not one', async () => {
    const response = await page.goto('/inbox?status=accepted&cursor=not-a-cursor');
    expect(response?.status()).toBe(200);
    expect(await page.locator('.notice').textContent()).toContain('(its cursor) is not valid; the first page is shown');
    expect(await page.locator('[data-proposal]').count()).toBe((await api.inbox.list({ status: 'accepted', limit: 50 })).items.length);
  });

  it('/watch lists the sources with their last fetch, a failing one with its error', async () => {
    await page.goto('/watch');
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    const broken = rows.filter({ hasText: 'Broken Herald' });
    expect(await broken.locator('.badge.warn').textContent()).toBe('failed');
    expect(((await broken.locator('.field-error').textContent()) ?? '').length).toBeGreaterThan(0);
    expect(await rows.filter({ hasText: 'Caucasus Wire' }).locator('.badge.ok').count()).toBe(1);
    expect(await rows.filter({ hasText: 'Riga Desk' }).textContent()).toContain('every day');
  });

  it.each(['/inbox', '/watch'])('%s has no serious or critical axe violation', async (path) => {
    await page.goto(path);
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });
});

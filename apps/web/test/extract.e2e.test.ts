import { openDatabase, scopeOf, undoBatch } from '@bilat/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, openSession, seriousViolations, signIn, textOf } from './support/browser';

/*
 * /extract in a real browser: paste a report, see the drafted records beside the text with
 * each fact's words marked, edit one fact (a bad date refused beside its field first), drop
 * another, save with a write key, then find the result on the pair's dossier with citations
 * that point at the very words that were marked. The batch is undone afterwards, so the
 * other suites see the curated data as it was.
 */

// Written for this test. The seed holds Vassilenko as Deputy Minister on 2024-06-20 and KZ–LT turnover of 223.6 M USD for 2023.
const REPORT = `Kazakhstan and Lithuania discuss transport links

Astana, 20 June 2024. First Deputy Minister of Foreign Affairs of Kazakhstan Roman Vasilenko met Vice Minister of Economy and Innovation of Lithuania Ieva Kairyte in Astana on Tuesday to discuss transport corridors.

According to the Kazakh side, in 2023 trade between Kazakhstan and Lithuania came to 240.1 million US dollars.`;

const NEW_TITLE = 'Vasilenko and Kairyte discuss transport corridors';

let session: BrowserSession;
let page: Page;
let batchId: string | undefined;
let meetingKey = '';
let markedWords: string[] = [];

beforeAll(async () => {
  session = await openSession();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
  if (batchId) {
    const database = await openDatabase({ kind: 'sqlite', path: inject('databasePath') }, { migrate: false });
    try {
      await undoBatch(scopeOf(database), batchId);
    } finally {
      await database.close();
    }
  }
});

/** Pastes the report, with its date and publisher in the form or as front matter at its top. */
async function draft(p: Page, where: 'form' | 'front matter' = 'form'): Promise<void> {
  if (where === 'form') {
    await p.fill('#extract-text', REPORT);
    await p.fill('#extract-published', '2024-06-20');
    await p.fill('#extract-publisher', 'Steppe Wire');
  } else {
    await p.fill('#extract-text', `---\npublished: 2024-06-20\npublisher: Steppe Wire\n---\n${REPORT}`);
  }
  await p.getByRole('button', { name: 'Draft records' }).click();
  await p.locator('[data-fact^="meeting:"]').waitFor();
}

const card = (p: Page, prefix: string) => p.locator(`[data-fact^="${prefix}"]`).first();

describe('/extract: from a pasted report to saved records', () => {
  it('is linked from the navigation; refuses an empty report and a bad date beside their fields', async () => {
    await page.goto('/');
    await page.locator('nav[aria-label="Main"] a[href="/extract"]').click();
    await page.waitForURL((url) => url.pathname === '/extract');
    expect(await textOf(page, 'main h1')).toBe('Draft records from a report');
    await page.fill('#extract-published', '2024-13-01');
    await page.getByRole('button', { name: 'Draft records' }).click();
    await page.locator('[data-error-for="text"]').waitFor();
    expect(await textOf(page, '[data-error-for="text"]')).toContain('empty');
    expect(await page.getAttribute('#extract-text', 'aria-invalid')).toBe('true');
    expect(await page.locator('[data-error-for="published"]').count()).toBe(1);
    expect(await page.getAttribute('#extract-published', 'aria-invalid')).toBe('true');
  });

  it('drafts without a key: facts beside the text, people matched, disputes shown; saving asks for a key; no axe violation', async () => {
    await page.goto('/extract');
    await draft(page, 'front matter');
    // The date as every page writes dates; the figure in the dossier's words, no arrow on a two-way total, digits grouped.
    expect(await textOf(page, '[data-testid="draft-summary"]')).toContain('from Steppe Wire, 20 June 2024 (date from');
    expect(await textOf(page, 'label[for="extract-published"] > span')).toBe('Published (YYYY, YYYY-MM or YYYY-MM-DD)');
    const figure = await card(page, 'trade:').locator('strong').first().textContent();
    expect(figure).toBe('Kazakhstan trade with Lithuania, 2023: US$240 million');
    expect(await textOf(page, '[data-testid="draft-summary"]')).toMatch(/^\d+ drafted facts? from /);
    expect(await textOf(page, '.extract-text')).toMatch(/^Kazakhstan and Lithuania discuss transport links/);
    expect(await textOf(page, '[data-testid="people-matches"]')).toMatch(/Roman Vasilenko: matched Roman Vassilenko/);
    expect(await textOf(page, '[data-testid="people-matches"]')).toMatch(/Ieva Kairyte: new person/);
    // The disputed figures in the dossier's words, the exact value in the title.
    expect(await textOf(page, '[data-testid="draft-disputes"]')).toContain('held “US$224 million”, this report “US$240 million”');
    expect(await page.locator('[data-testid="draft-disputes"] span[title="240100000 USD"]').count()).toBe(1);
    expect(await textOf(page, 'main')).toContain('Saving needs an API key with the write scope');
    expect(await page.getByRole('button', { name: /^Save/ }).count()).toBe(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await card(page, 'meeting:').hover();
      const violations = await seriousViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    // No publisher given or found: said in lower case mid-sentence.
    await page.goto('/extract');
    await page.fill('#extract-text', REPORT);
    await page.fill('#extract-published', '2024-06');
    await page.getByRole('button', { name: 'Draft records' }).click();
    await page.locator('[data-testid="draft-summary"]').waitFor();
    expect(await textOf(page, '[data-testid="draft-summary"]')).toContain('from an unknown publisher, June 2024 (date from');
  });

  it('signed in: hovering a fact marks its words; a bad edit is refused beside its field; edit one, drop one, save', async () => {
    await signIn(page, '/extract');
    await draft(page);

    const meeting = card(page, 'meeting:');
    meetingKey = (await meeting.getAttribute('data-fact'))!;
    await meeting.hover();
    markedWords = await page.locator('mark.hl.active').allTextContents();
    expect(markedWords).toEqual(['Roman Vasilenko', 'met', 'Ieva Kairyte', 'Astana', 'on Tuesday']);
    // Focus (the keyboard) marks them too: the trade figure's words.
    await card(page, 'trade:').locator('button[data-action="edit"]').focus();
    expect(await page.locator('mark.hl.active').allTextContents()).toContain('240.1 million US dollars');

    await meeting.locator('button[data-action="edit"]').click();
    await meeting.locator('input[data-field="title"]').fill(NEW_TITLE);
    await meeting.locator('input[data-field="date.start"]').fill('2024-02-30');
    await card(page, 'trade:').locator('button[data-action="drop"]').click();
    expect(await card(page, 'trade:').getAttribute('class')).toContain('dropped');
    await page.getByRole('button', { name: /^Save \d+ record/ }).click();
    await page.locator('[data-testid="save-errors"]').waitFor();
    const error = meeting.locator('[data-error-for="date.start"]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/date/i);
    expect(await meeting.locator('input[data-field="date.start"]').getAttribute('aria-invalid')).toBe('true');

    await meeting.locator('input[data-field="date.start"]').fill('2024-06-18');
    await page.getByRole('button', { name: /^Save \d+ record/ }).click();
    await page.locator('[data-testid="saved"]').waitFor();
    const saved = await textOf(page, '[data-testid="saved"]');
    batchId = /\((import-[^)]+)\)/.exec(saved)?.[1];
    expect(batchId).toBeDefined();
    expect(saved).toMatch(/left out/);
  });

  it('the dossier shows the edited meeting, not the dropped figure, with citations pointing at the marked words', async () => {
    await page.locator('[data-testid="saved"] a[href="/pairs/KZ-LT"]').click();
    await page.waitForURL((url) => url.pathname === '/pairs/KZ-LT');
    const meetingId = meetingKey.slice('meeting:'.length);
    const item = page.locator(`[data-meeting="${meetingId}"]`);
    expect(await item.textContent()).toContain(NEW_TITLE);
    expect(await textOf(page, 'main')).not.toMatch(/240\.1|240,100,000/);
    const citation = item.locator('[data-citation]').first();
    const cited = (await citation.getAttribute('data-citation'))!;
    const [sourceId, locators] = cited.split('#') as [string, string];
    expect(sourceId).toMatch(/^steppe-wire-2024-06-20/);
    await citation.click();
    await page.waitForURL((url) => url.pathname === `/sources/${sourceId}`);
    const quotes: string[] = [];
    for (const locator of locators.split(',')) quotes.push(await textOf(page, `[data-quote="${locator}"]`));
    expect(quotes).toEqual(markedWords);
    expect(new URL(page.url()).hash).toBe(`#${locators.split(',')[0]}`);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, newContext, openSession, textOf } from './support/browser';

/* The dossier's filters live in the URL and change the timeline without a full reload. */

let session: BrowserSession;
let page: Page;

const shownMeetings = (p: Page) => p.locator('[data-testid="timeline"] > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-meeting')));

beforeAll(async () => {
  session = await openSession();
  page = session.page;
});

afterAll(() => session?.close());

describe('dossier filters', () => {
  it('a date range and a kind change the URL and the timeline, in place', async () => {
    await page.goto('/pairs/KZ-LT');
    expect(await shownMeetings(page)).toHaveLength(17);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.fill('input[name="from"]', '2024');
    await page.selectOption('select[name="kind"]', 'working-meeting');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.searchParams.get('kind') === 'working-meeting' && url.searchParams.get('from') === '2024');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="timeline"] > li').length === 3);
    expect(await shownMeetings(page)).toEqual(['vassilenko-klaipeda-mayor-2024-06', 'vassilenko-port-of-klaipeda-2024-06', 'vassilenko-navikas-2024']);
    expect(await textOf(page, '[data-testid="timeline-count"]')).toBe('3 meetings of 17 match the filters.');
    // The same document: the filters replaced the URL without a full page load.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  });

  it('a month-precise date overlapping the range is kept and marked approximate', async () => {
    await page.goto('/pairs/KZ-LT?from=2024-05-10&to=2024-06-30');
    const items = await shownMeetings(page);
    expect(items).toContain('kz-lt-political-consultations-10');
    expect(items).not.toContain('kz-lt-intergovernmental-commission-14');
    await page.goto('/pairs/KZ-LT?from=2024-03&to=2024-12');
    const navikas = page.locator('[data-meeting="vassilenko-navikas-2024"]');
    expect(await navikas.count()).toBe(1);
    expect(await navikas.locator('.when').textContent()).toContain('approximate match');
  });

  it('works without JavaScript: the form is a plain GET', async () => {
    const noScript = await newContext(session.browser, { javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto('/pairs/KZ-LT');
    await plain.selectOption('select[name="kind"]', 'intergovernmental-commission');
    await plain.getByRole('button', { name: 'Apply' }).click();
    await plain.waitForURL((url) => url.searchParams.get('kind') === 'intergovernmental-commission');
    expect(await shownMeetings(plain)).toEqual(['kz-lt-intergovernmental-commission-14']);
    await noScript.close();
  });

  it('a bad date is reported beside its field and ignored', async () => {
    await page.goto('/pairs/KZ-LT?from=May');
    expect(await textOf(page, '#filter-from-error')).toBe('Use YYYY, YYYY-MM or YYYY-MM-DD');
    expect(await page.getAttribute('input[name="from"]', 'aria-invalid')).toBe('true');
    expect(await shownMeetings(page)).toHaveLength(17);
  });

  it('"changed since" marks what was added or edited after the date', async () => {
    await page.goto('/pairs/KZ-LT?changed=2000-01-01');
    expect(await page.locator('[data-change]').count()).toBeGreaterThan(10);
    await page.goto('/pairs/KZ-LT?changed=2999-01-01');
    expect(await page.locator('[data-change]').count()).toBe(0);
  });

  it('reads on a phone without sideways scrolling', async () => {
    const phone = await newContext(session.browser, { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const small = await phone.newPage();
    await small.goto('/pairs/KZ-LT');
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    expect(await small.locator('svg[data-testid="trade-chart"]').isVisible()).toBe(true);
    await phone.close();
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openSession, seriousViolations } from './support/browser';

/* axe-core on the pages people use most, in both themes; and the keyboard. */

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openSession();
  page = session.page;
});

afterAll(() => session?.close());

const PAGES = ['/', '/pairs/KZ-LT', '/pairs/KZ-US', '/relations/hsg-kazakhstan-1-recognition', '/countries/CSHH', '/meetings/kz-lt-political-consultations-10', '/officials/roman-vassilenko', '/extract'];

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(PAGES)(`%s has no serious or critical axe violation (${scheme} theme)`, async (path) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const violations = await seriousViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    });
  }

  it('the keyboard reaches the skip link first, and focus is visible', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/pairs/KZ-LT');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { text: element.textContent, outline: style.outlineStyle, width: style.outlineWidth, left: element.getBoundingClientRect().left };
    });
    expect(focused.text).toBe('Skip to content');
    expect(focused.outline).toBe('solid');
    expect(focused.width).toBe('3px');
    expect(focused.left).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    // The jump is the browser's, after the key event: wait for it rather than read the URL at once.
    await expect.poll(() => new URL(page.url()).hash).toBe('#main');
  });

  it('the theme toggle switches to dark and is remembered', async () => {
    await page.goto('/');
    await page.getByRole('button', { name: /Colour theme/ }).click();
    await page.getByRole('button', { name: /Colour theme/ }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });
});

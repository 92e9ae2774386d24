import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** The suite's one browser (launched in global setup), reached over its WebSocket. */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('wsEndpoint'));
}

export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: inject('baseURL'), ...options });
}

/** A test file's own view of the suite's browser: a context (its own cookies) and a page in it. */
export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Closes the context and the connection; in the file's afterAll. */
  close(): Promise<void>;
}

export async function openSession(): Promise<BrowserSession> {
  const browser = await connectBrowser();
  try {
    const context = await newContext(browser);
    const page = await context.newPage();
    return {
      browser,
      context,
      page,
      close: async () => {
        await context.close();
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Signs the page in with the suite's write key through /account, and waits for the page it goes on to. */
export async function signIn(page: Page, next: string): Promise<void> {
  await page.goto(`/account?next=${next}`);
  await page.fill('#api-key', inject('writeKey'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === next);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core injected into the page; the violations of serious or critical impact. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Text of an element as a reader sees it, spaces collapsed. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

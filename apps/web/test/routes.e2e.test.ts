import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, openSession, textOf } from './support/browser';

/*
 * Every route of the contract in a real browser against the production build: each
 * renders its facts, redirects where a spelling or a merged id asks for it, and 404s
 * where nothing is.
 */

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openSession();
  page = session.page;
});

afterAll(() => session?.close());

async function open(path: string): Promise<string> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  // A route with a loading state (loading.tsx) streams its page in after the skeleton: read it once it has.
  await page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
  return ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
}

async function jsonLd(): Promise<Record<string, unknown>> {
  return JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}') as Record<string, unknown>;
}

describe('every route renders its facts', () => {
  it('home: pairs, latest meetings, a search box', async () => {
    const text = await open('/');
    // The busiest pairs by every record: the Office of the Historian's pairs lead.
    expect(await page.locator('[data-testid="pair-table"] tbody tr').count()).toBe(10);
    expect(await page.locator('[data-testid="pair-table"] tbody tr').first().getAttribute('data-pair')).toMatch(/US/);
    expect(text).toContain('Latest meetings');
    expect(text).toContain('10th round of Kazakhstan–Lithuania political consultations');
    await expect(page.locator('main input[type="search"]').count()).resolves.toBe(1);
    expect(await page.title()).toContain('bilat');
  });

  it('a page asks for nothing that is missing: the site has an icon of its own (no /favicon.ico 404 on every page)', async () => {
    const failed: string[] = [];
    const listen = (response: { status(): number; url(): string }) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    };
    page.on('response', listen);
    await page.goto('/pairs', { waitUntil: 'networkidle' });
    page.off('response', listen);
    expect(failed).toEqual([]);
    const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
    expect(icon).toBeTruthy();
    const answer = await page.request.get(icon!);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toContain('image/svg+xml');
  });

  it('home: the map opens on every record, so the default data shades most countries, not two', async () => {
    await open('/');
    expect(await page.locator('.measure-links a[aria-current="true"]').getAttribute('data-measure')).toBe('records');
    const shades = await page.locator('svg[data-testid="world-map"] a[data-code]').evaluateAll((links) => links.map((link) => /shade-([1-5])/.test(link.getAttribute('class') ?? '')));
    expect(shades.filter(Boolean).length).toBeGreaterThan(150);
    expect(await textOf(page, '.world-map figcaption')).toBe('Records in bilat, by country');
    // The measure in the URL still rules: by meetings, few countries of the default data are shaded.
    await open('/?measure=meetings');
    expect(await page.locator('.measure-links a[aria-current="true"]').getAttribute('data-measure')).toBe('meetings');
    const byMeetings = await page.locator('svg[data-testid="world-map"] a[data-code]').evaluateAll((links) => links.filter((link) => /shade-[1-5]/.test(link.getAttribute('class') ?? '')).map((link) => link.getAttribute('data-code')));
    expect(byMeetings).toContain('KZ');
    expect(byMeetings.length).toBeLessThan(20);
  });

  it('home: the busiest pairs by a measure leave out pairs with none of it', async () => {
    await open('/?measure=meetings');
    const counts = await page.locator('[data-testid="pair-table"] tbody tr [data-measure="meetings"]').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((count) => Number(count) > 0)).toBe(true);
    expect(await page.locator('[data-testid="pair-table"] tr[data-pair="KZ-LT"]').count()).toBe(1);
    if (counts.length < 10) expect(await textOf(page, '[data-testid="pair-table"] caption')).toBe('Every pair with meetings on record');
  });

  it('ties in every sort are in order of the names shown, not the codes: home, /pairs (over two pages), a country\'s partners', async () => {
    const collator = new Intl.Collator('en');
    /** The names of the table's rows, grouped by the measure's count (the sort key); each group must be in name order. */
    const tiesInNameOrder = async (measure: string) => {
      const rows = await page.locator('[data-testid="pair-table"] tbody tr').evaluateAll(
        (trs, m) => trs.map((tr) => ({ name: tr.querySelector('th a')!.textContent!.trim(), count: tr.querySelector(`[data-measure="${m}"]`)!.textContent!.trim() })),
        measure,
      );
      let ties = 0;
      for (let index = 1; index < rows.length; index++) {
        if (rows[index]!.count !== rows[index - 1]!.count) continue;
        ties += 1;
        expect(collator.compare(rows[index - 1]!.name.split(' – ')[0]!, rows[index]!.name.split(' – ')[0]!), `${rows[index - 1]!.name} before ${rows[index]!.name}`).toBeLessThanOrEqual(0);
      }
      return { rows, ties };
    };
    await open('/?measure=visits');
    expect((await tiesInNameOrder('visits')).rows.length).toBeGreaterThan(0);
    await open('/pairs?sort=relations');
    const first = await tiesInNameOrder('relations');
    expect(first.ties).toBeGreaterThan(10);
    await page.locator('a[rel="next"]').first().click();
    await page.waitForURL(/cursor=/);
    const second = await tiesInNameOrder('relations');
    expect(second.ties).toBeGreaterThan(10);
    // No pair twice across the pages.
    const names = [...first.rows, ...second.rows].map((row) => row.name);
    expect(new Set(names).size).toBe(names.length);
    await open('/countries/US?sort=relations');
    expect((await tiesInNameOrder('relations')).ties).toBeGreaterThan(10);
  });

  it('country: its partners and its people', async () => {
    const text = await open('/countries/KZ');
    expect(text).toContain('Kazakhstan');
    // Lithuania is a partner, its row leading to the pair's dossier.
    expect(await page.locator('[data-testid="pair-table"] tr[data-pair="KZ-LT"] a[href="/pairs/KZ-LT"]').textContent()).toBe('Lithuania');
    expect(text).toContain('Roman Vassilenko');
    expect(text).toContain('Marat Karabayev');
  });

  it('country: the partners open on every record, as the home map, so the default data shades most of them; ?sort=meetings still rules', async () => {
    await open('/countries/US');
    expect(await page.locator('.measure-links a[aria-current="true"]').getAttribute('data-measure')).toBe('records');
    expect(await page.locator('th[data-sort="records"]').getAttribute('aria-sort')).toBe('descending');
    expect(await textOf(page, '.world-map figcaption')).toBe('Records of United States with each partner');
    const shaded = () => page.locator('svg[data-testid="world-map"] a[data-code]').evaluateAll((links) => links.filter((link) => /shade-[1-5]/.test(link.getAttribute('class') ?? '')).length);
    expect(await shaded()).toBeGreaterThan(150);
    // The first page holds partners with records, most first.
    const counts = (await page.locator('[data-testid="pair-table"] tbody tr [data-measure="records"]').allTextContents()).map((count) => Number(count.replaceAll(',', '')));
    expect(counts.length).toBe(50);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.at(-1)).toBeGreaterThan(0);
    expect(await page.locator('nav.measure-links a[data-measure="records"]').getAttribute('href')).toBe('/countries/US');
    expect(await page.locator('nav.measure-links a[data-measure="meetings"]').getAttribute('href')).toBe('/countries/US?sort=meetings');
    await open('/countries/US?sort=meetings');
    expect(await page.locator('.measure-links a[aria-current="true"]').getAttribute('data-measure')).toBe('meetings');
    expect(await page.locator('th[data-sort="meetings"]').getAttribute('aria-sort')).toBe('descending');
    expect(await shaded()).toBeLessThan(20);
  });

  it('country: a big one shows a page of partners and its first people and relations events, with counts and links to the rest', async () => {
    await open('/countries/US');
    const countOf = async (selector: string, pattern: RegExp) => Number((await page.locator(selector).textContent())!.match(pattern)![1]!.replaceAll(',', ''));
    expect(await page.locator('[data-testid="pair-table"] tbody tr').count()).toBe(50);
    expect(await page.locator('[data-testid="partners-pager"] a[rel="next"]').count()).toBe(1);
    // People in post: the first 50 by post, then all of them (the API gives 500 at most).
    expect(await page.locator('[data-testid="country-people"] li').count()).toBe(50);
    // Each holder as known: an open-ended term is not said to be held now.
    expect(await page.locator('[data-testid="country-people"]').textContent()).toMatch(/\((latest known holder, since|latest known holder, last recorded in post|in post from|in post until) /);
    expect(await page.locator('#people-heading').textContent()).toBe('Latest known holders of its posts');
    const people = await countOf('[data-testid="all-people"]', /All ([\d,]+) latest known holders of its posts/);
    expect(people).toBeGreaterThan(50);
    await page.locator('[data-testid="all-people"]').click();
    await page.waitForURL(/people=all/);
    expect(await page.locator('[data-testid="country-people"] li').count()).toBe(Math.min(people, 500));
    expect(await page.locator('[data-testid="all-people"]').count()).toBe(0);
    // Relations events: the first 100, oldest first, then up to 1,000.
    await open('/countries/US');
    expect(await page.locator('[data-testid="country-relations"] tbody tr').count()).toBe(100);
    const relations = await countOf('[data-testid="all-relations"]', /All ([\d,]+) relations events/);
    expect(relations).toBeGreaterThan(100);
    expect(await page.locator('[data-testid="country-relations"] caption').textContent()).toContain(`the first 100 of ${relations.toLocaleString('en-GB')}`);
    await page.locator('[data-testid="all-relations"]').click();
    await page.waitForURL(/relations=all/);
    expect(await page.locator('[data-testid="country-relations"] tbody tr').count()).toBe(Math.min(relations, 1000));
  });

  it('dossier of the United States and Kazakhstan, from the Office of the Historian’s data: relations events, chiefs of mission, visits both ways', async () => {
    const text = await open('/pairs/KZ-US');
    expect(text).toContain('Kazakhstan – United States');
    const relations = await textOf(page, '[data-testid="relations"]');
    expect(relations).toMatch(/25 December 1991\s*Recognition.*By United States/);
    expect(relations).toContain('Diplomatic relations established');
    expect(relations).toMatch(/3 February 1992\s*Embassy established.*Alma-Ata/);
    const events = await page.locator('[data-testid="relations"] [data-relation]').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
    expect(events).toEqual(['recognition', 'relations-established', 'embassy-established']);
    const chiefs = await textOf(page, '[data-testid="chiefs"]');
    expect(chiefs).toContain('No chief of mission of Kazakhstan to the United States is recorded.');
    expect(chiefs).toMatch(/William Harrison Courtney\s*Ambassador Extraordinary and Plenipotentiary\s*appointed 11 Aug 1992; presented credentials 15 Sep 1992; left post 1 Jul 1995/);
    expect(chiefs).toContain('end not recorded');
    let visits = await textOf(page, '#visits');
    expect(visits).toContain('Visit of President Nursultan Nazarbayev of Kazakhstan to the United States');
    expect(visits).toContain('Washington, United States');
    await expect(page.locator('nav a[href="#relations"]').count()).resolves.toBe(1);
    await expect(page.locator('nav a[href="#chiefs"]').count()).resolves.toBe(1);
    // Visits come a page at a time, newest first: Baker's 1991 trip is reached by the section's own link.
    expect(await textOf(page, 'nav[data-section="visits"]')).toMatch(/20 of \d+ visits/);
    for (let pages = 1; !visits.includes('James Addison Baker, Secretary of State, to Kazakhstan'); pages++) {
      expect(pages, 'pages of visits followed').toBeLessThan(10);
      const before = page.url();
      await page.locator('nav[data-section="visits"] a[rel="next"]').click();
      await page.waitForURL((url) => url.href !== before);
      visits = await textOf(page, '#visits');
    }
    expect(await textOf(page, 'nav[data-section="visits"]')).toContain('First page');
  });

  it('relations event: what happened, when, between whom, and the source’s page', async () => {
    const text = await open('/relations/hsg-kazakhstan-1-recognition');
    expect(text).toContain('Recognition of Kazakhstan by the United States');
    expect(text).toContain('25 December 1991');
    expect(await page.locator('a[href="https://history.state.gov/countries/kazakhstan"]').count()).toBeGreaterThan(0);
    expect((await page.goto('/relations/no-such-event'))?.status()).toBe(404);
  });

  it('country: a former state with its years, its ISO 3166-3 code and its relations events', async () => {
    await page.goto('/countries/cshh');
    expect(new URL(page.url()).pathname).toBe('/countries/CSHH');
    const text = await open('/countries/CSHH');
    expect(text).toContain('Former state, 1918–1992');
    expect(text).toContain('ISO 3166-3 CSHH');
    expect(await textOf(page, '[data-testid="country-relations"]')).toMatch(/12 November 1918\s*Diplomatic relations established\s*United States/);
    expect(await open('/countries/XHAW')).toContain('bilat code XHAW (no ISO code)');
  });

  it('dossier: a pair in another spelling redirects to the canonical one, filters kept', async () => {
    await page.goto('/pairs/lt-kz?kind=working-meeting');
    expect(new URL(page.url()).pathname).toBe('/pairs/KZ-LT');
    expect(new URL(page.url()).searchParams.get('kind')).toBe('working-meeting');
    expect(await page.title()).toBe('Kazakhstan–Lithuania relations · bilat');
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('Kazakhstan–Lithuania relations');
  });

  it('dossier: the trade chart shows 2021 to 2023 with the reporting side named', async () => {
    await open('/pairs/KZ-LT');
    const chart = page.locator('svg[data-testid="trade-chart"]');
    const years = await chart.locator('[data-year]').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-year')));
    expect(years).toEqual(['2021', '2022', '2023']);
    expect(await chart.locator('[data-year="2023"] [data-flow="export"]').getAttribute('data-value')).toBe('92.9');
    expect(await chart.locator('[data-year="2023"] [data-flow="import"]').getAttribute('data-value')).toBe('130.7');
    expect(await chart.locator('[data-year="2023"] [data-flow="turnover"]').getAttribute('data-value')).toBe('223.6');
    expect(await chart.locator('[data-year="2021"] [data-flow="turnover"]').getAttribute('data-value')).toBe('454');
    expect(await textOf(page, 'figure.chart figcaption')).toContain('Reported by Kazakhstan');
    const table = await textOf(page, '[data-testid="trade-table"]');
    expect(table).toContain('US$224 million');
    // Three significant digits in the cell, the exact figure in its title.
    expect(await page.locator('[data-testid="trade-table"] [title="US$223.6 million"]').count()).toBeGreaterThan(0);
    expect(table).toContain('Jan–Feb 2022');
  });

  it('dossier: series with ordinals and the time since the last round', async () => {
    const series = await textOf(page, '[data-series="kz-lt-political-consultations"]');
    expect(series).toContain('10th round');
    expect(series).toContain('reported 20 June 2024');
    expect(series).toMatch(/\d+ years?( \d+ months?)? since the latest round/);
  });

  it('briefing: compact, with numbered source notes', async () => {
    const text = await open('/pairs/KZ-LT/brief');
    expect(text).toContain('Kazakhstan–Lithuania briefing');
    expect(text).toContain('Source notes');
    const notes = await page.locator('.notes li').count();
    expect(notes).toBeGreaterThan(3);
    const first = await page.locator('#note-1').textContent();
    expect(first).toContain('Kazinform');
    await expect(page.locator('a[href="#note-1"]').count()).resolves.toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('calendar: an iCalendar feed a maintained parser reads', async () => {
    const response = await page.request.get('/pairs/KZ-LT/calendar.ics');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.length).toBe(16);
    const round = events.find((event) => event.uid === 'kz-lt-political-consultations-10@bilat');
    expect(round?.summary).toContain('10th round');
    expect(round?.summary).toContain('reported 20 June 2024');
    expect(round?.startDate.toString()).toBe('2024-06-20');
    const visitMonth = events.find((event) => event.uid === 'vassilenko-navikas-2024@bilat');
    expect(visitMonth?.startDate.toString()).toBe('2024-01-01');
    expect(visitMonth?.endDate.toString()).toBe('2025-01-01');
    const redirected = await page.request.get('/pairs/lt-kz/calendar.ics');
    expect(redirected.url()).toContain('/pairs/KZ-LT/calendar.ics');
  });

  it('meeting: delegations with posts, sources, and schema.org Event data', async () => {
    const text = await open('/meetings/kz-lt-political-consultations-10');
    expect(text).toContain('Jonas Survila');
    expect(text).toContain('Head of delegation; Vice Minister of Foreign Affairs of Lithuania');
    expect(text).toContain('reported 20 June 2024');
    expect(text).toContain('Lithuania (inferred)');
    expect(text).toContain('paragraph 2');
    const data = await jsonLd();
    expect(data['@type']).toBe('Event');
    expect(data.startDate).toBe('2024-06-20');
    expect((data.attendee as { name: string }[]).map((a) => a.name)).toContain('Roman Vassilenko');
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('10th round of Kazakhstan–Lithuania political consultations');
  });

  it('series: every round with its number', async () => {
    const text = await open('/series/kz-lt-political-consultations');
    expect(text).toContain('10th');
    expect(text).toContain('8th');
    expect(text).toContain('Roman Vassilenko (KZ, head of delegation)');
  });

  it('visit: the month-precise visit and its visitor', async () => {
    const text = await open('/visits/karabayev-lithuania-2024-05');
    expect(text).toContain('May 2024');
    expect(text).not.toContain('1 May 2024');
    expect(text).toContain('Marat Karabayev');
    expect(text).toContain('Memorandum on Cooperation within the Trans-Caspian International Transport Route');
  });

  it('official: posts over time, meetings attended, schema.org Person data', async () => {
    const text = await open('/officials/roman-vassilenko');
    expect(text).toContain('Posts over time');
    expect(text).toContain('Deputy Minister of Foreign Affairs of Kazakhstan');
    expect(text).toContain('Held on 20 June 2024 per');
    const attended = await textOf(page, '[data-testid="meetings-attended"]');
    expect(attended).toContain('10th round of Kazakhstan–Lithuania political consultations');
    expect(attended).toContain('KZ, Head of delegation');
    const data = await jsonLd();
    expect(data['@type']).toBe('Person');
    expect(data.name).toBe('Roman Vassilenko');
    expect(data.alternateName).toContain('Roman Vasilenko');
  });

  it('official: a disputed name shows both spellings side by side', async () => {
    const text = await open('/officials/erlan-idrissov');
    expect(text).toContain('Where sources disagree');
    expect(await page.locator('.dispute .claim').count()).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Yerlan Idrisov');
  });

  it('organization: its posts and their holders', async () => {
    const text = await open('/organizations/port-of-klaipeda');
    expect(text).toContain('Port of Klaipėda');
    expect(text).toContain('Director General of the Port of Klaipėda');
    expect(text).toContain('Algis Latakas');
  });

  it('agreement: where it stands and when, honestly dated', async () => {
    const text = await open('/agreements/trans-caspian-route-memorandum-2024');
    expect(text).toContain('Signed');
    expect(text).toContain('May 2024 (inferred)');
    expect(text).toContain("Transport Minister Marat Karabayev's visit to Lithuania");
  });

  it('source: every fact citing it, by passage', async () => {
    const text = await open('/sources/kazinform-2024-06-20-kz-lt-consultations');
    expect(text).toContain('Facts citing this source');
    const p10 = await textOf(page, 'section#p10');
    expect(p10).toContain('Paragraph 10');
    expect(p10).toContain('US$223.6 million'); // record titles keep the exact figure
    const p2 = await textOf(page, 'section#p2');
    expect(p2).toContain('Jonas Survila');
    expect(await page.locator('section#p11').count()).toBe(1);
  });

  it('search: "klaipeda" finds the port director and the mayor', async () => {
    await open('/search?q=klaipeda');
    const people = await textOf(page, '[data-testid="results-person"]');
    expect(people).toContain('Algis Latakas');
    expect(people).toContain('Arvydas Vaitkus');
    await page.locator('[data-testid="results-person"] a', { hasText: 'Algis Latakas' }).click();
    await page.waitForURL('**/officials/algis-latakas');
  });

  it('search: a post held and a statement link to the page that shows them, not to raw JSON', async () => {
    await open('/search?q=vassilenko');
    const holding = page.locator('[data-testid="results-holding"] a').first();
    expect(await holding.getAttribute('href')).toBe('/officials/roman-vassilenko#holding-roman-vassilenko-kz-deputy-minister-of-foreign-affairs');
    const statement = page.locator('[data-testid="results-statement"] a', { hasText: 'Statement by Roman Vassilenko' });
    expect(await statement.getAttribute('href')).toBe('/pairs/KZ-LT#statement-vassilenko-2024-06-transport-confidence');
    expect(await textOf(page, 'main')).not.toContain('(JSON)');
    await statement.click();
    await page.waitForURL('**/pairs/KZ-LT#statement-vassilenko-2024-06-transport-confidence');
    expect(await page.locator('#statement-vassilenko-2024-06-transport-confidence').count()).toBe(1);
    await open('/officials/roman-vassilenko');
    expect(await page.locator('#holding-roman-vassilenko-kz-deputy-minister-of-foreign-affairs').count()).toBe(1);
  });

  it('search: the header box searches from any page', async () => {
    await open('/meetings/kz-lt-political-consultations-10');
    await page.fill('#site-search', 'vasilenko');
    await page.press('#site-search', 'Enter');
    await page.waitForURL('**/search?q=vasilenko');
    expect(await textOf(page, 'main')).toContain('Roman Vassilenko');
  });

  it('changes: newest first, and as a well-formed Atom feed', async () => {
    const text = await open('/changes');
    expect(text).toContain('Changes');
    expect(await page.locator('[data-testid="changes"] li').count()).toBe(50);
    await page.getByRole('button', { name: 'Show older changes' }).click();
    await page.locator('ol[aria-label="Older changes"] li').first().waitFor();
    expect(await page.locator('ol[aria-label="Older changes"] li').count()).toBeGreaterThan(0);
    const feed = await page.request.get('/changes.atom');
    expect(feed.headers()['content-type']).toContain('application/atom+xml');
    const xml = await feed.text();
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      return { error: doc.getElementsByTagName('parsererror').length, root: doc.documentElement.namespaceURI, entries: doc.getElementsByTagName('entry').length };
    }, xml);
    expect(parsed).toEqual({ error: 0, root: 'http://www.w3.org/2005/Atom', entries: 50 });
  });

  it('signed out, /inbox and /watch ask to sign in for what they do, not "to edit"', async () => {
    const inbox = await open('/inbox');
    expect(await textOf(page, 'main h1')).toBe('Sign in to review the inbox');
    expect(inbox).toContain('Reviewing drafted records needs an API key with the write scope');
    await open('/watch');
    expect(await textOf(page, 'main h1')).toBe('Sign in to manage watched sources');
    expect(await page.locator('main a[href="/account?next=%2Fwatch"]').count()).toBe(1);
  });

  it('a missing record is the designed 404 page', async () => {
    for (const path of ['/meetings/no-such-meeting', '/officials/nobody-at-all', '/pairs/KZ-XQ', '/countries/QQ', '/sources/Not%20An%20Id']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(await textOf(page, 'main h1')).toBe('Not found');
    }
  });

  it('a merged id redirects to the record it was merged into', async () => {
    const base = inject('baseURL');
    const headers = { authorization: `Bearer ${inject('writeKey')}`, 'content-type': 'application/json' };
    const created = await fetch(`${base}/api/v1/officials`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'R. Vasilenko', status: 'draft', country: 'KZ', citations: [{ sourceId: 'kazinform-2024-06-20-kz-lt-consultations', locator: 'p2' }] }),
    });
    expect(created.status).toBe(200);
    const { id } = (await created.json()) as { id: string };
    const merged = await fetch(`${base}/api/v1/officials/${id}/merge`, { method: 'POST', headers, body: JSON.stringify({ into: 'roman-vassilenko' }) });
    expect(merged.status).toBe(200);
    await page.goto(`/officials/${id}`);
    expect(new URL(page.url()).pathname).toBe('/officials/roman-vassilenko');
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundle, openDatabase } from '@bilat/db';
import { pairOf, partyName, type KindedRecord } from '@bilat/domain';
import { bundleFromRecords } from '@bilat/domain/bundle';
import { comparePairsByName, comparePartiesByName } from '@bilat/domain/parties';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worldGeometry } from '~/lib/world-geometry';
import { connectBrowser, seriousViolations } from './support/browser';
import { startServer, type RunningServer } from './support/server';

/*
 * The world views over a database of their own: 30 countries, every pair of them (435),
 * meetings, agreements and relations events spread so that each measure ranks countries
 * differently. What the pages show is checked against counts made here from the same
 * generated records.
 */

const app = join(dirname(fileURLToPath(import.meta.url)), '..');

// Kazakhstan first: the country page under test. The rest are spread over the continents.
const COUNTRIES = ['KZ', 'LT', 'US', 'CN', 'RU', 'DE', 'FR', 'JP', 'IN', 'BR', 'ZA', 'EG', 'TR', 'PL', 'UZ', 'KG', 'TJ', 'TM', 'AZ', 'GE', 'AM', 'MN', 'KR', 'SG', 'AU', 'CA', 'MX', 'AR', 'NG', 'KE'];

// Partners of Kazakhstan alone, so its partners run to more than one page (50 a page) on its country page.
const KZ_ONLY = ['AL', 'AT', 'BE', 'BG', 'BY', 'CH', 'CL', 'CO', 'CU', 'CZ', 'DK', 'EE', 'ES', 'GR', 'HR', 'HU', 'ID', 'IE', 'IL', 'IQ', 'IR', 'IT', 'LV', 'MA', 'MY', 'NL', 'NO', 'PE', 'PH', 'PK', 'PT', 'RO', 'RS', 'SA', 'SE', 'SK', 'TH', 'UA', 'VN', 'AE', 'QA', 'NZ'];
const PARTNERS_PAGE = 50;

interface Made {
  meetings: Map<string, number>;
  agreements: Map<string, number>;
  relations: Map<string, number>;
  records: KindedRecord[];
}

/** Deterministic counts per pair, different for each measure. */
function makeWorld(): Made {
  const made: Made = { meetings: new Map(), agreements: new Map(), relations: new Map(), records: [] };
  const cite = [{ sourceId: 'ww-source' }];
  made.records.push({ kind: 'source', record: { id: 'ww-source', title: 'Test bulletin of the world views', publisher: 'bilat tests', published: '2024-01-01' } } as KindedRecord);
  const everyPair: Array<{ i: number; j: number; a: string; b: string }> = [];
  for (let i = 0; i < COUNTRIES.length; i++) for (let j = i + 1; j < COUNTRIES.length; j++) everyPair.push({ i, j, a: COUNTRIES[i]!, b: COUNTRIES[j]! });
  KZ_ONLY.forEach((code, k) => everyPair.push({ i: 0, j: COUNTRIES.length + k, a: 'KZ', b: code }));
  for (const { i, j, a, b } of everyPair) {
    const pair = pairOf(a, b);
    const slug = pair.toLowerCase();
    const meetings = (i * 7 + j * 3) % 6;
    const agreements = (i * 2 + j * 5) % 4;
    const relations = (i + j) % 5 === 0 ? 1 : 0;
    made.meetings.set(pair, meetings);
    made.agreements.set(pair, agreements);
    made.relations.set(pair, relations);
    for (let n = 0; n < meetings; n++) {
      const year = 2000 + ((i + j * 3 + n * 5) % 24);
      made.records.push({
        kind: 'meeting',
        record: { id: `ww-${slug}-meeting-${n}`, status: 'verified', citations: cite, title: `Test consultations ${n + 1} of ${pair}`, kind: 'political-consultations', pair, date: { start: `${year}-0${1 + (n % 9)}-1${n % 10}`, qualifier: 'stated' }, location: { qualifier: 'unknown' } },
      } as KindedRecord);
    }
    for (let n = 0; n < agreements; n++) {
      made.records.push({
        kind: 'agreement',
        record: { id: `ww-${slug}-agreement-${n}`, status: 'verified', citations: cite, title: `Test memorandum ${n + 1} of ${pair}`, kind: 'memorandum', parties: pair.split('-'), stage: 'signed', steps: [{ stage: 'signed', date: { start: `${2005 + n}-05`, qualifier: 'stated' } }] },
      } as KindedRecord);
    }
    if (relations) {
      made.records.push({
        kind: 'relation',
        record: { id: `ww-${slug}-relations`, status: 'verified', citations: cite, kind: 'relations-established', pair, date: { start: '1992-03-02', qualifier: 'stated' } },
      } as KindedRecord);
    }
  }
  return made;
}

function byCountry(counts: Map<string, number>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const [pair, count] of counts) for (const code of pair.split('-')) totals.set(code, (totals.get(code) ?? 0) + count);
  return totals;
}

const world = makeWorld();
/** Pairs holding at least one record: those the index lists. */
const LIVE = [...world.meetings.keys()].filter((pair) => world.meetings.get(pair)! + world.agreements.get(pair)! + world.relations.get(pair)! > 0);
const PAIRS = LIVE.length;

let directory: string;
let databasePath: string;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'bilat-world-test-'));
  const path = join(directory, 'world.db');
  databasePath = path;
  const database = await openDatabase({ kind: 'sqlite', path }, { seed: 'never' });
  try {
    await importBundle(database, bundleFromRecords(world.records, 'world views test'), { label: 'world views test', actor: 'local:web-tests' });
  } finally {
    await database.close();
  }
  server = await startServer(app, path);
  browser = await connectBrowser();
  context = await browser.newContext({ baseURL: server.url });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

async function mapValues(): Promise<Map<string, { value: number; shade: string }>> {
  const shapes = await page.locator('svg[data-testid="world-map"] a[data-code]').evaluateAll((links) =>
    links.map((link) => [link.getAttribute('data-code')!, Number(link.getAttribute('data-value')), (link.getAttribute('class') ?? '').match(/shade-\d/)?.[0] ?? ''] as const),
  );
  return new Map(shapes.map(([code, value, shade]) => [code, { value, shade }]));
}

describe('the home page map', () => {
  it('has a shape linking to its page for every country with a code, each with its count of records (the default)', async () => {
    await page.goto('/');
    expect(await page.locator('.measure-links a[aria-current="true"]').getAttribute('data-measure')).toBe('records');
    const shapes = await mapValues();
    expect(new Set(shapes.keys())).toEqual(new Set(worldGeometry().codes));
    // Every record of a pair counts for both its countries: here meetings, agreements and relations events.
    const meetings = byCountry(new Map([...world.meetings].map(([pair, count]) => [pair, count + world.agreements.get(pair)! + world.relations.get(pair)!])));
    for (const code of COUNTRIES) expect(shapes.get(code)?.value, code).toBe(meetings.get(code));
    expect(shapes.get('FI')?.value).toBe(0);
    expect(shapes.get('FI')?.shade).toBe('shade-0');
    const hrefs = await page.locator('svg[data-testid="world-map"] a[data-code="KZ"]').getAttribute('href');
    expect(hrefs).toBe('/countries/KZ');
    // The most records get the darkest shade.
    const most = [...meetings].sort((a, b) => b[1] - a[1])[0]![0];
    expect(shapes.get(most)?.shade).toBe('shade-5');
    expect(await page.locator('.map-legend li').count()).toBeGreaterThan(2);
    // The text alternative lists the same counts.
    const row = await page.locator(`[data-testid="map-table"] tr[data-code="KZ"] td.num`).textContent();
    expect(Number(row)).toBe(meetings.get('KZ'));
  });

  it('shades by the measure in the URL', async () => {
    await page.goto('/');
    // The default measure's link is the home page itself; another's carries it in the URL.
    expect(await page.locator('nav.measure-links a[data-measure="records"]').getAttribute('href')).toBe('/');
    await page.locator('nav.measure-links a[data-measure="meetings"]').click();
    await page.waitForURL(/measure=meetings/);
    const byMeetings = await mapValues();
    const meetings = byCountry(world.meetings);
    for (const code of COUNTRIES) expect(byMeetings.get(code)?.value, code).toBe(meetings.get(code));
    await page.locator('nav.measure-links a[data-measure="agreements"]').click();
    await page.waitForURL(/measure=agreements/);
    expect(await page.locator('.measure-links a[aria-current="true"]').getAttribute('data-measure')).toBe('agreements');
    const byAgreements = await mapValues();
    const agreements = byCountry(world.agreements);
    for (const code of COUNTRIES) expect(byAgreements.get(code)?.value, code).toBe(agreements.get(code));
    const changed = COUNTRIES.filter((code) => byAgreements.get(code)?.shade !== byMeetings.get(code)?.shade);
    expect(changed.length).toBeGreaterThan(0);
    await page.goto('/?measure=relations');
    const relations = byCountry(world.relations);
    const byRelations = await mapValues();
    for (const code of COUNTRIES) expect(byRelations.get(code)?.value, code).toBe(relations.get(code) ?? 0);
  });

  it("a country's shape leads to its page", async () => {
    await page.goto('/');
    await page.locator('svg[data-testid="world-map"] a[data-code="BR"]').click();
    await page.waitForURL(/\/countries\/BR$/);
    expect(await page.locator('h1').textContent()).toBe(partyName('BR'));
  });

  it('keyboard focus reaches the shapes, with a visible ring', async () => {
    await page.goto('/');
    let focused: { code: string | null; stroke: string; width: string } | null = null;
    for (let presses = 0; presses < 60 && !focused?.code; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element?.closest('svg')) return null;
        const path = element.querySelector('use')!;
        const style = getComputedStyle(path);
        return { code: element.getAttribute('data-code'), stroke: style.stroke, width: style.strokeWidth };
      });
    }
    expect(focused?.code).toBeTruthy();
    expect(focused!.width).toBe('3px');
    const focusColour = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--focus)';
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    });
    expect(focused!.stroke).toBe(focusColour);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/countries/${focused!.code}$`));
  });

  it('lists the busiest pairs by the measure', async () => {
    await page.goto('/?measure=agreements');
    const rows = await page.locator('[data-testid="pair-table"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-pair')));
    // Ties in order of the names shown, as every ranked list of pairs breaks them.
    const expected = [...world.agreements].sort((a, b) => b[1] - a[1] || comparePairsByName(a[0], b[0])).slice(0, 10).map(([pair]) => pair);
    expect(rows).toEqual(expected);
  });
});

describe('the country page', () => {
  const partnersOf = (counts: Map<string, number>) =>
    [...counts].filter(([pair]) => pair.split('-').includes('KZ')).sort((a, b) => b[1] - a[1] || comparePartiesByName(partnerOfKZ(a[0]), partnerOfKZ(b[0])));
  // Partners tie in order of the partner's name as shown.
  const partnerOfKZ = (pair: string) => pair.split('-').find((code) => code !== 'KZ')!;

  /** Each row's pair and its count of a measure (by default every record, what the page opens on). */
  const partnerRows = (measure = 'records') =>
    page.locator('[data-testid="pair-table"] tbody tr').evaluateAll(
      (trs, m) => trs.map((tr) => [tr.getAttribute('data-pair'), Number(tr.querySelector(`[data-measure="${m}"]`)?.textContent)] as [string, number]),
      measure,
    );
  // Every record of a pair: here its meetings, agreements and relations events.
  const records = new Map([...world.meetings].map(([pair, count]) => [pair, count + world.agreements.get(pair)! + world.relations.get(pair)!]));

  it('ranks partners by every record (the default, as the home map), 50 a page, with a sparkline each', async () => {
    const expected = partnersOf(records).filter(([pair]) => LIVE.includes(pair));
    expect(expected.length).toBeGreaterThan(PARTNERS_PAGE);
    await page.goto('/countries/KZ');
    const first = await partnerRows();
    expect(first).toEqual(expected.slice(0, PARTNERS_PAGE));
    expect(await page.locator('th[data-sort="records"]').getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('th[data-sort="meetings"]').getAttribute('aria-sort')).toBeNull();
    expect(await page.locator('.measure-links a[aria-current="true"]').getAttribute('data-measure')).toBe('records');
    expect(await page.locator('.world-map figcaption').textContent()).toBe(`Records of ${partyName('KZ')} with each partner`);
    expect(await page.locator('[data-testid="pair-table"] caption').textContent()).toContain('partners, the most records first, the first 50;');
    expect(await page.locator('[data-testid="pair-table"] tbody svg.sparkline').count()).toBe(PARTNERS_PAGE);
    expect(await page.locator('[data-testid="pair-table"] caption').textContent()).toContain(`${expected.length} partners`);
    // The map shades every partner, those of later pages too, and marks the country itself.
    expect(await page.locator('svg[data-testid="world-map"] a[data-code="KZ"]').getAttribute('class')).toContain('map-self');
    for (const [pair, count] of [expected[0]!, expected.at(-1)!]) {
      const partner = pair.split('-').find((code) => code !== 'KZ')!;
      expect(Number(await page.locator(`svg[data-testid="world-map"] a[data-code="${partner}"]`).getAttribute('data-value')), partner).toBe(count);
    }
    // Meetings per year add up to every meeting of Kazakhstan, on every partner's page.
    const bars = await page.locator('svg[data-testid="year-chart"] [data-year]').evaluateAll((groups) => groups.reduce((sum, g) => sum + Number(g.getAttribute('data-value')), 0));
    expect(bars).toBe(byCountry(world.meetings).get('KZ'));
    // The next page, by its link (no script needed), holds the rest, none twice.
    expect(await page.locator('[data-testid="partners-pager"] a', { hasText: 'First page' }).count()).toBe(0);
    await page.locator('[data-testid="partners-pager"] a[rel="next"]').click();
    await page.waitForURL(/cursor=/);
    // The default stays out of the URL, as the home map's does.
    expect(new URL(page.url()).searchParams.has('sort')).toBe(false);
    expect(await partnerRows()).toEqual(expected.slice(PARTNERS_PAGE));
    expect(await page.locator('[data-testid="pair-table"] tbody svg.sparkline').count()).toBe(expected.length - PARTNERS_PAGE);
    expect(await page.locator('[data-testid="partners-pager"] a[rel="next"]').count()).toBe(0);
    await page.locator('[data-testid="partners-pager"] a', { hasText: 'First page' }).click();
    await page.waitForURL((url) => !url.searchParams.has('cursor'));
    expect(await partnerRows()).toEqual(expected.slice(0, PARTNERS_PAGE));
  });

  it('ranks and shades by meetings when the URL says so, and pages in that order', async () => {
    await page.goto('/countries/KZ');
    // The default measure's link is the page itself; another's carries it in the URL.
    expect(await page.locator('nav.measure-links a[data-measure="records"]').getAttribute('href')).toBe('/countries/KZ');
    await page.locator('nav.measure-links a[data-measure="meetings"]').click();
    await page.waitForURL(/sort=meetings/);
    expect(await page.locator('th[data-sort="meetings"]').getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('.measure-links a[aria-current="true"]').getAttribute('data-measure')).toBe('meetings');
    expect(await page.locator('.world-map figcaption').textContent()).toBe(`Meetings of ${partyName('KZ')} with each partner`);
    const expected = partnersOf(world.meetings).filter(([pair]) => LIVE.includes(pair));
    expect(await partnerRows('meetings')).toEqual(expected.slice(0, PARTNERS_PAGE));
    const [pair, meetings] = expected[0]!;
    expect(Number(await page.locator(`svg[data-testid="world-map"] a[data-code="${partnerOfKZ(pair)}"]`).getAttribute('data-value'))).toBe(meetings);
    await page.locator('[data-testid="partners-pager"] a[rel="next"]').click();
    await page.waitForURL(/cursor=/);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('meetings');
    expect(await partnerRows('meetings')).toEqual(expected.slice(PARTNERS_PAGE));
  });

  it('re-ranks by another measure through the sort links, and pages in that order', async () => {
    await page.goto('/countries/KZ');
    await page.locator('th[data-sort="agreements"] a').click();
    await page.waitForURL(/sort=agreements/);
    expect(await page.locator('th[data-sort="agreements"]').getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('th[data-sort="records"]').getAttribute('aria-sort')).toBeNull();
    const expected = partnersOf(world.agreements).filter(([pair]) => LIVE.includes(pair)).map(([pair]) => pair);
    const rows = async () => (await partnerRows('agreements')).map(([pair]) => pair);
    expect(await rows()).toEqual(expected.slice(0, PARTNERS_PAGE));
    await page.locator('[data-testid="partners-pager"] a[rel="next"]').click();
    await page.waitForURL(/cursor=.*/);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('agreements');
    expect(await rows()).toEqual(expected.slice(PARTNERS_PAGE));
  });

  it('sorts partners by name over every page, the map still shading every record', async () => {
    await page.goto('/countries/KZ?sort=pair');
    expect(await page.locator('.measure-links a[aria-current="true"]').getAttribute('data-measure')).toBe('records');
    expect(await page.locator('[data-testid="pair-table"] caption').textContent()).toContain('partners, by name');
    const names = await page.locator('[data-testid="pair-table"] tbody th[scope="row"] > a:first-child').allTextContents();
    const every = partnersOf(world.meetings)
      .filter(([pair]) => LIVE.includes(pair))
      .map(([pair]) => partyName(pair.split('-').find((code) => code !== 'KZ')!))
      .sort((x, y) => x.localeCompare(y, 'en'));
    expect(names).toEqual(every.slice(0, PARTNERS_PAGE));
  });
});

describe('the pairs index', () => {
  const tableRows = () =>
    page.locator('[data-testid="pair-table"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ pair: tr.getAttribute('data-pair')!, agreements: Number(tr.querySelector('[data-measure="agreements"]')?.textContent) })),
    );

  it('pages through every pair by cursor links, none twice', async () => {
    await page.goto('/pairs');
    expect(await page.locator('.lead').textContent()).toContain(`${PAIRS} pairs`);
    const seen: string[] = [];
    for (let pages = 0; pages < 20; pages++) {
      seen.push(...(await tableRows()).map((row) => row.pair));
      const next = page.locator('nav.pager a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForLoadState('domcontentloaded');
    }
    expect(seen.length).toBe(PAIRS);
    expect(new Set(seen)).toEqual(new Set(LIVE));
    expect(await page.locator('nav.pager a', { hasText: 'First page' }).count()).toBe(1);
  });

  it('filters by country and sorts by a count through the form', async () => {
    await page.goto('/pairs');
    await page.locator('select[name="country"]').selectOption('KZ');
    await page.locator('select[name="sort"]').selectOption('agreements');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/country=KZ/);
    const rows = await tableRows();
    expect(rows.length).toBe(Math.min(50, LIVE.filter((pair) => pair.split('-').includes('KZ')).length));
    expect(rows.every((row) => row.pair.split('-').includes('KZ'))).toBe(true);
    const agreements = rows.map((row) => row.agreements);
    expect(agreements).toEqual([...agreements].sort((a, b) => b - a));
    expect(agreements[0]).toBe(Math.max(...[...world.agreements].filter(([pair]) => pair.split('-').includes('KZ')).map(([, count]) => count)));
    expect(await page.locator('th[data-sort="agreements"]').getAttribute('aria-sort')).toBe('descending');
    // A heading's link keeps the filter and changes the sort.
    await page.locator('th[data-sort="latest"] a').click();
    await page.waitForURL(/sort=latest/);
    expect(new URL(page.url()).searchParams.get('country')).toBe('KZ');
  });

  it('filters by UN M49 region, alone and with a country', async () => {
    const centralAsia = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];
    await page.goto('/pairs');
    await page.locator('select[name="region"]').selectOption('143');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/region=143/);
    const expected = LIVE.filter((pair) => pair.split('-').some((code) => centralAsia.includes(code)));
    expect(await page.locator('.lead').textContent()).toContain(`${expected.length} pairs in Central Asia`);
    const seen = (await tableRows()).map((row) => row.pair);
    expect(seen.length).toBe(Math.min(50, expected.length));
    expect(seen.every((pair) => expected.includes(pair))).toBe(true);
    // With a country: its pairs whose partner is in the region.
    await page.goto('/pairs?country=LT&region=143');
    const withLithuania = (await tableRows()).map((row) => row.pair).sort();
    expect(withLithuania).toEqual(LIVE.filter((pair) => pair.split('-').includes('LT') && pair.split('-').some((code) => centralAsia.includes(code))).sort());
  });

  it('says so when a filter names nothing', async () => {
    await page.goto('/pairs?country=QQ&sort=loudest&region=Atlantis');
    const notice = await page.locator('.notice').textContent();
    expect(notice).toContain('No country has the code "QQ"');
    expect(notice).toContain('There is no sort "loudest"');
    expect(notice).toContain('No region has the code "Atlantis"');
    expect(await page.locator('.lead').textContent()).toContain(`${PAIRS} pairs`);
  });

  it('shows the first page, saying why, for a cursor that is not one', async () => {
    const response = await page.goto('/pairs?sort=visits&cursor=not-a-cursor');
    expect(response?.status()).toBe(200);
    expect(await page.locator('.notice').textContent()).toContain('cursor) is not valid; the first page is shown');
    expect((await tableRows()).length).toBe(Math.min(50, PAIRS));
    expect(await page.locator('nav.pager').getByRole('link', { name: 'First page' }).count()).toBe(0);
  });
});

describe('accessibility of the world views', () => {
  it.each(['/', '/?measure=agreements', '/countries/KZ', '/pairs', '/pairs?country=KZ&sort=latest'])('%s has no serious or critical axe violation', async (path) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const violations = await seriousViolations(page);
      expect(violations, `${scheme}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    }
  });
});

// Last: it changes the data.
describe('kept pages', () => {
  const load = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}${path}`, { headers });
    expect(response.status, path).toBe(200);
    return { cache: response.headers.get('x-bilat-cache'), encoding: response.headers.get('content-encoding'), html: await response.text() };
  };

  it('serve a page from memory until the data changes, and never a signed-in or script-driven load', async () => {
    const path = '/countries/KZ?sort=visits';
    const first = await load(path);
    const kept = await load(path, { 'accept-encoding': 'gzip' });
    expect(kept.cache).toBe('hit');
    expect(kept.encoding).toBe('gzip');
    expect(kept.html).toBe(first.html);
    expect((await load(path, { 'accept-encoding': 'identity' })).html).toBe(first.html);
    expect((await load(path, { cookie: 'bilat_key=not-a-key' })).cache).toBeNull();
    expect((await load(path, { rsc: '1' })).cache).toBeNull();
    // A write (here by another process, as an import would be) moves the data version: the page is rendered afresh.
    const database = await openDatabase({ kind: 'sqlite', path: databasePath }, { seed: 'never' });
    try {
      const meeting = { kind: 'meeting', record: { id: 'ww-fi-kz-kept-page', status: 'verified', citations: [{ sourceId: 'ww-source' }], title: 'Test consultations of FI-KZ', kind: 'political-consultations', pair: 'FI-KZ', date: { start: '2024-02-02', qualifier: 'stated' }, location: { qualifier: 'unknown' } } } as KindedRecord;
      await importBundle(database, bundleFromRecords([world.records[0]!, meeting], 'kept pages test'), { label: 'kept pages test', actor: 'local:web-tests' });
    } finally {
      await database.close();
    }
    const fresh = await load(path);
    expect(fresh.cache).toBe('miss');
    expect(fresh.html).toContain('data-pair="FI-KZ"');
    expect(first.html).not.toContain('data-pair="FI-KZ"');
    expect((await load(path)).cache).toBe('hit');
  });
});

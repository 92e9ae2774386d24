import { describe, expect, inject, it } from 'vitest';
import { fold, visibleText } from './support/text';

/*
 * The dossier without a browser: every fact of the founding report (docs/domain.md, "The
 * founding report") is in the server-rendered HTML, the trade chart's numbers included.
 */

/** The commission's official name, as the curated data gives it. */
const COMMISSION = 'Kazakh–Lithuanian Intergovernmental Commission on Trade and Economic Cooperation';

const SEED_FACTS: [string, string[]][] = [
  ['the countries and capitals', ['Kazakhstan (KZ, capital Astana)', 'Lithuania (LT, capital Vilnius)']],
  ['the cities', ['Vilnius', 'Klaipeda', 'Astana']],
  ['Vassilenko and his post', ['Roman Vassilenko', 'Deputy Minister of Foreign Affairs of Kazakhstan']],
  ['Survila and his post', ['Jonas Survila', 'Vice Minister of Foreign Affairs of Lithuania']],
  ['Karabayev and his post', ['Marat Karabayev', 'Minister of Transport of Kazakhstan']],
  ['the mayor', ['Arvydas Vaitkus', 'Mayor of Klaipeda']],
  ['the port director', ['Algis Latakas', 'Director General of the Port of Klaipeda']],
  ['the 10th round, its reported date and inferred place', ['10th round of Kazakhstan–Lithuania political consultations', '10th round of', 'reported 20 June 2024', 'Lithuania (inferred)']],
  ['the heads of delegation', ['Head of delegation: Roman Vassilenko', 'Head of delegation: Jonas Survila']],
  [
    'the round’s topics',
    ['Bilateral agenda', 'Multilateral agenda', 'Trade', 'Economic cooperation', 'Investment', 'Transport', 'Energy', 'Infrastructure', 'Legal framework', 'Culture', 'Humanitarian ties', 'Mutual support in international organizations'],
  ],
  ['the side meetings in Klaipeda', ['Roman Vassilenko meets the Mayor of Klaipeda', 'Port of Klaipeda', 'Logistics']],
  ['the 14th commission meeting, its series named naturally', [`14th meeting of the ${COMMISSION}`, COMMISSION, '29 February 2024', 'Vilnius, Lithuania']],
  ['the open commitment', ['open', 'intergovernmental commission', '14th meeting']],
  ['the transport minister’s visit in May 2024', ['Transport Minister Marat Karabayev', 'May 2024']],
  ['the memorandum, signed, May 2024 inferred', ['Memorandum on Cooperation within the Trans-Caspian International Transport Route', 'Signed', 'May 2024 (inferred)', 'Middle Corridor']],
  ['the bodies', ['Intergovernmental Commission on Trade and Economic Cooperation', 'Kazakhstan–Lithuania Interparliamentary Friendship Group']],
  ['trade in 2023 as reported by Kazakhstan', ['Reported by Kazakhstan', 'US$224 million', 'US$92.9 million', 'US$131 million']],
  ['the investment inflow over its span', ['US$95 million', 'from Lithuania to Kazakhstan', '2005 – September 2023', 'Cumulative']],
  ['the companies indicator as of its date', ['190', 'Companies with Lithuanian capital operating in Kazakhstan', 'As of 1 January 2024']],
  ['the source', ['Kazinform', 'citing press service of the Ministry of Foreign Affairs of Kazakhstan', 'published 20 June 2024']],
];

describe('the dossier page without a browser', () => {
  let html = '';
  let text = '';

  it('is served as complete HTML', async () => {
    const response = await fetch(`${inject('baseURL')}/pairs/KZ-LT`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    html = await response.text();
    text = visibleText(html);
    expect(text).toContain('Kazakhstan – Lithuania');
  });

  it.each(SEED_FACTS)('holds %s', (_, phrases) => {
    for (const phrase of phrases) expect(text, phrase).toContain(fold(phrase));
  });

  it('names a round of a series named for its rounds naturally: never “14th meeting of Sessions of …”', () => {
    expect(text).toContain(fold('Sessions of the Kazakh–Lithuanian Intergovernmental Commission'));
    expect(text).not.toMatch(/\b(?:meeting|round|session) of Sessions of/i);
  });

  it('links the source at the address the curated data gives', () => {
    expect(html).toContain('href="https://en.inform.kz/news/kazakhstan-lithuania-seek-to-enhance-cooperation-f4f2b4/"');
  });

  it('draws the trade chart on the server with its numbers and years', () => {
    const svg = /<svg[^>]*data-testid="trade-chart"[\s\S]*?<\/svg>/.exec(html)?.[0];
    expect(svg).toBeDefined();
    const chart = visibleText(svg!);
    for (const value of ['223.6', '92.9', '130.7', '584.3', '454', '2021', '2022', '2023']) expect(chart).toContain(value);
    expect(svg).toMatch(/data-flow="export" data-value="92.9"/);
    expect(svg).toMatch(/data-flow="import" data-value="130.7"/);
    expect(svg).toMatch(/data-flow="turnover" data-value="223.6"/);
  });

  it('puts a citation beside the facts, pointing at the cited passage', () => {
    expect(html).toContain('href="/sources/kazinform-2024-06-20-kz-lt-consultations#p10"');
    expect(html).toContain('data-citation="kazinform-2024-06-20-kz-lt-consultations#p11"');
  });

  it('counts every official of the pair above the pager, not only the page shown', () => {
    const pager = /(\d+) of (\d+) officials/.exec(text);
    expect(pager, 'the officials section is paged in the default data').not.toBeNull();
    expect(Number(pager![1])).toBeLessThan(Number(pager![2]));
    expect(text).toContain(`${pager![2]} officials. A post is shown`);
  });

  it('says "in" for a post attested only to the month or year, "on" for a day', () => {
    // (Other suites edit the shared data before this one runs: which posts are month-precise is not fixed.)
    expect(text).not.toMatch(/\(on (?:[A-Z][a-z]+ )?\d{4}\)/);
    expect(text).toMatch(/\(in (?:[A-Z][a-z]+ )?\d{4}\)/);
    expect(text).toContain('(on 20 June 2024)');
  });

  it('counts a paged section whole in the header: GB–US has more visits than a page', async () => {
    const page = visibleText(await (await fetch(`${inject('baseURL')}/pairs/GB-US`)).text());
    const pager = /(\d+) of (\d+) visits/.exec(page);
    expect(pager, 'the visits of GB–US are paged').not.toBeNull();
    expect(Number(pager![2])).toBeGreaterThan(Number(pager![1]));
    expect(page).toContain(`0 meetings · ${pager![2]} visits · `);
    // Every source of the pair counted (as the terminal counts them), and how many this page cites.
    expect(page).toMatch(/\d+ sources, \d+ cited on this page · /);
    // Nothing paged (EU–KZ holds one agreement): the sources are all of them.
    const small = visibleText(await (await fetch(`${inject('baseURL')}/pairs/EU-KZ`)).text());
    expect(small).toMatch(/ · \d+ sources? · \d+ verified/);
  });

  it('reads a rank indicator as an ordinal', () => {
    expect(text).toContain('15th');
    expect(text).not.toContain('15 rank');
  });

  it('shows the disputes side by side', () => {
    expect(text).toContain('Sources disagree on the name of Erlan Idrissov');
    // A dispute with no subject is named by the record its claims sit on.
    expect(text).toContain('Sources disagree on the start of a post held.');
    expect(text).toContain('Yerlan Idrisov');
  });

  it('pages a long section with plain links: every visit of AF–US once, the trade table beside it', async () => {
    // The Office of the Historian's data gives Afghanistan–United States more visits than one page holds.
    const seen: string[] = [];
    let path: string | undefined = '/pairs/AF-US';
    let pages = 0;
    let total = 0;
    while (path) {
      const page: string = await (await fetch(`${inject('baseURL')}${path}`)).text();
      const nav: string | undefined = /<nav[^>]*data-section="visits"[\s\S]*?<\/nav>/.exec(page)?.[0];
      expect(nav, `the visits' page links on ${path}`).toBeDefined();
      total = Number(/(\d+) of (\d+) visits/.exec(visibleText(nav!))![2]);
      const visits = /<section[^>]*id="visits"[\s\S]*?<\/section>/.exec(page)![0];
      seen.push(...[...visits.matchAll(/data-visit="([^"]+)"/g)].map((match) => match[1]!));
      if (pages > 0) expect(nav).toContain('First page');
      const next: string | undefined = /<a href="([^"]+)" rel="next"/.exec(nav!)?.[1];
      path = next?.replaceAll('&amp;', '&');
      pages++;
    }
    expect(pages).toBeGreaterThan(1);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('counts the sources of the whole dossier, as the terminal does, and says how many this page cites', async () => {
    const page = visibleText(await (await fetch(`${inject('baseURL')}/pairs/AF-US`)).text());
    const answer = (await (await fetch(`${inject('baseURL')}/api/v1/pairs/AF-US/dossier`)).json()) as { sourcesTotal: number; sources: unknown[] };
    expect(answer.sourcesTotal).toBeGreaterThan(answer.sources.length);
    const counted = /([\d,]+) sources, ([\d,]+) cited on this page/.exec(page);
    expect(counted, 'the header’s count of sources').not.toBeNull();
    expect(Number(counted![1]!.replace(',', ''))).toBe(answer.sourcesTotal);
    expect(Number(counted![2])).toBeLessThan(answer.sourcesTotal);
    expect(page).toContain(`of the ${answer.sourcesTotal} the whole dossier cites over every page`);
    // A pair on one page: the count alone, no note.
    expect(text).toMatch(/\d+ sources · /);
    expect(text).not.toContain('cited on this page');
  });
});

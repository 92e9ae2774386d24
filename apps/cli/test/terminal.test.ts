import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNewsroom, type Newsroom } from '@bilat/watch/testing';
import { createDataSource } from '../src/data/source.js';
import { reportRoutes } from './support/reports.js';
import { bilat, startServer } from './support/run.js';
import { hasTmux, tmuxServer } from './support/tmux.js';

/*
 * The built `bilat` in a real terminal: tmux gives it a fixed-size pane, keys are sent
 * as a user types them, and each screen is read back with capture-pane. The shell in
 * the pane prints the exit code after bilat quits. Runs on its own (see vitest.config.ts).
 */

if (!hasTmux && process.env.CI === 'true') throw new Error('tmux is required under CI=true (.ci/run installs it)');
if (!hasTmux) console.warn('[bilat tests] tmux is not installed; skipping the real-terminal test.');

// The test's newsroom answers at once: no politeness delays between its pages.
process.env.BILAT_WATCH_HOST_INTERVAL_MS = '0';
process.env.BILAT_WATCH_RETRIES = '1';

const { tmux, start, kill } = tmuxServer(`bilat-test-${process.pid}`);

let dir: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bilat-terminal-'));
  db = join(dir, 'bilat.db');
  // Seeded beforehand, so the UI's first screen is not waiting on a first-use seed.
  expect(bilat(['db', 'seed', '--db', db]).code).toBe(0);
  // A session that outlives the tested ones keeps our tmux server up between them.
  if (hasTmux) tmux('new-session', '-d', '-s', 'keep', '-x', '20', '-y', '5', 'sleep 600');
});
afterAll(() => {
  if (hasTmux) kill();
  rmSync(dir, { recursive: true, force: true });
});

/** The line the cursor is on. */
const selected = (screen: string) => screen.split('\n').find((line) => line.startsWith('›')) ?? '';

/** For waitFor: a screen that says `text` with the cursor on a line matching `row`. */
const saysWithSelected = (text: string | RegExp, row: RegExp) => (screen: string) => (typeof text === 'string' ? screen.includes(text) : text.test(screen)) && row.test(selected(screen));

// eslint-disable-next-line no-control-regex -- SGR colour codes are what this looks for
const COLOUR = /\u001B\[(?:[0-9;]*;)?(?:3[0-7]|4[0-7]|9[0-7]|38|48)(?:;[0-9;]*)?m/;

describe.runIf(hasTmux)('bilat in a real terminal (tmux)', () => {
  it('goes from the countries to Kazakhstan’s partners (each list ranked by another measure with Ctrl-O), the KZ–LT dossier, the 10th round and Vassilenko, and quits with q (exit 0)', async () => {
    const pane = start('walk', ['--db', db]);
    try {
      let screen = await pane.waitFor('› KZ');
      expect(screen.split('\n')[0]).toMatch(/^ bilat › Countries\s/);
      expect(screen).toMatch(/KZ\s+Kazakhstan\s+17\s/);
      expect(screen).toContain('most records first');
      expect(screen).toContain('type to filter · Ctrl-C quit · Enter open · Tab pairs');
      expect(pane.screen(true)).toMatch(COLOUR);

      // Ctrl-O ranks by the next measure, said on the filter line. Over this data the first row
      // changes at relations events (as `bilat countries --sort relations`): none has any, and the
      // tie goes by name, the European Union first.
      expect(screen).toContain('most records first · Tab: every pair · Ctrl-O: another order');
      for (const measure of ['meetings', 'visits', 'agreements']) {
        pane.keys('C-o');
        await pane.waitFor(saysWithSelected(`most ${measure} first`, /^› KZ\s+Kazakhstan\s+17\s/));
      }
      pane.keys('C-o');
      screen = await pane.waitFor(saysWithSelected('most relations first', /^› EU\s+European Union\s/));
      // Nothing was typed into the filter.
      expect(screen).toContain('Filter: (type a name or code)');

      // Typing filters the list; the first match is selected.
      pane.keys('-l', 'lith');
      screen = await pane.waitFor('Filter: lith');
      expect(selected(screen)).toMatch(/^› LT\s+Lithuania/);
      // Esc clears the filter (Backspace, one letter at a time, is driven in tui.test.tsx).
      pane.keys('Escape');
      await pane.waitFor('(type a name or code)');
      pane.keys('-l', 'kaz');
      screen = await pane.waitFor('Filter: kaz');
      expect(selected(screen)).toMatch(/^› KZ\s+Kazakhstan/);

      pane.keys('Enter');
      screen = await pane.waitFor(/PARTNER\s+MEETINGS/);
      expect(screen.split('\n')[0]).toMatch(/^ bilat › Countries › Kazakhstan\s/);
      expect(selected(screen)).toMatch(/^› LT Lithuania\s+17\s+4\s+3\s+0\s+36\s+3/);
      // The most records first, said so (over the default data, below, the order differs from the meetings').
      expect(screen).toContain('2 partners, most records first');
      // Ctrl-O here too: the partners by relations events (a tie at none, by name) put the European Union first; a fifth press is back at every record.
      for (const measure of ['meetings', 'visits', 'agreements']) {
        pane.keys('C-o');
        await pane.waitFor(saysWithSelected(`2 partners, most ${measure} first`, /^› LT Lithuania\s/));
      }
      pane.keys('C-o');
      await pane.waitFor(saysWithSelected('2 partners, most relations first', /^› EU European Union\s/));
      pane.keys('C-o');
      await pane.waitFor(saysWithSelected('2 partners, most records first', /^› LT Lithuania\s+17\s+4\s+3\s+0\s+36\s+3/));

      pane.keys('Enter');
      screen = await pane.waitFor('Meetings (17)');
      expect(screen.split('\n')[0]).toContain('bilat › Countries › Kazakhstan › Kazakhstan – Lithuania');
      expect(selected(screen)).toMatch(/^› Meetings \(17\)\s+latest: 10th round/);
      expect(screen).toContain('Trade (7)');

      pane.keys('Enter');
      screen = await pane.waitFor(/DATE\s+MEETING\s+PLACE/);
      expect(selected(screen)).toMatch(/^› reported 20 June 2024\s+10th round of Kazakhstan–Lithuania political consulta/);

      pane.keys('Enter');
      screen = await pane.waitFor('Meeting · kz-lt-political-consultations-10');
      expect(screen).toMatch(/When\s+reported 20 June 2024/);
      expect(screen).toContain('People (2)');
      expect(selected(screen)).toMatch(/^›\s+Roman Vassilenko\s+KZ\s+head of delegation\s+Deputy Minister of Foreign Affairs/);
      expect(screen).toMatch(/Jonas Survila\s+LT\s+head of delegation/);

      pane.keys('Enter');
      screen = await pane.waitFor('Official · roman-vassilenko');
      expect(screen.split('\n')[0]).toContain('Roman Vassilenko');
      expect(screen).toMatch(/Country\s+Kazakhstan/);
      expect(screen).toContain('Deputy Minister of Foreign Affairs of Kazakhstan');
      expect(screen).toContain('attested 20 June 2024');
      expect(screen).toMatch(/Meetings \(7\)/);

      pane.keys('q');
      screen = await pane.waitFor('EXIT=');
      expect(screen).toContain('EXIT=0');
      // The alternate screen is left as it was: nothing of the UI stays behind.
      expect(screen).not.toContain('bilat ›');
    } finally {
      pane.close();
    }
  });

  it('over the default data (the Office of the Historian’s too), in 80 columns: the United States first, its partners the most records first (the United Kingdom), Ctrl-O ranks by meetings on both lists, q filters, Ctrl-C quits (exit 0)', async () => {
    const full = join(dir, 'full.db');
    expect(bilat(['db', 'seed', '--db', full], { env: { BILAT_SEED: '' } }).code).toBe(0);
    const pane = start('default-data', ['--db', full], { columns: 80, rows: 24 });
    try {
      let screen = await pane.waitFor('› US');
      // The most records first, said on the filter line: the country with 231 partners is not down at "U".
      // In 80 columns the names are whole: agreements and relations events give way to them.
      expect(screen).toMatch(/CODE\s+COUNTRY\s+MEETINGS\s+VISITS\s+RECORDS\s+PARTNERS/);
      expect(selected(screen)).toMatch(/^› US\s+United States\s+\d+\s+\d+\s+\d+\s+2\d\d\s*$/);
      expect(screen).not.toContain('…');
      expect(screen).toContain('most records first');
      // Names as people say them, from the one table: not "United States of America", "Czech Republic".
      expect(screen).not.toContain('United States of America');
      expect(screen).toMatch(/type to filter · Ctrl-C quit · Enter open · Tab pairs · \/ search · \? help\s+1\/\d+/);
      pane.keys('-l', 'czech');
      screen = await pane.waitFor('Filter: czech');
      expect(selected(screen)).toMatch(/^› CZ\s+Czechia\s/);
      pane.keys('Escape');
      await pane.waitFor('(type a name or code)');
      // q is a letter of the filter here (Qatar), not a way out.
      pane.keys('-l', 'qa');
      screen = await pane.waitFor('Filter: qa');
      expect(selected(screen)).toMatch(/^› QA\s+Qatar/);
      expect(screen).toContain('Esc clears the filter · Ctrl-C quit');
      // The United States' partners, the most records first (by meetings, which they have none of, Afghanistan came first).
      pane.keys('Escape');
      await pane.waitFor('(type a name or code)');
      pane.keys('Enter');
      screen = await pane.waitFor(/PARTNER\s+MEETINGS/);
      expect(screen.split('\n')[0]).toMatch(/^ bilat › Countries › United States\s/);
      expect(screen).toMatch(/2\d\d partners, most records first/);
      // In 80 columns agreements and relations events give way, as on the countries.
      expect(screen).toMatch(/PARTNER\s+MEETINGS\s+VISITS\s+RECORDS\s+TRADE YEARS\s+LATEST MEETING/);
      expect(selected(screen)).toMatch(/^› GB United Kingdom\s/);
      const records = screen.split('\n').filter((line) => /^[ ›] [A-Z]{2,4} /.test(line)).map((line) => Number(/(\d+)\s+\d+\s+\S+\s*$/.exec(line)?.[1]));
      expect(records.length).toBeGreaterThan(5);
      expect(records).toEqual([...records].sort((a, b) => b - a));
      expect(screen).not.toContain('…');
      // Ctrl-O: by meetings, which none of them has, the tie goes by name (as `bilat country US --sort meetings`).
      pane.keys('C-o');
      screen = await pane.waitFor(saysWithSelected(/2\d\d partners, most meetings first/, /^› AF Afghanistan\s/));
      expect(screen).not.toContain('…');
      // Back on the countries, their own order; Ctrl-O there: by meetings Kazakhstan comes first.
      pane.keys('Escape');
      screen = await pane.waitFor(saysWithSelected('most records first', /^› US\s+United States/));
      expect(screen.split('\n')[0]).toMatch(/^ bilat › Countries (?!›)/);
      pane.keys('C-o');
      screen = await pane.waitFor(saysWithSelected('most meetings first', /^› KZ\s+Kazakhstan\s+17\s/));
      expect(screen).not.toContain('…');
      // Into the second, Lithuania (its partners in their own order), and back: the countries keep their order and selection.
      pane.keys('Down');
      await pane.waitFor(/^› LT\s+Lithuania/m);
      pane.keys('Enter');
      screen = await pane.waitFor(/\d partners, most records first/);
      expect(screen.split('\n')[0]).toMatch(/^ bilat › Countries › Lithuania\s/);
      pane.keys('Escape');
      screen = await pane.waitFor(saysWithSelected('most meetings first', /^› LT\s+Lithuania/));
      expect(screen.split('\n')[0]).toMatch(/^ bilat › Countries (?!›)/);
      pane.keys('C-c');
      expect(await pane.waitFor('EXIT=')).toContain('EXIT=0');
    } finally {
      pane.close();
    }
  });

  it('follows a resize, searches, shows the help, and honours NO_COLOR', async () => {
    const pane = start('resize', ['--db', db], { columns: 100, rows: 30, env: { NO_COLOR: '1' } });
    try {
      await pane.waitFor('Filter:');
      pane.keys('Tab');
      await pane.waitFor('› KZ-LT');
      expect(pane.screen(true)).not.toMatch(COLOUR);
      pane.keys('Enter');
      await pane.waitFor('Meetings (17)');
      pane.keys('m');
      await pane.waitFor(/DATE\s+MEETING/);
      pane.resize(64, 14);
      const small = await pane.waitFor(/^ bilat › … › Meetings/m);
      const lines = small.split('\n').filter((line) => line.length > 0);
      expect(lines.length).toBeLessThanOrEqual(13);
      expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(64);
      expect(selected(small)).toMatch(/^› reported 20 June 2024/);
      pane.resize(100, 30);
      await pane.waitFor(/^ bilat › (Countries › )?Pairs › Kazakhstan – Lithuania › Meetings/m);

      pane.keys('?');
      const help = await pane.waitFor('Keys');
      expect(help).toContain('search everything (from any screen)');
      pane.keys('Escape');
      await pane.waitFor('↑↓ move');

      pane.keys('/');
      await pane.waitFor('Enter search · Esc cancel');
      pane.keys('-l', 'vasilenko');
      await pane.waitFor('/ vasilenko');
      pane.keys('Enter');
      const results = await pane.waitFor(/^› Official\s+Roman Vassilenko/m);
      expect(results.split('\n')[0]).toContain('Search “vasilenko”');
      expect(pane.screen(true)).not.toMatch(COLOUR);

      pane.keys('q');
      expect(await pane.waitFor('EXIT=')).toContain('EXIT=0');
    } finally {
      pane.close();
    }
  });

  it('works the same over a running `bilat serve` (--api)', async () => {
    const server = await startServer(['--db', db]);
    const pane = start('remote', ['--api', server.url], { columns: 110, rows: 30 });
    try {
      const screen = await pane.waitFor('› KZ');
      expect(screen.split('\n')[0]).toContain(server.url);
      pane.keys('Enter');
      await pane.waitFor('› LT Lithuania');
      pane.keys('Enter');
      await pane.waitFor('Meetings (17)');
      pane.keys('t');
      await pane.waitFor('As reported by Kazakhstan: trade with Lithuania, USD');
      pane.keys('q');
      expect(await pane.waitFor('EXIT=')).toContain('EXIT=0');
    } finally {
      pane.close();
      await server.stop();
    }
  });

  it('opens the inbox with i and accepts a proposal with a, the count in the title bar following', async () => {
    // Proposals drafted by watch.run from a local newsroom into a database of this test's own.
    const inboxDb = join(dir, 'inbox.db');
    const source = createDataSource({ db: inboxDb });
    const news: Newsroom = await startNewsroom(reportRoutes(() => news.url));
    try {
      const api = await source.api();
      await api.watch.add({ url: `${news.url}/wire/rss.xml`, publisher: 'Caucasus Wire' });
      await api.watch.run({});
      const [first, ...rest] = (await api.inbox.list({})).items;
      expect(first).toBeDefined();
      await source.close();

      const pane = start('inbox', ['--db', inboxDb], { columns: 130, rows: 30 });
      try {
        expect((await pane.waitFor(`inbox ${rest.length + 1}`)).split('\n')[0]).toMatch(/^ bilat › Countries\s/);
        // Letters filter the countries: the inbox is reached from the pairs (Tab), as from any other screen.
        await pane.waitFor('Filter:');
        pane.keys('Tab');
        await pane.waitFor(/^ bilat › Countries › Pairs\s/m);
        pane.keys('i');
        const screen = await pane.waitFor(/ID\s+CONF\s+KIND\s+PAIR/);
        expect(screen.split('\n')[0]).toContain('bilat › Countries › Pairs › Inbox');
        expect(selected(screen)).toContain(first!.title.slice(0, 40));
        pane.keys('a');
        await pane.waitFor(`Accepted: ${first!.title}`);
        if (rest.length) await pane.waitFor(`inbox ${rest.length} ·`);
        pane.keys('q');
        expect(await pane.waitFor('EXIT=')).toContain('EXIT=0');
      } finally {
        pane.close();
      }
    } finally {
      await source.close();
      await news.close();
    }
    const after = createDataSource({ db: inboxDb });
    try {
      expect((await (await after.api()).inbox.list({ status: 'accepted' })).items).toHaveLength(1);
    } finally {
      await after.close();
    }
  });

  it('says plainly when the server is unreachable, and still quits cleanly', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    const pane = start('unreachable', ['--api', `http://127.0.0.1:${port}`], { columns: 100, rows: 20 });
    try {
      const screen = await pane.waitFor('Could not load this screen');
      expect(screen).toContain(`Cannot reach the bilat server at http://127.0.0.1:${port}: connection refused.`);
      expect(screen).toContain('r try again · q quit');
      expect(screen).not.toMatch(/\n\s+at .*:\d+:\d+/);
      pane.keys('q');
      expect(await pane.waitFor('EXIT=')).toContain('EXIT=0');
    } finally {
      pane.close();
    }
  });
});

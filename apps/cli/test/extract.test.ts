import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, findRecord, scopeOf, type BilatDatabase } from '@bilat/db';
import { tryParseLocator, type Meeting, type Source, type TradeFlow } from '@bilat/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilat, bilatAsync, startServer } from './support/run.js';
import { hasTmux, tmuxServer } from './support/tmux.js';

/*
 * `bilat extract FILE`: the built command on a seeded SQLite file. The draft as people
 * read it and as bundles; --apply with --yes at once, or reviewed fact by fact in a real
 * terminal (tmux); clear refusals; the same through --api.
 */

// Written for this suite. The seed holds Vassilenko as Deputy Minister on 2024-06-20 and KZ–LT turnover of 223.6 M USD for 2023.
const REPORT = `---
published: 2024-06-20
publisher: Steppe Wire
---
Kazakhstan and Lithuania discuss transport links

Astana, 20 June 2024. First Deputy Minister of Foreign Affairs of Kazakhstan Roman Vasilenko met Vice Minister of Economy and Innovation of Lithuania Ieva Kairyte in Astana on Tuesday to discuss transport corridors.

According to the Kazakh side, in 2023 trade between Kazakhstan and Lithuania came to 240.1 million US dollars.
`;

const PAGE = `<!doctype html><html><head><title>Minister visits Vilnius | Baltic Ledger</title>
<meta property="og:site_name" content="Baltic Ledger"><meta property="article:published_time" content="2025-03-05T09:30:00Z">
<link rel="canonical" href="https://ledger.example.org/news/minister-visits-vilnius"></head>
<body><nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Kazakh transport minister holds talks in Vilnius</h1>
<p>Kazakh Minister of Transport Marat Karabaev held talks with Lithuanian Vice Minister of Foreign Affairs Jonas Survila in Vilnius on 3 March 2025.</p>
<p>The sides discussed the Middle Corridor and rail freight through Klaipeda.</p></article>
<footer class="footer">© Baltic Ledger. Subscribe to our newsletter.</footer></body></html>`;

let dir: string;
let db: string;
const run = (...args: string[]) => bilat([...args, '--db', db]);
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function withDatabase<T>(work: (database: BilatDatabase) => Promise<T>): Promise<T> {
  const database = connect({ kind: 'sqlite', path: db });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bilat-extract-cli-'));
  db = join(dir, 'bilat.db');
  expect(run('db', 'seed').code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bilat extract FILE', () => {
  it('prints the draft for a person: facts by kind with words and confidence, people matched or new, disputes; nothing is saved', async () => {
    const report = file('report.txt', REPORT);
    const result = run('extract', report);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const out = result.stdout;
    expect(out).toContain('Draft of');
    expect(out).toContain('“Kazakhstan and Lithuania discuss transport links”, Steppe Wire, 2024-06-20');
    expect(out).toMatch(/Roman Vasilenko\s+matched: Roman Vassilenko \(roman-vassilenko; a recorded spelling\)/);
    expect(out).toMatch(/Ieva Kairyte\s+new: ieva-kairyte-/);
    expect(out).toMatch(/Meetings \(1\)\n\s+0\.\d\d stated\s+Roman Vasilenko meets Ieva Kairyte \(KZ-LT, held, 2024-06-18\)\n\s+“Roman Vasilenko” … “met” … “Ieva Kairyte”/);
    expect(out).toContain('“240.1 million US dollars”');
    // A figure in the dossier's words, as the /extract review shows it (not "KZ→LT turnover …: 240100000 USD").
    expect(out).toMatch(/Trade figures \(1\)\n\s+\d\.\d\d \w+\s+Kazakhstan trade with Lithuania, 2023: US\$240 million\n/);
    expect(out).toContain('Disputes with what the database holds (2)');
    // The disputed figures in the dossier's words too (the exact values are in --json).
    expect(out).toContain('held “US$224 million” (kazinform-2024-06-20-kz-lt-consultations) — this report “US$240 million”');
    expect(out).toContain('Nothing was saved.');
    await withDatabase(async (database) => {
      const sources = await database.db.selectFrom('sources').select('id').where('id', 'like', 'steppe-wire%').execute();
      expect(sources).toEqual([]);
    });
  });

  it('--json and --yaml give the draft bundle, which bilat import bundle reads', () => {
    const report = file('report.txt', REPORT);
    const json = run('extract', report, '--json');
    expect(json.code, json.stderr).toBe(0);
    const bundle = JSON.parse(json.stdout) as { format: string; meetings: Meeting[]; sources: Source[] };
    expect(bundle.format).toBe('bilat/bundle');
    expect(bundle.sources[0]!.text).toContain('Roman Vasilenko met');
    expect(bundle.meetings[0]!.status).toBe('draft');
    const yaml = run('extract', report, '--yaml');
    expect(yaml.code, yaml.stderr).toBe(0);
    expect(yaml.stdout).toMatch(/^format: bilat\/bundle\nversion: 1\n/);
    const draftFile = file('draft.yaml', yaml.stdout);
    const dry = run('import', 'bundle', draftFile, '--dry-run', '--json');
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, problems: [] });
  });

  it('reads a saved HTML page: the article without navigation, the date, publisher and address from its head', () => {
    const page = file('page.html', PAGE);
    const result = run('extract', page, '--json');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const bundle = JSON.parse(result.stdout) as { sources: Source[]; meetings: Meeting[] };
    const source = bundle.sources[0]!;
    expect(source).toMatchObject({ publisher: 'Baltic Ledger', published: '2025-03-05', url: 'https://ledger.example.org/news/minister-visits-vilnius' });
    expect(source.text).not.toContain('Sport');
    expect(source.text).not.toContain('newsletter');
    // "Karabaev" is the held Marat Karabayev.
    expect(bundle.meetings[0]!.participants.map((p) => p.personId)).toContain('marat-karabayev');
  });

  it('refuses clearly: a missing file, a bad date, an empty report, --apply off a terminal without --yes; exit 2', () => {
    const missing = run('extract', join(dir, 'nope.txt'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    expect(missing.stderr).toContain('nope.txt: no such file');
    const report = file('report.txt', REPORT);
    const date = run('extract', report, '--published', '2024-02-30');
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--published "2024-02-30" is not a date');
    const empty = run('extract', file('empty.txt', ' \n\n'));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('empty.txt: the report is empty');
    const onlyMatter = run('extract', file('matter.txt', '---\npublished: 2024-06-20\n---\n'));
    expect(onlyMatter.code).toBe(2);
    expect(onlyMatter.stderr).toContain('the report is empty');
    const badMatter = run('extract', file('bad-matter.txt', '---\npublished: June 2024\n---\nThe ministers met.'));
    expect(badMatter.code).toBe(2);
    expect(badMatter.stderr).toContain('published "June 2024" (in the file) is not a date');
    const notTty = run('extract', report, '--apply');
    expect(notTty.code).toBe(2);
    expect(notTty.stderr).toContain('add --yes');
    expect(run('extract', report, '--yes').stderr).toContain('--yes goes with --apply');
    expect(run('extract', report, '--json', '--yaml').code).toBe(2);
    const json = run('extract', join(dir, 'nope.txt'), '--json');
    expect(JSON.parse(json.stderr)).toMatchObject({ error: { code: 'USAGE' } });
  });

  it('without a date anywhere, uses today and says so on stderr', () => {
    const result = run('extract', file('undated.txt', 'Minister of Transport Marat Karabaev visited Lithuania last week.'), '--json');
    expect(result.code, result.stderr).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(result.stderr).toContain(`gives no date and --published was not given: using today, ${today}`);
    expect((JSON.parse(result.stdout) as { sources: Source[] }).sources[0]!.published).toBe(today);
  });

  it('--apply --yes saves one batch with the text as the source and citations at its characters; disputes kept, nothing overwritten; again changes nothing; undo removes it', async () => {
    const report = file('report.txt', REPORT);
    const saved = run('extract', report, '--apply', '--yes', '--json');
    expect(saved.code, saved.stderr).toBe(0);
    const summary = JSON.parse(saved.stdout) as { batchId: string; sourceId: string; pairs: string[]; total: { created: number }; byKind: Record<string, { created: number }> };
    expect(summary.batchId).toMatch(/^import-/);
    expect(summary.pairs).toEqual(['KZ-LT']);
    expect(summary.byKind.dispute!.created).toBe(2);
    const text = REPORT.replace(/^---[\s\S]*?---\n/, '');
    await withDatabase(async (database) => {
      const scope = scopeOf(database);
      const source = (await findRecord(scope, 'source', summary.sourceId))!.record as Source;
      expect(source.text).toBe(text);
      const meetingRow = await database.db.selectFrom('meetings').select('id').where('id', 'like', 'kz-lt-roman-vasilenko-ieva-kairyte%').executeTakeFirstOrThrow();
      const meeting = (await findRecord(scope, 'meeting', meetingRow.id))!.record as Meeting;
      const words = meeting.citations.map((c) => tryParseLocator(c.locator!)).map((l) => (l?.kind === 'characters' ? text.slice(l.start, l.end) : ''));
      expect(words).toEqual(['Roman Vasilenko', 'met', 'Ieva Kairyte', 'Astana', 'on Tuesday']);
      const seedTrade = (await findRecord(scope, 'trade', 'kz-lt-trade-2023-turnover-kz'))!.record as TradeFlow;
      expect(seedTrade.value.amount).toBe('223600000');
    });
    const human = run('dossier', 'KZ', 'LT');
    expect(human.stdout).toContain('240');
    const again = run('extract', report, '--apply', '--yes');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('is already saved: nothing changed');
    const undo = run('import', 'undo', summary.batchId);
    expect(undo.code, undo.stderr).toBe(0);
    expect(undo.stdout).toContain(`${summary.total.created} record(s) removed`);
    await withDatabase(async (database) => expect(await findRecord(scopeOf(database), 'source', summary.sourceId)).toBeUndefined());
  });

  it('works the same through --api: drafting is open, saving needs a write key', async () => {
    const serverDb = join(dir, 'served.db');
    expect(bilat(['db', 'seed', '--db', serverDb]).code).toBe(0);
    const key = bilat(['keys', 'create', '--scope', 'write', '--name', 'extract test', '--json', '--db', serverDb]);
    expect(key.code, key.stderr).toBe(0);
    const secret = (JSON.parse(key.stdout) as { secret: string }).secret;
    const server = await startServer(['--db', serverDb]);
    try {
      const report = file('remote.txt', REPORT);
      const draft = await bilatAsync(['--api', server.url, 'extract', report]);
      expect(draft.code, draft.stderr).toBe(0);
      expect(draft.stdout).toMatch(/Roman Vasilenko\s+matched: Roman Vassilenko/);
      const refused = await bilatAsync(['--api', server.url, 'extract', report, '--apply', '--yes']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('--api-key');
      const saved = await bilatAsync(['--api', server.url, '--api-key', secret, 'extract', report, '--apply', '--yes']);
      expect(saved.code, saved.stderr).toBe(0);
      expect(saved.stdout).toContain(`Saved the draft of ${report} into ${server.url}`);
      expect(saved.stdout).toContain('2 disputes');
    } finally {
      await server.stop();
    }
  });
});

const { start, kill } = tmuxServer(`bilat-extract-test-${process.pid}`);

describe.runIf(hasTmux)('bilat extract --apply on a terminal (tmux)', () => {
  afterAll(() => kill());

  it('reviews fact by fact: skipping the new person leaves out their holding, the rest is saved as one batch', async () => {
    const report = file('review.txt', REPORT.replace('Steppe Wire', 'Review Wire'));
    const pane = start('review', ['--db', db, 'extract', report, '--apply'], { columns: 140, rows: 30 });
    let screen = await pane.waitFor('fact 1 of 9');
    expect(screen).toContain('Roman Vasilenko meets Ieva Kairyte');
    expect(screen).toContain('“Roman Vasilenko” … “met”');
    pane.keys('y');
    screen = await pane.waitFor('fact 2 of 9');
    expect(screen).toContain('Trade');
    pane.keys('y');
    // Roman Vassilenko is held: the draft only cites this report for him too.
    screen = await pane.waitFor('fact 3 of 9');
    expect(screen).toContain('Already held');
    pane.keys('y');
    screen = await pane.waitFor('fact 4 of 9');
    expect(screen).toContain('Ieva Kairyte (LT)');
    expect(screen).toContain('A new person');
    pane.keys('n');
    await pane.waitFor('fact 5 of 9');
    pane.keys('a');
    screen = await pane.waitFor('Save the draft of');
    expect(screen).toContain('8 facts accepted, 1 skipped');
    pane.keys('Enter');
    screen = await pane.waitFor('EXIT=');
    expect(screen).toContain('EXIT=0');
    expect(screen).toMatch(/Saved the draft of .*review\.txt/);
    expect(screen).toMatch(/left out/);
    pane.close();
    await withDatabase(async (database) => {
      const people = await database.db.selectFrom('people').select('id').where('id', 'like', 'ieva-kairyte%').where('deleted_at', 'is', null).execute();
      expect(people).toEqual([]);
      const rows = await database.db.selectFrom('meetings').select('id').where('id', 'like', 'kz-lt-roman-vasilenko-ieva-kairyte%').where('deleted_at', 'is', null).execute();
      // The meeting stays, without the skipped participant.
      expect(rows).toHaveLength(1);
      const meeting = (await findRecord(scopeOf(database), 'meeting', rows[0]!.id))!.record as Meeting;
      expect(meeting.participants.map((p) => p.personId)).toEqual(['roman-vassilenko']);
    });
  });

  it('q cancels the review and saves nothing (exit 1)', async () => {
    const report = file('cancel.txt', REPORT.replace('Steppe Wire', 'Cancel Wire'));
    const pane = start('cancel', ['--db', db, 'extract', report, '--apply'], { columns: 140, rows: 30 });
    // Fewer facts than before: the posts saved by the review above are now held, not drafted.
    await pane.waitFor(/fact 1 of \d+/);
    pane.keys('q');
    const screen = await pane.waitFor('EXIT=');
    expect(screen).toContain('EXIT=1');
    expect(screen).toContain('Review cancelled: nothing was saved.');
    pane.close();
    await withDatabase(async (database) => {
      expect(await database.db.selectFrom('sources').select('id').where('id', 'like', 'cancel-wire%').execute()).toEqual([]);
    });
  });
});

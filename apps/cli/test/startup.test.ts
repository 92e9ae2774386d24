import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_MODULES } from '../src/program.js';
import { bilat, BIN } from './support/run.js';

/*
 * What `bilat` loads before it knows the command: Node's own modules and small chunks of
 * its own. Commander and each command's definition are chunks reached through import()
 * once a command line names more than the global options (`bilat --db FILE` on a
 * terminal goes straight to the UI), and Ink and React (the UI), the data layer, the API
 * and the renderers only when a command needs them. Checked on the built files, and on
 * what real runs load.
 */

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const LOAD_LOG = fileURLToPath(new URL('./support/load-log.mjs', import.meta.url));

/** Every module the entry loads before running anything: static imports, followed through its own chunks. */
function staticGraph(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const source = readFileSync(`${DIST}${file}`, 'utf8');
    for (const match of source.matchAll(/^import\s[^;]*?from\s*"([^"]+)"|^import\s*"([^"]+)"/gm)) {
      const target = match[1] ?? match[2]!;
      if (target.startsWith('./')) visit(target.slice(2));
      else packages.add(target);
    }
  };
  visit(entry);
  return { files, packages };
}

/** Libraries a quick start must not pay for, by a definition only their bundled code holds. */
const HEAVY = {
  commander: /\bclass _Command extends EventEmitter\b/,
  zod: /\bvar ZodString = /,
  kysely: /\bvar Kysely = class/,
  'the country table': /\.registerLocale\(/,
  tRPC: /\binitTRPC\b/,
  // Their code is dist/ui-vendor.cjs (build/ui-vendor.ts), which the chunk naming it loads.
  'Ink and React': /react-reconciler|ui-vendor\.cjs/,
  // The watcher's fetching and parsing (iconv-lite, the XML and HTML parsers come with it).
  'the watcher': /\bvar XMLParser = /,
} as const;
type Heavy = keyof typeof HEAVY;

/** Which of the heavy libraries the chunks a run loaded hold. */
function heavyIn(files: readonly string[]): Heavy[] {
  const sources = files.map((file) => readFileSync(file, 'utf8'));
  return (Object.keys(HEAVY) as Heavy[]).filter((name) => sources.some((source) => HEAVY[name].test(source)));
}

describe('start-up', () => {
  it('the entry loads only Node built-ins and small chunks of its own, without commander', () => {
    const { files, packages } = staticGraph('main.js');
    const external = [...packages].filter((name) => !name.startsWith('node:') && !/^(fs|path|url|os|readline\/promises|module|child_process|events)$/.test(name));
    expect(external).toEqual([]);
    let total = 0;
    for (const file of files) {
      const source = readFileSync(`${DIST}${file}`, 'utf8');
      expect(source, file).not.toMatch(/react-reconciler|yoga-layout|useInput|ui-vendor\.cjs/);
      total += source.length;
    }
    expect(heavyIn(files.map((file) => `${DIST}${file}`))).toEqual([]);
    // The entry, the error report and the global options: 12 KB on 2026-12-03. Commander
    // (126 KB unminified) was in it until then, and before 2026-12-02 every command's
    // definition too (a 210 KB entry).
    expect(total).toBeLessThan(20_000);
    expect(readFileSync(`${DIST}main.js`, 'utf8').length).toBeLessThan(12_000);
  });

  it('commander and each command module are reached by import() alone, never from the entry', () => {
    const main = readFileSync(`${DIST}main.js`, 'utf8');
    const loaded = new Set(staticGraph('main.js').files);
    const commandLine = /import\("\.\/(command-line-[\w-]+\.js)"\)/.exec(main)?.[1];
    expect(commandLine).toBeDefined();
    expect(loaded.has(commandLine!)).toBe(false);
    expect(heavyIn(staticGraph(commandLine!).files.map((file) => `${DIST}${file}`))).toEqual(['commander']);
    const program = staticGraph(commandLine!).files.map((file) => readFileSync(`${DIST}${file}`, 'utf8')).join('\n');
    const chunks = [...program.matchAll(/import\("\.\/([\w-]+\.js)"\)/g)].map((match) => match[1]!);
    // One import() per command module.
    expect(chunks).toHaveLength(COMMAND_MODULES.length);
    for (const chunk of chunks) expect(loaded.has(chunk), chunk).toBe(false);
  });

  it('the UI (Ink and React) is a chunk of its own, reached only by import() after its first data is asked for', () => {
    const main = readFileSync(`${DIST}main.js`, 'utf8');
    const start = /import\("\.\/(start-[\w-]+\.js)"\)/.exec(main)?.[1];
    expect(start).toBeDefined();
    expect(staticGraph('main.js').files).not.toContain(start);
    // What runs before the UI's code: the data source and the first screen's loader, without Ink or zod.
    const before = staticGraph(start!).files;
    expect(heavyIn(before.map((file) => `${DIST}${file}`))).toEqual(['the country table']);
    const ui = /import\("\.\/(run-[\w-]+\.js)"\)/.exec(readFileSync(`${DIST}${start}`, 'utf8'))?.[1];
    expect(ui).toBeDefined();
    expect(before).not.toContain(ui);
    // Ink may sit in a chunk the UI shares with `bilat extract --apply`'s review; either way the UI's own graph holds it.
    const ink = staticGraph(ui!).files.filter((file) => readFileSync(`${DIST}${file}`, 'utf8').includes('ui-vendor.cjs'));
    expect(ink.length).toBeGreaterThan(0);
    expect(readFileSync(`${DIST}ui-vendor.cjs`, 'utf8')).toMatch(/react-reconciler[\s\S]*yoga-layout/);
    for (const file of ink) expect(staticGraph('main.js').files).not.toContain(file);
    // The UI's own graph: no zod, API or Kysely before its first screen asks for them.
    expect(heavyIn(staticGraph(ui!).files.map((file) => `${DIST}${file}`))).toEqual(['the country table', 'Ink and React']);
    // The first screen's data: the quick reads take the countries from a chunk without Kysely
    // (better-sqlite3 alone); Kysely is a chunk of its own for the pairs and meetings lists.
    const chunkImported = (files: readonly string[], name: string) =>
      files.map((file) => new RegExp(`import\\("\\./(${name}-[\\w-]+\\.js)"\\)`).exec(readFileSync(`${DIST}${file}`, 'utf8'))?.[1]).find(Boolean);
    const quick = chunkImported(before, 'quick');
    expect(quick).toBeDefined();
    const countries = chunkImported([quick!], 'summary-file');
    const lists = chunkImported([quick!], 'summaries');
    expect(countries).toBeDefined();
    expect(lists).toBeDefined();
    expect(heavyIn(staticGraph(countries!).files.map((file) => `${DIST}${file}`))).toEqual(['the country table']);
    expect(heavyIn(staticGraph(lists!).files.map((file) => `${DIST}${file}`))).toEqual(['kysely', 'the country table']);
  });
});

describe('what a cold start loads', () => {
  let dir: string;
  let db: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bilat-startup-'));
    db = join(dir, 'bilat.db');
    const made = bilat(['db', 'seed', '--db', db], { env: { BILAT_SEED: 'curated' } });
    expect(made.code, made.stderr).toBe(0);
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs `bilat` and returns its exit code, output and the built files it loaded. */
  function traced(args: string[]) {
    const log = join(dir, `loads-${Math.random().toString(36).slice(2)}.txt`);
    const result = spawnSync(process.execPath, ['--import', LOAD_LOG, BIN, ...args], { encoding: 'utf8', env: { ...process.env, BILAT_LOAD_LOG: log, DATABASE_URL: '', BILAT_API_URL: '' } });
    const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    const files = urls.filter((url) => url.startsWith('file:') && url.includes('/apps/cli/dist/')).map((url) => fileURLToPath(url));
    return { ...result, files };
  }

  it('`bilat --version` loads commander and nothing heavy', () => {
    const run = traced(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(heavyIn(run.files)).toEqual(['commander']);
  });

  it('`bilat pairs` on a migrated SQLite file reads the kept summaries with Kysely alone: no zod, no API, no UI', () => {
    const run = traced(['pairs', '--limit', '5', '--db', db]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/KZ-LT\s+Kazakhstan – Lithuania/);
    expect(heavyIn(run.files)).toEqual(['commander', 'kysely', 'the country table']);
  });

  it('`bilat meetings --json` on a migrated SQLite file reads the meetings with Kysely alone: no zod, no API, no UI', () => {
    const run = traced(['meetings', '--json', '--limit', '1', '--country', 'KZ', '--kind', 'political-consultations', '--db', db]);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).items).toHaveLength(1);
    expect(heavyIn(run.files)).toEqual(['commander', 'kysely', 'the country table']);
  });

  it('`bilat meetings` as a table loads the API (places and renderers) but not the UI, nor the watcher', () => {
    const run = traced(['meetings', '--limit', '1', '--db', db]);
    expect(run.status, run.stderr).toBe(0);
    expect(heavyIn(run.files)).toEqual(['commander', 'zod', 'kysely', 'the country table', 'tRPC']);
  });
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmenterOnDemand, stringWidthFastPaths, styledCharsFastPaths, yogaWithoutFetch } from '../build/dependency-patches.js';

/*
 * The UI's bundle carries ansi-tokenize and string-width with start-up fast paths
 * (build/dependency-patches.ts). Here each library is bundled twice, as the UI's build
 * does, with and without them, and the two must give the same tokens, styled cells, text
 * and widths for lines of every shape Ink writes: plain, styled, linked, wide, combining,
 * emoji, control characters.
 */

interface AnsiTokenize {
  tokenize(text: string, endChar?: number): unknown[];
  styledCharsFromTokens(tokens: unknown[]): { value: string; styles: unknown[] }[];
  styledCharsToString(chars: unknown[]): string;
}

const ESC = '\u001B';
const LINES = [
  '',
  'plain ASCII text, 123 (a) [b] {c} ~!@#$%^&*',
  `${ESC}[1mbold${ESC}[22m and ${ESC}[2mdim${ESC}[22m`,
  `${ESC}[1;3;31mcompound${ESC}[0m rest`,
  `${ESC}[38;5;208morange${ESC}[39m ${ESC}[48;2;10;20;30mtrue colour${ESC}[49m`,
  `${ESC}[36m› KZ  Kazakhstan${ESC}[39m   ${ESC}[2m17${ESC}[22m`,
  `${ESC}]8;;https://example.org${'\u0007'}link${ESC}]8;;${'\u0007'} after`,
  `${ESC}[ not a code, ${ESC}x nor this`,
  `an escape at the end ${ESC}`,
  'tabs\tand\tDEL\u007f and a bell \u0007',
  'carriage return\r\nline feed',
  'lone\rreturn',
  'Côte d’Ivoire – Curaçao – Türkiye – Åland',
  `${ESC}[1mCôte d’Ivoire${ESC}[22m`,
  'e\u0301 combining, a\u0308 too',
  '中文 wide 日本語',
  'flag 🇰🇿 family 👨‍👩‍👧 heart ❤️ keycap 1️⃣',
  `${ESC}[31m中${ESC}[39m${ESC}[32m🇱🇹${ESC}[39m`,
  'ascii then a mark at the very end e\u0301',
];

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** Every copy of string-width the UI's bundle holds: Ink's, widest-line's, cli-truncate's and bilat's own. */
const STRING_WIDTHS = ['ink/node_modules/', 'widest-line/node_modules/', 'cli-truncate/node_modules/', ''].map((prefix) =>
  join(ROOT, 'node_modules', `${prefix}string-width`, 'index.js'),
);

let workDir: string;
let patched: AnsiTokenize;
let original: AnsiTokenize;

async function bundle<T>(name: string, plugins: (typeof segmenterOnDemand)[], source = "export { tokenize, styledCharsFromTokens, styledCharsToString } from '@alcalzone/ansi-tokenize';\n"): Promise<T> {
  const entry = join(workDir, `${name}-entry.ts`);
  await writeFile(entry, source);
  const outDir = join(workDir, name);
  await build({
    entry: [entry],
    outDir,
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    noExternal: [/.*/],
    esbuildPlugins: plugins,
    esbuildOptions: (options) => {
      // Resolve the library from this package, as the UI's build does, not from the temporary folder.
      options.nodePaths = [join(import.meta.dirname, '..', 'node_modules'), join(import.meta.dirname, '..', '..', '..', 'node_modules')];
    },
    config: false,
    silent: true,
    dts: false,
    sourcemap: false,
  });
  return import(pathToFileURL(join(outDir, `${name}-entry.js`)).href) as Promise<T>;
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'bilat-patches-'));
  [patched, original] = await Promise.all([bundle<AnsiTokenize>('patched', [styledCharsFastPaths, segmenterOnDemand]), bundle<AnsiTokenize>('original', [])]);
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('the bundled ansi-tokenize with start-up fast paths', () => {
  it('is the patched copy (the fast paths are in it)', async () => {
    const text = (name: string) => readFile(join(workDir, name, `${name}-entry.js`), 'utf8');
    expect(await text('patched')).toContain('LoneSegments');
    expect(await text('patched')).toContain('bilatSameStyle');
    expect(await text('original')).not.toContain('LoneSegments');
  });

  it.each(LINES.map((line) => [JSON.stringify(line), line]))('tokenises %s as the original does', (_, line) => {
    expect(patched.tokenize(line)).toEqual(original.tokenize(line));
    for (const endChar of [1, 5, 12]) expect(patched.tokenize(line, endChar)).toEqual(original.tokenize(line, endChar));
  });

  it.each(LINES.map((line) => [JSON.stringify(line), line]))('styles the cells of %s and writes them back as the original does', (_, line) => {
    const cells = patched.styledCharsFromTokens(patched.tokenize(line));
    expect(cells).toEqual(original.styledCharsFromTokens(original.tokenize(line)));
    expect(patched.styledCharsToString(cells)).toBe(original.styledCharsToString(original.styledCharsFromTokens(original.tokenize(line))));
  });

  it('writes a row put together from several lines, as Ink does, as the original does', () => {
    const row = (lib: AnsiTokenize) => LINES.flatMap((line) => lib.styledCharsFromTokens(lib.tokenize(line)));
    expect(patched.styledCharsToString(row(patched))).toBe(original.styledCharsToString(row(original)));
  });

  it('keeps a style list unchanged once characters carry it (they share it)', () => {
    const cells = patched.styledCharsFromTokens(patched.tokenize(`${ESC}[1mab${ESC}[31mc${ESC}[0md`));
    expect(cells.map((cell) => cell.styles.length)).toEqual([1, 1, 2, 0]);
    expect(cells[0]!.styles).toBe(cells[1]!.styles);
    expect(cells[2]!.styles).not.toBe(cells[1]!.styles);
  });
});

type StringWidth = (text: string, options?: { ambiguousIsNarrow?: boolean }) => number;

describe('the bundled copies of string-width with start-up fast paths', () => {
  const texts = [
    ...LINES,
    ...Array.from({ length: 0x300 - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)),
    ...Array.from({ length: 0x2200 - 0x2000 }, (_, i) => `a${String.fromCodePoint(0x2000 + i)}b`),
    'Åland Islands',
    'Saint Barthélemy',
    '↑↓ move · Enter open · Esc back · p pairs · / search · ? help · q quit',
  ];

  it.each(STRING_WIDTHS.map((file) => [file.slice(ROOT.length + 1), file]))('%s measures as the original does, with and without options', async (_, file) => {
    const source = `export { default } from ${JSON.stringify(file)};\n`;
    const name = file.slice(ROOT.length + 1).replace(/\W+/g, '-');
    const [mine, theirs] = await Promise.all([
      bundle<{ default: StringWidth }>(`${name}patched`, [stringWidthFastPaths], source),
      bundle<{ default: StringWidth }>(`${name}original`, [], source),
    ]);
    expect(texts.map((text) => mine.default(text))).toEqual(texts.map((text) => theirs.default(text)));
    expect(texts.map((text) => mine.default(text, { ambiguousIsNarrow: false }))).toEqual(texts.map((text) => theirs.default(text, { ambiguousIsNarrow: false })));
    expect(String(mine.default)).toContain('bilatStringWidth');
    // string-width 8's emoji pattern is made when first tested (the texts above include emoji).
    if (file !== join(ROOT, 'node_modules', 'string-width', 'index.js')) {
      expect(await readFile(join(workDir, `${name}patched`, `${name}patched-entry.js`), 'utf8')).toContain('bilatRgiEmojiRegex ??=');
    }
  });
});

interface YogaNode {
  setWidth(width: number): void;
  setHeight(height: number): void;
  setFlexGrow(grow: number): void;
  setPadding(edge: number, value: number): void;
  insertChild(child: YogaNode, index: number): void;
  calculateLayout(width?: number, height?: number, direction?: number): void;
  getComputedLayout(): { left: number; top: number; width: number; height: number };
}
interface Yoga {
  Node: { create(): YogaNode };
  EDGE_ALL: number;
  DIRECTION_LTR: number;
}

describe('the bundled Yoga without fetch, decoding its WebAssembly with Buffer', () => {
  it('instantiates and lays out a tree as the original does', async () => {
    const source = "export { default } from 'yoga-layout';\n";
    const [mine, theirs] = await Promise.all([bundle<{ default: Yoga }>('yoga-patched', [yogaWithoutFetch], source), bundle<{ default: Yoga }>('yoga-original', [], source)]);
    expect(await readFile(join(workDir, 'yoga-patched', 'yoga-patched-entry.js'), 'utf8')).toContain('Buffer.from(a.slice(37), "base64")');
    const layout = (yoga: Yoga) => {
      const root = yoga.Node.create();
      root.setWidth(120);
      root.setHeight(40);
      root.setPadding(yoga.EDGE_ALL, 1);
      const children = [1, 2, 3].map((grow, index) => {
        const child = yoga.Node.create();
        child.setFlexGrow(grow);
        root.insertChild(child, index);
        return child;
      });
      root.calculateLayout(undefined, undefined, yoga.DIRECTION_LTR);
      return [root, ...children].map((node) => node.getComputedLayout());
    };
    expect(layout(mine.default)).toEqual(layout(theirs.default));
    // A column (Yoga's default) of 38 rows inside the padding, shared 1 : 2 : 3.
    expect(layout(mine.default)[3]).toMatchObject({ width: 118, height: 19 });
  });
});

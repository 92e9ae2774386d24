import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/*
 * Edits to bundled dependencies of the terminal UI, each for its start-up time. They are
 * applied as the bundle is built (tsup.config.ts), never to node_modules, and
 * test/dependency-patches.test.ts holds each patched module's answers equal to the
 * original's.
 */

export interface Edit {
  find: string;
  replace: string;
  times: number;
}

/**
 * A bundled dependency's file, edited as it is bundled: each `find` must occur exactly
 * `times` times, or the build fails, so that a new version of the dependency is looked at
 * rather than quietly patched wrong (or not at all); edits given as a function of the
 * file's path serve copies of different versions. `around` adds text before and after.
 */
export function patchDependency(name: string, file: RegExp, edits: Edit[] | ((path: string) => Edit[]), around: { before?: string; after?: string } = {}): Plugin {
  return {
    name,
    setup(build) {
      build.onLoad({ filter: file }, async (args) => {
        let source = await readFile(args.path, 'utf8');
        for (const { find, replace, times } of typeof edits === 'function' ? edits(args.path) : edits) {
          const found = source.split(find).length - 1;
          if (found !== times) throw new Error(`${name}: expected ${JSON.stringify(find)} ${times} time(s) in ${args.path}, found ${found}`);
          source = source.replaceAll(find, replace);
        }
        return { contents: (around.before ?? '') + source + (around.after ?? ''), loader: 'js' };
      });
    },
  };
}

/*
 * Yoga (Ink's layout engine) carries its WebAssembly as a base64 data: URL, which its
 * Emscripten loader reads with fetch() whenever there is one. In Node that first use of
 * fetch loads undici, tens of milliseconds at every start of the UI, to decode a string
 * the loader decodes by itself (atob) when there is no fetch. The bundled copy is told
 * there is none.
 */
export const yogaWithoutFetch = patchDependency('yoga-without-fetch', /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/, [
  { find: '"function"!=typeof fetch', replace: 'true', times: 2 },
  // Then it decoded the base64 with atob and copied the text into bytes a character at a
  // time (about 90 KB, in code not yet optimised: a few ms); Buffer decodes it natively, to
  // the same bytes (the text is Yoga's own, valid base64; a test compares the two).
  {
    find: 'var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c',
    replace: 'var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))',
    times: 1,
  },
]);

/*
 * Ink draws every frame as a grid of cells (120 × 40 is 4,800) and turns each row back
 * into text with @alcalzone/ansi-tokenize's styledCharsToString, which works out the
 * escape codes between every two neighbouring cells: three Sets and four arrays per cell,
 * even between two blanks. On a cold start (code not yet optimised) that was the largest
 * part of the first frame. Neighbours with the same style (nearly all of them) need no
 * codes, which the diff would also find: the bundled copy compares the two styles first
 * and diffs only when they differ. (The library's 0.3.2 does the same, but Ink 6, the
 * last Ink for Node 20, asks for 0.2.)
 *
 * Before that, each line Ink writes becomes cells in styledCharsFromTokens, which gave
 * every character a spread copy of itself and of the style in force. The style list is
 * never changed in place (the reducer returns a new one for each code), so the characters
 * between two codes share it: fewer objects, and the neighbours' comparison above is then
 * mostly one identity check.
 */
export const styledCharsFastPaths = patchDependency(
  'ansi-tokenize-styled-chars',
  /@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/,
  [
    {
      find: 'ret.push({\n                ...token,\n                styles: [...codes],\n            });',
      replace: 'ret.push({ type: token.type, value: token.value, fullWidth: token.fullWidth, styles: codes });',
      times: 1,
    },
    {
      find: 'else {\n            ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
      replace: 'else if (!bilatSameStyle(chars[i - 1].styles, char.styles)) {\n            ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
      times: 1,
    },
  ],
  // The diff reads only each code's start and end: styles equal in those, in order, have none.
  {
    after: `
function bilatSameStyle(from, to) {
    if (from === to) return true;
    if (from.length !== to.length) return false;
    for (let i = 0; i < from.length; i++) {
        if (from[i].code !== to[i].code || from[i].endCode !== to[i].endCode) return false;
    }
    return true;
}
`,
  },
);

/*
 * string-width (Ink's, widest-line's and cli-truncate's copies, and bilat's own),
 * slice-ansi and ansi-tokenize each make an Intl.Segmenter as they load, and walk every
 * line of the UI's frame through it grapheme by grapheme. The bundled copies make
 * src/graphemes.ts's Segmenter instead: ICU's is made only when a text needs it (the first
 * costs 12–20 ms), and text whose characters each stand alone is walked without it.
 */
const GRAPHEMES = fileURLToPath(new URL('../src/graphemes.ts', import.meta.url));
const segmenterEdit: Edit = { find: 'new Intl.Segmenter(', replace: 'new BilatSegmenter(', times: 1 };
const importSegmenter = `import { Segmenter as BilatSegmenter } from ${JSON.stringify(GRAPHEMES)};\n`;

export const segmenterOnDemand = patchDependency(
  'segmenter-on-demand',
  /(slice-ansi[\\/]tokenize-ansi|@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize)\.js$/,
  [segmenterEdit],
  { before: importSegmenter },
);

/*
 * string-width also tried Unicode-property patterns on text that needs none (the emoji
 * pattern alone is costly to compile cold): the bundled copies answer text of narrow
 * characters by its length (src/narrow-text.ts, the rule bilat's tables use) when called
 * with the default options, and measure anything else as before.
 */
const NARROW_TEXT = fileURLToPath(new URL('../src/narrow-text.ts', import.meta.url));

const stringWidthEdits: Edit[] = [segmenterEdit, { find: 'export default function stringWidth(', replace: 'function bilatStringWidth(', times: 1 }];

/*
 * string-width 8 (Ink's, widest-line's and cli-truncate's copies) also makes its emoji
 * pattern, /^\p{RGI_Emoji}$/v, as it loads: the first such pattern in a process builds
 * ICU's set of emoji sequences (about 6 ms), for text the fast path above never sends it.
 * It is made when first tested instead; the pattern is used only through test(), and
 * without the g or y flag test() keeps no state, so the stand-in's answers are the same.
 */
const lazyEmojiPattern: Edit[] = [
  // Unchanged text, checked: the name occurs twice, its declaration and one test() call.
  { find: 'rgiEmojiRegex', replace: 'rgiEmojiRegex', times: 2 },
  { find: 'rgiEmojiRegex.test(segment)', replace: 'rgiEmojiRegex.test(segment)', times: 1 },
  {
    find: 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;',
    replace: 'let bilatRgiEmojiRegex;\nconst rgiEmojiRegex = { test: (text) => (bilatRgiEmojiRegex ??= /^\\p{RGI_Emoji}$/v).test(text) };',
    times: 1,
  },
];
const STRING_WIDTH_8 = /(ink|widest-line|cli-truncate)[\\/]node_modules[\\/]string-width[\\/]index\.js$/;

export const stringWidthFastPaths = patchDependency(
  'string-width-fast-paths',
  /string-width[\\/]index\.js$/,
  (path) => (STRING_WIDTH_8.test(path) ? [...stringWidthEdits, ...lazyEmojiPattern] : stringWidthEdits),
  {
    before: `${importSegmenter}import { narrowWidth as bilatNarrowWidth } from ${JSON.stringify(NARROW_TEXT)};\n`,
    after: `
export default function stringWidth(text, options) {
    if (options === undefined && typeof text === "string") {
        const width = bilatNarrowWidth(text);
        if (width !== undefined) return width;
    }
    return bilatStringWidth(text, options);
}
`,
  },
);

/** Every patch, in the order the bundle applies them. */
export const dependencyPatches: Plugin[] = [yogaWithoutFetch, styledCharsFastPaths, segmenterOnDemand, stringWidthFastPaths];

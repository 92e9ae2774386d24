import { defineConfig } from 'tsup';

export default defineConfig({
  // The scorer is its own entry, so the extractor's users never load it.
  entry: { index: 'src/index.ts', 'evaluation/index': 'src/evaluation/index.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  // es2022, not node20: for a node20 target esbuild rewrites regular expressions with \p{…} (and
  // lookbehinds) as `new RegExp(…)` at their place, so one inside a function is compiled again on
  // every call; Node 20 runs them as written, and es2022 keeps them literals.
  target: 'es2022',
});

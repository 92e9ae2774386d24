import { defineConfig } from 'tsup';

export default defineConfig({
  // The scorer is its own entry, so the extractor's users never load it.
  entry: { index: 'src/index.ts', 'evaluation/index': 'src/evaluation/index.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});

import { defineConfig } from 'tsup';

export default defineConfig({
  // The test newsroom is its own entry, so the watcher's users never load it.
  entry: { index: 'src/index.ts', testing: 'src/testing.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
});

import { defineConfig } from 'tsup';

export default defineConfig({
  // `summaries` is the quick read path: it must stay free of @bilat/domain's index (zod).
  entry: ['src/index.ts', 'src/config.ts', 'src/testing.ts', 'src/summaries.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
});

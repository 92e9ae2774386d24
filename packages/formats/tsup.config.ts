import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/describe.ts', 'src/jsonld.ts', 'src/labels.ts', 'src/ics.ts', 'src/csv.ts', 'src/briefing.ts', 'src/inbox.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
});

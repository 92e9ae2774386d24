import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/server.ts', 'src/openapi.ts', 'src/openapi-compat.ts', 'src/rest.ts', 'src/imports.ts', 'src/node-flags.ts', 'src/dossier-worker.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
});

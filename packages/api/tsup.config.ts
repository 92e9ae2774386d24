import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base.js';

export default defineConfig({
  ...packageBuild,
  entry: ['src/index.ts', 'src/server.ts', 'src/openapi.ts', 'src/openapi-compat.ts', 'src/rest.ts', 'src/imports.ts', 'src/node-flags.ts', 'src/dossier-worker.ts'],
});

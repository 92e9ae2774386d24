import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base.js';

export default defineConfig({
  ...packageBuild,
  // `summaries` is the quick read path: it must stay free of @bilat/domain's index (zod);
  // `summary-file` the quickest (the countries from a SQLite file): of Kysely as well.
  entry: ['src/index.ts', 'src/config.ts', 'src/testing.ts', 'src/summaries.ts', 'src/summary-file.ts'],
});

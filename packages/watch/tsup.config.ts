import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base.js';

export default defineConfig({
  ...packageBuild,
  // The test newsroom is its own entry, so the watcher's users never load it.
  // `every` (the schedule's periods) is its own entry too: the API's router reads it without the fetcher and parsers.
  entry: { index: 'src/index.ts', testing: 'src/testing.ts', every: 'src/every.ts' },
});

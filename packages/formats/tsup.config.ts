import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base.js';

export default defineConfig({
  ...packageBuild,
  entry: ['src/index.ts', 'src/describe.ts', 'src/jsonld.ts', 'src/labels.ts', 'src/ics.ts', 'src/csv.ts', 'src/briefing.ts', 'src/inbox.ts'],
});

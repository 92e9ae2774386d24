import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base.js';

export default defineConfig({
  ...packageBuild,
  // The scorer is its own entry, so the extractor's users never load it.
  entry: { index: 'src/index.ts', 'evaluation/index': 'src/evaluation/index.ts' },
});

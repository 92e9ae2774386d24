import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base.js';

export default defineConfig({
  ...packageBuild,
  entry: {
    index: 'src/index.ts',
    kinds: 'src/kinds.ts',
    'bundle/index': 'src/bundle/index.ts',
    'bundle/yaml': 'src/bundle/yaml.ts',
    measures: 'src/measures.ts',
    // Zod-free entries, so the command line's start-up can use the party table, regions,
    // dates, text folding and the id rule alone.
    parties: 'src/parties.ts',
    regions: 'src/regions.ts',
    dates: 'src/partial-date.ts',
    text: 'src/text.ts',
    'id-rule': 'src/id-rule.ts',
  },
  // The English names are JSON; inline them so the built module needs no JSON import support.
  noExternal: [/i18n-iso-countries\/langs/],
});

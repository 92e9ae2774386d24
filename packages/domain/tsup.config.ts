import { defineConfig } from 'tsup';

export default defineConfig({
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
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  // es2022, not node20: for a node20 target esbuild rewrites regular expressions with \p{…} (and
  // lookbehinds) as `new RegExp(…)` at their place, so one inside a function is compiled again on
  // every call; Node 20 runs them as written, and es2022 keeps them literals.
  target: 'es2022',
  // The English names are JSON; inline them so the built module needs no JSON import support.
  noExternal: [/i18n-iso-countries\/langs/],
});

import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/kinds.ts', 'src/bundle/index.ts', 'src/bundle/yaml.ts', 'src/measures.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // The English names are JSON; inline them so the built module needs no JSON import support.
  noExternal: [/i18n-iso-countries\/langs/],
});

import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  // ES modules and CommonJS, each with its declarations: the package installs into either kind of project.
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // Browsers and every runtime with fetch, not only Node.
  platform: 'neutral',
  target: 'es2022',
  external: ['@trpc/client', '@trpc/server'],
});

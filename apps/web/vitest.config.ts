import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig({
  resolve: { alias: { '~': src } },
  // tsconfig keeps JSX for Next to compile; tests compile it themselves.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    // better-sqlite3 is a native addon: forked processes, not worker threads.
    pool: 'forks',
    projects: [
      {
        // Pure modules, tested beside their code: no build, no server, no browser.
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['test/**/*.test.ts'],
          // One production server and one browser for the whole suite: files run one after another.
          fileParallelism: false,
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Databases the commands create seed the curated set only (quick); a test that wants the
    // Office of the Historian's bundle too passes BILAT_SEED='' to the command.
    env: { BILAT_SEED: 'curated' },
    projects: [
      {
        extends: true,
        test: { name: 'cli', include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'], exclude: ['test/terminal.test.ts'] },
      },
      {
        // The real-terminal test runs after the rest, alone: its timing is a real terminal's.
        extends: true,
        test: { name: 'terminal', include: ['test/terminal.test.ts'], sequence: { groupOrder: 1 } },
      },
    ],
  },
});

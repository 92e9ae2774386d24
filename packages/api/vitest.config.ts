import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // better-sqlite3 is a native addon: run test files in forked processes, not worker threads.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Answers the server builds itself are validated against their schemas in tests only (trpc.ts).
    env: { BILAT_VALIDATE_OUTPUT: '1' },
  },
});

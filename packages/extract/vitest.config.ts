import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Records the extractor builds itself are parsed by their schemas only under test (src/checked-records.ts).
    env: { BILAT_VALIDATE_OUTPUT: '1' },
  },
});

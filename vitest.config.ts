import { defineConfig } from 'vitest/config';

// Apps Script runs in the script's time zone (appsscript.json: Asia/Ho_Chi_Minh); so do the tests, so that a
// Date's local hours mean the same here as there.
process.env.TZ = 'Asia/Ho_Chi_Minh';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'threads',
    testTimeout: 60_000,
    env: { TZ: 'Asia/Ho_Chi_Minh' },
  },
});

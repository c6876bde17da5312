import { defineConfig } from 'vitest/config';
import SlowFirst from './test/slow-first.mjs';

// Apps Script runs in the script's time zone (appsscript.json: Asia/Ho_Chi_Minh); so do the tests, so that a
// Date's local hours mean the same here as there.
process.env.TZ = 'Asia/Ho_Chi_Minh';

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-locks.ts'],
    pool: 'threads',
    // Vitest leaves one core to the main process by default: on the 2-core CI machine that is one worker, the suite run
    // file after file. The main process only collects results; two workers halve the wall time. Tests share nothing on
    // disk (each its own mkdtemp) and each worker has its own emulators.
    maxWorkers: 2,
    // The files that take minutes first, beside the short ones (test/slow-first.mjs).
    sequence: { sequencer: SlowFirst },
    // No test asserts how long anything takes (speed is reported by `npm run bench`). These limits only catch a
    // hang: far above any honest run, even with every core of a shared machine busy with other work.
    testTimeout: 15 * 60_000,
    hookTimeout: 15 * 60_000,
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    projects: [
      // The core's tests share their worker's modules: each file otherwise loaded the core afresh, about half of
      // test/core's time. The core is pure functions of its inputs (no Apps Script, no emulator; its few caches are
      // keyed by their inputs), so what one file leaves in them is what another would compute.
      { extends: true, test: { name: 'core', include: ['test/core/**/*.test.ts'], isolate: false } },
      // Every other file gets its worker afresh: they make emulators, load the bundle, write files and time zones.
      { extends: true, test: { name: 'office', include: ['test/**/*.test.ts'], exclude: ['test/core/**'] } },
    ],
  },
});

import { defineConfig } from 'vitest/config';
import SlowFirst from './test/slow-first.mjs';

// Apps Script runs in the script's time zone (appsscript.json: Asia/Ho_Chi_Minh); so do the tests, so that a
// Date's local hours mean the same here as there.
process.env.TZ = 'Asia/Ho_Chi_Minh';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-locks.ts'],
    // Each worker a process that keeps its modules from one test file to the next (the emulator, the helpers, the
    // core), not a thread that loads them afresh for every file (1-2 s a file, 209 files). Nothing a test needs lives
    // in shared module state: every test makes its own emulator, the bundle runs in vm contexts of its own
    // (emulator/harness.ts), and the core's caches are keyed by their inputs.
    pool: 'forks',
    isolate: false,
    // A young generation of 64 MB rather than V8's 16: the emulated runs allocate fast and briefly, and scavenging a
    // small one was about a sixth of the suite's CPU (the sweep of the mail jobs: 56 s of CPU → 46 s).
    execArgv: ['--max-semi-space-size=64'],
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
  },
});

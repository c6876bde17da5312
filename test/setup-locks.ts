// Every emulated office a test makes is held to one rule of the platform (facts file: "flush() before releasing a
// lock that guards sheet writes"): no execution that completed let a lock go while its SpreadsheetApp writes were
// still queued — another execution could take the lock and read the tabs without them. An execution that failed or
// was killed is not held to it: it could not flush. (emulator/lock.ts records the releases; this checks them.)
import { afterEach, expect } from 'vitest';
import type { Emulator } from '../emulator/index';
import { WATCHED_KEY, unflushedReleases } from './lock-check';

// emulator/index.ts pushes each emulator it makes onto the array under this symbol (WATCH_EMULATORS there: named here
// by its key, so that a test file that makes no emulator does not load the emulator for this check).
const watched: Emulator[] = [];
(globalThis as Record<symbol, unknown>)[WATCHED_KEY] = watched;

afterEach(() => {
  const unflushed: string[] = [];
  for (const emu of watched.splice(0)) unflushed.push(...unflushedReleases(emu));
  expect(unflushed, 'locks let go with writes not committed').toEqual([]);
});

// Every emulated office a test makes is held to one rule of the platform (facts file: "flush() before releasing a
// lock that guards sheet writes"): no execution that completed let a lock go while its SpreadsheetApp writes were
// still queued — another execution could take the lock and read the tabs without them. An execution that failed or
// was killed is not held to it: it could not flush. (emulator/lock.ts records the releases; this checks them.)
import { afterEach, expect } from 'vitest';
import type { Emulator } from '../emulator/index';

// emulator/index.ts pushes each emulator it makes onto the array under this symbol (WATCH_EMULATORS there: named here
// by its key, so that a test file that makes no emulator does not load the emulator for this check).
const watched: Emulator[] = [];
(globalThis as Record<symbol, unknown>)[Symbol.for('apps-script-emulator.watch')] = watched;

afterEach(() => {
  const unflushed: string[] = [];
  for (const emu of watched.splice(0)) {
    for (const u of emu.locks.unflushedReleases) {
      const exec = emu.runtime.executions.find((e) => e.id === u.execution);
      if (exec && exec.error === undefined) unflushed.push(`${u.label} (execution ${u.execution}): the ${u.key} lock let go by ${u.how === 'end' ? 'its end' : 'releaseLock'} with SpreadsheetApp writes not flushed`);
    }
  }
  expect(unflushed, 'locks let go with writes not committed').toEqual([]);
});

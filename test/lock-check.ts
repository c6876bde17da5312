// The suite's lock rule (facts file: "flush() before releasing a lock that guards sheet writes"), for one emulator:
// every lock an execution that completed let go while its SpreadsheetApp writes were still queued — another execution
// could take the lock and read the tabs without them. An execution that failed or was killed is not held to it: it
// could not flush. (emulator/lock.ts records the releases.) test/setup-locks.ts checks every emulator a test made after
// the test; a sweep checks each of its points' as it goes (test/bundle/sweep.ts), so as not to keep thousands alive.
import type { Emulator } from '../emulator/index';

/** The releases of `emu` that broke the rule, described. */
export function unflushedReleases(emu: Emulator): string[] {
  const out: string[] = [];
  for (const u of emu.locks.unflushedReleases) {
    const exec = emu.runtime.executions.find((e) => e.id === u.execution);
    if (exec && exec.error === undefined) out.push(`${u.label} (execution ${u.execution}): the ${u.key} lock let go by ${u.how === 'end' ? 'its end' : 'releaseLock'} with SpreadsheetApp writes not flushed`);
  }
  return out;
}

/** The emulators made since the last check (emulator/index.ts WATCH_EMULATORS, by its key). */
export const WATCHED_KEY = Symbol.for('apps-script-emulator.watch');

/** Checked now, by the caller, rather than after the test: `emu` is no longer kept for the check. */
export function checkedNow(emu: Emulator): void {
  const watched = (globalThis as Record<symbol, unknown>)[WATCHED_KEY];
  if (!Array.isArray(watched)) return;
  const i = watched.indexOf(emu);
  if (i >= 0) watched.splice(i, 1);
}

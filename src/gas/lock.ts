// The script lock guards every write to shared tabs: concurrent form submissions run concurrent triggers.

/** How long a job waits for another to finish before giving up (Apps Script's waitLock). */
export const LOCK_WAIT_MS = 30_000;

/** Runs fn holding the script lock; throws Apps Script's own "Lock timeout" error when it cannot be had. */
export function withScriptLock<T>(waitMs: number, fn: () => T): T {
  const lock = LockService.getScriptLock();
  lock.waitLock(waitMs);
  try {
    return fn();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

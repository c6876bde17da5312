// The script lock guards every write to shared tabs: concurrent form submissions run concurrent triggers.
import { LockBusy } from './errors';
import { writtenLinesCommitted } from './line-counts';
import { lockReleased, writeStateSoon } from './properties';

/** How long a job waits for another to finish before giving up (Apps Script's waitLock). */
export const LOCK_WAIT_MS = 30_000;

/**
 * SpreadsheetApp.flush(), tried once more when it fails (a passing error of the service): before a lock goes, writes left
 * queued would be read without by the next holder. Throws the second failure. Once it went through, the lines appended
 * through SpreadsheetApp are in their tabs: counted (src/gas/line-counts.ts), with the state the lock's holder writes.
 */
export function flushWithRetry(): void {
  try {
    SpreadsheetApp.flush();
  } catch {
    // A moment for the service to recover (review diff36 L4: at once, it would likely fail the same way).
    Utilities.sleep(FLUSH_RETRY_MS);
    SpreadsheetApp.flush();
  }
  writtenLinesCommitted();
}

const FLUSH_RETRY_MS = 1000;

/**
 * Runs fn holding the script lock; throws LockBusy (carrying Apps Script's own message) when it cannot be had, so
 * a caller can tell "busy, come back later" from a failure without reading the message.
 */
export function withScriptLock<T>(waitMs: number, fn: () => T): T {
  const lock = LockService.getScriptLock();
  try {
    lock.waitLock(waitMs);
  } catch (err) {
    throw new LockBusy(err);
  }
  try {
    return fn();
  } finally {
    // The state is written and the lock let go even when the flush fails (its error then ends the run).
    try {
      flushWithRetry();
    } finally {
      try {
        writeStateSoon();
      } finally {
        lock.releaseLock();
        lockReleased();
      }
    }
  }
}

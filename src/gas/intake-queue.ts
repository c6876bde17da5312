// The queue of submissions that could not be handled at once: one script property per submitted row, written without
// the lock (a key of its own, so concurrent writers never overwrite each other). A trigger that finds the lock busy
// queues its row and makes sure a continuation comes back for the queue (src/jobs/on-submit.ts), so nothing waits for
// the nightly rebuild; whoever holds the lock next handles every queued row. A trigger that gets the lock handles its
// own row directly, queuing it only if that fails.
import { cachedPrefixed, deleteRaw, writeRaw } from './properties';

const PREFIX = 'intake.queue.';

export interface QueuedRow {
  /** Its property, or null for the row of the running trigger (never queued). */
  key: string | null;
  row: number;
}

/** Queues row `row` of the registration tab (idempotent: an edit of a queued row is the same entry). */
export function enqueueRow(row: number): void {
  writeRaw({ [PREFIX + row]: String(Date.now()) });
}

/**
 * Every queued row, oldest first, from the properties this execution read (the caller reads them fresh under the
 * lock: reloadUnderLock).
 */
export function queuedRows(): QueuedRow[] {
  const raw = cachedPrefixed(PREFIX);
  return Object.keys(raw)
    .map((key) => ({ key, row: Number(key.slice(PREFIX.length)), at: Number(raw[key]) || 0 }))
    .filter((q) => q.row >= 2)
    .sort((a, b) => a.at - b.at || a.row - b.row)
    .map(({ key, row }) => ({ key, row }));
}

/** Takes handled rows off the queue. */
export function dequeue(rows: readonly QueuedRow[]): void {
  const keys = rows.map((q) => q.key).filter((k): k is string => k !== null);
  if (keys.length) deleteRaw(keys);
}

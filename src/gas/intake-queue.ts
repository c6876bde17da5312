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
  /**
   * The row's timestamp when it was queued (epoch ms), when known: a row is a place, not a registration — sorted or
   * with a row deleted above it, the tab holds another one there by the time the queue is handled.
   */
  at?: number;
}

/**
 * Queues row `row` of the registration tab with its timestamp `at` when known (idempotent: an edit of a queued row is
 * the same entry). The value: when it was queued, then the row's timestamp.
 */
export function enqueueRow(row: number, at?: number): void {
  writeRaw({ [PREFIX + row]: at === undefined ? String(Date.now()) : `${Date.now()} ${at}` });
}

/**
 * Every queued row, oldest first, from the properties this execution read (the caller reads them fresh under the
 * lock: reloadUnderLock).
 */
export function queuedRows(): QueuedRow[] {
  const raw = cachedPrefixed(PREFIX);
  return Object.keys(raw)
    .map((key) => {
      const [queued, stamp] = String(raw[key]).split(' ');
      return { key, row: Number(key.slice(PREFIX.length)), queued: Number(queued) || 0, at: Number(stamp) || undefined };
    })
    .filter((q) => q.row >= 2)
    .sort((a, b) => a.queued - b.queued || a.row - b.row)
    .map(({ key, row, at }) => (at === undefined ? { key, row } : { key, row, at }));
}

/** Takes handled rows off the queue. */
export function dequeue(rows: readonly QueuedRow[]): void {
  const keys = rows.map((q) => q.key).filter((k): k is string => k !== null);
  if (keys.length) deleteRaw(keys);
}

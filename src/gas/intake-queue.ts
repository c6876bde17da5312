// The queue of submissions waiting for the script lock: one script property per submitted row, written without the
// lock (a key of its own, so concurrent writers never overwrite each other) before the trigger waits for the lock.
// Whoever holds the lock next handles every queued row, so a trigger that gives up waiting loses nothing: for it to
// give up, another execution must have taken the lock after its row was queued, and that one drains the queue.
import { deleteRaw, readPrefixed, writeRaw } from './properties';

const PREFIX = 'intake.queue.';

export interface QueuedRow {
  key: string;
  row: number;
}

/** Queues row `row` of the registration tab (idempotent: an edit of a queued row is the same entry). */
export function enqueueRow(row: number): void {
  writeRaw({ [PREFIX + row]: String(Date.now()) });
}

/** Every queued row, oldest first (read from the store, not a cache: other executions write it). */
export function queuedRows(): QueuedRow[] {
  const raw = readPrefixed(PREFIX);
  return Object.keys(raw)
    .map((key) => ({ key, row: Number(key.slice(PREFIX.length)), at: Number(raw[key]) || 0 }))
    .filter((q) => q.row >= 2)
    .sort((a, b) => a.at - b.at || a.row - b.row)
    .map(({ key, row }) => ({ key, row }));
}

/** Takes handled rows off the queue. */
export function dequeue(rows: readonly QueuedRow[]): void {
  if (rows.length) deleteRaw(rows.map((q) => q.key));
}

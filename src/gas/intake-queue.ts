// The queue of submissions that could not be handled at once: one script property per submitted row, written without
// the lock (a key of its own, so concurrent writers never overwrite each other). A trigger that finds the lock busy
// queues its row and makes sure a continuation comes back for the queue (src/jobs/on-submit.ts), so nothing waits for
// the nightly rebuild; whoever holds the lock next handles every queued row. A trigger that gets the lock handles its
// own row directly, queuing it only if that fails.
import { fnv1a32 } from '../core/text';
import { cachedPrefixed, deleteRaw, writeRaw } from './properties';

const PREFIX = 'intake.queue.';

export interface QueuedRow {
  /** Its property, or null for the row of the running trigger (never queued). */
  key: string | null;
  row: number;
  /**
   * The row as the event gave it (rowStamp of its values, as the sheet shows them), when known: a row is a place, not
   * a registration — sorted, or with a row deleted above it, the tab holds another one there by the time the queue is
   * handled.
   */
  stamp?: string;
}

/**
 * What a row shows, in short: its number of cells and a digest of their text (the timestamp alone would not do: two
 * submissions of the same second, or of the same day when the office shows dates only, would pass for each other).
 */
export function rowStamp(values: readonly string[]): string {
  return `${values.length}:${digest(values.join('\u0001'))}`;
}

/** How many cells a stamp covers (0 when it is not one). */
export function stampWidth(stamp: string): number {
  return Number(stamp.split(':')[0]) || 0;
}

/** A short digest of a stamp for a property key (keys stay plain: digits and dots). */
function digest(text: string): string {
  return String(fnv1a32(text));
}

/**
 * Queues row `row` of the registration tab with its stamp (rowStamp) when known. Keyed by both (`intake.queue.4` or
 * `intake.queue.4.2166136261`): the same submission queued twice is one entry, two submissions that stood on the same
 * row are two (the first may have moved off it before the second came). The value: when it was queued, then the stamp.
 * Returns the key.
 */
export function enqueueRow(row: number, stamp?: string): string {
  const key = PREFIX + row + (stamp === undefined ? '' : `.${digest(stamp)}`);
  writeRaw({ [key]: stamp === undefined ? String(Date.now()) : `${Date.now()} ${stamp}` });
  return key;
}

/**
 * Whether the row queued under `key` (enqueueRow's) waits still, as this execution last read the store: a row leaves the
 * queue only once a run handled it (dequeue).
 */
export function stillQueued(key: string): boolean {
  return cachedPrefixed(key)[key] !== undefined;
}

/**
 * Every queued row, oldest first, from the properties this execution read (the caller reads them fresh under the
 * lock: reloadUnderLock).
 */
export function queuedRows(): QueuedRow[] {
  const raw = cachedPrefixed(PREFIX);
  return Object.keys(raw)
    .map((key) => {
      const value = String(raw[key]);
      const space = value.indexOf(' ');
      return {
        key,
        row: Number(key.slice(PREFIX.length).split('.')[0]),
        queued: Number(space < 0 ? value : value.slice(0, space)) || 0,
        stamp: space < 0 ? undefined : value.slice(space + 1),
      };
    })
    .filter((q) => q.row >= 2)
    .sort((a, b) => a.queued - b.queued || a.row - b.row)
    .map(({ key, row, stamp }) => (stamp === undefined ? { key, row } : { key, row, stamp }));
}

/** Takes handled rows off the queue. */
export function dequeue(rows: readonly QueuedRow[]): void {
  const keys = rows.map((q) => q.key).filter((k): k is string => k !== null);
  if (keys.length) deleteRaw(keys);
}

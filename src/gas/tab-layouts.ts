// The block layout each generated tab was last formatted for (script property "tabs.layouts": tab name → a short key of
// its bold, wrapped and centred rows). A tab's size alone does not tell that its blocks moved: a replaced registration
// leaves a school's list while a line about it comes above the list, and the tab keeps its height with its header one
// row lower. Such a tab is formatted again, as one that changed size is.
import { fnv1a32, utf8Length } from '../core/text';
import { getState } from './properties';
import type { WriteOptions } from './sheets';

/**
 * A property value holds 9 KB, counted in bytes (UTF-8: a Vietnamese letter takes two or three): past this, the tabs
 * left out of the record are judged by their size alone.
 */
export const RECORD_MAX_BYTES = 8_000;

/** A short key of what formatTable makes of a layout's rows (FNV-1a of their numbers, base 36). */
export function layoutKey(opts: WriteOptions): string {
  return fnv1a32(JSON.stringify([opts.wrapFromRow ?? null, opts.boldRows ?? [], opts.wrapRows ?? [], opts.centred ?? []])).toString(36);
}

/**
 * Of `writes`, the tabs whose layout differs from the one recorded (all of them when nothing is recorded: an earlier
 * version formatted them without a record), and the record to keep once they are formatted.
 */
export function layoutChanges(writes: readonly { name: string; opts: WriteOptions }[]): { changed: ReadonlySet<string>; record: string } {
  let before: Record<string, string> | null = null;
  try {
    const parsed: unknown = JSON.parse(getState('tabLayouts') || 'null');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) before = parsed as Record<string, string>;
  } catch {
    before = null;
  }
  const changed = new Set<string>();
  const next: Record<string, string> = {};
  let size = 2;
  for (const w of writes) {
    const key = layoutKey(w.opts);
    const was = before === null ? undefined : before[w.name];
    if (before === null || (was !== undefined && was !== key)) changed.add(w.name);
    const entry = utf8Length(JSON.stringify(w.name)) + key.length + 4;
    if (size + entry > RECORD_MAX_BYTES) continue;
    next[w.name] = key;
    size += entry;
  }
  return { changed, record: JSON.stringify(next) };
}

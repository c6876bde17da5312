// The block layout each generated tab was last formatted for (script property "tabs.layouts": tab name → a short key of
// its bold, wrapped and centred rows, then "." and a short key of its columns). A tab's size alone does not tell that
// its blocks moved: a replaced registration leaves a school's list while a line about it comes above the list, and the
// tab keeps its height with its header one row lower. Such a tab is formatted again, as one that changed size is. Nor
// does its width tell that its columns changed: an update's new column where the office had added its own at the right
// keeps the count (review upgrade7 U1b). Such a tab has its widths set again too.
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
 * A short key of the columns the widths are for: the widths and the tool's row naming the columns (WriteOptions.columns),
 * base 36 in at most 4 characters (the record holds one per tab in 9 KB; a collision costs at most widths not set again).
 */
export function columnsKey(opts: WriteOptions): string {
  return (fnv1a32(JSON.stringify([opts.widths ?? [], (opts.columns ?? []).map((c) => String(c ?? ''))])) % 36 ** 4).toString(36);
}

/**
 * Of `writes`, the tabs whose layout differs from the one recorded (all of them when nothing is recorded: an earlier
 * version formatted them without a record), those of them whose columns differ (`columns`: their widths are set again;
 * also the school and group tabs whose columns are not known: no record, or one of a version that kept no key of
 * them), and the record to keep once they are formatted. A tab the record has no room for is judged by its size alone.
 */
export function layoutChanges(writes: readonly { name: string; opts: WriteOptions }[]): { changed: ReadonlySet<string>; columns: ReadonlySet<string>; record: string } {
  let before: Record<string, string> | null = null;
  try {
    const parsed: unknown = JSON.parse(getState('tabLayouts') || 'null');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) before = parsed as Record<string, string>;
  } catch {
    before = null;
  }
  const changed = new Set<string>();
  const columns = new Set<string>();
  const next: Record<string, string> = {};
  let size = 2;
  for (const w of writes) {
    const rows = layoutKey(w.opts);
    const cols = columnsKey(w.opts);
    const key = `${rows}.${cols}`;
    const was = before === null ? undefined : before[w.name];
    if (before === null || (was !== undefined && was !== key)) changed.add(w.name);
    // Its columns: those recorded ("" for a record of an earlier version, which kept none; none at all without a record).
    // Not known: a school or group tab, whose columns an update may change under an office's own column, has its widths
    // set again; any other tab, whose widths the office may have set by hand, is judged by its size as before.
    const wasCols = typeof was === 'string' ? (was.indexOf('.') >= 0 ? was.slice(was.indexOf('.') + 1) : '') : before === null ? '' : undefined;
    const unknownTrusted = wasCols === '' && w.opts.columns === undefined;
    if (wasCols !== undefined && wasCols !== cols && !unknownTrusted) columns.add(w.name);
    const entry = utf8Length(JSON.stringify(w.name)) + key.length + 4;
    if (size + entry > RECORD_MAX_BYTES) continue;
    next[w.name] = key;
    size += entry;
  }
  return { changed, columns, record: JSON.stringify(next) };
}

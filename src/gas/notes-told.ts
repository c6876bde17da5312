// The lines a person typed into "Ghi chú" of "Thẩm định" that the office was told of in "Nhật ký lỗi" (review d61b D2:
// the count on the tool's line could not tell a line deleted and another typed from the lines kept, and the new line
// was never told). Kept by code — a record is known by who it is, never by its row: the tab is sorted — as short prints
// of the lines (src/core/review-notes.ts linePrint), in one script property. Lost or cut short, a registration's lines
// are judged by the count on the tool's line, as before.
import { clearState, getState, setStateSoon } from './properties';

/** Room for the state in its property (a value holds 9 KB): codes past it are judged by the count. */
const MAX_CHARS = 8000;

/** The prints of the lines told of, by code (none when not kept or unreadable). */
export function notesTold(): Map<string, string[]> {
  const raw = getState('reviewNotesTold');
  const out = new Map<string, string[]>();
  if (!raw) return out;
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      for (const [code, prints] of Object.entries(parsed as Record<string, unknown>)) if (typeof prints === 'string' && prints !== '') out.set(code, prints.split(','));
    }
  } catch {
    // Not this tool's JSON: as if not kept.
  }
  return out;
}

/**
 * Keeps what a merge of "Thẩm định" was told of (ReviewTab.notesTold), once its typed notes are logged: of the whole tab
 * (a rebuild), or of the one registration `only` (a submission's merge of its row: the others kept as they are). A
 * submission merges one row of its code and adds to what the code was told of: another row of the code (a copy the
 * office made) is not merged, and its lines, told, must stay told (review d63b F2); the next rebuild drops the prints of
 * lines deleted since.
 */
export function keepNotesTold(told: ReadonlyMap<string, readonly string[]>, only?: string): void {
  const next = only === undefined ? new Map(told) : notesTold();
  if (only !== undefined) {
    const prints = [...new Set([...(next.get(only) ?? []), ...(told.get(only) ?? [])])];
    if (prints.length > 0) next.set(only, prints);
  }
  const entries: Record<string, string> = {};
  let size = 2;
  for (const code of [...next.keys()].sort()) {
    const value = next.get(code)!.join(',');
    if (value === '') continue;
    // A code past the room is left to the count; the codes after it still get theirs.
    if (size + code.length + value.length + 6 > MAX_CHARS) continue;
    size += code.length + value.length + 6;
    entries[code] = value;
  }
  const json = Object.keys(entries).length === 0 ? null : JSON.stringify(entries);
  const was = getState('reviewNotesTold');
  if (json === was) return;
  if (json === null) clearState('reviewNotesTold');
  else setStateSoon({ reviewNotesTold: json });
}

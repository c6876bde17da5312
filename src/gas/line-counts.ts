// The lines of the tool's append-only tabs ("Các lần gửi phiếu", "Lịch sử thẩm định"), counted (review complaint M3):
// their protection is a warning only, and a run that finds fewer lines than the tool last left knows some were deleted
// by hand (or the file restored to an earlier version), and says so once in "Nhật ký lỗi".
//
// A count may lag behind its tab — lines a run could not count are counted by the next run that reads the tab, and a
// count behind is never taken for lines deleted — but is never ahead of it: lines are counted once committed. Those of
// a Sheets batch when it is applied (linesCommitted); those written through SpreadsheetApp when a flush went through
// (linesWritten, then writtenLinesCommitted: src/gas/lock.ts flushWithRetry, the submission's own in src/jobs/on-submit.ts):
// a count written while they could still fail at a later flush would read, next run, as lines deleted (review two F2).
import { logError } from './health';
import { getLockedState, setStateSoon } from './properties';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
/** The state key of each counted tab (src/gas/properties.ts). */
export type LineCount = 'versionsLines' | 'historyLines';

/** The lines a column read holds: its non-blank cells from row `from` (0-based in `column`) on. */
export function linesIn(column: readonly (readonly unknown[])[], from: number): number {
  let n = 0;
  for (let i = from; i < column.length; i++) if (String(column[i]?.[0] ?? '') !== '') n++;
  return n;
}

/** The count kept for a tab (NaN: none, nothing to weigh against). */
export function keptLines(key: LineCount): number {
  return Number(getLockedState(key) ?? NaN);
}

/**
 * A run that read the tab whole: its `held` lines weighed against the count kept — fewer, and `gone(n)` is logged under
 * `job` — and kept as its count from now on. `excused`: lines this run knows were deleted on purpose (those of a
 * registration erased at the office's request: src/gas/versions.ts, review r76p F2), not told as lost.
 */
export function countLines(ss: Spreadsheet, key: LineCount, held: number, gone: (n: number) => string, job: string, excused = 0): void {
  const n = linesMissing(key, held, excused);
  if (n > 0) logError(ss, job, gone(n));
  if (String(held) !== getLockedState(key)) setStateSoon({ [key]: String(held) });
}

/** The lines a tab holding `held` lacks against the count kept, `excused` aside (0: none, or no count). */
export function linesMissing(key: LineCount, held: number, excused = 0): number {
  const n = keptLines(key) - held - excused;
  return n > 0 ? n : 0;
}

/** `n` lines committed (in a Sheets batch applied): the count grows with them, when there is one. */
export function linesCommitted(key: LineCount, n: number): void {
  if (n <= 0) return;
  const kept = keptLines(key);
  if (Number.isFinite(kept)) setStateSoon({ [key]: String(kept + n) });
}

/** Lines written through SpreadsheetApp by this execution, by tab, not committed yet. */
const written = new Map<LineCount, number>();

/**
 * `n` lines written through SpreadsheetApp, counted once a flush commits them. The writer of a tab made or headed again
 * writes its count of 0 first, at once (setState): a run killed later must not leave the old one.
 */
export function linesWritten(key: LineCount, n: number): void {
  written.set(key, (written.get(key) ?? 0) + n);
}

/** A flush went through: the lines written through SpreadsheetApp are in their tabs, and counted. */
export function writtenLinesCommitted(): void {
  for (const [key, n] of written) linesCommitted(key, n);
  written.clear();
}

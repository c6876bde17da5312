// Appending to "Lịch sử thẩm định" (src/core/history.ts): a tab of its own, made on its first line, protected with a
// warning, its lines added below the last one — never rewritten.
import { HISTORY_CHANGE, HISTORY_HEADER, HISTORY_PROTECTION, HISTORY_TAB } from '../core/messages';
import type { HistoryRow } from '../core/history';
import { toCell } from '../core/table';
import { spreadsheetAppWrote } from './cell-batch';
import { ensureSheet, findSheet } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Thời điểm, mã, đơn vị, tên, thay đổi, quyết định, hình thức, nhận xét, người thẩm định, kết luận tự động. */
const HISTORY_WIDTHS = [130, 90, 200, 180, 280, 150, 150, 300, 160, 130];

/**
 * Appends `rows` (each a line of HISTORY_HEADER) below the tab's last line, made with its header when missing: its size
 * asked, one write and its wrapping when there is anything to append, no call otherwise. Text is written literal (a
 * comment "=…" stays text). The caller holds the script lock (two runs appending at once would write one row).
 */
export function appendHistory(ss: Spreadsheet, rows: readonly HistoryRow[]): void {
  if (rows.length === 0) return;
  const made = ensureSheet(ss, HISTORY_TAB);
  const sheet = made.sheet;
  spreadsheetAppWrote();
  // Made now, or made by a run cut off before its header (review history M2: its lines then started in row 1, for good).
  const lastRow = made.created ? 0 : sheet.getLastRow();
  const created = lastRow === 0;
  if (created) {
    sheet.getRange(1, 1, 1, HISTORY_HEADER.length).setValues([HISTORY_HEADER]).setFontWeight('bold').setBackground('#e8f0fe').setWrap(true).setVerticalAlignment('top');
    sheet.setFrozenRows(1);
    HISTORY_WIDTHS.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
    sheet.protect().setDescription(HISTORY_PROTECTION).setWarningOnly(true);
  }
  const first = created ? 2 : lastRow + 1;
  const max = sheet.getMaxRows();
  if (max < first + rows.length - 1) sheet.insertRowsAfter(max, first + rows.length - 1 - max);
  sheet.getRange(first, 1, rows.length, HISTORY_HEADER.length).setValues(rows.map((r) => r.map(toCell))).setWrap(true).setVerticalAlignment('top');
}

/**
 * appendHistory of verdict lines (verdictLines), but for a code whose last line already says the same verdict: the
 * lines go in before "Thẩm định" shows the verdicts (a run cut off between the two would otherwise leave them unsaid for
 * good, the next run finding nothing changed: review history M1), and a run whose write of "Thẩm định" did not go
 * through finds the same changes again. One read of the tab's codes, changes and verdicts.
 */
export function appendVerdictLinesOnce(ss: Spreadsheet, rows: readonly HistoryRow[]): void {
  if (rows.length === 0) return;
  const sheet = findSheet(ss, HISTORY_TAB);
  const last = sheet ? sheet.getLastRow() : 0;
  const lastOf = new Map<string, { change: string; verdict: string }>();
  if (sheet && last >= 2) {
    for (const r of sheet.getRange(2, 2, last - 1, HISTORY_HEADER.length - 1).getValues()) lastOf.set(String(r[0]), { change: String(r[3]), verdict: String(r[8]) });
  }
  appendHistory(
    ss,
    rows.filter((r) => {
      const before = lastOf.get(String(r[1]));
      return !before || !before.change.startsWith(VERDICT_LINE) || before.verdict !== String(r[9]);
    }),
  );
}
const VERDICT_LINE = HISTORY_CHANGE.verdict('\u0001', '').split('\u0001')[0];

/**
 * appendHistory of decision lines (decisionLines), but for a decision taken or changed that the code's last line already
 * says (the same decision, level, comment and reviewer): a register rebuilt from "Kết quả kiểm tra" has lost what was
 * decided, and a run cut off between these lines and the register writes them again (review history M4, L4). One read
 * of the tab when there are lines to write.
 */
export function appendDecisionLinesOnce(ss: Spreadsheet, rows: readonly HistoryRow[]): void {
  if (rows.length === 0) return;
  const sheet = findSheet(ss, HISTORY_TAB);
  const last = sheet ? sheet.getLastRow() : 0;
  const lastOf = new Map<string, string[]>();
  if (sheet && last >= 2) for (const r of sheet.getRange(2, 2, last - 1, 8).getValues()) lastOf.set(String(r[0]), r.map((v) => String(v)));
  const decisionLine = (change: string) => [HISTORY_CHANGE.decided, HISTORY_CHANGE.changed, HISTORY_CHANGE.baseline].some((c) => change.startsWith(c));
  appendHistory(
    ss,
    rows.filter((r) => {
      const before = lastOf.get(String(r[1]));
      const change = String(r[4]);
      if (!before || !decisionLine(change) || !decisionLine(before[3])) return true;
      // Code, school, name, change, then decision, level, comment, reviewer.
      return [5, 6, 7, 8].some((i) => String(r[i] ?? '') !== before[i - 1]);
    }),
  );
}

/**
 * appendHistory of the lines of codes the tab has no line of: the decisions that stood when the history began
 * (baselineLines), which a copy whose Thiết lập forgot that they were written would write again (review history L1).
 */
export function appendFirstLines(ss: Spreadsheet, rows: readonly HistoryRow[]): void {
  if (rows.length === 0) return;
  const sheet = findSheet(ss, HISTORY_TAB);
  const last = sheet ? sheet.getLastRow() : 0;
  const lined = new Set(sheet && last >= 2 ? sheet.getRange(2, 2, last - 1, 1).getValues().map((r) => String(r[0])) : []);
  appendHistory(ss, rows.filter((r) => !lined.has(String(r[1]))));
}

/**
 * appendHistory of the `rows` the tab does not hold yet (the same code and change: a batch of documents made again on
 * its day says nothing new). One read of the tab's codes and changes.
 */
export function appendHistoryOnce(ss: Spreadsheet, rows: readonly HistoryRow[]): void {
  if (rows.length === 0) return;
  const sheet = findSheet(ss, HISTORY_TAB);
  const last = sheet ? sheet.getLastRow() : 0;
  const held = new Set<string>();
  if (sheet && last >= 2) for (const [code, , , change] of sheet.getRange(2, 2, last - 1, 4).getValues()) held.add(`${code}\u0001${change}`);
  appendHistory(ss, rows.filter((r) => !held.has(`${r[1]}\u0001${r[4]}`)));
}

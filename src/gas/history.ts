// Appending to "Lịch sử thẩm định" (src/core/history.ts): a tab of its own, made on its first line, protected with a
// warning, its lines added below the last one — never rewritten.
import { HISTORY_HEADER, HISTORY_PROTECTION, HISTORY_TAB } from '../core/messages';
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
  const { sheet, created } = ensureSheet(ss, HISTORY_TAB);
  spreadsheetAppWrote();
  if (created) {
    sheet.getRange(1, 1, 1, HISTORY_HEADER.length).setValues([HISTORY_HEADER]).setFontWeight('bold').setBackground('#e8f0fe').setWrap(true).setVerticalAlignment('top');
    sheet.setFrozenRows(1);
    HISTORY_WIDTHS.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
    sheet.protect().setDescription(HISTORY_PROTECTION).setWarningOnly(true);
  }
  const first = created ? 2 : sheet.getLastRow() + 1;
  const max = sheet.getMaxRows();
  if (max < first + rows.length - 1) sheet.insertRowsAfter(max, first + rows.length - 1 - max);
  sheet.getRange(first, 1, rows.length, HISTORY_HEADER.length).setValues(rows.map((r) => r.map(toCell))).setWrap(true).setVerticalAlignment('top');
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

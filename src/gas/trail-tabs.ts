// What the tool's append-only tabs ("Các lần gửi phiếu", "Lịch sử thẩm định") share: their lines are appended by
// position under the tool's header, so a tab whose row 1 is no longer that header (typed over, a column inserted or
// deleted) is set aside under another name, every line kept, and the tool goes on in a new one.
import { logError } from './health';
import { tabsRead } from './batch-read';
import { spreadsheetAppWrote } from './cell-batch';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Row 1 holds `header`, column for column (a header typed over, a column inserted: another layout). */
export function ownHeader(row: readonly unknown[] | undefined, header: readonly string[]): boolean {
  return !!row && header.every((h, j) => String(row[j] ?? '') === h);
}

/**
 * A trail tab made, found blank, or put in place of one set aside: its header (bold, wrapped), frozen, its columns'
 * widths, and the warning its protection gives whoever edits it.
 */
export function headTrailTab(sheet: Sheet, header: readonly string[], widths: readonly number[], protection: string): void {
  sheet.getRange(1, 1, 1, header.length).setValues([[...header]]).setFontWeight('bold').setBackground('#e8f0fe').setWrap(true).setVerticalAlignment('top');
  sheet.setFrozenRows(1);
  widths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  sheet.protect().setDescription(protection).setWarningOnly(true);
}

/**
 * Renames `sheet` (the tab `tab`) to "<tab> cũ 05-12-26" — with a number after it when that name is taken — and tells
 * the office `told(aside)` under `job`. The run's listing knows the tab by its old name: forgotten, so that the new one
 * is made, not found. Returns the name given.
 */
export function setAside(ss: Spreadsheet, sheet: Sheet, tab: string, told: (aside: string) => string, job: string): string {
  spreadsheetAppWrote();
  const aside = asideName(ss, tab);
  sheet.setName(aside);
  tabsRead(ss)?.forget([tab]);
  logError(ss, job, told(aside));
  return aside;
}

/**
 * "Các lần gửi phiếu cũ 05-12-26": within the 31 characters an .xlsx download keeps of a tab's name, and without "/"
 * (which Excel refuses in one).
 */
function asideName(ss: Spreadsheet, tab: string): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  const base = `${tab} cũ ${two(d.getDate())}-${two(d.getMonth() + 1)}-${two(d.getFullYear() % 100)}`;
  let name = base;
  for (let n = 2; ss.getSheetByName(name); n++) name = `${base} ${n}`;
  return name;
}

// Appending to "Các lần gửi phiếu" (src/core/versions.ts): a tab of its own, protected with a warning, its lines added
// below the last one — never rewritten. A submission appends its sending in its batch (no call of its own); every full
// run appends the sendings the tab does not hold yet (one read of its keys), so that one a submission could not record
// (its run cut off, a tab deleted, an office upgraded) is recorded while its answers are still the response's.
import type { EvaluatedRegistration } from '../core/evaluate';
import { TAB, VERSIONS_HEADER, VERSIONS_PROTECTION, VERSIONS_REMADE } from '../core/messages';
import { missingVersions } from '../core/versions';
import { toCell } from '../core/table';
import { logError } from './health';
import { getState, setState } from './properties';
import { spreadsheetAppWrote } from './cell-batch';
import { ensureSheet, findSheet } from './sheets';
import type { TabsRead } from './batch-read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The tab's sheet id when the run's listing has it: a submission's sending then goes into its batch, appended below the
 * last line by Sheets when the batch is applied, in the call that writes its other rows. Null: no such tab (the
 * submission takes the full run, which makes it).
 */
export function versionsInBatch(read: TabsRead): number | null {
  return read.get(TAB.versions)?.sheetId ?? null;
}

/** Mã lần gửi, mã, gửi lúc, gửi từ, đơn vị, tên, kết luận, cần bổ sung, ghi nhận lúc, nội dung. */
const VERSIONS_WIDTHS = [170, 90, 130, 200, 200, 180, 160, 320, 130, 480];

/**
 * The tab, made with its header when missing or blank (told once it was made before: deleted or renamed since), and its
 * last row with content.
 */
function versionsTab(ss: Spreadsheet): { sheet: Sheet; last: number } {
  const found = findSheet(ss, TAB.versions);
  const sheet = found ?? ensureSheet(ss, TAB.versions).sheet;
  const last = found ? sheet.getLastRow() : 0;
  if (last > 0) return { sheet, last };
  spreadsheetAppWrote();
  if (!found && getState('versionsMade') === '1') logError(ss, 'rebuildSummaries', VERSIONS_REMADE);
  else if (!found) setState({ versionsMade: '1' });
  sheet.getRange(1, 1, 1, VERSIONS_HEADER.length).setValues([VERSIONS_HEADER]).setFontWeight('bold').setBackground('#e8f0fe').setWrap(true).setVerticalAlignment('top');
  sheet.setFrozenRows(1);
  VERSIONS_WIDTHS.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  sheet.protect().setDescription(VERSIONS_PROTECTION).setWarningOnly(true);
  return { sheet, last: 1 };
}

/** Appends `lines` (VERSIONS_HEADER's columns) below the tab's last row with content; text written literal. */
function append(sheet: Sheet, last: number, lines: readonly (readonly unknown[])[]): void {
  if (lines.length === 0) return;
  spreadsheetAppWrote();
  const first = last + 1;
  const max = sheet.getMaxRows();
  if (max < first + lines.length - 1) sheet.insertRowsAfter(max, first + lines.length - 1 - max);
  sheet.getRange(first, 1, lines.length, VERSIONS_HEADER.length).setValues(lines.map((l) => l.map(toCell)));
}

/** A submission's sending through SpreadsheetApp (no Sheets service, or no batch): the tab made when missing. */
export function appendVersionLines(ss: Spreadsheet, lines: readonly (readonly unknown[])[]): void {
  if (lines.length === 0) return;
  const { sheet, last } = versionsTab(ss);
  append(sheet, last, lines);
}

/** The tab's column A as a full run's batch read fetched it (VERSIONS_KEYS_AREA: header first), when it did. */
export const VERSIONS_KEYS_AREA = 'A:A';

/**
 * A full run: the sendings of `regs` the tab does not hold (by key, column A), appended — those this run is the first
 * to see (`firstSeen`, codes) first, then, within a run's share, those of an office whose tab is new (src/core/versions.ts
 * missingVersions). `keysRead`: column A as the run's batch read fetched it (none: read here). No call when the tab
 * holds every sending and its keys came with the batch read. Those left for want of room wait for the next runs.
 */
export function recordVersions(ss: Spreadsheet, regs: readonly EvaluatedRegistration[], firstSeen: ReadonlySet<string>, now: Date, keysRead?: readonly (readonly unknown[])[]): void {
  const found = findSheet(ss, TAB.versions);
  // Read with the inputs, with its header: the tab holds what the tool wrote (a blank tab, or a header typed over,
  // is made again below).
  const fetched = found && keysRead && keysRead.length > 0 && String(keysRead[0]?.[0] ?? '') === VERSIONS_HEADER[0] ? keysRead : null;
  let tab: { sheet: Sheet; last: number } | null = null;
  let column = fetched;
  if (!column) {
    tab = versionsTab(ss);
    column = tab.last >= 2 ? tab.sheet.getRange(1, 1, tab.last, 1).getValues() : [];
  }
  const keys = new Set<string>();
  for (let i = 1; i < column.length; i++) keys.add(String(column[i]?.[0] ?? ''));
  const { lines } = missingVersions(regs, keys, firstSeen, now);
  if (lines.length === 0) return;
  tab ??= { sheet: found!, last: found!.getLastRow() };
  append(tab.sheet, tab.last, lines);
}

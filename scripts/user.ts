// What a person does in the office Sheet, done to the emulation from Node (not counted as the script's calls).
import type { Emulator } from '../emulator/index';
import type { SheetModel } from '../emulator/spreadsheet';
import { outValue } from '../emulator/values';

/** Types the rows into a tab as a person would (not counted as the script's calls). */
export function typeIntoTab(emu: Emulator, tab: string, rows: unknown[][]): void {
  emu.runtime.execute(
    () => {
      const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab);
      if (!sheet) throw new Error(`no tab ${tab}`);
      const width = Math.max(...rows.map((r) => r.length));
      const grid = rows.map((r) => [...r, ...new Array(width - r.length).fill('')]);
      if (sheet.getMaxRows() < grid.length) sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
      sheet.getRange(1, 1, grid.length, width).setValues(grid as never);
    },
    { kind: 'node', label: 'user typing' },
  );
}

// ---- what office staff do to a tab by hand: sort, delete and insert rows, type over a cell -----------------

function model(emu: Emulator, tab: string): SheetModel {
  const sheet = emu.spreadsheets.sheet(tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  return sheet;
}

function compareCells(a: unknown, b: unknown): number {
  // Sheets' sort: numbers and dates before text, empty cells last.
  const rank = (v: unknown) => (v === '' || v === null || v === undefined ? 2 : typeof v === 'number' || v instanceof Date ? 0 : 1);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return Number(a instanceof Date ? a.getTime() : a) - Number(b instanceof Date ? b.getTime() : b);
  return String(a).localeCompare(String(b), 'vi');
}

/**
 * Data → Sort range over every row below the frozen header, by the given columns (1-based) in turn; empty cells
 * stay last whatever the direction, as in Sheets. Form responses follow their rows.
 */
export function sortTab(emu: Emulator, tab: string, by: Array<{ column: number; ascending: boolean }>): void {
  const s = model(emu, tab);
  const first = Math.max(s.frozenRows, 1) + 1;
  const last = s.lastRow();
  const order: number[] = [];
  for (let r = first; r <= last; r++) order.push(r);
  const value = (r: number, c: number) => outValue(s.cell(r, c));
  order.sort((x, y) => {
    for (const k of by) {
      const a = value(x, k.column);
      const b = value(y, k.column);
      const blank = (v: unknown) => v === '' || v === null || v === undefined;
      if (blank(a) !== blank(b)) return blank(a) ? 1 : -1;
      const c = compareCells(a, b);
      if (c !== 0) return k.ascending ? c : -c;
    }
    return x - y;
  });
  const rows = order.map((r) => s.rows[r - 1]);
  rows.forEach((row, i) => (s.rows[first - 1 + i] = row));
  const moved = new Map<number, number>();
  order.forEach((oldRow, i) => moved.set(oldRow, first + i));
  emu.forms.rowsMoved(s, (r) => moved.get(r) ?? r);
}

/** Right-click → Delete row. The form keeps the response; it is no longer in the tab. */
export function deleteTabRow(emu: Emulator, tab: string, row: number): void {
  const s = model(emu, tab);
  s.rows.splice(row - 1, 1);
  s.maxRows -= 1;
  s.moveHiddenRows((r) => (r === row ? undefined : r > row ? r - 1 : r));
  emu.forms.rowsMoved(s, (r) => (r === row ? undefined : r > row ? r - 1 : r));
}

/** Select a row, press Delete: its contents go, its formats and its place stay (a blank row among the others). */
export function clearTabRow(emu: Emulator, tab: string, row: number): void {
  const s = model(emu, tab);
  for (let c = 1; c <= s.maxCols; c++) if (s.cell(row, c)) s.setCell(row, c, { value: '' });
}

/** Right-click → Hide rows: `n` rows from `row` (1-based) are hidden; their cells stay. */
export function hideTabRows(emu: Emulator, tab: string, row: number, n = 1): void {
  const s = model(emu, tab);
  for (let r = row; r < row + n; r++) s.hiddenRows.add(r);
}

/** Right-click on a tab → Show / Hide sheet (View → Hidden sheets): the tab is shown, or hidden again. */
export function setTabHidden(emu: Emulator, tab: string, hidden: boolean): void {
  model(emu, tab).hidden = hidden;
}

/** Insert `n` blank rows after `after`. */
export function insertTabRows(emu: Emulator, tab: string, after: number, n: number): void {
  const s = model(emu, tab);
  const blank: Array<Array<undefined> | undefined> = new Array(n).fill(undefined);
  if (s.rows.length > after) s.rows.splice(after, 0, ...blank);
  s.maxRows += n;
  s.moveHiddenRows((r) => (r > after ? r + n : r));
  emu.forms.rowsMoved(s, (r) => (r > after ? r + n : r));
}

/** Insert a blank column after column `after` (1-based): a helper column between the questions, say. */
export function insertTabColumn(emu: Emulator, tab: string, after: number): void {
  model(emu, tab).insertColumns(after, 1);
}

/** Deletes a tab, as the office's "Xóa" does (Apps Script's deleteSheet). */
export function deleteTab(emu: Emulator, tab: string): void {
  emu.runtime.execute(
    () => {
      const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
      const sheet = ss.getSheetByName(tab);
      if (!sheet) throw new Error(`no tab ${tab}`);
      ss.deleteSheet(sheet);
    },
    { kind: 'node', label: 'user deleting a tab' },
  );
}

/** Types a value over one cell (1-based), as a person would. */
export function typeCell(emu: Emulator, tab: string, row: number, column: number, value: unknown): void {
  emu.runtime.execute(
    () => {
      const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab);
      if (!sheet) throw new Error(`no tab ${tab}`);
      sheet.getRange(row, column).setValue(value as never);
    },
    { kind: 'node', label: 'user typing' },
  );
}

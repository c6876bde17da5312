// Row-level writes for work in proportion to one change: find a row by its key in one column, rewrite it or append
// it. A generated tab keeps its shape (the nightly rebuild rewrites it whole); these only touch one row.
import { toCell } from '../core/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The 1-based row whose cell in `column` (1-based) reads `key`, below the header; 0 when there is none. */
export function findKeyRow(sheet: Sheet, column: number, key: string): number {
  const last = sheet.getLastRow();
  if (last < 2) return 0;
  const keys = sheet.getRange(2, column, last - 1, 1).getValues();
  for (let i = 0; i < keys.length; i++) if (String(keys[i][0]) === key) return i + 2;
  return 0;
}

/**
 * Writes `cells` over row `row` (1-based), or appends them below the last row when `row` is 0 (growing the grid if
 * needed, wrapped and top-aligned like the rows a rebuild writes). Untrusted text is made literal. Returns the row.
 */
export function writeRow(sheet: Sheet, row: number, cells: readonly unknown[], opts: { wrap?: boolean } = {}): number {
  const line = cells.map(toCell);
  let at = row;
  if (at === 0) {
    at = sheet.getLastRow() + 1;
    if (at > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), at - sheet.getMaxRows());
  }
  const range = sheet.getRange(at, 1, 1, line.length);
  range.setValues([line]);
  if (row === 0 && opts.wrap) range.setWrap(true).setVerticalAlignment('top');
  return at;
}

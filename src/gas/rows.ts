// Row-level writes for work in proportion to one change: find a row by its key in one column, rewrite it or append
// it. A generated tab keeps its shape (the nightly rebuild rewrites it whole); these only touch one row.
import { columnLetter } from '../core/summaries';
import { toCell } from '../core/table';
import { isBlankRow, isDate } from '../core/text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Rows added at once when a row-level write runs past a tab's grid: one insertRowsAfter then serves the next
 * submissions as well, instead of one insert per submission. The tabs submissions append to (results, review,
 * register, outbox) keep as many blank rows below their content when rewritten whole (writeTable's minRows).
 */
export const GROW_ROWS = 50;

/** Where a key stands: its 1-based row below the header (0 when none), and (when none) the tab's last row with content. */
export interface KeyRow {
  row: number;
  last: number;
}

/**
 * The rows whose cell in `column` (1-based) is `text`, whole and in the same case, top to bottom: a TextFinder, which
 * the server runs over the column and which returns only the cells found (the tab is not read).
 */
export function rowsHolding(sheet: Sheet, column: number, text: string): number[] {
  const letter = columnLetter(column);
  return sheet.getRange(`${letter}:${letter}`).createTextFinder(text).matchCase(true).matchEntireCell(true).findAll().map((r) => r.getRow());
}

/**
 * Finds the first row below the header whose cell in `column` (1-based) is `key`, whole and in the same case, by a
 * TextFinder: the tab is not read, so the cost does not grow with it. When none is, its last row (where a new row goes).
 * `known`: the key was given before this run, so its row should be there. Not found, the column is then read whole
 * (ASSUMPTION, unverified: the find may pass over rows a person hid or filtered out, and the emulation passes over
 * hidden rows; a second row for the same code would be worse than one read). Not known, the key was made by this run
 * (a new code: the counter never gives one twice) and no row holds it: nothing is searched, the tab's last row is asked.
 */
export function findKeyRow(sheet: Sheet, column: number, key: string, opts: { known: boolean }): KeyRow {
  if (!opts.known) return { row: 0, last: sheet.getLastRow() };
  const row = rowsHolding(sheet, column, key).find((r) => r >= 2);
  if (row !== undefined) return { row, last: row };
  const last = sheet.getLastRow();
  if (last < 2) return { row: 0, last };
  const keys = sheet.getRange(2, column, last - 1, 1).getValues();
  for (let i = 0; i < keys.length; i++) if (String(keys[i][0]) === key) return { row: i + 2, last };
  return { row: 0, last };
}

/**
 * Writes `cells` over the row found, or appends them below its last row when none was found (growing the grid if
 * needed, wrapped and top-aligned like the rows a rebuild writes). Untrusted text is made literal. No read: `where`
 * comes from findKeyRow, done before the run's writes. Returns the row written.
 */
export function writeRow(sheet: Sheet, where: KeyRow, cells: readonly unknown[], opts: { wrap?: boolean; maxRows?: number; grown?: (from: number, rows: number) => void } = {}): number {
  const line = cells.map(toCell);
  let at = where.row;
  if (at === 0) {
    at = Math.max(where.last, 1) + 1;
    const max = opts.maxRows ?? sheet.getMaxRows();
    if (at > max) {
      const added = Math.max(at - max, GROW_ROWS);
      sheet.insertRowsAfter(max, added);
      opts.grown?.(max + 1, added);
    }
  }
  const range = sheet.getRange(at, 1, 1, line.length);
  range.setValues([line]);
  if (where.row === 0 && opts.wrap) range.setWrap(true).setVerticalAlignment('top');
  return at;
}

/** The same cell value as read back: Dates by their time, anything else by its text. */
function sameCell(a: unknown, b: unknown): boolean {
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  return String(a ?? '') === String(b ?? '');
}

/**
 * Rewrites, in row `row`, only the cells of `after` in `columns` (0-based) that differ from `before` (the row as
 * read): one setValues per run of adjacent changed cells, none when nothing changed. What a person types meanwhile
 * into the other cells of the row (the council's decision while a submission works) stays. Untrusted text is made
 * literal.
 */
export function writeChangedCells(sheet: Sheet, row: number, before: readonly unknown[], after: readonly unknown[], columns: ReadonlySet<number>): void {
  const changed = (c: number) => columns.has(c) && !sameCell(before[c], after[c]);
  for (let c = 0; c < after.length; c++) {
    if (!changed(c)) continue;
    let end = c + 1;
    while (end < after.length && changed(end)) end++;
    sheet.getRange(row, c + 1, 1, end - c).setValues([after.slice(c, end).map(toCell)]);
    c = end;
  }
}

/** One setValues of an in-place rewrite: its top-left cell (1-based) and its rectangle of literal cells. */
interface CellBlock {
  row: number;
  column: number;
  cells: unknown[][];
}

/**
 * Rewrites a tab in place, row for row: `after[i]` over `before[i]` (both with the header at 0; `before` as read).
 * The columns in `tool` (0-based; the tool's own) are written as blocks of adjacent columns over the rows where one of
 * their cells changed; any other cell only where it changed (a run of adjacent rows of one column at a time); the rows
 * of `after` below `before`'s non-blank ones are written whole, in one block. A cell this run leaves as it was is
 * never written, so what a person types into it meanwhile stays (the council's decision while a rebuild runs).
 * Untrusted text is made literal. Plans every write before the first: returns the number of setValues made, or null
 * (nothing written) when more than `maxWrites` would be needed — the caller then rewrites the tab whole.
 */
export function writeInPlace(sheet: Sheet, before: readonly (readonly unknown[])[], after: readonly (readonly unknown[])[], tool: ReadonlySet<number>, maxWrites: number): number | null {
  // The rows that were there: up to the last one read with content (blank as the merge sees it; the rows below are
  // the new ones).
  let kept = before.length;
  while (kept > 0 && isBlankRow(before[kept - 1] ?? [])) kept--;
  if (kept > after.length) return null;
  const width = after.reduce((w, r) => Math.max(w, r.length), 0);
  const cell = (rows: readonly (readonly unknown[])[], r: number, c: number) => rows[r]?.[c] ?? '';
  const changed = (r: number, c: number) => !sameCell(cell(before, r, c), cell(after, r, c));
  const blocks: CellBlock[] = [];
  const take = (r0: number, r1: number, c0: number, c1: number) =>
    blocks.push({ row: r0 + 1, column: c0 + 1, cells: after.slice(r0, r1).map((line) => Array.from({ length: c1 - c0 }, (_, j) => toCell(line[c0 + j]))) });
  for (let c = 0; c < width; c++) {
    if (tool.has(c)) {
      let end = c + 1;
      while (end < width && tool.has(end)) end++;
      let first = -1;
      let last = -1;
      for (let r = 0; r < kept; r++) {
        for (let j = c; j < end; j++) {
          if (changed(r, j)) {
            if (first < 0) first = r;
            last = r;
            break;
          }
        }
      }
      if (first >= 0) take(first, last + 1, c, end);
      c = end - 1;
      continue;
    }
    for (let r = 0; r < kept; r++) {
      if (!changed(r, c)) continue;
      let end = r + 1;
      while (end < kept && changed(end, c)) end++;
      take(r, end, c, c + 1);
      r = end;
    }
  }
  if (after.length > kept) take(kept, after.length, 0, width);
  if (blocks.length > maxWrites) return null;
  for (const b of blocks) sheet.getRange(b.row, b.column, b.cells.length, b.cells[0].length).setValues(b.cells as unknown[][]);
  return blocks.length;
}

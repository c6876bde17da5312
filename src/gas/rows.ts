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

/** What writeInPlace did: the calls it made, `'moved'` (nothing written) or null (nothing written: too many writes). */
export type InPlaceOutcome = number | 'moved' | null;

/**
 * Rewrites a tab in place: `after[i]` over `before[i]` (both with the header at 0; `before` as read), for a tab people
 * work in while the run does. Only the columns in `tool` (0-based: the tool's own) are written, as blocks of adjacent
 * columns over the rows where one of their cells changed; every other cell of the rows there is left as it is, whatever
 * the merge made of it (a respelt decision is the next whole write's). The rows of `after` below `before`'s non-blank
 * ones are new: each is appended below the tab's last row with content (appendRow: placed when it runs).
 *
 * The rows must still stand where they were read: just before writing, the `key` column (0-based) is read again; if
 * any of its cells moved (the tab sorted, a row inserted or deleted since), nothing is written and `'moved'` is
 * returned (read and merge again). It is read once more after the writes by place (that read waits for them to be
 * committed): moved in between, the tool's cells may have gone to other rows, and `'moved'` says to read, merge and
 * write again, which puts them right. What is typed meanwhile into a cell this run does not write stays. Plans every
 * write before the first: null (nothing written) when more than `maxWrites` calls would be needed. Untrusted text is
 * made literal.
 */
export function writeInPlace(sheet: Sheet, before: readonly (readonly unknown[])[], after: readonly (readonly unknown[])[], tool: ReadonlySet<number>, key: number, maxWrites: number): InPlaceOutcome {
  // The rows that were there: up to the last one read with content (blank as the merge sees it; the rows below are
  // the new ones).
  let kept = before.length;
  while (kept > 0 && isBlankRow(before[kept - 1] ?? [])) kept--;
  if (kept > after.length) return null;
  const width = after.reduce((w, r) => Math.max(w, r.length), 0);
  const cell = (rows: readonly (readonly unknown[])[], r: number, c: number) => rows[r]?.[c] ?? '';
  const changed = (r: number, c: number) => !sameCell(cell(before, r, c), cell(after, r, c));
  const blocks: CellBlock[] = [];
  for (let c = 0; c < width; c++) {
    if (!tool.has(c)) continue;
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
    if (first >= 0) blocks.push({ row: first + 1, column: c + 1, cells: after.slice(first, last + 1).map((line) => Array.from({ length: end - c }, (_, j) => toCell(line[c + j]))) });
    c = end - 1;
  }
  const added = after.slice(kept).map((line) => Array.from({ length: width }, (_, j) => toCell(line[j])));
  if (blocks.length + added.length > maxWrites) return null;
  if (blocks.length + added.length === 0) return 0;
  // The key column as it stands now, before the writes and (when rows were written by their place) after them: a move
  // between the two may have put the tool's cells on other rows, which the next read and merge put right.
  const moved = () => {
    const now = sheet.getRange(1, key + 1, kept, 1).getValues();
    for (let r = 0; r < kept; r++) if (!sameCell(now[r][0], cell(before, r, key))) return true;
    return false;
  };
  if (kept > 0 && moved()) return 'moved';
  for (const b of blocks) sheet.getRange(b.row, b.column, b.cells.length, b.cells[0].length).setValues(b.cells);
  for (const line of added) sheet.appendRow(line);
  if (blocks.length > 0 && moved()) return 'moved';
  return blocks.length + added.length + (kept > 0 ? 1 : 0) + (blocks.length > 0 ? 1 : 0);
}

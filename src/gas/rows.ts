// Row-level writes for work in proportion to one change: find a row by its key in one column, rewrite it or append
// it. A generated tab keeps its shape (the nightly rebuild rewrites it whole); these only touch one row. And the
// rebuild's write of a tab people work in ("Thẩm định"), in place: writeInPlace.
import { columnLetter } from '../core/summaries';
import { toCell } from '../core/table';
import { isBlankRow, sameCell } from '../core/text';
import { batchTarget, extendedValue, spreadsheetAppWrote, type BatchTarget } from './cell-batch';

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
  /**
   * A new row whose place Sheets gives when the submission's batch is applied (appendCells, below the tab's last row
   * with content): its last row is not asked (`last` is then 0).
   */
  append?: true;
}

/** Where a new key's row goes when the batch appends it: nothing asked (see KeyRow.append). */
export const APPENDED: KeyRow = { row: 0, last: 0, append: true };

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
 * comes from findKeyRow, done before the run's writes. Returns the row written. `grown` is told of rows the grid grew
 * by, and of the batch they were grown in (null: through SpreadsheetApp, already done). A row `where` says the batch
 * appends (APPENDED) goes in as appendCells, its row unknown (0 is returned). `cells` may have holes (undefined): the
 * office's cells among them, kept in a row found, blank in a new one.
 */
export function writeRow(
  sheet: Sheet,
  where: KeyRow,
  cells: readonly unknown[],
  opts: { wrap?: boolean; maxRows?: number; grown?: (from: number, rows: number, target: BatchTarget | null) => void; column?: number } = {},
): number {
  // Into the submission's one batch when it is open for this tab (src/gas/cell-batch.ts), else through SpreadsheetApp.
  const target = batchTarget(sheet);
  // From `column` (1-based; 1 by default): the office's columns before it stay blank in a row appended.
  const column = opts.column ?? 1;
  if (where.append) {
    // Placed by Sheets when the batch is applied; its row is not known (0). Without the batch, asked as before.
    if (target) {
      const line = cells.map((v) => v ?? '');
      target.batch.append(target.sheetId, [column > 1 ? [...new Array<unknown>(column - 1).fill(''), ...line] : line], { newRows: opts.wrap });
      return 0;
    }
    where = { row: 0, last: sheet.getLastRow() };
  }
  let at = where.row;
  // A hole (undefined) is a cell of the office's among the tool's: a new row has it blank; a row found keeps it, each
  // run of the tool's cells beside it written on its own (in the same batch).
  if (at > 0 && cells.includes(undefined)) {
    for (let c = 0; c < cells.length; c++) {
      if (cells[c] === undefined) continue;
      let end = c + 1;
      while (end < cells.length && cells[end] !== undefined) end++;
      putCells(sheet, target, at, column + c, [cells.slice(c, end)]);
      c = end;
    }
    return at;
  }
  cells = cells.map((v) => v ?? '');
  if (at === 0) {
    at = Math.max(where.last, 1) + 1;
    const max = opts.maxRows ?? sheet.getMaxRows();
    if (at > max) {
      const added = Math.max(at - max, GROW_ROWS);
      growRows(sheet, target, max, added);
      opts.grown?.(max + 1, added, target);
    }
  }
  if (target) {
    target.batch.put(target.sheetId, at, column, [cells], { newRows: where.row === 0 && opts.wrap });
    return at;
  }
  const line = cells.map(toCell);
  spreadsheetAppWrote();
  const range = sheet.getRange(at, column, 1, line.length);
  range.setValues([line]);
  if (where.row === 0 && opts.wrap) range.setWrap(true).setVerticalAlignment('top');
  return at;
}

/**
 * Writes `cells` from `row`, `column` (1-based): into the open batch of `target` (src/gas/cell-batch.ts), else in one
 * setValues with untrusted text made literal.
 */
export function putCells(sheet: Sheet, target: BatchTarget | null, row: number, column: number, cells: readonly (readonly unknown[])[]): void {
  if (target) return target.batch.put(target.sheetId, row, column, cells);
  spreadsheetAppWrote();
  sheet.getRange(row, column, cells.length, cells[0].length).setValues(cells.map((line) => line.map(toCell)));
}

/** Grows the tab's grid by `rows` below its `maxRows`: in the open batch of `target`, else insertRowsAfter. */
export function growRows(sheet: Sheet, target: BatchTarget | null, maxRows: number, rows: number): void {
  if (target) return target.batch.grow(target.sheetId, rows);
  spreadsheetAppWrote();
  sheet.insertRowsAfter(maxRows, rows);
}


/**
 * Rewrites, in row `row`, only the cells of `after` in `columns` (0-based) that differ from `before` (the row as
 * read): one setValues per run of adjacent changed cells, none when nothing changed. What a person types meanwhile
 * into the other cells of the row (the council's decision while a submission works) stays. Untrusted text is made
 * literal.
 */
export function writeChangedCells(sheet: Sheet, row: number, before: readonly unknown[], after: readonly unknown[], columns: ReadonlySet<number>): void {
  const changed = (c: number) => columns.has(c) && !sameCell(before[c], after[c]);
  const target = batchTarget(sheet);
  for (let c = 0; c < after.length; c++) {
    if (!changed(c)) continue;
    let end = c + 1;
    while (end < after.length && changed(end)) end++;
    putCells(sheet, target, row, c + 1, [after.slice(c, end)]);
    c = end;
  }
}

/** One block of an in-place rewrite: its top-left cell (1-based) and its rectangle of cells as the merge made them. */
export interface CellBlock {
  row: number;
  column: number;
  cells: unknown[][];
}

/**
 * Sends every block of an in-place rewrite and its new rows (`added`, whole rows from column A, to go below the tab's
 * last row with data) in ONE call (the Sheets service); false when it cannot (then SpreadsheetApp writes them).
 */
export type BlockSender = (blocks: readonly CellBlock[], added: readonly (readonly unknown[])[]) => boolean;

/**
 * The blocks of an in-place rewrite of tab `sheetId` as one Spreadsheets.batchUpdate of the Sheets service: one
 * updateCells a block (its values only: the formatting stays), then one appendCells of the new rows, which Sheets
 * places below the tab's last row with data when it applies the call ("Adds new cells after the last row with data in
 * a sheet, inserting new rows into the sheet if necessary": a row inserted above meanwhile moves them down with the
 * rest, never under them). Text is a stringValue, stored as text as given — never a
 * formula, "07" stays "07" (src/gas/cell-batch.ts) — fitted to a cell; numbers and booleans as such. The call is
 * documented atomic: every block is written, or none. A Date is not sent (its serial is on the file's wall clock, which
 * this does not know): with one among the blocks, false, and SpreadsheetApp writes them (the review's tool columns hold
 * none). The caller makes sure SpreadsheetApp holds no unflushed write: writeInPlace reads just before it sends.
 */
export function apiBlockSender(api: GoogleAppsScript.Sheets, spreadsheetId: string, sheetId: number): BlockSender {
  return (blocks, added) => {
    const rowData = (cells: readonly (readonly unknown[])[]): GoogleAppsScript.Sheets.Schema.RowData[] | null => {
      const rows: GoogleAppsScript.Sheets.Schema.RowData[] = [];
      for (const line of cells) {
        const values: GoogleAppsScript.Sheets.Schema.CellData[] = [];
        for (const v of line) {
          const userEnteredValue = extendedValue(v);
          if (!userEnteredValue) return null;
          values.push({ userEnteredValue });
        }
        rows.push({ values });
      }
      return rows;
    };
    const requests: GoogleAppsScript.Sheets.Schema.Request[] = [];
    for (const b of blocks) {
      const rows = rowData(b.cells);
      if (!rows) return false;
      requests.push({ updateCells: { start: { sheetId, rowIndex: b.row - 1, columnIndex: b.column - 1 }, rows, fields: 'userEnteredValue' } });
    }
    if (added.length > 0) {
      const rows = rowData(added);
      if (!rows) return false;
      requests.push({ appendCells: { sheetId, rows, fields: 'userEnteredValue' } });
    }
    if (requests.length > 0) api.Spreadsheets.batchUpdate({ requests }, spreadsheetId);
    return true;
  };
}

/**
 * `values` (a tab as read, header first) with the rows whose `key` column holds one of `own` blank but for that key:
 * rows a writeInPlace of this run appended where its writes went astray ('moved after writing'), which the next merge
 * then makes again whole, whatever the astray write left in them.
 */
export function ownRowsBlank(values: readonly (readonly unknown[])[], own: ReadonlySet<string>, key: number): unknown[][] {
  return values.map((row, i) => (i > 0 && key >= 0 && own.has(String(row[key])) ? row.map((v, c) => (c === key ? v : '')) : row.slice()));
}

/** New rows of a tab written in place without the Sheets service: one appendRow each up to this many (see writeInPlace). */
export const APPENDED_ONE_BY_ONE = 100;

/**
 * What writeInPlace did: the calls it made; `'moved'` (nothing written) or `'moved after writing'` (its writes may have
 * gone to other rows or columns, its appended rows with them); null (nothing written: `after` drops rows or columns
 * `before` has, which no write in place can do — the review merge never does).
 */
export type InPlaceOutcome = number | 'moved' | 'moved after writing' | null;

/**
 * Rewrites a tab in place: `after[i]` over `before[i]` (both with the header at 0; `before` as read), for a tab people
 * work in while the run does. It never writes the tab whole: a cell of the people's columns typed while the run works
 * (the council's decision while a rebuild works) stays, however many cells the tool's columns change.
 *
 * Only the columns in `tool` (0-based: the tool's own) are written, and only on the header and on rows with a key (the
 * `key` column, 0-based: rows without one are people's own): as blocks of adjacent tool columns over each run of
 * adjacent keyed rows where one of their cells changed. A row between two changed ones is not written (a note typed
 * into it while the run works stays: review r78c F1). Every other cell is left as it is, whatever
 * the merge made of it (a respelt decision stays as typed: the merge reads it the same). Columns of `after` right of
 * `before`'s (a column the tab lacked, added by the merge at its end) are written the same way, and their header cell
 * too. The rows of `after` below `before`'s non-blank ones are new: written whole below the tab's last row with
 * content, placed by Sheets when the write runs (appendCells, or appendRow each), never by a row number: a row
 * inserted above between the check below and the write would otherwise put the last row read — a decision with it —
 * under the first new row.
 *
 * With `send` (the Sheets service: apiBlockSender), every block and every new row go in that ONE call, whatever their
 * number. Without it, each block is one setValues through SpreadsheetApp and each new row one appendRow (SpreadsheetApp
 * places no more than one row where the tab ends when it runs), with no cap: they are queued writes with no read between
 * them, committed together by the read that follows (about a flush: ~0.6 s), where a write of the whole tab would lose
 * what people typed. Each run of changed rows gives one block per run of adjacent tool columns (two in "Thẩm định":
 * the automatic columns, "Ghi chú"): a few in practice (a submission changes its own row), a few hundred queued calls
 * when a rebuild changes rows here and there across a large tab, within a rebuild's six minutes.
 *
 * The tab must still stand as it was read: just before writing, its header and key column are read again (one read of
 * the rectangle read, with the row below it and the column after it, within the grid `grid`); if either changed (a
 * column inserted, deleted or moved; rows sorted, inserted or deleted since), or the row below, the column after or a
 * column added holds anything (the read was short: a row or column inserted between its getDataRange and its
 * getValues, which would make a registration pushed out of it look new), nothing is written and `'moved'` is
 * returned: read and merge again. They are read once more after the writes (that read waits for them to be
 * committed): changed in between, the tool's cells may have gone to other rows or columns, and `'moved after writing'`
 * says to read, merge and write again, which puts them right — the rows it appended too, given again as `own` (rows
 * wholly the tool's: every cell of theirs is written where it differs). What is typed meanwhile into a cell this run
 * does not write stays. Plans every write before the first. Untrusted text is made literal.
 *
 * Not put right (a window of one call, which no check can close): a COLUMN inserted, deleted or moved in the instant
 * between the last check and the write. The tool's cells then land by their old column numbers (over a council cell
 * beside them), and the retry, looking for its appended rows under the code column's new place, may append them again.
 * Anchoring the columns (developer metadata and Values.batchUpdateByDataFilter) would close it; not done.
 */
export function writeInPlace(
  sheet: Sheet,
  before: readonly (readonly unknown[])[],
  after: readonly (readonly unknown[])[],
  tool: ReadonlySet<number>,
  key: number,
  grid: { rows: number; cols: number },
  own: ReadonlySet<string> = new Set(),
  send?: BlockSender,
  unkeyed?: number,
): InPlaceOutcome {
  // The rows that were there: up to the last one read with content (blank as the merge sees it; the rows below are
  // the new ones).
  let kept = before.length;
  while (kept > 0 && isBlankRow(before[kept - 1] ?? [])) kept--;
  if (kept > after.length) return null;
  const width = after.reduce((w, r) => Math.max(w, r.length), 0);
  const readWidth = before.reduce((w, r) => Math.max(w, r.length), 0);
  if (kept > 0 && readWidth > width) return null;
  const cell = (rows: readonly (readonly unknown[])[], r: number, c: number) => rows[r]?.[c] ?? '';
  // A row of `own` (appended by this run, whose write went astray) is the tool's in every column.
  const ownRow = (r: number) => r > 0 && own.has(String(cell(before, r, key)));
  const changed = (r: number, c: number) => !sameCell(cell(before, r, c), cell(after, r, c));
  // Stretches of rows the tool may write: the header, rows with a key, and a row without one whose `unkeyed` cell the
  // merge changed (the office's own row keeps every other cell as read).
  const writable = (r: number) => r === 0 || String(cell(before, r, key)).trim() !== '' || (unkeyed !== undefined && changed(r, unkeyed));
  const stretches: Array<[number, number]> = [];
  for (let r = 0; r < kept; r++) {
    if (!writable(r)) continue;
    let end = r + 1;
    while (end < kept && writable(end)) end++;
    stretches.push([r, end]);
    r = end;
  }
  const blocks: CellBlock[] = [];
  for (let r = 1; r < kept; r++) {
    if (!ownRow(r)) continue;
    const line = after[r] ?? [];
    if (Array.from({ length: width }, (_, c) => c).some((c) => c !== key && !tool.has(c) && changed(r, c))) {
      blocks.push({ row: r + 1, column: 1, cells: [Array.from({ length: width }, (_, c) => line[c] ?? '')] });
    }
  }
  for (let c = 0; c < width; c++) {
    if (!tool.has(c)) continue;
    let end = c + 1;
    while (end < width && tool.has(end)) end++;
    // A block is a run of adjacent rows where one of its cells changed: a row between two changed ones whose cells
    // did not change is not written, so that a note typed meanwhile into it stays (review r78c F1: "Ghi chú" is the
    // tool's column and the office's too).
    const rowChanged = (r: number) => {
      for (let j = c; j < end; j++) if (changed(r, j)) return true;
      return false;
    };
    for (const [from, to] of stretches) {
      for (let r = from; r < to; r++) {
        if (!rowChanged(r)) continue;
        let last = r + 1;
        while (last < to && rowChanged(last)) last++;
        blocks.push({ row: r + 1, column: c + 1, cells: after.slice(r, last).map((line) => Array.from({ length: end - c }, (_, j) => line[c + j] ?? '')) });
        r = last;
      }
    }
    c = end - 1;
  }
  // The header cells of the columns added that are not the tool's (blank as read: the merge adds them empty).
  for (let c = readWidth; kept > 0 && c < width; c++) {
    if (tool.has(c)) continue;
    let end = c + 1;
    while (end < width && !tool.has(end)) end++;
    blocks.push({ row: 1, column: c + 1, cells: [after[0].slice(c, end).map((v) => v ?? '')] });
    c = end - 1;
  }
  // The new rows, whole, to go below the last row with content.
  const added = after.slice(kept).map((line) => Array.from({ length: width }, (_, j) => line[j] ?? ''));
  if (blocks.length + added.length === 0) return 0;
  // The header and the key column as they stand now (the rectangle read, read again), before the writes and, when rows
  // were written by their place, after them. Before them, also the rows below the kept ones up to the one below the
  // read (blank as read), the columns added and the column after them (blank): content there means the read was short.
  const rows = Math.min(before.length + 1, grid.rows);
  const cols = Math.min(width + 1, grid.cols);
  const moved = (written: boolean) => {
    const now = sheet.getRange(1, 1, written ? kept : rows, written ? width : cols).getValues();
    // The header as read; after the writes, with the headers of the columns added (blank before).
    for (let c = 0; c < width; c++) if (!sameCell(now[0][c], cell(written && c >= readWidth ? after : before, 0, c))) return true;
    for (let r = 1; r < kept; r++) if (!sameCell(now[r][key], cell(before, r, key))) return true;
    if (written) return false;
    for (let r = kept; r < rows; r++) for (let c = 0; c < width; c++) if (!sameCell(now[r][c], cell(before, r, c))) return true;
    for (let r = 0; r < rows; r++) for (let c = readWidth; c < cols; c++) if (!sameCell(now[r][c], '')) return true;
    return false;
  };
  if (kept > 0 && moved(false)) return 'moved';
  let calls = 1;
  if (!send?.(blocks, added)) {
    for (const b of blocks) sheet.getRange(b.row, b.column, b.cells.length, b.cells[0].length).setValues(b.cells.map((line) => line.map(toCell)));
    // New rows placed by the server where the tab ends when each call runs (appendRow), so that a row inserted above
    // meanwhile cannot put one over the council's last row — up to APPENDED_ONE_BY_ONE: past it (a tab emptied but for
    // its header, a backlog with no trigger running) the rest go in one write below them, as a tab with no row but its
    // header always does (nothing of the council's to write over), for thousands of appendRow calls would not end
    // within the run's six minutes.
    const oneByOne = kept <= 1 ? 0 : Math.min(added.length, APPENDED_ONE_BY_ONE);
    for (let i = 0; i < oneByOne; i++) sheet.appendRow(added[i].map(toCell));
    calls = blocks.length + oneByOne;
    if (oneByOne < added.length) {
      const rest = added.slice(oneByOne).map((line) => line.map(toCell));
      // Below every row read (the read ends after formulas that show nothing and rows of spaces, as appendRow places
      // a row; the check before the writes found the row below it blank), or below the rows just appended.
      const at = (oneByOne > 0 ? sheet.getLastRow() : before.length) + 1;
      if (at + rest.length - 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), at + rest.length - 1 - sheet.getMaxRows());
      sheet.getRange(at, 1, rest.length, width).setValues(rest);
      calls += 2;
    }
  }
  if (kept > 0 && moved(true)) return 'moved after writing';
  return calls + (kept > 0 ? 2 : 0);
}

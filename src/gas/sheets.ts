// Batch I/O over SpreadsheetApp: one read per input tab, one write per output tab.
import { gridFor, type Cell } from '../core/table';
import { listedGrid, tabsRead } from './batch-read';
import { writeInPlace, type BlockSender } from './rows';
import { spreadsheetAppWrote } from './cell-batch';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** A tab's first row, as wide as its content ([] when the tab is blank). */
export function readHeader(sheet: Sheet): unknown[] {
  const width = sheet.getLastColumn();
  return width === 0 ? [] : sheet.getRange(1, 1, 1, width).getValues()[0];
}

/**
 * Reads a whole tab (header row included) with one getValues; [] when the tab is blank. getDataRange is A1 to the last
 * row and column with content (A1 alone on a blank tab): two calls where sizes, range and values took four.
 */
export function readValues(sheet: Sheet): unknown[][] {
  const values = sheet.getDataRange().getValues();
  if (values.length === 1 && values[0].length === 1 && values[0][0] === '') return [];
  return values;
}

/** The tab named `name` (as getSheetByName finds it): from the run's listing when it has one, else asked; null when none. */
export function findSheet(ss: Spreadsheet, name: string): Sheet | null {
  return tabsRead(ss)?.sheetNamed(name) ?? ss.getSheetByName(name);
}

/** The tab named `name` (findSheet), inserted when missing. */
export function ensureSheet(ss: Spreadsheet, name: string): { sheet: Sheet; created: boolean } {
  const existing = findSheet(ss, name);
  if (existing) return { sheet: existing, created: false };
  spreadsheetAppWrote();
  return { sheet: ss.insertSheet(name), created: true };
}

const HEADER_BACKGROUND = '#e8f0fe';

export interface WriteOptions {
  frozenRows?: number;
  /** `frozenRows` is the least: more rows the office froze (a second header line) are kept (review clerkday #5). */
  frozenAtLeast?: boolean;
  /** Column widths in pixels, by column index (0-based); applied when the tab was blank (then the office's own). */
  widths?: number[];
  /** `widths` applied to a tab with content too, when it is formatted (a tab nobody resizes: a school's view). */
  setWidths?: boolean;
  /**
   * The tool's row naming the columns `widths` are for (a school or group tab: its registrations' header row). A
   * generated tab recorded with other columns has its widths set again (src/gas/tab-layouts.ts columnsKey), whatever
   * its number of columns (review upgrade7 U1b).
   */
  columns?: readonly unknown[];
  /** Wrap long text and align rows to the top (for tabs with paragraphs of findings)… */
  wrap?: boolean;
  /** …from this 1-based row on (default 2: every row below the header). */
  wrapFromRow?: number;
  /** More 1-based rows to set in bold (titles, headers and totals of blocks below the first row). */
  boldRows?: number[];
  /** 1-based rows to wrap (the column headers of blocks below the first row). */
  wrapRows?: number[];
  /** Protect with a warning: the tab is generated. */
  protectWithWarning?: string;
  /** Leave the grid larger than the content (office-edited tabs). Generated tabs are trimmed. */
  keepGrid?: boolean;
  /** The first row is a title, not column headers (it is not wrapped). */
  titleRow?: boolean;
  /** At least this many rows in the grid, grown to them and kept when trimming (room for a formula's results to
   * spill, or for the next submissions' rows: src/gas/rows.ts). */
  minRows?: number;
  /** A1 ranges to centre (columns of numbers or short codes with their headings). */
  centred?: readonly string[];
  /**
   * Rewrite in place, over `read` (the tab as read, header included; not blank): only the `tool` columns (0-based)
   * where they change, columns the tab lacked added at its end, new rows written below it, the rows of `own` codes
   * whole (src/gas/rows.ts writeInPlace) — never the whole grid; every block in one call through `send` when given.
   * When the tab's header or `key` column changed since `read` (read again before and after the writes), writeTable
   * says so instead of 'written'. For a tab people work in while the run works.
   */
  inPlace?: {
    read: readonly (readonly unknown[])[];
    tool: ReadonlySet<number>;
    key: number;
    own?: ReadonlySet<string>;
    send?: BlockSender;
    /** A tool column written in a row without a key too, where it changed ("Thẩm định"'s note: review r77c F3). */
    unkeyed?: number;
  };
}

/** What writeTable did: wrote the tab, or (in place) found it changed since it was read, before or after its writes. */
export type WriteOutcome = 'written' | 'moved' | 'moved after writing';

/** What writeTable reads of a tab before writing it: its extent, grid and frozen rows, and whether to protect it. */
export interface TabSize {
  lastRow: number;
  lastColumn: number;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  /** The tab changes shape (blank, another width, a block layout of another height): it is formatted again. */
  reshaped: boolean;
  /** The tab asks for a warning protection and has none yet. */
  protect: boolean;
  /**
   * A generated tab whose columns changed in number (a column added or removed by an update, a clerk's column trimmed),
   * or whose recorded columns differ from the tool's (review upgrade7 U1b: an update's new column where the office had
   * added its own at the right, the count unchanged): the widths it has belong to other columns, so its own are set again.
   */
  columnsChanged: boolean;
}

/**
 * Reads what writeTable needs of a tab before writing `header` and `rows` to it. A job writing several tabs measures
 * them all first, then writes them all: a read after a write waits for the pending writes (it costs a flush), so
 * reads interleaved with writes would cost one flush per tab.
 */
export function measureTab(
  sheet: Sheet,
  header: readonly Cell[],
  rows: readonly unknown[][],
  opts: WriteOptions = {},
  read?: readonly (readonly unknown[])[],
  relayout: boolean | 'columns' = false,
): TabSize {
  // A tab just read whole with readValues: its extent is that of the values read (getDataRange's), not asked again.
  const lastRow = read ? read.length : sheet.getLastRow();
  const lastColumn = read ? (read[0]?.length ?? 0) : sheet.getLastColumn();
  // Its grid as the run's listing gave it, for the first write of a tab the run named (batch-read.ts presize).
  const listed = listedGrid(sheet);
  const maxRows = listed ? listed.rows : sheet.getMaxRows();
  const maxCols = listed ? listed.cols : sheet.getMaxColumns();
  const frozenRows = opts.frozenRows !== undefined || !opts.keepGrid ? (listed ? listed.frozen : sheet.getFrozenRows()) : 0;
  // The width it will have: the content's, or for a tab whose grid is kept (the office's columns), its own if wider. A
  // generated tab wider than its content (a clerk's column beside it) is trimmed: a new shape (review clerkday #2).
  let width = Math.max(header.length, opts.keepGrid ? lastColumn : 0, 1);
  for (const r of rows) if (r.length > width) width = r.length;
  const blockLayout = opts.wrapFromRow !== undefined || (opts.boldRows?.length ?? 0) > 0 || (opts.wrapRows?.length ?? 0) > 0 || (opts.centred?.length ?? 0) > 0;
  // `relayout`: the caller knows the blocks moved within the same size (src/gas/tab-layouts.ts).
  const reshaped = lastRow === 0 || lastColumn !== width || (blockLayout && lastRow !== rows.length + 1) || relayout !== false;
  const protect = reshaped && opts.protectWithWarning !== undefined && sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0;
  // Its columns other than those recorded (`relayout` 'columns': src/gas/tab-layouts.ts), the count the same too.
  const columnsChanged = !opts.keepGrid && lastColumn > 0 && (lastColumn !== width || relayout === 'columns');
  return { lastRow, lastColumn, maxRows, maxCols, frozenRows, reshaped, protect, columnsChanged };
}

/**
 * Replaces a tab's content with header + rows in one setValues. Grows the grid first if needed, writes the new
 * content padded over the old extent (so a failure leaves the tab either as before or as after), then trims the
 * grid to the content so generated tabs do not eat into the 10-million-cell limit.
 *
 * Every read comes before the first write: a read after writes waits for them to be committed (a flush).
 * Sheets refuses to freeze every row of a tab and to delete every row below the frozen ones, so the grid keeps one
 * row below the frozen ones, and the frozen rows are set before rows are deleted.
 *
 * Formatting (header style, wrapping, bold and centred rows, widths, the protection) is applied when the tab is
 * blank or changes shape (its width, or for a tab with a block layout its height); a tab rewritten in the same shape
 * keeps the formatting it has, and rows added below the old content get the data rows' wrapping. A steady-state
 * rewrite is then its size reads and one setValues (issue 12: a rebuild near its floor). With `opts.inPlace`, a tab
 * changed since it was read is not formatted and the outcome says when it was found changed (WriteOutcome).
 */
export function writeTable(sheet: Sheet, header: Cell[], rows: unknown[][], opts: WriteOptions = {}, measured: TabSize = measureTab(sheet, header, rows, opts)): WriteOutcome {
  // A submission that writes a tab whole (the register rewritten) leaves its writes for the lock's flush.
  spreadsheetAppWrote();
  const before = { rows: measured.lastRow, cols: measured.lastColumn };
  let { maxRows, maxCols } = measured;
  const frozenBefore = measured.frozenRows;
  const frozen = opts.frozenRows === undefined ? frozenBefore : opts.frozenAtLeast ? Math.max(frozenBefore, opts.frozenRows) : opts.frozenRows;
  const { reshaped, protect } = measured;
  // The grid gridFor makes: the new content padded over the old extent.
  let width = Math.max(header.length, before.cols, 1);
  for (const r of rows) if (r.length > width) width = r.length;
  const gridRows = Math.max(rows.length + 1, before.rows, 1);
  const height = Math.max(gridRows, frozen + 1, opts.minRows ?? 0);
  // The grid grown first (below its last row: no content moves), so that rows appended in place stay within it.
  if (maxRows < height) sheet.insertRowsAfter(maxRows, height - maxRows), (maxRows = height);
  if (maxCols < width) sheet.insertColumnsAfter(maxCols, width - maxCols), (maxCols = width);
  // In place over any tab read with content, a column added or not (a blank one is written whole: nobody's cells).
  const inPlace = opts.inPlace && before.rows > 0 ? writeInPlace(sheet, opts.inPlace.read, [header, ...rows], opts.inPlace.tool, opts.inPlace.key, { rows: maxRows, cols: maxCols }, opts.inPlace.own, opts.inPlace.send, opts.inPlace.unkeyed) : null;
  // Moved since the read (before the writes, or while they were made): the caller reads and merges again.
  if (inPlace === 'moved' || inPlace === 'moved after writing') return inPlace;
  if (inPlace === null) sheet.getRange(1, 1, gridRows, width).setValues(gridFor(header, rows, before));
  if (opts.frozenRows !== undefined && frozenBefore !== frozen) sheet.setFrozenRows(frozen);
  let formatWidth = width;
  if (!opts.keepGrid) {
    const contentRows = Math.max(rows.length + 1, 1);
    const contentCols = Math.max(header.length, ...rows.map((r) => r.length), 1);
    const keepRows = Math.max(contentRows, frozen + 1, opts.minRows ?? 0);
    if (maxRows > keepRows) sheet.deleteRows(keepRows + 1, maxRows - keepRows);
    if (maxCols > contentCols) sheet.deleteColumns(contentCols + 1, maxCols - contentCols);
    // Formatted within the grid left: the columns beyond the content are gone.
    formatWidth = contentCols;
  }
  formatTable(sheet, header, rows, opts, { reshaped, protect, beforeRows: before.rows, width: formatWidth, columnsChanged: measured.columnsChanged });
  return 'written';
}

/**
 * Deletes rows of a tab (`rows`: 1-based, rising), a run of adjacent rows in one call, from the bottom up: what Sheets
 * keeps by a row's position (hidden, its cells' colours and formats) goes with it, and the rows below keep theirs with
 * their values — where a rewrite moving the values up would leave them on other rows (review r83o F1). `measured` is the
 * tab's size read before (measureTab): a grid left with no row below its frozen ones (Sheets refuses that) grows first,
 * below its last row; returned as the tab stands after.
 */
export function deleteTabRows(sheet: Sheet, rows: readonly number[], measured: TabSize): TabSize {
  if (rows.length === 0) return measured;
  spreadsheetAppWrote();
  let maxRows = measured.maxRows;
  const short = measured.frozenRows + 1 - (maxRows - rows.length);
  if (short > 0) sheet.insertRowsAfter(maxRows, short), (maxRows += short);
  for (let end = rows.length; end > 0; ) {
    let start = end - 1;
    while (start > 0 && rows[start - 1] === rows[start] - 1) start--;
    sheet.deleteRows(rows[start], end - start);
    end = start;
  }
  return { ...measured, lastRow: Math.max(0, measured.lastRow - rows.length), maxRows: maxRows - rows.length };
}

/**
 * The formatting writeTable applies once a tab's values are written: everything (header style, widths on a blank tab,
 * wrapping, bold and centred rows, the protection when `protect`) when the tab is new or `reshaped`; else only the
 * data rows' wrapping of rows added below the `beforeRows` the tab held. Shared by the Sheets API path
 * (batch-write.ts), which formats only the tabs it created or reshaped.
 */
export function formatTable(
  sheet: Sheet,
  header: Cell[],
  rows: unknown[][],
  opts: WriteOptions,
  shape: { reshaped: boolean; protect: boolean; beforeRows: number; width: number; columnsChanged?: boolean },
): void {
  const { reshaped, protect, width } = shape;
  const before = { rows: shape.beforeRows };
  const wrapFrom = opts.wrapFromRow ?? 2;
  if (!reshaped) {
    // Same shape: only rows added below the old content need the data rows' wrapping.
    const from = Math.max(wrapFrom, before.rows + 1);
    if (opts.wrap && rows.length + 1 >= from) sheet.getRange(from, 1, rows.length + 2 - from, width).setWrap(true).setVerticalAlignment('top');
    return;
  }
  const height = rows.length + 1;
  // Blocks move between rebuilds (a list above them grows or shrinks): the formats an earlier layout gave rows that now
  // hold something else are reset over the whole content, one range for the bold and the alignment.
  const bold = opts.boldRows !== undefined;
  const centred = opts.centred !== undefined && opts.centred.length > 0;
  let contentWidth = Math.max(header.length, 1);
  if (bold || centred) for (const r of rows) if (r.length > contentWidth) contentWidth = r.length;
  const content = bold || centred ? sheet.getRange(1, 1, height, contentWidth) : null;
  if (header.length > 0) {
    const first = sheet.getRange(1, 1, 1, header.length).setBackground(HEADER_BACKGROUND);
    if (!bold) first.setFontWeight('bold');
    // Column headers wrap within their column; a title row runs on across the empty cells beside it.
    if (!opts.titleRow) first.setWrap(true).setVerticalAlignment('top');
  }
  // A blank tab, or one whose columns changed in number (review upgrade7 U1: the new "Năm học" column left each column
  // after it with the width of the one before it, "Cần bổ sung" at 80 px).
  if ((before.rows === 0 || opts.setWidths || shape.columnsChanged) && opts.widths) opts.widths.forEach((px, i) => sheet.setColumnWidth(i + 1, px));
  if (opts.wrap && height >= wrapFrom) sheet.getRange(wrapFrom, 1, height + 1 - wrapFrom, width).setWrap(true).setVerticalAlignment('top');
  // The rows above a wrapped block run on: unwrapped, whatever an earlier layout left there.
  if (opts.wrap && wrapFrom > 2) sheet.getRange(2, 1, Math.min(wrapFrom - 1, height) - 1, width).setWrap(false);
  // Bold in one call, whatever the number of bold rows: the first row and `boldRows` bold, every other row reset, so
  // that no row stays bold where a block's title, header or total used to be.
  if (content && bold) content.setFontWeights(fontWeights(height, contentWidth, header.length > 0, opts.boldRows!));
  // Likewise the alignment, before this layout's ranges are centred.
  if (content && centred) content.setHorizontalAlignment(null);
  // Consecutive rows in one range: a table's rows cost one call, not one each.
  const wrapRows = (opts.wrapRows ?? []).filter((r) => r >= 1 && r <= height).sort((a, b) => a - b);
  for (let i = 0; i < wrapRows.length; ) {
    let j = i + 1;
    while (j < wrapRows.length && wrapRows[j] <= wrapRows[j - 1] + 1) j++;
    sheet.getRange(wrapRows[i], 1, wrapRows[j - 1] - wrapRows[i] + 1, width).setWrap(true).setVerticalAlignment('top');
    i = j;
  }
  for (const range of opts.centred ?? []) sheet.getRange(range).setHorizontalAlignment('center');
  if (protect) sheet.protect().setDescription(opts.protectWithWarning!).setWarningOnly(true);
}

/** The font weights of a `height` × `width` content: `first` row and the 1-based `boldRows` bold, the rest reset (null). */
function fontWeights(height: number, width: number, first: boolean, boldRows: readonly number[]): Array<Array<'bold' | null>> {
  const isBold = new Set(boldRows);
  if (first) isBold.add(1);
  const boldLine: Array<'bold' | null> = new Array(width).fill('bold');
  const plainLine: Array<'bold' | null> = new Array(width).fill(null);
  const out: Array<Array<'bold' | null>> = new Array(height);
  for (let r = 1; r <= height; r++) out[r - 1] = isBold.has(r) ? boldLine : plainLine;
  return out;
}

/**
 * The tabs of a spreadsheet from one listing (getSheets, then each name once), for a job that looks up many tabs:
 * found by name as getSheetByName finds them (regardless of case), kept in tab order, and kept current by the job's
 * own inserts and deletes through it.
 */
export class TabListing {
  readonly sheets: Sheet[];
  readonly names: string[];
  #byKey = new Map<string, number>();

  constructor(private readonly ss: Spreadsheet) {
    this.sheets = ss.getSheets();
    this.names = this.sheets.map((sh) => sh.getName());
    this.#index();
  }

  #index(): void {
    this.#byKey.clear();
    this.names.forEach((n, i) => {
      const key = n.toLowerCase();
      if (!this.#byKey.has(key)) this.#byKey.set(key, i);
    });
  }

  get(name: string): Sheet | null {
    const i = this.#byKey.get(name.toLowerCase());
    return i === undefined ? null : this.sheets[i];
  }

  /** The tab's exact name when one answers to `name`. */
  nameOf(name: string): string | null {
    const i = this.#byKey.get(name.toLowerCase());
    return i === undefined ? null : this.names[i];
  }

  /** ensureSheet through the listing: a new tab is inserted (at the end) and listed. */
  ensure(name: string): { sheet: Sheet; created: boolean } {
    const existing = this.get(name);
    if (existing) return { sheet: existing, created: false };
    const sheet = this.ss.insertSheet(name);
    // Where Sheets put it (the same place ensureSheet's insert gets).
    const at = Math.min(Math.max(sheet.getIndex() - 1, 0), this.sheets.length);
    this.sheets.splice(at, 0, sheet);
    this.names.splice(at, 0, name);
    this.#index();
    return { sheet, created: true };
  }

  delete(index: number): void {
    this.ss.deleteSheet(this.sheets[index]);
    this.sheets.splice(index, 1);
    this.names.splice(index, 1);
    this.#index();
  }

  /** Moves a listed tab to a 1-based position, as moveActiveSheet does. */
  move(index: number, position: number): void {
    this.ss.setActiveSheet(this.sheets[index]);
    this.ss.moveActiveSheet(position);
    const [sheet] = this.sheets.splice(index, 1);
    const [name] = this.names.splice(index, 1);
    this.sheets.splice(position - 1, 0, sheet);
    this.names.splice(position - 1, 0, name);
    this.#index();
  }
}

/**
 * Puts the named tabs first, in this order (the others keep theirs, after them). With a listing, positions come from
 * it (no lookup or index read per tab).
 */
export function arrangeTabs(ss: Spreadsheet, order: readonly string[], listing?: TabListing): void {
  let position = 1;
  for (const name of order) {
    if (listing) {
      const sheet = listing.get(name);
      if (!sheet) continue;
      const index = listing.sheets.indexOf(sheet);
      if (index + 1 !== position) listing.move(index, position);
      position++;
      continue;
    }
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    if (sheet.getIndex() !== position) {
      ss.setActiveSheet(sheet);
      ss.moveActiveSheet(position);
    }
    position++;
  }
}

/** Deletes the blank tab a new spreadsheet starts with ("Trang tính1" / "Sheet1"), if it is still blank. */
export function removeBlankStarterTab(ss: Spreadsheet): void {
  for (const sheet of ss.getSheets()) {
    if (/^(Trang tính|Sheet)\d+$/.test(sheet.getName()) && sheet.getLastRow() === 0 && ss.getSheets().length > 1) {
      ss.deleteSheet(sheet);
    }
  }
}

// Writing many generated tabs at once through the Sheets advanced service (the Sheets API v4 inside Apps Script,
// enabled in appsscript.json): one listing of every tab with its grid and frozen rows, structural changes in one
// batchUpdate when there are any, every tab's values in one values.batchUpdate. A rebuild then costs a handful of calls
// whatever the number of school tabs (issue 12), where SpreadsheetApp needs 8 or so per tab (a lookup, five size
// reads, a range, a write).
//
// Order, so that a failure at any call leaves each tab as before or as after:
//   1. SpreadsheetApp.flush(): the API does not see the script's unflushed SpreadsheetApp writes.
//   2. Spreadsheets.get: the tabs (title, sheetId, index, rowCount, columnCount, frozenRowCount), their protections
//      and charts. (API grids, not content extents: generated tabs are trimmed to their content, so the grid is it.)
//   3. Spreadsheets.batchUpdate — only if needed: new tabs (addSheet, sized to their content), grids grown
//      (appendDimension: a values write never grows a grid, it fails with "exceeds grid limits"), frozen rows.
//   4. Spreadsheets.Values.batchUpdate, valueInputOption RAW: every tab's rectangle, padded with "" over its old grid.
//      RAW stores text as given — never a formula, "07" stays "07" — so no "'" prefix here (it would show).
//      Spreadsheets.batchUpdate is documented atomic ("if any request is not valid … nothing will be applied"); the
//      reference of values.batchUpdate says nothing of atomicity. Each tab is one ValueRange covering its whole old
//      and new extent, and a request that fails validation (a bad range) is refused whole; a partial application of
//      one request is not documented either way (unverified).
//   5. Spreadsheets.batchUpdate — only if needed: grids trimmed to the content (after the write, so the old content
//      is already overwritten), stale tabs deleted, tabs put in order.
//   6. SpreadsheetApp formatting, only of tabs created or reshaped (as writeTable does).
//
// Dates: a Date is not JSON (Apps Script would send its ISO text, stored as such by RAW). Generated tabs hold none
// today; a Date cell is written as the text Sheets shows for a date in a vi_VN file — dd/MM/yyyy, or
// dd/MM/yyyy HH:mm:ss when it has a time of day — in the script's time zone (the office's).
import { fitText, type Cell } from '../core/table';
import { formatDate, formatDateTime, isDate } from '../core/text';
import { formatTable, type WriteOptions } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

/** The Sheets advanced service when the manifest enables it, else null. */
export function sheetsApi(): GoogleAppsScript.Sheets | null {
  return typeof Sheets === 'undefined' || !Sheets ? null : Sheets;
}

/** One tab to write: its name, header row, rows and writeTable's options. */
export interface TabWrite {
  name: string;
  header: Cell[];
  rows: unknown[][];
  opts: WriteOptions;
}

interface Listed {
  sheetId: number;
  title: string;
  rows: number;
  cols: number;
  frozen: number;
  protectedRanges: number;
  charts: number;
}

/** A1 of a tab's name for the API: always quoted ("07" or "A1" would read as cells), "'" doubled inside. */
export function quoteTab(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function column(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** One tab as the API lists it. */
export interface ListedTab {
  sheetId: number;
  title: string;
  rows: number;
  cols: number;
  frozen: number;
  /** The tab is hidden (View → Hidden sheets). */
  hidden: boolean;
}

/** The fields of the listing (ApiTabs and src/gas/batch-read.ts ask for the same, so either listing serves both). */
export const LISTING_FIELDS =
  'properties.timeZone,sheets(properties(sheetId,title,index,hidden,gridProperties(rowCount,columnCount,frozenRowCount)),protectedRanges(protectedRangeId),charts(chartId))';

/** A tab of a listing (a Spreadsheets.get with LISTING_FIELDS) as the runs use it. */
export function listedTab(s: GoogleAppsScript.Sheets.Schema.Sheet): ListedTab {
  return {
    sheetId: Number(s.properties?.sheetId),
    title: String(s.properties?.title),
    rows: Number(s.properties?.gridProperties?.rowCount ?? 0),
    cols: Number(s.properties?.gridProperties?.columnCount ?? 0),
    frozen: Number(s.properties?.gridProperties?.frozenRowCount ?? 0),
    // The API leaves out a property at its default: `hidden` is there only when true.
    hidden: s.properties?.hidden === true,
  };
}

/** A1 of the rectangle rows × cols from A1 of a tab. */
export function rectA1(name: string, rows: number, cols: number): string {
  return `${quoteTab(name)}!A1:${column(cols)}${rows}`;
}

/**
 * A value as a RAW write stores it: text as it is (cut with "…" past a cell's 50,000 characters), numbers, booleans;
 * a Date as the text Sheets shows for it; nothing else ("" for null, undefined, NaN, objects without a string form).
 */
export function rawCell(v: unknown): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'boolean') return v;
  if (isDate(v)) {
    const d = v as Date;
    if (isNaN(d.getTime())) return '';
    return d.getHours() || d.getMinutes() || d.getSeconds() ? formatDateTime(d) : formatDate(d);
  }
  let s: string;
  try {
    s = String(v);
  } catch {
    return '';
  }
  return fitText(s);
}

/** What happened to each tab of a batch: created, or reshaped (formatted again), and its Sheet when formatted. */
export interface BatchOutcome {
  created: Set<string>;
  reshaped: Set<string>;
  /** The sheet ids of the tabs created, by name. */
  createdIds: Map<string, number>;
}

/**
 * The tabs of the spreadsheet as the API lists them (one call), for a job that writes many tabs: found by name as
 * getSheetByName finds them (regardless of case), in tab order.
 */
export class ApiTabs {
  readonly id: string;
  readonly tabs: Listed[];
  #byKey = new Map<string, Listed>();

  private constructor(
    private readonly ss: Spreadsheet,
    private readonly api: GoogleAppsScript.Sheets,
    id?: string,
  ) {
    // The API reads the file as the server holds it: the script's pending SpreadsheetApp writes go first.
    SpreadsheetApp.flush();
    this.id = id ?? ss.getId();
    const got = api.Spreadsheets.get(this.id, { fields: LISTING_FIELDS });
    this.tabs = (got.sheets ?? []).map((s) => ({ ...listedTab(s), protectedRanges: (s.protectedRanges ?? []).length, charts: (s.charts ?? []).length }));
    this.#index();
  }

  /**
   * The listing, or null when the Sheets advanced service is not enabled (the caller uses SpreadsheetApp). `id`: the
   * spreadsheet's id when the caller has it already.
   */
  static open(ss: Spreadsheet, id?: string): ApiTabs | null {
    const api = sheetsApi();
    return api ? new ApiTabs(ss, api, id) : null;
  }

  #index(): void {
    this.#byKey.clear();
    for (const t of this.tabs) if (!this.#byKey.has(t.title.toLowerCase())) this.#byKey.set(t.title.toLowerCase(), t);
  }

  get(name: string): Listed | null {
    return this.#byKey.get(name.toLowerCase()) ?? null;
  }

  /** The tab's exact name when one answers to `name`. */
  nameOf(name: string): string | null {
    return this.get(name)?.title ?? null;
  }

  get names(): string[] {
    return this.tabs.map((t) => t.title);
  }

  /** The text a cell of a listed tab shows (one values.get), '' when empty or the tab is missing. */
  cellText(name: string, a1: string): string {
    const tab = this.get(name);
    if (!tab) return '';
    const got = this.api.Spreadsheets.Values.get(this.id, `${quoteTab(tab.title)}!${a1}`, {});
    return String(got.values?.[0]?.[0] ?? '');
  }

  /**
   * Writes `writes` (the generated tabs: trimmed to their content, protected with a warning when they ask for it),
   * then the `formulas` (our own, read as typed), deletes the tabs named by `remove`, and puts the tabs named in
   * `order` first, in that order, with the caller's `requests` in that last batch. Formats the tabs created or
   * reshaped, and those named in `relayout` (their blocks moved: src/gas/tab-layouts.ts). See the order of calls at the top.
   */
  writeAll(
    writes: readonly TabWrite[],
    extra: {
      formulas?: Array<{ tab: string; a1: string; formula: string }>;
      remove?: readonly string[];
      order?: readonly string[];
      requests?: readonly Request[];
      relayout?: ReadonlySet<string>;
      /** Of `relayout`, the tabs whose columns changed (src/gas/tab-layouts.ts): their widths are set again. */
      columns?: ReadonlySet<string>;
    } = {},
  ): BatchOutcome {
    const grow: Request[] = [];
    const shrink: Request[] = [];
    const data: GoogleAppsScript.Sheets.Schema.ValueRange[] = [];
    const created = new Set<string>();
    const reshaped = new Set<string>();
    const format: Array<{ w: TabWrite; reshaped: boolean; protect: boolean; beforeRows: number; width: number; columnsChanged: boolean }> = [];
    const added: string[] = [];

    for (const w of writes) {
      const { header, rows, opts } = w;
      const contentRows = rows.length + 1;
      let contentCols = Math.max(header.length, 1);
      for (const r of rows) if (r.length > contentCols) contentCols = r.length;
      const listed = this.get(w.name);
      const frozen = opts.frozenRows ?? listed?.frozen ?? 0;
      const keepRows = Math.max(contentRows, frozen + 1, opts.minRows ?? 0);
      const blockLayout = opts.wrapFromRow !== undefined || (opts.boldRows?.length ?? 0) > 0 || (opts.wrapRows?.length ?? 0) > 0 || (opts.centred?.length ?? 0) > 0;
      let height: number;
      let width: number;
      let isReshaped: boolean;
      let protect: boolean;
      let beforeRows: number;
      let columnsChanged = false;
      if (!listed) {
        grow.push({ addSheet: { properties: { title: w.name, gridProperties: { rowCount: keepRows, columnCount: contentCols, frozenRowCount: frozen } } } });
        added.push(w.name);
        created.add(w.name);
        height = keepRows;
        width = contentCols;
        isReshaped = true;
        protect = opts.protectWithWarning !== undefined;
        beforeRows = 0;
      } else {
        if (listed.rows < keepRows) grow.push({ appendDimension: { sheetId: listed.sheetId, dimension: 'ROWS', length: keepRows - listed.rows } });
        if (listed.cols < contentCols) grow.push({ appendDimension: { sheetId: listed.sheetId, dimension: 'COLUMNS', length: contentCols - listed.cols } });
        if (opts.frozenRows !== undefined && opts.frozenRows !== listed.frozen) {
          grow.push({ updateSheetProperties: { properties: { sheetId: listed.sheetId, gridProperties: { frozenRowCount: opts.frozenRows } }, fields: 'gridProperties.frozenRowCount' } });
        }
        height = Math.max(keepRows, listed.rows);
        width = Math.max(contentCols, listed.cols);
        if (!opts.keepGrid) {
          if (height > keepRows) shrink.push({ deleteDimension: { range: { sheetId: listed.sheetId, dimension: 'ROWS', startIndex: keepRows, endIndex: height } } });
          if (width > contentCols) shrink.push({ deleteDimension: { range: { sheetId: listed.sheetId, dimension: 'COLUMNS', startIndex: contentCols, endIndex: width } } });
        }
        // The grid of a generated tab is its content's: another width, or another height for a block layout, is a new
        // shape. A generated tab without its protection was never finished (a run stopped before its formatting) or was
        // unprotected by hand: it is formatted and protected again.
        const unprotected = opts.protectWithWarning !== undefined && listed.protectedRanges === 0;
        isReshaped = listed.cols !== contentCols || (blockLayout && listed.rows !== keepRows) || unprotected || (extra.relayout?.has(w.name) ?? false) || (extra.columns?.has(w.name) ?? false);
        protect = unprotected;
        beforeRows = listed.rows;
        // Its widths belong to other columns (src/gas/sheets.ts formatTable).
        columnsChanged = !opts.keepGrid && (listed.cols !== contentCols || (extra.columns?.has(w.name) ?? false));
        if (isReshaped) reshaped.add(w.name);
      }
      // The rectangle: the content, padded with "" over the whole old grid so nothing of the old content is left.
      const values: Array<Array<string | number | boolean>> = new Array(height);
      for (let i = 0; i < height; i++) {
        const src: readonly unknown[] = i === 0 ? header : (rows[i - 1] ?? []);
        const line: Array<string | number | boolean> = new Array(width);
        for (let j = 0; j < width; j++) line[j] = rawCell(src[j]);
        values[i] = line;
      }
      data.push({ range: rectA1(listed ? listed.title : w.name, height, width), values });
      format.push({ w, reshaped: isReshaped, protect, beforeRows, width: contentCols, columnsChanged });
    }

    // Stale tabs go, and the order is set, in the trimming batch (after every write).
    const order = this.tabs.filter((t) => !(extra.remove ?? []).some((n) => n === t.title)).map((t) => t.title);
    for (const name of extra.remove ?? []) {
      const t = this.tabs.find((x) => x.title === name);
      if (t) shrink.push({ deleteSheet: { sheetId: t.sheetId } });
    }
    order.push(...added);

    let addedIds = new Map<string, number>();
    if (grow.length > 0) {
      const res = this.api.Spreadsheets.batchUpdate({ requests: grow }, this.id);
      addedIds = new Map((res.replies ?? []).filter((r) => r.addSheet).map((r) => [String(r.addSheet!.properties!.title), Number(r.addSheet!.properties!.sheetId)]));
    }
    if (data.length > 0) this.api.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data }, this.id);
    if (extra.formulas && extra.formulas.length > 0) {
      // Our own formulas (never an answer): read as typed, so that they are formulas.
      this.api.Spreadsheets.Values.batchUpdate(
        { valueInputOption: 'USER_ENTERED', data: extra.formulas.map((f) => ({ range: `${quoteTab(this.nameOf(f.tab) ?? f.tab)}!${f.a1}`, values: [[f.formula]] })) },
        this.id,
      );
    }
    // The order: each named tab moved up to its place (indexes before the move; a move up is to the index itself).
    const idOf = (title: string) => this.get(title)?.sheetId ?? addedIds.get(title);
    let position = 0;
    for (const name of extra.order ?? []) {
      const at = order.findIndex((t) => t.toLowerCase() === name.toLowerCase());
      if (at < 0) continue;
      if (at !== position) {
        const id = idOf(order[at]);
        if (id !== undefined) shrink.push({ updateSheetProperties: { properties: { sheetId: id, index: position }, fields: 'index' } });
        const [t] = order.splice(at, 1);
        order.splice(position, 0, t);
      }
      position++;
    }
    // The caller's own requests of other tabs (the review tab's dropdowns) ride in the same batch.
    shrink.push(...(extra.requests ?? []));
    if (shrink.length > 0) this.api.Spreadsheets.batchUpdate({ requests: shrink }, this.id);

    // Formatting through SpreadsheetApp, only where the shape changed (the API writes are committed: it sees them).
    for (const f of format) {
      if (!f.reshaped) continue;
      const sheet = this.sheet(f.w.name);
      if (sheet) formatTable(sheet, f.w.header, f.w.rows, f.w.opts, { reshaped: true, protect: f.protect, beforeRows: f.beforeRows, width: f.width, columnsChanged: f.columnsChanged });
    }
    return { created, reshaped, createdIds: addedIds };
  }


  /** The SpreadsheetApp handle of a tab (for formatting, charts, validation): one lookup. */
  sheet(name: string): Sheet | null {
    return this.ss.getSheetByName(name);
  }
}

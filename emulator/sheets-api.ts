// The Sheets advanced service (`Sheets`, the Sheets API v4 inside Apps Script) over the same spreadsheet model
// SpreadsheetApp uses — only the subset the product calls: Spreadsheets.get, Spreadsheets.batchUpdate (addSheet,
// deleteSheet, appendDimension, deleteDimension, updateSheetProperties of frozen rows, index and title, setDataValidation
// of a list), Spreadsheets.Values.get, Spreadsheets.Values.batchGet and Spreadsheets.Values.batchUpdate (RAW and
// USER_ENTERED). Each method is one counted call "Sheets.Spreadsheets.get"… with the latency model's per-call and
// per-cell charge; it exists only when the manifest enables the service (index.ts: dependencies.enabledAdvancedServices).
//
// Sources (developers.google.com): apps-script/advanced/sheets (the service uses the API's objects, methods and
// parameters; method signatures: the request body first, then the spreadsheet id — as the typings
// @types/google-apps-script/apis/sheets_v4.d.ts give them); sheets/api/reference/rest/v4/ValueInputOption ("RAW: the
// values the user has entered will not be parsed and will be stored as-is"); spreadsheets/batchUpdate ("If any
// request is not valid then the entire request will fail and nothing will be applied… applied together
// atomically"); ValueRange ("Null values will be skipped. To set a cell to an empty value, set the string value to
// an empty string"). The grid-limit error text is the one reported from live use ("Range ('X'!A1001) exceeds grid
// limits. Max rows: 1000, max columns: 121", github.com/cloudfour/lighthouse-parade#151, home-assistant/core#104198);
// the API never grows a grid on a values write.
//
// ASSUMPTIONS (unverified, say so where it matters):
//  - values.batchUpdate's reference does not say it is atomic (only spreadsheets.batchUpdate's does). Here every
//    range is validated before any is written, so an invalid range fails the whole call with nothing written, and an
//    injected fault fails the call before it runs. A real partial failure inside one request is not modelled.
//  - Apps Script wraps API errors as "API call to sheets.<method> failed with error: <message>"; the wording of some
//    messages (unknown request kinds, too many values for a range) is ours.
//  - A Date in a values write reaches the API as JSON, i.e. its ISO text, and RAW stores that text. Send serial
//    numbers or text, never Dates (the emulation stores the ISO text, so a Date written by mistake shows).
//  - Tab names in A1 ranges are matched exactly (quoted with '…' and '' for a quote when needed).
import { attach, instrument, isDate, type Facade, type Runtime, type Subset } from './runtime.js';
import { CELL_CHAR_LIMIT, displayValue, interpretInput, parseA1, toA1, zonedParts, zonedToEpoch, type Cell } from './values.js';
import { CellLimitError, FILE_CELL_LIMIT, MSG as SHEET_MSG, type SheetModel, type SpreadsheetModel, type SpreadsheetStore } from './spreadsheet.js';
import { CELL_READ_MS, CELL_WRITE_MS } from './latency.js';

type S = GoogleAppsScript.Sheets.Schema.Spreadsheet;
type Req = GoogleAppsScript.Sheets.Schema.Request;
type BatchReq = GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest;
type BatchRes = GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;
type ValuesReq = GoogleAppsScript.Sheets.Schema.BatchUpdateValuesRequest;
type ValuesRes = GoogleAppsScript.Sheets.Schema.BatchUpdateValuesResponse;
type ValueRange = GoogleAppsScript.Sheets.Schema.ValueRange;
type SpreadsheetsCollection = GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
type ValuesCollection = GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection;

export const SHEETS_API_MSG = {
  failed: (method: string, message: string) => `API call to sheets.${method} failed with error: ${message}`,
  notFound: 'Requested entity was not found.',
  /** An empty batchUpdate (HTTP 400; googleapis/google-api-nodejs-client#1001). */
  noRequests: 'Must specify at least one request.',
  gridLimits: (range: string, maxRows: number, maxCols: number) => `Range (${range}) exceeds grid limits. Max rows: ${maxRows}, max columns: ${maxCols}`,
  parseRange: (range: string) => `Unable to parse range: ${range}`,
  inputOption: "Invalid value at 'value_input_option'",
  tooManyValues: (range: string) => `Requested writing within range [${range}], but tried writing more rows or columns than the range holds.`,
  badValue: (i: number, j: number) => `Invalid values[${i}][${j}]: only strings, numbers and booleans are values`,
  noSheet: (id: unknown) => `No grid with id: ${String(id)}`,
  cellChars: `Your input contains more than the maximum of ${CELL_CHAR_LIMIT} characters in a single cell.`,
  /**
   * A request past the per-minute quota of one user (HTTP 429; sheets/api/limits: 60 reads and 60 writes a minute per
   * user per project, 300 per project — the script's triggers all run as its owner, so the user's bind first). The
   * text as the API's error gives it (seen live); the product must not decide on it.
   */
  perMinute: (kind: 'Read' | 'Write') =>
    `Quota exceeded for quota metric '${kind} requests' and limit '${kind} requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:000000000000'.`,
  /** The emulation's own report: a real script would write with the API over writes SpreadsheetApp still holds. */
  unflushed: (call: string) =>
    `Emulation: ${call} called while SpreadsheetApp writes of this execution are not flushed (the API does not see them; call SpreadsheetApp.flush() first).`,
};

/** Requests of each kind (read, write) one user may make a minute (sheets/api/limits). */
export const SHEETS_API_PER_MINUTE = 60;

/** A1 of a tab for the API: quoted unless letters, digits and "_" only. */
export function quoteTitle(title: string): string {
  return /^[A-Za-z0-9_]+$/.test(title) ? title : `'${title.replace(/'/g, "''")}'`;
}

class ApiError extends Error {}

/** The state one service call needs: the runtime, the files, and the check common to every method. */
class Api {
  constructor(
    readonly rt: Runtime,
    readonly store: SpreadsheetStore,
  ) {}
  /**
   * The file, refusing a call over unflushed SpreadsheetApp writes (a bug the emulation reports), and one request of
   * the user's per-minute quota: a read for get and batchGet, a write for the rest (sheets/api/limits: "Read requests
   * are requests to any method that retrieves data … like get or search. Write requests … like update, clear or copyTo").
   */
  file(method: string, id: string): SpreadsheetModel {
    if (this.rt.sheetWritesPending) throw this.rt.error(SHEETS_API_MSG.unflushed(`Sheets.${method}`));
    // A rate needs a clock that moves with the work: with latency not modelled, the clock stands still through any
    // number of executions (a test's thirty submissions "in one instant"), and no minute would ever be refilled.
    const kind = /\.(?:get|batchGet)$/.test(method) ? 'Read' : 'Write';
    if (this.rt.modelLatency) this.rt.consumeMinuteQuota(`sheets.api.${kind}`, SHEETS_API_PER_MINUTE, SHEETS_API_MSG.failed(method, SHEETS_API_MSG.perMinute(kind)));
    const f = this.store.byId(String(id));
    if (!f || f.trashed) throw this.fail(method, SHEETS_API_MSG.notFound);
    return f;
  }
  fail(method: string, message: string): Error {
    return this.rt.error(SHEETS_API_MSG.failed(method, message));
  }
  run<T>(method: string, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof ApiError) throw this.fail(method, e.message);
      if (e instanceof CellLimitError) throw this.fail(method, e.message);
      throw e;
    }
  }
}

/** A range of one tab, resolved against its grid. */
interface Target {
  sheet: SheetModel;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

function resolve(f: SpreadsheetModel, range: string): Target {
  const text = String(range ?? '');
  const bang = text.lastIndexOf('!');
  if (bang < 0) throw new ApiError(SHEETS_API_MSG.parseRange(text));
  let title = text.slice(0, bang);
  if (title.startsWith("'") && title.endsWith("'") && title.length >= 2) title = title.slice(1, -1).replace(/''/g, "'");
  else if (title.includes("'")) throw new ApiError(SHEETS_API_MSG.parseRange(text));
  const sheet = f.sheets.find((s) => s.name === title);
  if (!sheet) throw new ApiError(SHEETS_API_MSG.parseRange(text));
  // Open-ended ranges ("A2:C") end at the grid; a closed range past it is refused, never grown — for a read as for a
  // write (a values.get of a range past the grid fails with the same "exceeds grid limits": gspread#554, pygsheets#124,
  // #416). An open-ended range that starts past the grid ("A5:A" of a 3-row tab) is past it too (ASSUMPTION: its first
  // cell is outside the grid), never read as rows 3 to 5 turned round.
  const p = parseA1(text.slice(bang + 1), sheet.maxRows, sheet.maxCols);
  if (!p) throw new ApiError(SHEETS_API_MSG.parseRange(text));
  if (p.row + p.numRows - 1 > sheet.maxRows || p.col + p.numCols - 1 > sheet.maxCols) {
    const r = p.row + p.numRows - 1 > sheet.maxRows ? sheet.maxRows + 1 : p.row;
    const c = p.col + p.numCols - 1 > sheet.maxCols ? sheet.maxCols + 1 : p.col;
    throw new ApiError(SHEETS_API_MSG.gridLimits(`${quoteTitle(sheet.name)}!${toA1(r, c, 1, 1)}`, sheet.maxRows, sheet.maxCols));
  }
  return { sheet, row: p.row, col: p.col, numRows: p.numRows, numCols: p.numCols };
}

/** A range to read: "Tab!A1:B2", "'My tab'!A:A", or a tab's name alone (its whole grid). */
function resolveRead(f: SpreadsheetModel, range: string): Target {
  const text = String(range ?? '');
  if (text.lastIndexOf('!') >= 0) return resolve(f, text);
  let title = text;
  if (title.startsWith("'") && title.endsWith("'") && title.length >= 2) title = title.slice(1, -1).replace(/''/g, "'");
  const sheet = f.sheets.find((s) => s.name === title);
  if (!sheet) throw new ApiError(SHEETS_API_MSG.parseRange(text));
  return { sheet, row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols };
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** A date as a serial number: days since 30/12/1899 on the wall clock of `tz`, the time of day as the fraction. */
export function serialNumber(d: Date, tz: string): number {
  const p = zonedParts(d.getTime(), tz);
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms) - SERIAL_EPOCH) / 86_400_000;
}

/** One cell as batchGet renders it. */
function renderCell(c: Cell | undefined, render: string, dates: string, tz: string): unknown {
  if (!c) return '';
  if (render === 'FORMATTED_VALUE') return displayValue(c, tz);
  if (render === 'FORMULA' && c.formula) return c.formula;
  const v = c.value;
  if (v instanceof Date) return dates === 'SERIAL_NUMBER' ? serialNumber(v, tz) : displayValue(c, tz);
  return v;
}

// ------------------------------------------------------------------ Spreadsheets.Values

type ValuesKeys = 'batchUpdate' | 'get' | 'batchGet';

export class EmuSheetsValues implements Facade<ValuesCollection, ValuesKeys> {
  #api: Api;
  constructor(api: Api) {
    this.#api = api;
    attach(this, api.rt);
  }
  /**
   * Writes every ValueRange of `resource.data`: all validated first (tab, grid, size of the values), then all written.
   * RAW stores strings as they are (never a formula, "07" stays text); USER_ENTERED reads them as typed.
   */
  batchUpdate(resource: ValuesReq, spreadsheetId: string): ValuesRes {
    const api = this.#api;
    const method = 'spreadsheets.values.batchUpdate';
    const f = api.file(method, spreadsheetId);
    return api.run(method, () => {
      const option = resource?.valueInputOption;
      if (option !== 'RAW' && option !== 'USER_ENTERED') throw new ApiError(SHEETS_API_MSG.inputOption);
      const plans: Array<{ t: Target; values: unknown[][] }> = [];
      for (const vr of resource.data ?? []) {
        const t = resolve(f, String(vr.range));
        const values = (vr.values ?? []) as unknown[][];
        if (!Array.isArray(values) || values.length > t.numRows || values.some((row) => !Array.isArray(row) || row.length > t.numCols)) {
          throw new ApiError(SHEETS_API_MSG.tooManyValues(String(vr.range)));
        }
        values.forEach((row, i) =>
          row.forEach((v, j) => {
            if (v !== null && v !== undefined && typeof v === 'object' && !isDate(v)) throw new ApiError(SHEETS_API_MSG.badValue(i, j));
            if (typeof v === 'string' && v.length > CELL_CHAR_LIMIT) throw new ApiError(SHEETS_API_MSG.cellChars);
          }),
        );
        plans.push({ t, values });
      }
      let cells = 0;
      const sheets = new Set<SheetModel>();
      const responses: GoogleAppsScript.Sheets.Schema.UpdateValuesResponse[] = [];
      for (const { t, values } of plans) {
        let n = 0;
        values.forEach((row, i) =>
          row.forEach((v, j) => {
            if (v === null || v === undefined) return; // skipped, as the API does
            t.sheet.setCell(t.row + i, t.col + j, toCellRaw(v, option, t.sheet, t.sheet.cell(t.row + i, t.col + j)?.numberFormat));
            n++;
          }),
        );
        cells += n;
        sheets.add(t.sheet);
        api.rt.countCells(0, n, `${f.id}:${t.sheet.id}`);
        responses.push({ spreadsheetId: f.id, updatedRange: `${quoteTitle(t.sheet.name)}!${toA1(t.row, t.col, t.numRows, t.numCols)}`, updatedCells: n });
      }
      api.rt.chargeData(cells * CELL_WRITE_MS);
      return { spreadsheetId: f.id, totalUpdatedCells: cells, totalUpdatedSheets: sheets.size, responses };
    });
  }
  /** The formatted values of a range (FORMATTED_VALUE, ROWS): trailing empty rows and cells left out, as the API does. */
  get(spreadsheetId: string, range: string, _optionalArgs?: object): ValueRange {
    const api = this.#api;
    const method = 'spreadsheets.values.get';
    const f = api.file(method, spreadsheetId);
    return api.run(method, () => {
      const t = resolve(f, range);
      const rows = Math.max(0, Math.min(t.numRows, t.sheet.maxRows - t.row + 1));
      const cols = Math.max(0, Math.min(t.numCols, t.sheet.maxCols - t.col + 1));
      const out: string[][] = [];
      for (let i = 0; i < rows; i++) {
        const line: string[] = [];
        for (let j = 0; j < cols; j++) line.push(displayValue(t.sheet.cell(t.row + i, t.col + j), f.timeZone));
        while (line.length && line[line.length - 1] === '') line.pop();
        out.push(line);
      }
      while (out.length && out[out.length - 1].length === 0) out.pop();
      api.rt.countCells(rows * cols, 0, `${f.id}:${t.sheet.id}`);
      api.rt.chargeData(rows * cols * CELL_READ_MS);
      const a1 = `${quoteTitle(t.sheet.name)}!${toA1(t.row, t.col, Math.max(rows, 1), Math.max(cols, 1))}`;
      return out.length ? { range: a1, majorDimension: 'ROWS', values: out } : { range: a1, majorDimension: 'ROWS' };
    });
  }
  /**
   * Several ranges in one call (spreadsheets.values.batchGet): `optionalArgs.ranges` (A1, or a tab's name alone for
   * its whole grid), `valueRenderOption` (FORMATTED_VALUE by default; UNFORMATTED_VALUE; FORMULA),
   * `dateTimeRenderOption` (SERIAL_NUMBER by default, FORMATTED_STRING; ignored with FORMATTED_VALUE) and
   * `majorDimension` (ROWS by default, COLUMNS). A range naming no tab fails the whole call ("Unable to parse range"),
   * as one bad range fails the request. Each ValueRange's `range` is the requested rectangle resolved against the
   * grid (a tab alone: its whole grid, e.g. "'Đơn vị'!A1:Z1000"); trailing empty rows and cells are left out, a
   * range with nothing in it has no `values`. Cells are charged as far as values come back (the rectangle up to its
   * last row and column with content), not over the empty grid.
   *
   * Values with UNFORMATTED_VALUE: numbers, booleans and text as stored; a date as its serial number — days since
   * 30/12/1899 in the file's time zone, the time of day as the fraction (sheets/api/reference/rest/v4/
   * DateTimeRenderOption) — or, with FORMATTED_STRING, as the text the cell shows; a formula's cell its value.
   * ASSUMPTIONS (unverified): a call without ranges answers with no valueRanges; an unknown option value fails the
   * call like an unknown enum value in a query ("Invalid value at …").
   */
  batchGet(spreadsheetId: string, optionalArgs?: object): GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse {
    const api = this.#api;
    const method = 'spreadsheets.values.batchGet';
    const f = api.file(method, spreadsheetId);
    return api.run(method, () => {
      const args = (optionalArgs ?? {}) as { ranges?: unknown; valueRenderOption?: unknown; dateTimeRenderOption?: unknown; majorDimension?: unknown };
      const render = String(args.valueRenderOption ?? 'FORMATTED_VALUE');
      const dates = String(args.dateTimeRenderOption ?? 'SERIAL_NUMBER');
      const major = String(args.majorDimension ?? 'ROWS');
      if (!['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'].includes(render)) throw new ApiError("Invalid value at 'value_render_option'");
      if (!['SERIAL_NUMBER', 'FORMATTED_STRING'].includes(dates)) throw new ApiError("Invalid value at 'date_time_render_option'");
      if (!['ROWS', 'COLUMNS'].includes(major)) throw new ApiError("Invalid value at 'major_dimension'");
      const ranges = args.ranges === undefined ? [] : Array.isArray(args.ranges) ? args.ranges.map(String) : [String(args.ranges)];
      // Every range resolved first: one that names no tab fails the call before anything is read.
      const targets = ranges.map((r) => resolveRead(f, r));
      if (targets.length === 0) return { spreadsheetId: f.id };
      const valueRanges: ValueRange[] = [];
      let cells = 0;
      for (const t of targets) {
        // Rows and cells past those stored are empty, and trailing empty ones are left out: they are not walked.
        const rows = Math.max(0, Math.min(t.numRows, t.sheet.maxRows - t.row + 1));
        const cols = Math.max(0, Math.min(t.numCols, t.sheet.maxCols - t.col + 1));
        const grid: unknown[][] = [];
        let width = 0;
        const walked = Math.min(rows, t.sheet.rows.length - t.row + 1);
        for (let i = 0; i < walked; i++) {
          const line: unknown[] = [];
          const stored = Math.min(cols, (t.sheet.rows[t.row + i - 1]?.length ?? 0) - t.col + 1);
          for (let j = 0; j < stored; j++) line.push(renderCell(t.sheet.cell(t.row + i, t.col + j), render, dates, f.timeZone));
          while (line.length && line[line.length - 1] === '') line.pop();
          if (line.length > width) width = line.length;
          grid.push(line);
        }
        while (grid.length && grid[grid.length - 1].length === 0) grid.pop();
        const n = grid.length * width;
        cells += n;
        api.rt.countCells(n, 0, `${f.id}:${t.sheet.id}`);
        let values = grid;
        if (major === 'COLUMNS') {
          values = [];
          for (let j = 0; j < width; j++) {
            const line = grid.map((r) => (j < r.length ? r[j] : ''));
            while (line.length && line[line.length - 1] === '') line.pop();
            values.push(line);
          }
          while (values.length && values[values.length - 1].length === 0) values.pop();
        }
        const a1 = `${quoteTitle(t.sheet.name)}!${toA1(t.row, t.col, Math.max(rows, 1), Math.max(cols, 1))}`;
        valueRanges.push(values.length ? { range: a1, majorDimension: major, values } : { range: a1, majorDimension: major });
      }
      api.rt.chargeData(cells * CELL_READ_MS);
      return { spreadsheetId: f.id, valueRanges };
    });
  }
}
const _v: Subset<EmuSheetsValues, ValuesCollection> = true;
instrument(EmuSheetsValues, 'Sheets.Spreadsheets.Values');

function toCellRaw(v: unknown, option: 'RAW' | 'USER_ENTERED', sheet: SheetModel, fmt: string | undefined): Cell {
  // A Date crosses the API as JSON: its ISO text (see the assumptions above).
  const value = isDate(v) ? (v as Date).toISOString() : v;
  if (option === 'USER_ENTERED') return interpretInput(value, fmt, sheet.file.timeZone, () => new ApiError(SHEETS_API_MSG.cellChars), sheet.file.locale);
  if (typeof value === 'number') return { value: Number.isFinite(value) ? value : '' };
  if (typeof value === 'boolean') return { value };
  return { value: String(value) };
}

/** The comma-separated parts of a fields mask at its top level ("a.b,c(d,e)" → ["a.b", "c(d,e)"]). */
function topLevelFields(fields: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= fields.length; i++) {
    const ch = fields[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if ((ch === ',' && depth === 0) || i === fields.length) {
      const part = fields.slice(from, i).trim();
      if (part) out.push(part);
      from = i + 1;
    }
  }
  return out;
}

// ------------------------------------------------------------------ updateCells
// An UpdateCellsRequest from a `start` cell (the form the product sends; `range` is not emulated): `rows` of CellData,
// only the `fields` named (of CellData, comma-separated) written. Source: developers.google.com/sheets/api/reference/
// rest/v4/spreadsheets/request#UpdateCellsRequest ("The fields of CellData that should be updated. At least one field
// must be specified"), ExtendedValue ("stringValue: … Leading single quotes are not included": a string is stored as
// text, never read as a formula or a number), CellFormat (wrapStrategy WRAP / OVERFLOW_CELL / CLIP; verticalAlignment
// TOP / MIDDLE / BOTTOM) and NumberFormat (type DATE / TIME / DATE_TIME with a pattern: the number is a date serial,
// which SpreadsheetApp then reads as a Date). A cell past the grid fails the request (the API never grows a grid).
type UpdateCells = GoogleAppsScript.Sheets.Schema.UpdateCellsRequest;
type ExtendedValue = GoogleAppsScript.Sheets.Schema.ExtendedValue;
const UPDATE_CELLS_FIELDS = new Set(['userEnteredValue', 'userEnteredFormat.wrapStrategy', 'userEnteredFormat.verticalAlignment', 'userEnteredFormat.numberFormat']);
const DATE_TYPES = new Set(['DATE', 'TIME', 'DATE_TIME']);

function updateFields(u: UpdateCells): string[] {
  return String(u.fields ?? '').split(',').map((x) => x.trim()).filter((x) => x !== '');
}

function checkUpdateCells(u: UpdateCells, d: { title: string; rows: number; cols: number }, bad: (m: string) => ApiError): void {
  if (u.range) throw bad('range is not emulated (start only)');
  const fields = updateFields(u);
  if (fields.length === 0) throw bad('At least one field must be specified');
  for (const f of fields) if (!UPDATE_CELLS_FIELDS.has(f)) throw bad(`the emulation does not update "${f}"`);
  const top = Number(u.start?.rowIndex ?? 0);
  const left = Number(u.start?.columnIndex ?? 0);
  if (!(top >= 0 && left >= 0 && Number.isInteger(top) && Number.isInteger(left))) throw bad('start must be a cell of the grid');
  (u.rows ?? []).forEach((row, i) => {
    const cells = row.values ?? [];
    if (cells.length === 0) return;
    if (top + i + 1 > d.rows || left + cells.length > d.cols) {
      throw bad(SHEETS_API_MSG.gridLimits(`${quoteTitle(d.title)}!${toA1(top + i + 1 > d.rows ? d.rows + 1 : top + i + 1, left + cells.length > d.cols ? d.cols + 1 : left + 1, 1, 1)}`, d.rows, d.cols));
    }
    for (const c of cells) {
      const v: ExtendedValue = c?.userEnteredValue ?? {};
      const kinds = (['stringValue', 'numberValue', 'boolValue', 'formulaValue', 'errorValue'] as const).filter((k) => v[k] !== undefined && v[k] !== null);
      if (kinds.length > 1) throw bad('a value is one of stringValue, numberValue, boolValue');
      if (kinds[0] === 'formulaValue' || kinds[0] === 'errorValue') throw bad(`${kinds[0]} is not emulated`);
      if (kinds[0] === 'stringValue' && String(v.stringValue).length > CELL_CHAR_LIMIT) throw bad(SHEETS_API_MSG.cellChars);
      if (kinds[0] === 'numberValue' && !Number.isFinite(Number(v.numberValue))) throw bad('numberValue must be a finite number');
    }
  });
}

/** Applies a checked updateCells to `s`; returns the cells written. */
function applyUpdateCells(u: UpdateCells, s: SheetModel): number {
  const fields = new Set(updateFields(u));
  const top = Number(u.start?.rowIndex ?? 0);
  const left = Number(u.start?.columnIndex ?? 0);
  let n = 0;
  (u.rows ?? []).forEach((row, i) =>
    (row.values ?? []).forEach((data, j) => {
      const r = top + i + 1;
      const c = left + j + 1;
      const cell: Cell = { ...(s.cell(r, c) ?? { value: '' }) };
      const format = data?.userEnteredFormat ?? {};
      if (fields.has('userEnteredFormat.numberFormat')) {
        const nf = format.numberFormat;
        if (nf?.pattern) cell.numberFormat = String(nf.pattern);
        else delete cell.numberFormat;
      }
      if (fields.has('userEnteredValue')) {
        const v: ExtendedValue = data?.userEnteredValue ?? {};
        delete cell.formula;
        if (v.stringValue !== undefined && v.stringValue !== null) cell.value = String(v.stringValue);
        else if (v.boolValue !== undefined && v.boolValue !== null) cell.value = !!v.boolValue;
        else if (v.numberValue !== undefined && v.numberValue !== null) {
          const x = Number(v.numberValue);
          const type = fields.has('userEnteredFormat.numberFormat') ? format.numberFormat?.type : undefined;
          cell.value = type && DATE_TYPES.has(type) ? fromSerial(x, s.file.timeZone) : x;
        } else cell.value = '';
      }
      if (fields.has('userEnteredFormat.wrapStrategy')) {
        if (format.wrapStrategy) cell.wrap = format.wrapStrategy === 'WRAP';
        else delete cell.wrap;
      }
      if (fields.has('userEnteredFormat.verticalAlignment')) {
        if (format.verticalAlignment) cell.verticalAlignment = format.verticalAlignment.toLowerCase();
        else delete cell.verticalAlignment;
      }
      s.setCell(r, c, cell);
      n++;
    }),
  );
  return n;
}

/** A date serial (days since 30/12/1899 on the wall clock of `tz`) as the Date SpreadsheetApp reads. */
function fromSerial(serial: number, tz: string): Date {
  const wall = SERIAL_EPOCH + Math.round(serial * 86_400_000);
  const p = new Date(wall);
  return new Date(zonedToEpoch(p.getUTCFullYear(), p.getUTCMonth() + 1, p.getUTCDate(), p.getUTCHours(), p.getUTCMinutes(), p.getUTCSeconds(), tz) + p.getUTCMilliseconds());
}

// ------------------------------------------------------------------ Spreadsheets

type SpreadsheetsKeys = 'get' | 'batchUpdate' | 'Values';

/** The light state a batch is checked against before anything is applied (the batch is atomic). */
interface Draft {
  id: number;
  title: string;
  rows: number;
  cols: number;
  frozen: number;
  model?: SheetModel;
}

export class EmuSheetsSpreadsheets implements Facade<SpreadsheetsCollection, Exclude<SpreadsheetsKeys, 'Values'>> {
  readonly Values: ValuesCollection;
  #api: Api;
  constructor(api: Api) {
    this.#api = api;
    this.Values = new EmuSheetsValues(api) as unknown as ValuesCollection;
    attach(this, api.rt);
  }
  /**
   * The spreadsheet's tabs: `properties` (sheetId, title, index, hidden when true, gridProperties: rowCount,
   * columnCount, frozenRowCount), and when the field mask names them `protectedRanges` (sheetId, description, warningOnly) and
   * `charts` (chartId). No grid data.
   */
  get(spreadsheetId: string, optionalArgs?: object): S {
    const api = this.#api;
    const f = api.file('spreadsheets.get', spreadsheetId);
    const fields = String((optionalArgs as { fields?: unknown } | undefined)?.fields ?? '');
    const all = fields === '';
    // The file's own properties when the mask asks for them at its top level ("properties.timeZone", "properties(…)").
    const top = topLevelFields(fields);
    const fileProps = all || top.some((x) => x === 'properties' || x.startsWith('properties.') || x.startsWith('properties('));
    return {
      spreadsheetId: f.id,
      ...(fileProps ? { properties: { title: f.name, locale: f.locale, timeZone: f.timeZone } } : {}),
      sheets: f.sheets.map((s, index) => ({
        properties: {
          sheetId: s.id,
          title: s.name,
          index,
          sheetType: 'GRID',
          // As the API gives it: left out when false (a property at its default is not sent).
          ...(s.hidden ? { hidden: true } : {}),
          gridProperties: { rowCount: s.maxRows, columnCount: s.maxCols, ...(s.frozenRows ? { frozenRowCount: s.frozenRows } : {}) },
        },
        ...(all || fields.includes('protectedRanges')
          ? {
              protectedRanges: f.protections
                .filter((p) => !p.removed && p.sheetId === s.id)
                .map((p, i) => ({ protectedRangeId: i + 1, range: { sheetId: s.id }, description: p.description, warningOnly: p.warningOnly })),
            }
          : {}),
        ...(all || fields.includes('charts') ? { charts: s.charts.map((c) => ({ chartId: c.id })) } : {}),
      })),
    };
  }

  /** Applies `resource.requests` in order, all or nothing: every request is checked first, then all are applied. */
  batchUpdate(resource: BatchReq, spreadsheetId: string): BatchRes {
    const api = this.#api;
    const method = 'spreadsheets.batchUpdate';
    const f = api.file(method, spreadsheetId);
    return api.run(method, () => {
      const requests = resource?.requests ?? [];
      if (requests.length === 0) throw new ApiError(SHEETS_API_MSG.noRequests);
      // 1. Check every request against a draft of the tabs' shapes.
      const draft: Draft[] = f.sheets.map((s) => ({ id: s.id, title: s.name, rows: s.maxRows, cols: s.maxCols, frozen: s.frozenRows, model: s }));
      let cells = f.cellCount();
      const byId = (i: number, id: unknown): Draft => {
        const d = draft.find((x) => x.id === Number(id));
        if (!d) throw new ApiError(`Invalid requests[${i}]: ${SHEETS_API_MSG.noSheet(id)}`);
        return d;
      };
      requests.forEach((r: Req, i) => {
        const kinds = Object.keys(r ?? {}).filter((k) => (r as Record<string, unknown>)[k] !== undefined);
        if (kinds.length !== 1) throw new ApiError(`Invalid requests[${i}]: one kind of request each`);
        const kind = kinds[0];
        const bad = (m: string) => new ApiError(`Invalid requests[${i}].${kind}: ${m}`);
        if (kind === 'addSheet') {
          const p = r.addSheet!.properties ?? {};
          const title = String(p.title ?? '');
          if (!title || draft.some((d) => d.title.toLowerCase() === title.toLowerCase())) throw bad(SHEET_MSG.dupSheet(title));
          if (title.length > 100) throw bad(SHEET_MSG.longSheetName);
          const rows = p.gridProperties?.rowCount ?? 1000;
          const cols = p.gridProperties?.columnCount ?? 26;
          const frozen = p.gridProperties?.frozenRowCount ?? 0;
          if (!(rows >= 1 && cols >= 1)) throw bad('the grid needs a row and a column');
          if (frozen > 0 && frozen >= rows) throw bad(SHEET_MSG.freezeAll);
          cells += rows * cols;
          if (cells > FILE_CELL_LIMIT) throw bad(SHEET_MSG.cellLimit);
          const at = p.index === undefined ? draft.length : Math.max(0, Math.min(p.index, draft.length));
          draft.splice(at, 0, { id: -1 - i, title, rows, cols, frozen });
        } else if (kind === 'deleteSheet') {
          const d = byId(i, r.deleteSheet!.sheetId);
          if (draft.length === 1) throw bad(SHEET_MSG.removeAllSheets);
          draft.splice(draft.indexOf(d), 1);
          cells -= d.rows * d.cols;
        } else if (kind === 'appendDimension') {
          const a = r.appendDimension!;
          const d = byId(i, a.sheetId);
          const n = Number(a.length);
          if (!(n >= 1) || !Number.isInteger(n)) throw bad('length must be at least 1');
          if (a.dimension === 'ROWS') (d.rows += n), (cells += n * d.cols);
          else if (a.dimension === 'COLUMNS') (d.cols += n), (cells += n * d.rows);
          else throw bad('dimension must be ROWS or COLUMNS');
          if (cells > FILE_CELL_LIMIT) throw bad(SHEET_MSG.cellLimit);
        } else if (kind === 'deleteDimension') {
          const range = r.deleteDimension!.range ?? {};
          const d = byId(i, range.sheetId);
          const start = Number(range.startIndex ?? 0);
          const end = Number(range.endIndex);
          const max = range.dimension === 'ROWS' ? d.rows : range.dimension === 'COLUMNS' ? d.cols : -1;
          if (max < 0) throw bad('dimension must be ROWS or COLUMNS');
          if (!(start >= 0 && end > start && end <= max)) throw bad(range.dimension === 'ROWS' ? SHEET_MSG.rowsOut : SHEET_MSG.colsOut);
          const n = end - start;
          if (range.dimension === 'ROWS') {
            if (n >= d.rows) throw bad(SHEET_MSG.deleteAllRows);
            const frozenAfter = d.frozen - Math.max(0, Math.min(d.frozen, end) - start);
            if (frozenAfter > 0 && d.rows - n <= frozenAfter) throw bad(SHEET_MSG.deleteNonFrozen);
            d.rows -= n;
            d.frozen = frozenAfter;
            cells -= n * d.cols;
          } else {
            if (n >= d.cols) throw bad(SHEET_MSG.deleteAllCols);
            d.cols -= n;
            cells -= n * d.rows;
          }
        } else if (kind === 'updateSheetProperties') {
          const u = r.updateSheetProperties!;
          const d = byId(i, u.properties?.sheetId);
          const fields = String(u.fields ?? '').split(',').map((x) => x.trim());
          for (const field of fields) {
            if (field === 'gridProperties.frozenRowCount') {
              const n = Number(u.properties?.gridProperties?.frozenRowCount ?? 0);
              if (!(n >= 0) || !Number.isInteger(n)) throw bad('frozenRowCount');
              if (n > 0 && n >= d.rows) throw bad(SHEET_MSG.freezeAll);
              d.frozen = n;
            } else if (field === 'index') {
              const to = Number(u.properties?.index);
              if (!(to >= 0) || !Number.isInteger(to)) throw bad('index');
              // Indexes count "before the move" (the reference's example: S1 ahead of S2 of S1,S2,S3 is index 2).
              const from = draft.indexOf(d);
              draft.splice(from, 1);
              draft.splice(Math.min(to > from ? to - 1 : to, draft.length), 0, d);
            } else if (field === 'title') {
              // As Sheet.setName: a name no other tab has (regardless of case), of at most 100 characters.
              const title = String(u.properties?.title ?? '');
              if (!title || draft.some((x) => x !== d && x.title.toLowerCase() === title.toLowerCase())) throw bad(SHEET_MSG.dupSheet(title));
              if (title.length > 100) throw bad(SHEET_MSG.longSheetName);
              d.title = title;
            } else {
              throw bad(`the emulation does not update "${field}"`);
            }
          }
        } else if (kind === 'setDataValidation') {
          // A dropdown of a list (ONE_OF_LIST) over a grid range, or none (no rule: the range's rules go).
          const v = r.setDataValidation!;
          const range = v.range ?? {};
          const d = byId(i, range.sheetId);
          const top = Number(range.startRowIndex ?? 0);
          const left = Number(range.startColumnIndex ?? 0);
          const bottom = Number(range.endRowIndex ?? d.rows);
          const right = Number(range.endColumnIndex ?? d.cols);
          if (!(top >= 0 && left >= 0 && bottom > top && right > left)) throw bad('empty range');
          if (bottom > d.rows || right > d.cols) throw bad(SHEETS_API_MSG.gridLimits(`${quoteTitle(d.title)}!${toA1(bottom > d.rows ? d.rows + 1 : top + 1, right > d.cols ? d.cols + 1 : left + 1, 1, 1)}`, d.rows, d.cols));
          if (v.rule && v.rule.condition?.type !== 'ONE_OF_LIST') throw bad(`condition "${v.rule.condition?.type}" not emulated (ONE_OF_LIST only)`);
        } else if (kind === 'updateCells') {
          checkUpdateCells(r.updateCells!, byId(i, r.updateCells!.start?.sheetId), bad);
        } else if (kind === 'appendCells') {
          // "Adds new cells after the last row with data in a sheet, inserting new rows into the sheet if necessary"
          // (AppendCellsRequest): checked as an updateCells from column A of the row below the tab's content as it
          // stands now (no earlier request of the batch writes below it in the product's use), the grid grown.
          const a = r.appendCells!;
          const d = byId(i, a.sheetId);
          const last = d.model ? d.model.lastRow() : 0;
          const n = (a.rows ?? []).length;
          const grow = Math.max(0, last + n - d.rows);
          (d.rows += grow), (cells += grow * d.cols);
          if (cells > FILE_CELL_LIMIT) throw bad(SHEET_MSG.cellLimit);
          checkUpdateCells({ start: { sheetId: a.sheetId, rowIndex: last, columnIndex: 0 }, rows: a.rows, fields: a.fields }, d, bad);
        } else {
          throw bad('not emulated (only addSheet, deleteSheet, appendDimension, deleteDimension, updateSheetProperties, setDataValidation, updateCells, appendCells)');
        }
      });
      // 2. Apply them, in order, to the model.
      const replies: GoogleAppsScript.Sheets.Schema.Response[] = [];
      const model = (id: unknown) => f.sheets.find((s) => s.id === Number(id))!;
      for (const r of requests) {
        if (r.addSheet) {
          const p = r.addSheet.properties ?? {};
          const s = f.addSheet(String(p.title), p.index ?? undefined, p.gridProperties?.rowCount ?? 1000, p.gridProperties?.columnCount ?? 26);
          s.frozenRows = p.gridProperties?.frozenRowCount ?? 0;
          replies.push({ addSheet: { properties: { sheetId: s.id, title: s.name, index: f.sheets.indexOf(s), gridProperties: { rowCount: s.maxRows, columnCount: s.maxCols, frozenRowCount: s.frozenRows } } } });
          continue;
        }
        if (r.deleteSheet) {
          const s = model(r.deleteSheet.sheetId);
          f.sheets.splice(f.sheets.indexOf(s), 1);
          f.protections = f.protections.filter((p) => p.sheetId !== s.id);
          if (f.activeSheetId === s.id) f.activeSheetId = f.sheets[0].id;
        } else if (r.appendDimension) {
          const s = model(r.appendDimension.sheetId);
          if (r.appendDimension.dimension === 'ROWS') s.insertRows(s.maxRows, Number(r.appendDimension.length));
          else s.insertColumns(s.maxCols, Number(r.appendDimension.length));
        } else if (r.deleteDimension) {
          const range = r.deleteDimension.range!;
          const s = model(range.sheetId);
          const start = Number(range.startIndex ?? 0);
          const n = Number(range.endIndex) - start;
          if (range.dimension === 'ROWS') {
            s.frozenRows -= Math.max(0, Math.min(s.frozenRows, start + n) - start);
            s.rows.splice(start, n);
            s.maxRows -= n;
          } else {
            for (const row of s.rows) if (row) row.splice(start, n);
            s.maxCols -= n;
          }
        } else if (r.setDataValidation) {
          const v = r.setDataValidation;
          const range = v.range!;
          const s = model(range.sheetId);
          const top = Number(range.startRowIndex ?? 0);
          const left = Number(range.startColumnIndex ?? 0);
          const a1 = toA1(top + 1, left + 1, Number(range.endRowIndex ?? s.maxRows) - top, Number(range.endColumnIndex ?? s.maxCols) - left);
          // As Range.setDataValidation in the model: the range's rule is replaced (rules are kept by range).
          s.validations = s.validations.filter((x) => x.a1 !== a1);
          if (v.rule) {
            const list = (v.rule.condition?.values ?? []).map((c) => String(c.userEnteredValue ?? ''));
            s.validations.push({ a1, criteria: 'VALUE_IN_LIST', values: [list, v.rule.showCustomUi ?? false], allowInvalid: !v.rule.strict, helpText: v.rule.inputMessage ?? '' });
          }
        } else if (r.updateCells) {
          const s = model(r.updateCells.start!.sheetId);
          api.rt.countCells(0, applyUpdateCells(r.updateCells, s), `${f.id}:${s.id}`);
        } else if (r.appendCells) {
          const s = model(r.appendCells.sheetId);
          const last = s.lastRow();
          const n = (r.appendCells.rows ?? []).length;
          if (last + n > s.maxRows) s.insertRows(s.maxRows, last + n - s.maxRows);
          const u = { start: { sheetId: s.id, rowIndex: last, columnIndex: 0 }, rows: r.appendCells.rows, fields: r.appendCells.fields };
          api.rt.countCells(0, applyUpdateCells(u, s), `${f.id}:${s.id}`);
        } else if (r.updateSheetProperties) {
          const u = r.updateSheetProperties;
          const s = model(u.properties!.sheetId);
          for (const field of String(u.fields).split(',').map((x) => x.trim())) {
            if (field === 'gridProperties.frozenRowCount') s.frozenRows = Number(u.properties!.gridProperties?.frozenRowCount ?? 0);
            if (field === 'title') s.name = String(u.properties!.title);
            if (field === 'index') {
              const to = Number(u.properties!.index);
              const from = f.sheets.indexOf(s);
              f.sheets.splice(from, 1);
              f.sheets.splice(Math.min(to > from ? to - 1 : to, f.sheets.length), 0, s);
            }
          }
        }
        replies.push({});
      }
      return { spreadsheetId: f.id, replies };
    });
  }
}
const _s: Subset<EmuSheetsSpreadsheets, SpreadsheetsCollection> = true;
instrument(EmuSheetsSpreadsheets, 'Sheets.Spreadsheets');

/** The global `Sheets` (only `Spreadsheets` is emulated; the Schema builders new…() are not). */
export class EmuSheetsService {
  readonly Spreadsheets: SpreadsheetsCollection;
  constructor(rt: Runtime, store: SpreadsheetStore) {
    this.Spreadsheets = new EmuSheetsSpreadsheets(new Api(rt, store)) as unknown as SpreadsheetsCollection;
    attach(this, rt);
  }
}
const _g: Subset<EmuSheetsService, GoogleAppsScript.Sheets> = true;

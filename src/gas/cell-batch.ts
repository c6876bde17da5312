// A new registration's row writes as ONE call: the register's row, the row of "Kết quả kiểm tra" and the row of "Thẩm
// định" (and the grids they grow, and the dropdowns of grown rows) sent together in one Spreadsheets.batchUpdate of the
// Sheets service, instead of a getRange and a setValues per row, a setWrap and a setVerticalAlignment per new row, and
// a flush to commit them before the e-mail (issue 12: 10 to 14 calls become 1). An edit's rows, whose code is known,
// need not be committed before its e-mail: they go with the outbox's rows after it, in one call.
//
// Why it is safe, and safer: spreadsheets.batchUpdate is documented atomic ("If any request is not valid then the
// entire request will fail and nothing will be applied… applied together atomically"), so a registration's code, its
// result and its review row are all written or none is; and the call returns only once they are committed, so the
// e-mail that names the code is sent after the code is in the register, with no flush.
//
// Cells (UpdateCellsRequest from a start cell, fields named): text is a stringValue, stored as text as given — never a
// formula, "07" stays "07" — so no "'" prefix is added here (it would show); a number a numberValue, a boolean a
// boolValue; a Date a date serial with a date format, which SpreadsheetApp reads back as a Date, as it reads the Dates
// its setValues wrote. A serial is days since 30/12/1899 on the SPREADSHEET's wall clock (Sheets API, "Date and number
// formats": a date number holds no offset), which may differ from the script's: the offset is asked of
// Utilities.formatDate in the file's time zone (from the run's listing), once per instant — once a run when the file
// is in the manifest's zone and the answer is the script clock's own (fileOffset).
//
// One batch is open at a time, for one execution (Apps Script loads the script afresh for each): intake opens it over
// the tabs its listing found (src/gas/batch-read.ts), the row writers (src/gas/rows.ts, the register's save, the
// outbox's part: src/gas/outbox.ts) add to it when it is open for their tab. A new code's rows are committed before the
// e-mail; the outbox's rows after it (with an edit's rows, which need not precede its e-mail), by the outbox's commit,
// before the outbox's count is recorded; intake then closes it. A submission whose every write went through the batch
// leaves nothing for the lock's flush (src/jobs/intake.ts writesPending).
import { fitText } from '../core/table';
import { isDate } from '../core/text';
import type { TabsRead } from './batch-read';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const VALUE_FIELDS = 'userEnteredValue';
const NEW_ROW_FIELDS = 'userEnteredValue,userEnteredFormat.wrapStrategy,userEnteredFormat.verticalAlignment';
const DATE_FIELDS = 'userEnteredValue,userEnteredFormat.numberFormat';

/**
 * A quarter of a millisecond added to every serial: the double arithmetic of a serial lands a few microseconds either
 * side of the instant, and a reader that truncates to the millisecond would then read the second before (the register
 * matches rows by their second). Rounded or truncated, x + 0.25 ms reads as x.
 */
const SERIAL_NUDGE_MS = 0.25;

/** "+0700", "-0330" (Utilities.formatDate's "Z") as milliseconds east of UTC; null when it is not that. */
function offsetMs(z: string): number | null {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z.trim());
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

/** The manifest's time zone (appsscript/appsscript.json; a test keeps the two the same): the zone of the script's Dates. */
export const SCRIPT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** How far from an instant where the two were found the same the script clock's offset is taken as the file's. */
const AGREED_WITHIN_MS = 86_400_000;
/**
 * Instants at which the file's offset from UTC, asked of Utilities.formatDate, was the script clock's own (the file in
 * the manifest's zone). Apps Script loads the script afresh for each execution: this lives one execution.
 */
const agreed: number[] = [];

/**
 * Milliseconds the wall clock of a file in zone `tz` is ahead of UTC at `t` (the script's own offset without a zone).
 * Asked of Utilities.formatDate; but for a file in the manifest's zone, within a day of an instant where the answer was
 * the script clock's own offset (a JavaScript Date's, no call), that offset is taken: a submission's dates (its
 * response's time, its e-mail's) are minutes apart, and one call serves them all. ASSUMPTION: no zone changes its
 * offset twice within a day (then the two agreeing a day apart would hide a change between) — and the script's clock
 * is asked again whenever it disagrees (a script whose zone was changed in the editor since its manifest was pushed).
 */
export function fileOffset(t: number, tz: string | null): number {
  const own = -new Date(t).getTimezoneOffset() * 60_000;
  if (!tz) return own;
  if (tz === SCRIPT_TIME_ZONE && agreed.some((a) => Math.abs(a - t) <= AGREED_WITHIN_MS)) return own;
  const asked = offsetMs(Utilities.formatDate(new Date(t), tz, 'Z'));
  if (asked === null) return own;
  if (tz === SCRIPT_TIME_ZONE && asked === own) agreed.push(t);
  return asked;
}

/**
 * A witness of the file's offset from UTC at an instant, for no call: one cell read both ways before any write — its
 * Date through SpreadsheetApp (the instant its wall-clock time is in the file's zone) and its serial through the Sheets
 * service (that wall-clock time itself); their difference is the file's offset at that instant, what formatDate's "Z"
 * would answer. A submission's row gives one (its timestamp, read both ways: src/gas/office.ts readSubmissionListed),
 * minutes from the instants its dates are written for. Counted as fileOffset counts an answer of formatDate: an agreed
 * instant when the file is in the manifest's zone and the offset is the script clock's own; anything else (no Date, no
 * number, another offset) is no witness, and fileOffset asks as before.
 */
export function witnessOffset(date: unknown, serial: unknown, tz: string | null): void {
  if (!tz || tz !== SCRIPT_TIME_ZONE || !isDate(date) || typeof serial !== 'number' || !Number.isFinite(serial)) return;
  const t = (date as Date).getTime();
  if (isNaN(t)) return;
  const offset = Math.round((SERIAL_EPOCH + serial * 86_400_000 - t) / 60_000) * 60_000;
  if (offset === -new Date(t).getTimezoneOffset() * 60_000) agreed.push(t);
}

/**
 * A cell's value for the Sheets service: text as a stringValue (never a formula), fitted to a cell as every write of the
 * tool does; a number a numberValue, a boolean a boolValue; a Date its serial by `serial` — or null without one (the
 * caller does not know the file's clock: src/gas/rows.ts apiBlockSender leaves such blocks to SpreadsheetApp).
 */
export function extendedValue(v: unknown, serial?: (d: Date) => number): GoogleAppsScript.Sheets.Schema.ExtendedValue | null {
  if (typeof v === 'number') return Number.isFinite(v) ? { numberValue: v } : { stringValue: '' };
  if (typeof v === 'boolean') return { boolValue: v };
  if (v === null || v === undefined) return { stringValue: '' };
  if (isDate(v)) {
    if (!serial) return null;
    return isNaN((v as Date).getTime()) ? { stringValue: '' } : { numberValue: serial(v as Date) };
  }
  let s: string;
  try {
    s = String(v);
  } catch {
    s = '';
  }
  return { stringValue: fitText(s) };
}

/** A cell for the API (extendedValue), with `format` when given. */
function cellData(v: unknown, serial: (d: Date) => number, format?: CellData['userEnteredFormat']): CellData {
  const value = extendedValue(v, serial)!;
  return format ? { userEnteredValue: value, userEnteredFormat: format } : { userEnteredValue: value };
}

export class CellBatch {
  readonly requests: Request[] = [];
  /** The file's offset from UTC at an instant (ms east), asked once per instant. */
  #offsets = new Map<number, number>();
  constructor(
    private readonly read: TabsRead,
    private readonly api: GoogleAppsScript.Sheets,
  ) {}

  /** Milliseconds the spreadsheet's wall clock is ahead of UTC at `t` (the script's own offset without a listed zone). */
  #offset(t: number): number {
    const known = this.#offsets.get(t);
    if (known !== undefined) return known;
    const off = fileOffset(t, this.read.timeZone);
    this.#offsets.set(t, off);
    return off;
  }

  /** A Date as a date serial on the spreadsheet's wall clock. */
  #serial = (d: Date): number => {
    const t = d.getTime();
    return (t + this.#offset(t) + SERIAL_NUDGE_MS - SERIAL_EPOCH) / 86_400_000;
  };

  /** How a Date cell is shown: as Sheets shows a date in a vi_VN file, with its time of day when it has one. */
  #dateFormat(d: Date): CellData['userEnteredFormat'] {
    const t = d.getTime();
    const timed = (t + this.#offset(t)) % 86_400_000 !== 0;
    return { numberFormat: timed ? { type: 'DATE_TIME', pattern: 'dd/MM/yyyy HH:mm:ss' } : { type: 'DATE', pattern: 'dd/MM/yyyy' } };
  }

  /** The tab's sheet id when the listing has it (a tab made since cannot be written by the batch). */
  sheetIdOf(sheet: Sheet): number | null {
    return this.read.listedOf(sheet)?.sheetId ?? null;
  }

  /** Grows the tab's grid by `rows` at its end (appendDimension: a cell write never grows a grid). */
  grow(sheetId: number, rows: number): void {
    this.requests.push({ appendDimension: { sheetId, dimension: 'ROWS', length: rows } });
  }

  /**
   * Writes `cells` from row `row`, column `column` (1-based). `newRows`: wrapped and top-aligned like the rows a rebuild
   * writes. Dates get a date format (one more request per Date cell, so that no other cell's format is touched).
   */
  put(sheetId: number, row: number, column: number, cells: readonly (readonly unknown[])[], opts: { newRows?: boolean } = {}): void {
    const format = opts.newRows ? { wrapStrategy: 'WRAP', verticalAlignment: 'TOP' } : undefined;
    this.requests.push({
      updateCells: {
        start: { sheetId, rowIndex: row - 1, columnIndex: column - 1 },
        rows: cells.map((line) => ({ values: line.map((v) => cellData(v, this.#serial, format)) })),
        fields: opts.newRows ? NEW_ROW_FIELDS : VALUE_FIELDS,
      },
    });
    cells.forEach((line, i) =>
      line.forEach((v, j) => {
        if (!isDate(v) || isNaN((v as Date).getTime())) return;
        this.requests.push({
          updateCells: { start: { sheetId, rowIndex: row - 1 + i, columnIndex: column - 1 + j }, rows: [{ values: [cellData(v, this.#serial, this.#dateFormat(v as Date))] }], fields: DATE_FIELDS },
        });
      }),
    );
  }

  /**
   * Appends `cells` (whole rows from column A) below the tab's last row with content, placed by Sheets when the call
   * is applied (AppendCellsRequest: "Adds new cells after the last row with data in a sheet, inserting new rows into
   * the sheet if necessary") — where getLastRow() + 1 was, with no call to ask it, and never over a row written since.
   * Their row is not known to the run. `newRows`: wrapped and top-aligned as put's. A Date gets a date format in the
   * same request (its row is not known for a request of its own); the other cells of rows holding a Date then get the
   * default number format, which the tabs written so (the register, the results) have below their content.
   */
  append(sheetId: number, cells: readonly (readonly unknown[])[], opts: { newRows?: boolean } = {}): void {
    const dated = cells.some((line) => line.some((v) => isDate(v) && !isNaN((v as Date).getTime())));
    const format = (v: unknown): CellData['userEnteredFormat'] | undefined => {
      const date = isDate(v) && !isNaN((v as Date).getTime()) ? this.#dateFormat(v as Date) : undefined;
      if (!opts.newRows) return date;
      return { wrapStrategy: 'WRAP', verticalAlignment: 'TOP', ...(date ?? {}) };
    };
    const fields = [VALUE_FIELDS, ...(opts.newRows ? ['userEnteredFormat.wrapStrategy', 'userEnteredFormat.verticalAlignment'] : []), ...(dated ? ['userEnteredFormat.numberFormat'] : [])].join(',');
    this.requests.push({ appendCells: { sheetId, rows: cells.map((line) => ({ values: line.map((v) => cellData(v, this.#serial, format(v))) })), fields } });
  }

  /** Cells that go with the next commit that writes anything else (ride), and whether they went. */
  #riders: Array<{ request: Request; handle: { sent: boolean } }> = [];

  /**
   * Writes `cells` (text, numbers, booleans: no Date) from row `row`, column `column` (1-based) with the batch's next
   * commit that writes anything else, never in a call of their own: a submission's line of the health tab goes with
   * its last rows (src/gas/health.ts stageRun). The handle says whether they went.
   */
  ride(sheetId: number, row: number, column: number, cells: readonly (readonly (string | number | boolean)[])[]): { sent: boolean } {
    const handle = { sent: false };
    this.#riders.push({
      handle,
      request: {
        updateCells: {
          start: { sheetId, rowIndex: row - 1, columnIndex: column - 1 },
          rows: cells.map((line) => ({ values: line.map((v) => cellData(v, this.#serial)) })),
          fields: VALUE_FIELDS,
        },
      },
    });
    return handle;
  }

  /** A dropdown of `list` over `rows` rows of column `column` from row `from` (1-based), other values allowed. */
  rule(sheetId: number, from: number, column: number, rows: number, list: readonly string[]): void {
    this.requests.push({
      setDataValidation: {
        range: { sheetId, startRowIndex: from - 1, endRowIndex: from - 1 + rows, startColumnIndex: column - 1, endColumnIndex: column },
        rule: { condition: { type: 'ONE_OF_LIST', values: list.map((v) => ({ userEnteredValue: v })) }, strict: false, showCustomUi: true },
      },
    });
  }

  /**
   * Sends every request in one call (none when there is nothing to write). They leave the batch only once the call
   * returns: a refused call applied none of them (it is atomic), so a later commit sends them all again — a caller
   * that went on after a refusal (the outbox's fallback commit swallows errors) must not record rows as written that
   * no call wrote (a journal count above the record's rows stops every e-mail).
   */
  commit(): void {
    if (this.requests.length === 0) return;
    // The service does not see SpreadsheetApp's pending writes: the run's earlier ones (a line of the error log) are
    // committed first, so that what was written first is there first.
    if (appWrites) {
      SpreadsheetApp.flush();
      appWrites = false;
    }
    const requests = this.requests.slice();
    const riders = this.#riders.slice();
    this.api.Spreadsheets.batchUpdate({ requests: [...requests, ...riders.map((r) => r.request)] }, this.read.id);
    this.requests.splice(0, requests.length);
    this.#riders.splice(0, riders.length);
    for (const r of riders) r.handle.sent = true;
  }
}

/** SpreadsheetApp may hold writes of this execution not yet committed (see `spreadsheetAppWrote`). */
let appWrites = false;
/** How many times this execution said it wrote through SpreadsheetApp (a submission compares it before and after). */
let appWriteCount = 0;

/**
 * Says this execution wrote through SpreadsheetApp (what a submission may write before its batch: a line of the error
 * log, a tab made or recoloured): its batch flushes them first. A flush that a batch does not need only costs a call.
 */
export function spreadsheetAppWrote(): void {
  appWrites = true;
  appWriteCount++;
}

/** How many SpreadsheetApp writes this execution has said it made (see spreadsheetAppWrote). */
export function appWritesSaid(): number {
  return appWriteCount;
}

/** Commits the open batch's requests now (nothing when none is open or it holds none); it stays open. */
export function commitOpenBatch(): void {
  open?.commit();
}

/** The batch of this execution, while one is open. */
let open: CellBatch | null = null;

/** Opens the batch of a submission's writes over the tabs of `read` (the Sheets service's listing of this run). */
export function openBatch(read: TabsRead): CellBatch | null {
  const api = typeof Sheets === 'undefined' || !Sheets ? null : Sheets;
  open = api ? new CellBatch(read, api) : null;
  return open;
}

/** Closes the open batch (sent with its `commit`, or not at all when the run failed before). */
export function dropBatch(): void {
  open = null;
}

/** A tab of the open batch. */
export interface BatchTarget {
  batch: CellBatch;
  sheetId: number;
}

/** Where a row writer writes `sheet`'s cells: into the open batch when it has the tab, else null (SpreadsheetApp). */
export function batchTarget(sheet: Sheet): BatchTarget | null {
  if (!open) return null;
  const sheetId = open.sheetIdOf(sheet);
  return sheetId === null ? null : { batch: open, sheetId };
}

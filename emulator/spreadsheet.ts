// SpreadsheetApp: spreadsheets, tabs, ranges, UI menus, protections, data validation, charts.
// Model classes (SpreadsheetModel, SheetModel) hold the state and are what Node-side controllers read; the
// script-facing classes (Emu*) wrap a model in a #private field and are instrumented (one counted call each).
import {
  attach,
  instrument,
  isDate,
  ORIGINAL,
  makeEnum,
  type EnumValue,
  type Facade,
  type Runtime,
  type Subset,
} from './runtime.js';
import {
  CELL_LIMIT_MESSAGE,
  displayValue,
  interpretInput,
  outValue,
  parseA1,
  toA1,
  zonedParts,
  zonedToEpoch,
  type Cell,
  type CellValue,
} from './values.js';
import { Acl, canOpen, SharingOps, SHARING_MSG, type LinkAccess, type LinkPermission } from './sharing.js';
import { CELL_READ_MS, CELL_WRITE_MS } from './latency.js';

type S = typeof GoogleAppsScript.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const FILE_CELL_LIMIT = 10_000_000;
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLS = 26;
export const SHEET_NAME_MAX = 100;
/** Default tab name prefix in a vi_VN file ("Trang tính1"). */
export const DEFAULT_SHEET_PREFIX = 'Trang tính';

export const MSG = {
  dupSheet: (n: string) => `A sheet with the name "${n}" already exists. Please enter another name.`,
  // ASSUMPTION (message unverified): Sheets refuses tab names over 100 characters.
  longSheetName: `The sheet name cannot be longer than ${SHEET_NAME_MAX} characters.`,
  outside: 'The coordinates of the range are outside the dimensions of the sheet.',
  rowTooSmall: 'The starting row of the range is too small.',
  colTooSmall: 'The starting column of the range is too small.',
  numRows: 'The number of rows in the range must be at least 1.',
  numCols: 'The number of columns in the range must be at least 1.',
  rangeNotFound: 'Range not found',
  rowsMismatch: (d: number, r: number) => `The number of rows in the data does not match the number of rows in the range. The data has ${d} but the range has ${r}.`,
  colsMismatch: (d: number, r: number) => `The number of columns in the data does not match the number of columns in the range. The data has ${d} but the range has ${r}.`,
  cellLimit: `This action would increase the number of cells in the workbook above the limit of ${FILE_CELL_LIMIT} cells.`,
  rowsOut: 'Those rows are out of bounds.',
  colsOut: 'Those columns are out of bounds.',
  deleteAllRows: "You can't delete all the rows on the sheet.",
  deleteAllCols: "You can't delete all the columns on the sheet.",
  removeAllSheets: "You can't remove all the sheets in a document.",
  // Facts file ("refused live"): a sheet keeps at least one row below its frozen ones.
  deleteNonFrozen: 'Sorry, it is not possible to delete all non-frozen rows.',
  freezeAll: "You can't freeze all visible rows on the sheet.",
  hideAllSheets: "You can't hide all the sheets in a document.",
  noUi: 'Cannot call SpreadsheetApp.getUi() from this context.',
  openById: 'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
  openByUrl: 'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
};

// ------------------------------------------------------------------ models (Node side)

export interface ProtectionModel {
  type: 'SHEET' | 'RANGE';
  sheetId: number;
  a1?: string;
  description: string;
  warningOnly: boolean;
  unprotectedA1: string[];
  editors: string[];
  removed: boolean;
}

export interface ChartModel {
  id: number;
  type: string;
  ranges: string[];
  position: { anchorRow: number; anchorCol: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

export interface ValidationModel {
  a1: string;
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export class SheetModel {
  maxRows = NEW_SHEET_ROWS;
  maxCols = NEW_SHEET_COLS;
  rows: Array<Array<Cell | undefined> | undefined> = [];
  frozenRows = 0;
  frozenCols = 0;
  columnWidths = new Map<number, number>();
  autoResized = new Set<number>();
  hidden = false;
  tabColor: string | null = null;
  charts: ChartModel[] = [];
  validations: ValidationModel[] = [];
  /** Published URL of the form writing into this tab, if it is a response tab. */
  formUrl: string | null = null;
  /** Rows a person (or hideRows) hid, by position; they move with inserted and deleted rows, not with a sort. */
  hiddenRows = new Set<number>();
  constructor(
    readonly file: SpreadsheetModel,
    readonly id: number,
    public name: string,
  ) {}

  get cellCount(): number {
    return this.maxRows * this.maxCols;
  }

  cell(r: number, c: number): Cell | undefined {
    return this.rows[r - 1]?.[c - 1];
  }

  setCell(r: number, c: number, cell: Cell | undefined): void {
    let row = this.rows[r - 1];
    if (!row) {
      if (!cell) return;
      row = this.rows[r - 1] = [];
    }
    const prev = row[c - 1];
    // Formats survive a value write; a cleared value keeps its formats too.
    if (prev && cell && prev !== cell) {
      if (cell.numberFormat === undefined && prev.numberFormat !== undefined) cell.numberFormat = prev.numberFormat;
      if (cell.fontWeight === undefined && prev.fontWeight !== undefined) cell.fontWeight = prev.fontWeight;
      if (cell.background === undefined && prev.background !== undefined) cell.background = prev.background;
      if (cell.fontColor === undefined && prev.fontColor !== undefined) cell.fontColor = prev.fontColor;
      if (cell.horizontalAlignment === undefined && prev.horizontalAlignment !== undefined) cell.horizontalAlignment = prev.horizontalAlignment;
      if (cell.verticalAlignment === undefined && prev.verticalAlignment !== undefined) cell.verticalAlignment = prev.verticalAlignment;
      if (cell.wrap === undefined && prev.wrap !== undefined) cell.wrap = prev.wrap;
    }
    row[c - 1] = cell;
  }

  /** The cell object to mutate for a format (created empty if needed). */
  formatCell(r: number, c: number): Cell {
    let cell = this.cell(r, c);
    if (!cell) {
      cell = { value: '' };
      this.setCell(r, c, cell);
    }
    return cell;
  }

  hasContent(r: number, c: number): boolean {
    const cell = this.cell(r, c);
    return !!cell && (cell.value !== '' || cell.formula !== undefined);
  }

  lastRow(): number {
    for (let r = Math.min(this.rows.length, this.maxRows); r >= 1; r--) {
      const row = this.rows[r - 1];
      if (row && row.some((c) => c && (c.value !== '' || c.formula !== undefined))) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = Math.min(row.length, this.maxCols); c > last; c--) {
        const cell = row[c - 1];
        if (cell && (cell.value !== '' || cell.formula !== undefined)) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Values of the data range (A1 to last row/column), as the script would read them. */
  values(): CellValue[][] {
    const nr = this.lastRow();
    const nc = this.lastColumn();
    const out: CellValue[][] = [];
    for (let r = 1; r <= nr; r++) {
      const row: CellValue[] = [];
      for (let c = 1; c <= nc; c++) row.push(outValue(this.cell(r, c)));
      out.push(row);
    }
    return out;
  }

  insertRows(after: number, n: number): void {
    this.file.ensureCapacity(n * this.maxCols);
    if (this.rows.length > after) {
      const tail = this.rows.splice(after);
      this.rows.length = after + n;
      for (const t of tail) this.rows.push(t);
    }
    this.maxRows += n;
    this.moveHiddenRows((r) => (r > after ? r + n : r));
  }

  /** Hidden rows after rows were inserted or deleted (`to`: a row's new position, undefined when it is gone). */
  moveHiddenRows(to: (row: number) => number | undefined): void {
    if (this.hiddenRows.size === 0) return;
    const moved = new Set<number>();
    for (const r of this.hiddenRows) {
      const n = to(r);
      if (n !== undefined) moved.add(n);
    }
    this.hiddenRows = moved;
  }

  insertColumns(after: number, n: number): void {
    this.file.ensureCapacity(n * this.maxRows);
    for (const row of this.rows) {
      if (!row || row.length <= after) continue;
      const tail = row.splice(after);
      row.length = after + n;
      for (const t of tail) row.push(t);
    }
    this.maxCols += n;
  }
}

export interface MenuRecord {
  name: string;
  items: Array<{ caption: string; functionName: string } | { separator: true } | { subMenu: MenuRecord }>;
}

export interface UiRecord {
  kind: 'alert' | 'toast';
  title?: string;
  message: string;
  at: number;
}

let nextFileNo = 1;

/** A spreadsheet file: its tabs, and what its UI showed (menus, alerts, toasts). */
export class SpreadsheetModel {
  readonly sheets: SheetModel[] = [];
  activeSheetId = 0;
  menus: MenuRecord[] = [];
  ui: UiRecord[] = [];
  /** The buttons the person will click on the next yes/no questions, in order ('YES' when none is left). */
  answers: Array<'YES' | 'NO'> = [];
  protections: ProtectionModel[] = [];
  /** Who may open it (issue 18, emulator/sharing.ts); the owner is set by SpreadsheetStore.create. */
  readonly acl = new Acl('');
  /** In Drive's trash (set through DriveApp File.setTrashed). */
  trashed = false;
  private _nextSheetId = 0;
  private _nextChartId = 1;
  readonly id: string;
  constructor(
    public name: string,
    public timeZone: string,
    /** File → Settings → Locale: how typed numbers and dates are read (values.ts interpretInput). */
    public locale = 'vi_VN',
    id?: string,
  ) {
    this.id = id ?? `1SpReAdShEeT${String(nextFileNo++).padStart(4, '0')}emu_${Math.random().toString(36).slice(2, 12)}`;
  }

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  /**
   * The file's time zone changed (File → Settings, setSpreadsheetTimeZone). Sheets keeps a date cell as a serial on the
   * file's wall clock, so every date keeps the day and time it shows, and now means that wall clock in the new zone:
   * the instants the emulation holds move by the difference (a typed 31/05/2023 stays 31/05/2023; a Forms timestamp
   * keeps its shown time, its instant moves).
   */
  changeTimeZone(tz: string): void {
    const from = this.timeZone;
    this.timeZone = tz;
    if (from === tz) return;
    for (const sheet of this.sheets) {
      for (const row of sheet.rows) {
        if (!row) continue;
        for (const cell of row) {
          if (!cell || !(cell.value instanceof Date) || isNaN(cell.value.getTime())) continue;
          const p = zonedParts(cell.value.getTime(), from);
          cell.value = new Date(zonedToEpoch(p.year, p.month, p.day, p.hour, p.minute, p.second, tz) + p.ms);
        }
      }
    }
  }

  /** Grid cells of all tabs (what the 10,000,000-cell limit counts). */
  cellCount(): number {
    return this.sheets.reduce((n, s) => n + s.cellCount, 0);
  }

  ensureCapacity(extraCells: number): void {
    if (this.cellCount() + extraCells > FILE_CELL_LIMIT) throw new CellLimitError();
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  nextChartId(): number {
    return this._nextChartId++;
  }

  /** Adds a tab (1000×26) at `index` (0-based; default last). Checks name and cell limit. */
  addSheet(name: string | undefined, index?: number, rows = NEW_SHEET_ROWS, cols = NEW_SHEET_COLS): SheetModel {
    let n = name;
    if (n === undefined) {
      let i = this.sheets.length + 1;
      while (this.sheetByName(`${DEFAULT_SHEET_PREFIX}${i}`)) i++;
      n = `${DEFAULT_SHEET_PREFIX}${i}`;
    }
    checkSheetName(this, n, null);
    this.ensureCapacity(rows * cols);
    const sh = new SheetModel(this, this._nextSheetId === 0 ? 0 : 100_000 + this._nextSheetId * 7919, n);
    this._nextSheetId++;
    sh.maxRows = rows;
    sh.maxCols = cols;
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sh);
    return sh;
  }
}

/** Internal marker: converted to the script realm's Exception by the facade. */
export class CellLimitError extends Error {
  constructor() {
    super(MSG.cellLimit);
  }
}

export class NameError extends Error {}

function checkSheetName(file: SpreadsheetModel, name: string, self: SheetModel | null): void {
  if (name.length > SHEET_NAME_MAX) throw new NameError(MSG.longSheetName);
  const other = file.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
  if (other) throw new NameError(MSG.dupSheet(name));
}

/** Runs a model operation, turning internal errors into Apps Script exceptions of the script's realm. */
function guard<T>(rt: Runtime, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CellLimitError || e instanceof NameError) throw rt.error(e.message);
    throw e;
  }
}

// ------------------------------------------------------------------ the store of files (shared by services)

export class SpreadsheetStore {
  readonly files = new Map<string, SpreadsheetModel>();
  /** The container the script is bound to (getActiveSpreadsheet), if any. */
  active: SpreadsheetModel | null = null;
  /** Who runs the script now (the owner of what it creates; whose access openById checks). */
  activeUser: () => string = () => '';
  /** Spreadsheets created a day (SpreadsheetApp.create): 250 consumer, 3,200 Workspace (quotas page). */
  createQuota = 250;
  /** The locale a new file takes: its creator's account's (an account in English, United States, makes en_US files). */
  locale = 'vi_VN';
  constructor(readonly timeZone: string) {}

  /**
   * Link sharing a new spreadsheet gets (a Workspace admin may make new files "anyone in the organisation with the
   * link"); PRIVATE unless a test sets it.
   */
  newFileLink: { access: LinkAccess; permission: LinkPermission } = { access: 'PRIVATE', permission: 'NONE' };

  create(name: string, opts: { id?: string; empty?: boolean } = {}): SpreadsheetModel {
    const f = new SpreadsheetModel(name, this.timeZone, this.locale, opts.id);
    f.acl.owner = this.activeUser();
    f.acl.link = this.newFileLink.access;
    f.acl.linkPermission = this.newFileLink.permission;
    if (!opts.empty) f.addSheet(undefined);
    this.files.set(f.id, f);
    return f;
  }

  byId(id: string): SpreadsheetModel | undefined {
    return this.files.get(id);
  }
}

// ------------------------------------------------------------------ SpreadsheetApp

type AppKeys =
  | 'getActiveSpreadsheet'
  | 'getActive'
  | 'openById'
  | 'openByUrl'
  | 'create'
  | 'getUi'
  | 'flush'
  | 'newDataValidation'
  | 'getActiveSheet';

export const PROTECTION_TYPE = makeEnum(['RANGE', 'SHEET'] as const);
export const CHART_TYPE = makeEnum(['AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'LINE', 'ORG', 'PIE', 'RADAR', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TIMELINE', 'TREE_MAP', 'WATERFALL'] as const);
export const BUTTON = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
export const BUTTON_SET = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);
export const DATA_VALIDATION_CRITERIA = makeEnum(['VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CHECKBOX'] as const);

export class EmuSpreadsheetApp implements Facade<GoogleAppsScript.Spreadsheet.SpreadsheetApp, AppKeys> {
  readonly ProtectionType = PROTECTION_TYPE as unknown as S['ProtectionType'];
  readonly DataValidationCriteria = DATA_VALIDATION_CRITERIA as unknown as S['DataValidationCriteria'];
  #rt: Runtime;
  #store: SpreadsheetStore;
  constructor(rt: Runtime, store: SpreadsheetStore) {
    this.#rt = rt;
    this.#store = store;
    attach(this, rt);
  }
  getActiveSpreadsheet(): Spreadsheet {
    return (this.#store.active ? wrapFile(this.#rt, this.#store.active, this.#store.activeUser) : null) as Spreadsheet;
  }
  getActive(): Spreadsheet {
    return (this.#store.active ? wrapFile(this.#rt, this.#store.active, this.#store.activeUser) : null) as Spreadsheet;
  }
  getActiveSheet(): Sheet {
    const f = this.#store.active;
    if (!f) return null as unknown as Sheet;
    const sh = f.sheets.find((s) => s.id === f.activeSheetId) ?? f.sheets[0];
    return wrapSheet(this.#rt, sh);
  }
  openById(id: string): Spreadsheet {
    const f = this.#store.byId(String(id));
    if (!f) throw this.#rt.error(MSG.openById);
    if (!canOpen(f, this.#store.activeUser())) throw this.#rt.error(SHARING_MSG.noAccess);
    return wrapFile(this.#rt, f, this.#store.activeUser);
  }
  openByUrl(url: string): Spreadsheet {
    const m = /\/d\/([^/]+)/.exec(String(url));
    const f = m ? this.#store.byId(m[1]) : undefined;
    if (!f) throw this.#rt.error(MSG.openByUrl);
    if (!canOpen(f, this.#store.activeUser())) throw this.#rt.error(SHARING_MSG.noAccess);
    return wrapFile(this.#rt, f, this.#store.activeUser);
  }
  create(name: string, rows?: number, columns?: number): Spreadsheet {
    // Documents created a day: 250 (consumer) — facts file.
    this.#rt.consumeQuota('spreadsheets create', 1, this.#store.createQuota, 'Service invoked too many times for one day: spreadsheets create.');
    const f = this.#store.create(String(name), { empty: true });
    guard(this.#rt, () => f.addSheet(undefined, 0, rows ?? NEW_SHEET_ROWS, columns ?? NEW_SHEET_COLS));
    return wrapFile(this.#rt, f, this.#store.activeUser);
  }
  getUi(): GoogleAppsScript.Base.Ui {
    const kind = this.#rt.current?.kind;
    if (kind === 'trigger' || kind === 'timeTrigger') throw this.#rt.error(MSG.noUi);
    const f = this.#store.active;
    if (!f) throw this.#rt.error(MSG.noUi);
    return new EmuUi(this.#rt, f) as unknown as GoogleAppsScript.Base.Ui;
  }
  flush(): void {}
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return new EmuDataValidationBuilder(this.#rt) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
}
const _app: Subset<EmuSpreadsheetApp, GoogleAppsScript.Spreadsheet.SpreadsheetApp> = true;
instrument(EmuSpreadsheetApp, 'SpreadsheetApp');

function wrapFile(rt: Runtime, f: SpreadsheetModel, user?: () => string): Spreadsheet {
  return new EmuSpreadsheet(rt, f, user) as unknown as Spreadsheet;
}
function wrapSheet(rt: Runtime, s: SheetModel): Sheet {
  return new EmuSheet(rt, s) as unknown as Sheet;
}

/** The model behind a script-facing Spreadsheet/Sheet/Range (used by other services, e.g. triggers, forms). */
export function fileModelOf(x: unknown): SpreadsheetModel | undefined {
  return x instanceof EmuSpreadsheet ? EmuSpreadsheet.model(x) : undefined;
}
export function sheetModelOf(x: unknown): SheetModel | undefined {
  return x instanceof EmuSheet ? EmuSheet.model(x) : undefined;
}

// ------------------------------------------------------------------ Spreadsheet

type FileKeys =
  | 'getId'
  | 'getUrl'
  | 'getName'
  | 'rename'
  | 'getSheets'
  | 'getNumSheets'
  | 'getSheetByName'
  | 'insertSheet'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'moveActiveSheet'
  | 'toast'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'setSpreadsheetLocale'
  | 'getRange'
  | 'getProtections'
  | 'getFormUrl'
  | SharingKeys;

/** Sharing (issue 18): emulator/sharing.ts. */
type SharingKeys = 'addViewer' | 'addViewers' | 'removeViewer' | 'addEditor' | 'addEditors' | 'removeEditor' | 'getViewers' | 'getEditors' | 'getOwner';

export class EmuSpreadsheet implements Facade<Spreadsheet, FileKeys> {
  #rt: Runtime;
  #f: SpreadsheetModel;
  #share: SharingOps;
  /** `user`: who runs the script (sharing changes need edit access); by default the file's owner. */
  constructor(rt: Runtime, f: SpreadsheetModel, user?: () => string) {
    this.#rt = rt;
    this.#f = f;
    this.#share = new SharingOps(rt, f, user ?? (() => f.acl.owner));
    attach(this, rt);
  }
  // ---- sharing (issue 18) ----
  addViewer(user: GoogleAppsScript.Base.User | string): Spreadsheet {
    this.#share.addViewer(user);
    return this as unknown as Spreadsheet;
  }
  addViewers(emailAddresses: string[]): Spreadsheet {
    this.#share.addViewers(emailAddresses);
    return this as unknown as Spreadsheet;
  }
  removeViewer(user: GoogleAppsScript.Base.User | string): Spreadsheet {
    this.#share.removeViewer(user);
    return this as unknown as Spreadsheet;
  }
  addEditor(user: GoogleAppsScript.Base.User | string): Spreadsheet {
    this.#share.addEditor(user);
    return this as unknown as Spreadsheet;
  }
  addEditors(emailAddresses: string[]): Spreadsheet {
    this.#share.addEditors(emailAddresses);
    return this as unknown as Spreadsheet;
  }
  removeEditor(user: GoogleAppsScript.Base.User | string): Spreadsheet {
    this.#share.removeEditor(user);
    return this as unknown as Spreadsheet;
  }
  getViewers(): GoogleAppsScript.Base.User[] {
    return this.#share.getViewers() as unknown as GoogleAppsScript.Base.User[];
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this.#share.getEditors() as unknown as GoogleAppsScript.Base.User[];
  }
  getOwner(): GoogleAppsScript.Base.User {
    return this.#share.getOwner() as unknown as GoogleAppsScript.Base.User;
  }
  // ---- end of sharing ----
  static model(x: EmuSpreadsheet): SpreadsheetModel {
    return x.#f;
  }
  getId(): string {
    return this.#f.id;
  }
  getUrl(): string {
    return this.#f.url;
  }
  getName(): string {
    return this.#f.name;
  }
  rename(newName: string): void {
    this.#f.name = String(newName);
  }
  getSheets(): Sheet[] {
    return this.#f.sheets.map((s) => wrapSheet(this.#rt, s));
  }
  getNumSheets(): number {
    return this.#f.sheets.length;
  }
  /** Sheet names are matched without regard to case (facts file; names differing only by case are refused). */
  getSheetByName(name: string): Sheet {
    const wanted = String(name).toLowerCase();
    const s = this.#f.sheets.find((x) => x.name.toLowerCase() === wanted);
    return (s ? wrapSheet(this.#rt, s) : null) as Sheet;
  }
  insertSheet(a?: unknown, b?: unknown): Sheet {
    const name = typeof a === 'string' ? a : undefined;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : undefined;
    const s = guard(this.#rt, () => this.#f.addSheet(name, index));
    this.#f.activeSheetId = s.id;
    return wrapSheet(this.#rt, s);
  }
  deleteSheet(sheet: Sheet): void {
    const m = sheetModelOf(sheet);
    if (!m || m.file !== this.#f) throw this.#rt.error('Invalid argument: sheet');
    if (this.#f.sheets.length === 1) throw this.#rt.error(MSG.removeAllSheets);
    this.#f.sheets.splice(this.#f.sheets.indexOf(m), 1);
    this.#f.protections = this.#f.protections.filter((p) => p.sheetId !== m.id);
    if (this.#f.activeSheetId === m.id) this.#f.activeSheetId = this.#f.sheets[0].id;
  }
  getActiveSheet(): Sheet {
    const s = this.#f.sheets.find((x) => x.id === this.#f.activeSheetId) ?? this.#f.sheets[0];
    return wrapSheet(this.#rt, s);
  }
  setActiveSheet(sheet: Sheet): Sheet {
    const m = sheetModelOf(sheet);
    if (!m || m.file !== this.#f) throw this.#rt.error('Invalid argument: sheet');
    this.#f.activeSheetId = m.id;
    return sheet;
  }
  /** Moves the active tab to 1-based position `pos` (ASSUMPTION: out-of-range positions are refused). */
  moveActiveSheet(pos: number): void {
    const n = Number(pos);
    if (!Number.isInteger(n) || n < 1 || n > this.#f.sheets.length) throw this.#rt.error(`Invalid argument: pos`);
    const active = this.#f.sheets.find((x) => x.id === this.#f.activeSheetId) ?? this.#f.sheets[0];
    this.#f.sheets.splice(this.#f.sheets.indexOf(active), 1);
    this.#f.sheets.splice(n - 1, 0, active);
  }
  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this.#f.ui.push({ kind: 'toast', message: String(msg), title: title === undefined ? undefined : String(title), at: this.#rt.clock.now() });
  }
  getSpreadsheetTimeZone(): string {
    return this.#f.timeZone;
  }
  /** ASSUMPTION (the reference does not say how it fails): a name that is no time zone is refused. */
  setSpreadsheetTimeZone(timezone: string): void {
    const tz = String(timezone);
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
    } catch {
      throw this.#rt.error('Invalid argument: timezone');
    }
    this.#f.changeTimeZone(tz);
  }
  getSpreadsheetLocale(): string {
    return this.#f.locale;
  }
  /**
   * Cells keep their values; what is typed after is read by the new locale. ASSUMPTION (the reference does not say
   * how it fails): a text that is not a locale code ("vi", "vi_VN", "fil") is refused.
   */
  setSpreadsheetLocale(locale: string): void {
    const l = String(locale);
    if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(l)) throw this.#rt.error('Invalid argument: locale');
    this.#f.locale = l;
  }
  getRange(a1Notation: string): Range {
    const text = String(a1Notation);
    const bang = text.lastIndexOf('!');
    let sheet = this.#f.sheets.find((x) => x.id === this.#f.activeSheetId) ?? this.#f.sheets[0];
    if (bang >= 0) {
      let name = text.slice(0, bang);
      if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
      const s = this.#f.sheetByName(name);
      if (!s) throw this.#rt.error(MSG.rangeNotFound);
      sheet = s;
    }
    return rangeFromA1(this.#rt, sheet, bang >= 0 ? text.slice(bang + 1) : text);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const t = String(type);
    return this.#f.protections
      .filter((p) => !p.removed && p.type === t)
      .map((p) => new EmuProtection(this.#rt, this.#f, p) as unknown as GoogleAppsScript.Spreadsheet.Protection);
  }
  getFormUrl(): string {
    return (this.#f.sheets.find((s) => s.formUrl)?.formUrl ?? null) as string;
  }
}
const _file: Subset<EmuSpreadsheet, Spreadsheet> = true;
instrument(EmuSpreadsheet, 'Spreadsheet');

// ------------------------------------------------------------------ Sheet

type SheetKeys =
  | 'getName'
  | 'setName'
  | 'getIndex'
  | 'getSheetId'
  | 'getParent'
  | 'getRange'
  | 'getDataRange'
  | 'getSheetValues'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRowsAfter'
  | 'insertRowAfter'
  | 'deleteRows'
  | 'deleteRow'
  | 'insertColumnsAfter'
  | 'deleteColumns'
  | 'appendRow'
  | 'clear'
  | 'clearContents'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'setColumnWidth'
  | 'getColumnWidth'
  | 'autoResizeColumns'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
  | 'setTabColor'
  | 'protect'
  | 'getProtections'
  | 'newChart'
  | 'insertChart'
  | 'getCharts'
  | 'removeChart'
  | 'getFormUrl'
  | 'createTextFinder'
  | 'hideRows'
  | 'showRows'
  | 'isRowHiddenByUser';

export class EmuSheet implements Facade<Sheet, SheetKeys> {
  #rt: Runtime;
  #s: SheetModel;
  constructor(rt: Runtime, s: SheetModel) {
    this.#rt = rt;
    this.#s = s;
    attach(this, rt);
  }
  static model(x: EmuSheet): SheetModel {
    return x.#s;
  }
  #live(): SheetModel {
    if (!this.#s.file.sheets.includes(this.#s)) throw this.#rt.error('This sheet has been deleted.');
    return this.#s;
  }
  getName(): string {
    return this.#live().name;
  }
  setName(name: string): Sheet {
    const s = this.#live();
    guard(this.#rt, () => checkSheetName(s.file, String(name), s));
    s.name = String(name);
    return this as unknown as Sheet;
  }
  getIndex(): number {
    return this.#s.file.sheets.indexOf(this.#live()) + 1;
  }
  getSheetId(): number {
    return this.#s.id;
  }
  getParent(): Spreadsheet {
    return wrapFile(this.#rt, this.#s.file);
  }
  getRange(a: unknown, b?: unknown, c?: unknown, d?: unknown): Range {
    const s = this.#live();
    if (typeof a === 'string' && b === undefined) return rangeFromA1(this.#rt, s, a);
    const row = Number(a);
    const col = Number(b);
    const nr = c === undefined ? 1 : Number(c);
    const nc = d === undefined ? 1 : Number(d);
    return makeRange(this.#rt, s, row, col, nr, nc);
  }
  getDataRange(): Range {
    const s = this.#live();
    return makeRange(this.#rt, s, 1, 1, Math.max(1, s.lastRow()), Math.max(1, s.lastColumn()));
  }
  /**
   * "Returns the rectangular grid of values for this range starting at the given coordinates": one call, the values of
   * getRange(startRow, startColumn, numRows, numColumns).getValues(), its arguments checked as getRange checks them.
   * ASSUMPTION (not emulated): "A -1 value given as the row or column position is equivalent to getting the very last
   * row or column that has data in the sheet" — refused here, as getRange refuses it (the product never passes it).
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): any[][] {
    const s = this.#live();
    const range = makeRange(this.#rt, s, Number(startRow), Number(startColumn), Number(numRows), Number(numColumns));
    // The range's own getValues, not its counted wrapper: this is one call.
    const read = (EmuRange.prototype.getValues as unknown as { [ORIGINAL]?: () => any[][] })[ORIGINAL] ?? EmuRange.prototype.getValues;
    return read.call(range);
  }
  getLastRow(): number {
    return this.#live().lastRow();
  }
  getLastColumn(): number {
    return this.#live().lastColumn();
  }
  getMaxRows(): number {
    return this.#live().maxRows;
  }
  getMaxColumns(): number {
    return this.#live().maxCols;
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    const s = this.#live();
    if (afterPosition < 1 || afterPosition > s.maxRows) throw this.#rt.error(MSG.rowsOut);
    guard(this.#rt, () => s.insertRows(afterPosition, howMany));
    return this as unknown as Sheet;
  }
  insertRowAfter(afterPosition: number): Sheet {
    const s = this.#live();
    if (afterPosition < 1 || afterPosition > s.maxRows) throw this.#rt.error(MSG.rowsOut);
    guard(this.#rt, () => s.insertRows(afterPosition, 1));
    return this as unknown as Sheet;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    const s = this.#live();
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > s.maxRows) throw this.#rt.error(MSG.rowsOut);
    if (howMany >= s.maxRows) throw this.#rt.error(MSG.deleteAllRows);
    // Deleted frozen rows lower the frozen count; what is left must keep a row below the frozen ones.
    const frozenAfter = s.frozenRows - Math.max(0, Math.min(s.frozenRows, rowPosition + howMany - 1) - rowPosition + 1);
    if (frozenAfter > 0 && s.maxRows - howMany <= frozenAfter) throw this.#rt.error(MSG.deleteNonFrozen);
    s.rows.splice(rowPosition - 1, howMany);
    s.maxRows -= howMany;
    s.frozenRows = frozenAfter;
    s.moveHiddenRows((r) => (r < rowPosition ? r : r < rowPosition + howMany ? undefined : r - howMany));
  }
  deleteRow(rowPosition: number): Sheet {
    this.deleteRows(rowPosition, 1);
    return this as unknown as Sheet;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    const s = this.#live();
    if (afterPosition < 1 || afterPosition > s.maxCols) throw this.#rt.error(MSG.colsOut);
    guard(this.#rt, () => s.insertColumns(afterPosition, howMany));
    return this as unknown as Sheet;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    const s = this.#live();
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > s.maxCols) throw this.#rt.error(MSG.colsOut);
    if (howMany >= s.maxCols) throw this.#rt.error(MSG.deleteAllCols);
    for (const row of s.rows) if (row) row.splice(columnPosition - 1, howMany);
    s.maxCols -= howMany;
  }
  appendRow(rowContents: unknown[]): Sheet {
    const s = this.#live();
    if (!Array.isArray(rowContents)) throw this.#rt.error('Invalid argument: rowContents');
    const r = s.lastRow() + 1;
    guard(this.#rt, () => {
      if (r > s.maxRows) s.insertRows(s.maxRows, r - s.maxRows);
      if (rowContents.length > s.maxCols) s.insertColumns(s.maxCols, rowContents.length - s.maxCols);
    });
    rowContents.forEach((v, i) => s.setCell(r, i + 1, this.#interpret(v, s.cell(r, i + 1)?.numberFormat)));
    return this as unknown as Sheet;
  }
  #interpret(v: unknown, fmt: string | undefined): Cell {
    return interpretInput(v, fmt, this.#s.file.timeZone, () => this.#rt.error(CELL_LIMIT_MESSAGE), this.#s.file.locale);
  }
  clear(): Sheet {
    this.#live().rows = [];
    return this as unknown as Sheet;
  }
  clearContents(): Sheet {
    for (const row of this.#live().rows) {
      if (!row) continue;
      row.forEach((c, i) => {
        if (c) row[i] = { ...c, value: '', formula: undefined };
      });
    }
    return this as unknown as Sheet;
  }
  setFrozenRows(rows: number): void {
    const s = this.#live();
    const n = Number(rows);
    if (!(n >= 0) || !Number.isInteger(n)) throw this.#rt.error('Invalid argument: rows');
    if (n > 0 && n >= s.maxRows) throw this.#rt.error(MSG.freezeAll);
    s.frozenRows = n;
  }
  getFrozenRows(): number {
    return this.#live().frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.#live().frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this.#live().frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.#live().columnWidths.set(columnPosition, width);
    return this as unknown as Sheet;
  }
  getColumnWidth(columnPosition: number): number {
    return this.#live().columnWidths.get(columnPosition) ?? 100;
  }
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    const s = this.#live();
    if (startColumn < 1 || startColumn + numColumns - 1 > s.maxCols) throw this.#rt.error(MSG.colsOut);
    for (let c = startColumn; c < startColumn + numColumns; c++) s.autoResized.add(c);
    return this as unknown as Sheet;
  }
  hideRows(rowIndex: number, numRows = 1): void {
    const s = this.#live();
    if (rowIndex < 1 || numRows < 1 || rowIndex + numRows - 1 > s.maxRows) throw this.#rt.error(MSG.rowsOut);
    for (let r = rowIndex; r < rowIndex + numRows; r++) s.hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    const s = this.#live();
    if (rowIndex < 1 || numRows < 1 || rowIndex + numRows - 1 > s.maxRows) throw this.#rt.error(MSG.rowsOut);
    for (let r = rowIndex; r < rowIndex + numRows; r++) s.hiddenRows.delete(r);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    const s = this.#live();
    if (rowPosition < 1 || rowPosition > s.maxRows) throw this.#rt.error(MSG.rowsOut);
    return s.hiddenRows.has(rowPosition);
  }
  hideSheet(): Sheet {
    const s = this.#live();
    if (s.file.sheets.filter((x) => !x.hidden && x !== s).length === 0) throw this.#rt.error(MSG.hideAllSheets);
    s.hidden = true;
    return this as unknown as Sheet;
  }
  showSheet(): Sheet {
    this.#live().hidden = false;
    return this as unknown as Sheet;
  }
  isSheetHidden(): boolean {
    return this.#live().hidden;
  }
  setTabColor(color: string | null): Sheet {
    this.#live().tabColor = color === null ? null : String(color);
    return this as unknown as Sheet;
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const s = this.#live();
    let p = s.file.protections.find((x) => !x.removed && x.type === 'SHEET' && x.sheetId === s.id);
    if (!p) {
      p = { type: 'SHEET', sheetId: s.id, description: '', warningOnly: false, unprotectedA1: [], editors: [], removed: false };
      s.file.protections.push(p);
    }
    return new EmuProtection(this.#rt, s.file, p) as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const s = this.#live();
    const t = String(type);
    return s.file.protections
      .filter((p) => !p.removed && p.type === t && p.sheetId === s.id)
      .map((p) => new EmuProtection(this.#rt, s.file, p) as unknown as GoogleAppsScript.Spreadsheet.Protection);
  }
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return new EmuChartBuilder(this.#rt, this.#live(), undefined) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const m = chartModelOf(chart);
    if (!m) throw this.#rt.error('Invalid argument: chart');
    const s = this.#live();
    const i = s.charts.findIndex((c) => c.id === m.id);
    if (i >= 0) s.charts[i] = m;
    else s.charts.push(m);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    const s = this.#live();
    return s.charts.map((c) => new EmuChart(this.#rt, s, c) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const m = chartModelOf(chart);
    const s = this.#live();
    s.charts = s.charts.filter((c) => c.id !== m?.id);
  }
  getFormUrl(): string {
    return this.#live().formUrl as string;
  }
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    const s = this.#live();
    return newTextFinder(this.#rt, s, findText, null);
  }
}
const _sheet: Subset<EmuSheet, Sheet> = true;
instrument(EmuSheet, 'Sheet');

// ------------------------------------------------------------------ TextFinder

type FinderKeys = 'findAll' | 'findNext' | 'matchCase' | 'matchEntireCell' | 'useRegularExpression';

/** Where a finder searches: a range of one sheet, or (null) the whole sheet. */
type FinderArea = { row: number; col: number; numRows: number; numCols: number } | null;

function newTextFinder(rt: Runtime, s: SheetModel, findText: string, area: FinderArea): GoogleAppsScript.Spreadsheet.TextFinder {
  // ASSUMPTION (unverified): an empty search text is refused; the emulation is stricter than a silent empty result.
  if (typeof findText !== 'string' || findText === '') throw rt.error('Invalid argument: findText');
  return new EmuTextFinder(rt, s, findText, area) as unknown as GoogleAppsScript.Spreadsheet.TextFinder;
}

/**
 * Sheets' find (spreadsheet/text-finder reference): matches the cells' displayed values (a formula by what it shows),
 * case-insensitively and on part of the cell unless told otherwise, not in rows a person hid (an assumption, below);
 * findAll returns every matching cell as a one-cell range, row by row; findNext the next one after the last found (null at the end). It reads what the script
 * wrote before it (latency.ts charges the flush a read after writes costs).
 */
export class EmuTextFinder implements Facade<GoogleAppsScript.Spreadsheet.TextFinder, FinderKeys> {
  #rt: Runtime;
  #s: SheetModel;
  #text: string;
  #area: FinderArea;
  #case = false;
  #entire = false;
  #regex = false;
  /** Index in the matches of the last cell findNext returned (-1: none yet). */
  #at = -1;
  constructor(rt: Runtime, s: SheetModel, text: string, area: FinderArea) {
    this.#rt = rt;
    this.#s = s;
    this.#text = text;
    this.#area = area;
    attach(this, rt);
  }
  matchCase(matchCase: boolean): GoogleAppsScript.Spreadsheet.TextFinder {
    this.#case = Boolean(matchCase);
    return this as unknown as GoogleAppsScript.Spreadsheet.TextFinder;
  }
  matchEntireCell(matchEntireCell: boolean): GoogleAppsScript.Spreadsheet.TextFinder {
    this.#entire = Boolean(matchEntireCell);
    return this as unknown as GoogleAppsScript.Spreadsheet.TextFinder;
  }
  useRegularExpression(useRegEx: boolean): GoogleAppsScript.Spreadsheet.TextFinder {
    this.#regex = Boolean(useRegEx);
    return this as unknown as GoogleAppsScript.Spreadsheet.TextFinder;
  }
  #matches(): { row: number; col: number }[] {
    const s = this.#s;
    if (!s.file.sheets.includes(s)) throw this.#rt.error('This sheet has been deleted.');
    const a = this.#area ?? { row: 1, col: 1, numRows: s.rows.length, numCols: s.maxCols };
    const tz = s.file.timeZone;
    const test = this.#tester();
    const out: { row: number; col: number }[] = [];
    const lastRow = Math.min(a.row + a.numRows - 1, s.rows.length);
    for (let r = a.row; r <= lastRow; r++) {
      const cells = s.rows[r - 1];
      // ASSUMPTION (unverified: the reference does not say): rows a person hid are passed over, as the find of the
      // Sheets UI passes over them. The stricter guess: code that must find a row has to cope with its being missed.
      if (!cells || s.hiddenRows.has(r)) continue;
      const lastCol = Math.min(a.col + a.numCols - 1, cells.length);
      for (let c = a.col; c <= lastCol; c++) {
        const cell = cells[c - 1];
        if (cell && test(displayValue(cell, tz))) out.push({ row: r, col: c });
      }
    }
    return out;
  }
  #tester(): (shown: string) => boolean {
    const text = this.#text;
    if (this.#regex) {
      const re = new RegExp(this.#entire ? `^(?:${text})$` : text, this.#case ? 'u' : 'iu');
      return (shown) => shown !== '' && re.test(shown);
    }
    const wanted = this.#case ? text : text.toLowerCase();
    return (shown) => {
      const v = this.#case ? shown : shown.toLowerCase();
      return this.#entire ? v === wanted : v.includes(wanted);
    };
  }
  findAll(): Range[] {
    const found = this.#matches();
    this.#rt.countCells(found.length, 0, `${this.#s.file.id}:${this.#s.id}`);
    this.#rt.chargeData(found.length * CELL_READ_MS);
    return found.map((m) => makeRange(this.#rt, this.#s, m.row, m.col, 1, 1));
  }
  // ASSUMPTION (unverified): past the last match findNext gives null (it does not wrap around as the UI's find does).
  findNext(): Range {
    const found = this.#matches();
    this.#at = Math.min(this.#at + 1, found.length);
    const m = found[this.#at];
    return (m ? makeRange(this.#rt, this.#s, m.row, m.col, 1, 1) : null) as Range;
  }
}
const _finder: Subset<EmuTextFinder, GoogleAppsScript.Spreadsheet.TextFinder> = true;
instrument(EmuTextFinder, 'TextFinder');

// ------------------------------------------------------------------ Range

function rangeFromA1(rt: Runtime, s: SheetModel, a1: string): Range {
  const p = parseA1(a1, s.maxRows, s.maxCols);
  if (!p || p.sheetName !== undefined) throw rt.error(MSG.rangeNotFound);
  return makeRange(rt, s, p.row, p.col, p.numRows, p.numCols);
}

function makeRange(rt: Runtime, s: SheetModel, row: number, col: number, nr: number, nc: number): Range {
  for (const v of [row, col, nr, nc]) {
    if (!Number.isFinite(v)) throw rt.error('Invalid argument');
  }
  if (nr < 1) throw rt.error(MSG.numRows);
  if (nc < 1) throw rt.error(MSG.numCols);
  if (row < 1) throw rt.error(MSG.rowTooSmall);
  if (col < 1) throw rt.error(MSG.colTooSmall);
  if (row + nr - 1 > s.maxRows || col + nc - 1 > s.maxCols) throw rt.error(MSG.outside);
  return new EmuRange(rt, s, Math.floor(row), Math.floor(col), Math.floor(nr), Math.floor(nc)) as unknown as Range;
}

type RangeKeys =
  | 'getValues'
  | 'setValues'
  | 'getValue'
  | 'setValue'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'getFormulas'
  | 'getFormula'
  | 'setFormula'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'getFontWeight'
  | 'setBackground'
  | 'getBackground'
  | 'setWrap'
  | 'setFontColor'
  | 'setHorizontalAlignment'
  | 'setVerticalAlignment'
  | 'getRow'
  | 'getColumn'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getA1Notation'
  | 'getSheet'
  | 'getGridId'
  | 'offset'
  | 'clearContent'
  | 'clear'
  | 'protect'
  | 'setDataValidation'
  | 'getDataValidation'
  | 'clearDataValidations'
  | 'createTextFinder';

export class EmuRange implements Facade<Range, RangeKeys> {
  #rt: Runtime;
  #s: SheetModel;
  #r: number;
  #c: number;
  #nr: number;
  #nc: number;
  constructor(rt: Runtime, s: SheetModel, r: number, c: number, nr: number, nc: number) {
    this.#rt = rt;
    this.#s = s;
    this.#r = r;
    this.#c = c;
    this.#nr = nr;
    this.#nc = nc;
    attach(this, rt);
  }
  static info(x: EmuRange): { sheet: SheetModel; row: number; col: number; numRows: number; numCols: number } {
    return { sheet: x.#s, row: x.#r, col: x.#c, numRows: x.#nr, numCols: x.#nc };
  }
  /** Checks the range still fits the sheet (rows may have been deleted since). */
  #check(): SheetModel {
    const s = this.#s;
    if (!s.file.sheets.includes(s)) throw this.#rt.error('This sheet has been deleted.');
    if (this.#r + this.#nr - 1 > s.maxRows || this.#c + this.#nc - 1 > s.maxCols) throw this.#rt.error(MSG.outside);
    return s;
  }
  #map<T>(fn: (cell: Cell | undefined) => T): T[][] {
    const s = this.#check();
    const nr = this.#nr;
    const nc = this.#nc;
    const c0 = this.#c - 1;
    const out: T[][] = [];
    for (let i = 0; i < nr; i++) {
      const src = s.rows[this.#r - 1 + i];
      const row: T[] = [];
      for (let j = 0; j < nc; j++) row.push(fn(src ? src[c0 + j] : undefined));
      out.push(row);
    }
    return out;
  }
  #each(fn: (r: number, c: number) => void): void {
    this.#check();
    for (let i = 0; i < this.#nr; i++) for (let j = 0; j < this.#nc; j++) fn(this.#r + i, this.#c + j);
  }
  #interpret(v: unknown, fmt: string | undefined): Cell {
    return interpretInput(v, fmt, this.#s.file.timeZone, () => this.#rt.error(CELL_LIMIT_MESSAGE), this.#s.file.locale);
  }
  /** The data part of a call's modelled cost (emulator/latency.ts: CELL_READ_MS, CELL_WRITE_MS). */
  #chargeCells(perCell: number): void {
    const n = this.#nr * this.#nc;
    this.#rt.countCells(perCell === CELL_WRITE_MS ? 0 : n, perCell === CELL_WRITE_MS ? n : 0, `${this.#s.file.id}:${this.#s.id}`);
    this.#rt.chargeData(n * perCell);
  }
  getValues(): any[][] {
    this.#chargeCells(CELL_READ_MS);
    return this.#map(outValue);
  }
  setValues(values: any[][]): Range {
    const s = this.#check();
    if (!Array.isArray(values)) throw this.#rt.error('Invalid argument: values');
    if (values.length !== this.#nr) throw this.#rt.error(MSG.rowsMismatch(values.length, this.#nr));
    for (const row of values) {
      if (!Array.isArray(row)) throw this.#rt.error('Invalid argument: values');
      if (row.length !== this.#nc) throw this.#rt.error(MSG.colsMismatch(row.length, this.#nc));
    }
    this.#chargeCells(CELL_WRITE_MS);
    // Interpret everything first: a too-long cell rejects the whole write.
    const tz = s.file.timeZone;
    const locale = s.file.locale;
    const tooLong = () => this.#rt.error(CELL_LIMIT_MESSAGE);
    const r0 = this.#r;
    const c0 = this.#c;
    const cells: Cell[][] = [];
    for (let i = 0; i < values.length; i++) {
      const src = values[i];
      const old = s.rows[r0 - 1 + i];
      const row: Cell[] = [];
      for (let j = 0; j < src.length; j++) row.push(interpretInput(src[j], old?.[c0 - 1 + j]?.numberFormat, tz, tooLong, locale));
      cells.push(row);
    }
    for (let i = 0; i < cells.length; i++) {
      const row = cells[i];
      for (let j = 0; j < row.length; j++) s.setCell(r0 + i, c0 + j, row[j]);
    }
    return this as unknown as Range;
  }
  getValue(): any {
    return outValue(this.#check().cell(this.#r, this.#c));
  }
  setValue(value: any): Range {
    const s = this.#check();
    this.#each((r, c) => s.setCell(r, c, this.#interpret(value, s.cell(r, c)?.numberFormat)));
    return this as unknown as Range;
  }
  getDisplayValues(): string[][] {
    this.#chargeCells(CELL_READ_MS);
    const tz = this.#s.file.timeZone;
    return this.#map((c) => displayValue(c, tz));
  }
  getDisplayValue(): string {
    return displayValue(this.#check().cell(this.#r, this.#c), this.#s.file.timeZone);
  }
  getFormulas(): string[][] {
    this.#chargeCells(CELL_READ_MS);
    return this.#map((c) => c?.formula ?? '');
  }
  getFormula(): string {
    return this.#check().cell(this.#r, this.#c)?.formula ?? '';
  }
  setFormula(formula: string): Range {
    const f = String(formula);
    const s = this.#check();
    this.#each((r, c) => s.setCell(r, c, this.#interpret(f.startsWith('=') ? f : `=${f}`, undefined)));
    return this as unknown as Range;
  }
  setNumberFormat(numberFormat: string): Range {
    const s = this.#check();
    this.#each((r, c) => {
      s.formatCell(r, c).numberFormat = String(numberFormat);
    });
    return this as unknown as Range;
  }
  setNumberFormats(numberFormats: string[][]): Range {
    const s = this.#check();
    this.#checkDims(numberFormats);
    numberFormats.forEach((row, i) => row.forEach((f, j) => (s.formatCell(this.#r + i, this.#c + j).numberFormat = String(f))));
    return this as unknown as Range;
  }
  getNumberFormat(): string {
    return this.#check().cell(this.#r, this.#c)?.numberFormat ?? '0.###############';
  }
  getNumberFormats(): string[][] {
    return this.#map((c) => c?.numberFormat ?? '0.###############');
  }
  #checkDims(values: unknown[][]): void {
    if (!Array.isArray(values) || values.length !== this.#nr) throw this.#rt.error(MSG.rowsMismatch(Array.isArray(values) ? values.length : 0, this.#nr));
    for (const row of values) if (!Array.isArray(row) || row.length !== this.#nc) throw this.#rt.error(MSG.colsMismatch(Array.isArray(row) ? row.length : 0, this.#nc));
  }
  #format<K extends keyof Cell>(k: K, v: Cell[K]): Range {
    const s = this.#check();
    this.#each((r, c) => {
      s.formatCell(r, c)[k] = v;
    });
    return this as unknown as Range;
  }
  setFontWeight(fontWeight: string | null): Range {
    return this.#format('fontWeight', fontWeight === null ? undefined : String(fontWeight));
  }
  setFontWeights(fontWeights: any[][]): Range {
    const s = this.#check();
    this.#checkDims(fontWeights);
    fontWeights.forEach((row, i) => row.forEach((f, j) => (s.formatCell(this.#r + i, this.#c + j).fontWeight = f === null ? undefined : String(f))));
    return this as unknown as Range;
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return (this.#check().cell(this.#r, this.#c)?.fontWeight ?? 'normal') as GoogleAppsScript.Spreadsheet.FontWeight;
  }
  setBackground(color: string | null): Range {
    return this.#format('background', color === null ? undefined : String(color));
  }
  getBackground(): string {
    return this.#check().cell(this.#r, this.#c)?.background ?? '#ffffff';
  }
  setWrap(isWrapEnabled: boolean): Range {
    return this.#format('wrap', !!isWrapEnabled);
  }
  setFontColor(color: string | null): Range {
    return this.#format('fontColor', color === null ? undefined : String(color));
  }
  setHorizontalAlignment(alignment: string | null): Range {
    return this.#format('horizontalAlignment', alignment === null ? undefined : String(alignment));
  }
  setVerticalAlignment(alignment: string | null): Range {
    return this.#format('verticalAlignment', alignment === null ? undefined : String(alignment));
  }
  getRow(): number {
    return this.#r;
  }
  getColumn(): number {
    return this.#c;
  }
  getLastRow(): number {
    return this.#r + this.#nr - 1;
  }
  getLastColumn(): number {
    return this.#c + this.#nc - 1;
  }
  getNumRows(): number {
    return this.#nr;
  }
  getNumColumns(): number {
    return this.#nc;
  }
  getA1Notation(): string {
    return this.#a1();
  }
  /** The A1 of this range for the emulation's own use (not a service call: getA1Notation would count one). */
  #a1(): string {
    return toA1(this.#r, this.#c, this.#nr, this.#nc);
  }
  getSheet(): Sheet {
    return wrapSheet(this.#rt, this.#s);
  }
  /** "Returns the grid ID of the range's parent sheet" (the sheet's id, as Sheet.getSheetId gives it). */
  getGridId(): number {
    return this.#s.id;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return makeRange(this.#rt, this.#s, this.#r + rowOffset, this.#c + columnOffset, numRows ?? this.#nr, numColumns ?? this.#nc);
  }
  clearContent(): Range {
    const s = this.#check();
    this.#each((r, c) => {
      const cell = s.cell(r, c);
      if (cell) s.setCell(r, c, { ...cell, value: '', formula: undefined });
    });
    return this as unknown as Range;
  }
  clear(): Range {
    const s = this.#check();
    this.#each((r, c) => {
      const row = s.rows[r - 1];
      if (row) row[c - 1] = undefined;
    });
    return this as unknown as Range;
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const s = this.#check();
    const p: ProtectionModel = { type: 'RANGE', sheetId: s.id, a1: this.#a1(), description: '', warningOnly: false, unprotectedA1: [], editors: [], removed: false };
    s.file.protections.push(p);
    return new EmuProtection(this.#rt, s.file, p) as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    const s = this.#check();
    const a1 = this.#a1();
    s.validations = s.validations.filter((v) => v.a1 !== a1);
    if (rule !== null) {
      const m = validationModelOf(rule);
      if (!m) throw this.#rt.error('Invalid argument: rule');
      s.validations.push({ ...m, a1 });
    }
    return this as unknown as Range;
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation {
    const s = this.#check();
    const m = s.validations.find((v) => v.a1 === this.#a1());
    return (m ? new EmuDataValidation(this.#rt, m) : null) as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
  }
  clearDataValidations(): Range {
    const s = this.#check();
    const a1 = this.#a1();
    s.validations = s.validations.filter((v) => v.a1 !== a1);
    return this as unknown as Range;
  }
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    this.#check();
    return newTextFinder(this.#rt, this.#s, findText, { row: this.#r, col: this.#c, numRows: this.#nr, numCols: this.#nc });
  }
}
const _range: Subset<EmuRange, Range> = true;
instrument(EmuRange, 'Range');

export function rangeInfo(x: unknown): ReturnType<typeof EmuRange.info> | undefined {
  return x instanceof EmuRange ? EmuRange.info(x) : undefined;
}

/** A script-facing Range over a model (used by other services to hand ranges to the script, e.g. events). */
export function newRange(rt: Runtime, s: SheetModel, row: number, col: number, nr: number, nc: number): Range {
  return new EmuRange(rt, s, row, col, nr, nc) as unknown as Range;
}

// ------------------------------------------------------------------ Protection

function emailOf(x: unknown): string {
  return typeof x === 'object' && x !== null && typeof (x as { getEmail?: unknown }).getEmail === 'function'
    ? String((x as { getEmail(): string }).getEmail())
    : String(x);
}

type ProtKeys =
  | 'setDescription'
  | 'getDescription'
  | 'setWarningOnly'
  | 'isWarningOnly'
  | 'setUnprotectedRanges'
  | 'getUnprotectedRanges'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditors'
  | 'remove'
  | 'canEdit'
  | 'getProtectionType'
  | 'getRange';

export class EmuProtection implements Facade<GoogleAppsScript.Spreadsheet.Protection, ProtKeys> {
  #rt: Runtime;
  #f: SpreadsheetModel;
  #p: ProtectionModel;
  constructor(rt: Runtime, f: SpreadsheetModel, p: ProtectionModel) {
    this.#rt = rt;
    this.#f = f;
    this.#p = p;
    attach(this, rt);
  }
  #self(): GoogleAppsScript.Spreadsheet.Protection {
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  setDescription(description: string): GoogleAppsScript.Spreadsheet.Protection {
    this.#p.description = String(description);
    return this.#self();
  }
  getDescription(): string {
    return this.#p.description;
  }
  setWarningOnly(warningOnly: boolean): GoogleAppsScript.Spreadsheet.Protection {
    this.#p.warningOnly = !!warningOnly;
    return this.#self();
  }
  isWarningOnly(): boolean {
    return this.#p.warningOnly;
  }
  setUnprotectedRanges(ranges: Range[]): GoogleAppsScript.Spreadsheet.Protection {
    this.#p.unprotectedA1 = ranges.map((r) => {
      const i = rangeInfo(r);
      if (!i) throw this.#rt.error('Invalid argument: ranges');
      return toA1(i.row, i.col, i.numRows, i.numCols);
    });
    return this.#self();
  }
  getUnprotectedRanges(): Range[] {
    const s = this.#f.sheets.find((x) => x.id === this.#p.sheetId);
    if (!s) return [];
    return this.#p.unprotectedA1.map((a) => rangeFromA1(this.#rt, s, a));
  }
  addEditor(emailAddress: string | GoogleAppsScript.Base.User): GoogleAppsScript.Spreadsheet.Protection {
    this.#p.editors.push(emailOf(emailAddress));
    return this.#self();
  }
  addEditors(emailAddresses: string[]): GoogleAppsScript.Spreadsheet.Protection {
    for (const e of emailAddresses) this.#p.editors.push(emailOf(e));
    return this.#self();
  }
  removeEditors(emailAddresses: Array<string | GoogleAppsScript.Base.User>): GoogleAppsScript.Spreadsheet.Protection {
    const drop = new Set(Array.from(emailAddresses, emailOf));
    this.#p.editors = this.#p.editors.filter((e) => !drop.has(e));
    return this.#self();
  }
  remove(): void {
    this.#p.removed = true;
  }
  canEdit(): boolean {
    return true;
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return PROTECTION_TYPE[this.#p.type] as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getRange(): Range {
    const s = this.#f.sheets.find((x) => x.id === this.#p.sheetId);
    if (!s) throw this.#rt.error(MSG.rangeNotFound);
    return this.#p.a1 ? rangeFromA1(this.#rt, s, this.#p.a1) : makeRange(this.#rt, s, 1, 1, s.maxRows, s.maxCols);
  }
}
const _prot: Subset<EmuProtection, GoogleAppsScript.Spreadsheet.Protection> = true;
instrument(EmuProtection, 'Protection');

// ------------------------------------------------------------------ Data validation

type DvbKeys = 'requireValueInList' | 'requireValueInRange' | 'requireCheckbox' | 'setAllowInvalid' | 'setHelpText' | 'build' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText';

export class EmuDataValidationBuilder implements Facade<GoogleAppsScript.Spreadsheet.DataValidationBuilder, DvbKeys> {
  #rt: Runtime;
  #m: Omit<ValidationModel, 'a1'> = { criteria: 'VALUE_IN_LIST', values: [], allowInvalid: true, helpText: '' };
  constructor(rt: Runtime) {
    this.#rt = rt;
    attach(this, rt);
  }
  #self(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
  requireValueInList(values: string[], showDropdown?: boolean): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.#m.criteria = 'VALUE_IN_LIST';
    this.#m.values = [Array.from(values, String), showDropdown ?? true];
    return this.#self();
  }
  /** A dropdown of the values of a range (how a list too long for requireValueInList is offered). */
  requireValueInRange(range: Range, showDropdown?: boolean): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    // Another type is refused at the method's signature, as Apps Script refuses it (review d72).
    if (!(range instanceof EmuRange)) throw this.#rt.error(`The parameters (${signatureType(range)}) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInRange.`);
    this.#m.criteria = 'VALUE_IN_RANGE';
    // The range's place, not its facade (a facade is made for one call and belongs to one runtime: emulator/fork.ts).
    this.#m.values = [new RangeRef(EmuRange.info(range)), showDropdown ?? true];
    return this.#self();
  }
  requireCheckbox(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.#m.criteria = 'CHECKBOX';
    this.#m.values = [];
    return this.#self();
  }
  setAllowInvalid(allowInvalidData: boolean): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.#m.allowInvalid = !!allowInvalidData;
    return this.#self();
  }
  setHelpText(helpText: string): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.#m.helpText = String(helpText);
    return this.#self();
  }
  getCriteriaValues(): any[] {
    return criteriaValues(this.#rt, this.#m.values);
  }
  getAllowInvalid(): boolean {
    return this.#m.allowInvalid;
  }
  getHelpText(): string {
    return this.#m.helpText;
  }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    return new EmuDataValidation(this.#rt, { ...this.#m, a1: '' }) as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
  }
}
const _dvb: Subset<EmuDataValidationBuilder, GoogleAppsScript.Spreadsheet.DataValidationBuilder> = true;

instrument(EmuDataValidationBuilder, 'DataValidationBuilder');

export class EmuDataValidation implements Facade<GoogleAppsScript.Spreadsheet.DataValidation, 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'getCriteriaType'> {
  #rt: Runtime;
  #m: ValidationModel;
  constructor(rt: Runtime, m: ValidationModel) {
    this.#rt = rt;
    this.#m = m;
    attach(this, rt);
  }
  static model(x: EmuDataValidation): ValidationModel {
    return x.#m;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return (DATA_VALIDATION_CRITERIA as Record<string, EnumValue>)[this.#m.criteria] as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): any[] {
    return criteriaValues(this.#rt, this.#m.values);
  }
  getAllowInvalid(): boolean {
    return this.#m.allowInvalid;
  }
  getHelpText(): string {
    return this.#m.helpText;
  }
}

/** How Apps Script names an argument's type in "The parameters (…) don't match the method signature" (String, number[]…). */
function signatureType(v: unknown): string {
  if (Array.isArray(v)) return `${v.length > 0 ? signatureType(v[0]) : 'Object'}[]`;
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  return v === null || v === undefined ? 'null' : 'Object';
}

/** Where a rule's range is (VALUE_IN_RANGE): a Range facade is made of it for the script that asks. */
class RangeRef {
  constructor(readonly at: { sheet: SheetModel; row: number; col: number; numRows: number; numCols: number }) {}
}
/** A rule's criteria values as the script sees them: its range a Range of the runtime that asks. */
function criteriaValues(rt: Runtime, values: readonly unknown[]): unknown[] {
  return values.map((v) => (v instanceof RangeRef ? new EmuRange(rt, v.at.sheet, v.at.row, v.at.col, v.at.numRows, v.at.numCols) : v));
}
const _dv: Subset<EmuDataValidation, GoogleAppsScript.Spreadsheet.DataValidation> = true;
instrument(EmuDataValidation, 'DataValidation');

function validationModelOf(x: unknown): ValidationModel | undefined {
  return x instanceof EmuDataValidation ? EmuDataValidation.model(x) : undefined;
}

// ------------------------------------------------------------------ Charts

type CbKeys = 'setChartType' | 'addRange' | 'setPosition' | 'setOption' | 'setNumHeaders' | 'build' | 'getRanges' | 'getChartType' | 'clearRanges';

export class EmuChartBuilder implements Facade<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, CbKeys> {
  #rt: Runtime;
  #s: SheetModel;
  #m: ChartModel;
  constructor(rt: Runtime, s: SheetModel, from: ChartModel | undefined) {
    this.#rt = rt;
    this.#s = s;
    this.#m = from
      ? { ...from, ranges: [...from.ranges], options: { ...from.options }, position: { ...from.position } }
      : { id: s.file.nextChartId(), type: 'COLUMN', ranges: [], position: { anchorRow: 1, anchorCol: 1, offsetX: 0, offsetY: 0 }, options: {} };
    attach(this, rt);
  }
  #self(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return this as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.#m.type = String(type);
    return this.#self();
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return (CHART_TYPE as Record<string, EnumValue>)[this.#m.type] as unknown as GoogleAppsScript.Charts.ChartType;
  }
  addRange(range: Range): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    const i = rangeInfo(range);
    if (!i) throw this.#rt.error('Invalid argument: range');
    this.#m.ranges.push(`${quoteSheet(i.sheet.name)}!${toA1(i.row, i.col, i.numRows, i.numCols)}`);
    return this.#self();
  }
  clearRanges(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.#m.ranges = [];
    return this.#self();
  }
  getRanges(): Range[] {
    return this.#m.ranges.map((a) => rangeFromQualified(this.#rt, this.#s.file, a));
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.#m.position = { anchorRow: anchorRowPos, anchorCol: anchorColPos, offsetX, offsetY };
    return this.#self();
  }
  /** How many rows (or columns) of the ranges are headers; recorded as the option "numHeaders". */
  setNumHeaders(headers: number): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return this.setOption('numHeaders', Number(headers));
  }
  setOption(option: string, value: any): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.#m.options[String(option)] = value;
    return this.#self();
  }
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    return new EmuChart(this.#rt, this.#s, { ...this.#m, ranges: [...this.#m.ranges], options: { ...this.#m.options } }) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart;
  }
}
const _cb: Subset<EmuChartBuilder, GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder> = true;
instrument(EmuChartBuilder, 'EmbeddedChartBuilder');

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function rangeFromQualified(rt: Runtime, f: SpreadsheetModel, q: string): Range {
  const bang = q.lastIndexOf('!');
  let name = q.slice(0, bang);
  if (name.startsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  const s = f.sheetByName(name);
  if (!s) throw rt.error(MSG.rangeNotFound);
  return rangeFromA1(rt, s, q.slice(bang + 1));
}

export class EmuChart implements Facade<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getChartId' | 'getRanges' | 'getOptions' | 'modify'> {
  #rt: Runtime;
  #s: SheetModel;
  #m: ChartModel;
  constructor(rt: Runtime, s: SheetModel, m: ChartModel) {
    this.#rt = rt;
    this.#s = s;
    this.#m = m;
    attach(this, rt);
  }
  static model(x: EmuChart): ChartModel {
    return x.#m;
  }
  getChartId(): number {
    return this.#m.id;
  }
  getRanges(): Range[] {
    return this.#m.ranges.map((a) => rangeFromQualified(this.#rt, this.#s.file, a));
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const opts = { ...this.#m.options };
    return { get: (k: string) => opts[k] } as unknown as GoogleAppsScript.Charts.ChartOptions;
  }
  modify(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return new EmuChartBuilder(this.#rt, this.#s, this.#m) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }
}
const _chart: Subset<EmuChart, GoogleAppsScript.Spreadsheet.EmbeddedChart> = true;
instrument(EmuChart, 'EmbeddedChart');

function chartModelOf(x: unknown): ChartModel | undefined {
  return x instanceof EmuChart ? EmuChart.model(x) : undefined;
}

/** The global `Charts` (only its ChartType enum is emulated). */
export const CHARTS_GLOBAL = Object.freeze({ ChartType: CHART_TYPE });

// ------------------------------------------------------------------ Ui and Menu

export class EmuUi implements Facade<GoogleAppsScript.Base.Ui, 'createMenu' | 'alert'> {
  readonly Button = BUTTON as unknown as GoogleAppsScript.Base.Ui['Button'];
  readonly ButtonSet = BUTTON_SET as unknown as GoogleAppsScript.Base.Ui['ButtonSet'];
  #rt: Runtime;
  #f: SpreadsheetModel;
  constructor(rt: Runtime, f: SpreadsheetModel) {
    this.#rt = rt;
    this.#f = f;
    attach(this, rt);
  }
  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return new EmuMenu(this.#rt, this.#f, { name: String(caption), items: [] }) as unknown as GoogleAppsScript.Base.Menu;
  }
  /** Records the alert; answers OK, or for a YES_NO button set the file's next `answers` (YES when none is left). */
  alert(a: unknown, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    const title = b !== undefined && typeof b === 'string' ? String(a) : undefined;
    const message = title !== undefined ? String(b) : String(a);
    const set = String(title !== undefined ? c : b);
    this.#f.ui.push({ kind: 'alert', title, message, at: this.#rt.clock.now() });
    return (set.startsWith('YES') ? BUTTON[this.#f.answers.shift() ?? 'YES'] : BUTTON.OK) as unknown as GoogleAppsScript.Base.Button;
  }
}
const _ui: Subset<EmuUi, GoogleAppsScript.Base.Ui> = true;
instrument(EmuUi, 'Ui');

export class EmuMenu implements Facade<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  #f: SpreadsheetModel;
  #m: MenuRecord;
  constructor(rt: Runtime, f: SpreadsheetModel, m: MenuRecord) {
    this.#f = f;
    this.#m = m;
    attach(this, rt);
  }
  static record(x: EmuMenu): MenuRecord {
    return x.#m;
  }
  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this.#m.items.push({ caption: String(caption), functionName: String(functionName) });
    return this as unknown as GoogleAppsScript.Base.Menu;
  }
  addSeparator(): GoogleAppsScript.Base.Menu {
    this.#m.items.push({ separator: true });
    return this as unknown as GoogleAppsScript.Base.Menu;
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    if (menu instanceof EmuMenu) this.#m.items.push({ subMenu: EmuMenu.record(menu) });
    return this as unknown as GoogleAppsScript.Base.Menu;
  }
  addToUi(): void {
    // A menu added again (onOpen runs at every open) replaces the one of the same name.
    this.#f.menus = this.#f.menus.filter((m) => m.name !== this.#m.name);
    this.#f.menus.push(this.#m);
  }
}
const _menu: Subset<EmuMenu, GoogleAppsScript.Base.Menu> = true;
instrument(EmuMenu, 'Menu');

export function isDateValue(v: unknown): boolean {
  return isDate(v);
}

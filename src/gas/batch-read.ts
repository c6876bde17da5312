// Reading the office's tabs at the start of a run, before its first write (issue 12: a rebuild near its floor): one
// listing of every tab through the Sheets advanced service (ids, names, grids), every tab's SpreadsheetApp handle from
// one getSheets, and the tabs that hold no dates in one Values.batchGet — where SpreadsheetApp needs a lookup by name,
// a range and a read per tab, and two calls per tab to find one by its id.
//
// Dates. The API gives a date cell as its serial number (UNFORMATTED_VALUE, SERIAL_NUMBER: days since 30/12/1899 on
// the spreadsheet's wall clock), SpreadsheetApp as a Date, and nothing in a batchGet says which numbers were dates. So
// only tabs whose readers take no date go through batchGet: "Đơn vị" and "Tiêu chí" (src/core/directory.ts and
// criteria-tab.ts read text, numbers and booleans; a date typed there would come as its serial number, shown as a
// number). The tabs where a Date matters stay with SpreadsheetApp (getDataRange().getValues() on the handle listed
// here): "Cấu hình" (deadlines and milestones), the response tabs (the timestamp, and any answer Forms typed into a
// date), "Thẩm định" (the council's cells are written back as read; it is read just before it is written).
//
// The listing holds the state of the file before the run writes: a tab's grid is used once, for the first write of a
// tab the caller names (`presize`), and dropped after; tabs the run inserts or deletes are not in it.
import { LEDGER_TAB, TAB } from '../core/messages';
import { REVIEW_TAB } from '../core/review';
import { LISTING_FIELDS, listedTab, quoteTab, type ListedTab } from './batch-write';

export type { ListedTab };
import { rememberTabs, spreadsheetId } from './tab-cache';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;


/** What a run read of the spreadsheet before writing: its tabs, their handles, and values read in one call. */
export class TabsRead {
  readonly id: string;
  readonly tabs: ListedTab[];
  /** The spreadsheet's time zone (the wall clock its date cells are on), when the listing gave it. */
  readonly timeZone: string | null;
  #byKey = new Map<string, ListedTab>();
  /** Handles in listing order (one getSheets); null when getSheets and the listing disagree on the number of tabs. */
  #handles: Sheet[] | null;
  #byHandle = new Map<Sheet, ListedTab>();
  #presized = new Set<string>();
  #prefetched = new Map<string, unknown[][]>();
  #cells = new Map<string, unknown>();
  #areas = new Map<string, unknown[][]>();

  constructor(
    private readonly ss: Spreadsheet,
    private readonly api: GoogleAppsScript.Sheets,
  ) {
    this.id = spreadsheetId(ss);
    const got = api.Spreadsheets.get(this.id, { fields: LISTING_FIELDS });
    this.tabs = (got.sheets ?? []).map(listedTab);
    this.timeZone = got.properties?.timeZone ?? null;
    // getSheetByName finds a tab regardless of case: the first of the names that match.
    for (const t of this.tabs) if (!this.#byKey.has(t.title.toLowerCase())) this.#byKey.set(t.title.toLowerCase(), t);
    // Both list the tabs in tab order (hidden ones included); a count that differs (a kind of sheet one of them
    // leaves out) falls back to a lookup by name per tab.
    const sheets = ss.getSheets();
    this.#handles = sheets.length === this.tabs.length ? sheets : null;
  }

  /** The listed tab that getSheetByName(name) would find, or null. */
  get(name: string): ListedTab | null {
    return this.#byKey.get(name.toLowerCase()) ?? null;
  }

  /** The listed tab with this sheet id (as a script property stores it), or null. */
  byId(id: string | null): ListedTab | null {
    if (id === null || id === '') return null;
    return this.tabs.find((t) => String(t.sheetId) === id) ?? null;
  }

  /** The SpreadsheetApp handle of the listed tab with this sheet id, or null. */
  sheetWithId(id: string | null): Sheet | null {
    const tab = this.byId(id);
    return tab ? this.sheet(tab) : null;
  }

  /** The SpreadsheetApp handle of a listed tab (from the one getSheets; a lookup by name when that failed). */
  sheet(tab: ListedTab): Sheet | null {
    const i = this.tabs.indexOf(tab);
    const sheet = this.#handles && i >= 0 ? this.#handles[i] : this.ss.getSheetByName(tab.title);
    if (sheet) this.#byHandle.set(sheet, tab);
    return sheet;
  }

  /** The listed tab of a handle this read gave out (null for any other handle: a tab made since, say). */
  listedOf(sheet: Sheet): ListedTab | null {
    return this.#byHandle.get(sheet) ?? null;
  }

  /** The handle of the tab getSheetByName(name) would find, or null when the listing has none. */
  sheetNamed(name: string): Sheet | null {
    const tab = this.get(name);
    return tab ? this.sheet(tab) : null;
  }

  /**
   * Lets the first write of these tabs take their grid (rows, columns, frozen rows) from the listing instead of
   * asking (see `gridOf`). Only for tabs nothing changes between the listing and that write.
   */
  presize(names: readonly string[]): void {
    for (const n of names) {
      const tab = this.get(n);
      if (tab) this.#presized.add(tab.title);
    }
  }

  /** The listed grid of a presized tab's handle, once (a later write of the same tab asks the service). */
  gridOf(sheet: Sheet): ListedTab | null {
    const tab = this.#byHandle.get(sheet);
    if (!tab || !this.#presized.has(tab.title)) return null;
    this.#presized.delete(tab.title);
    return tab;
  }

  /**
   * Reads whole tabs (by name; those not listed are skipped), single cells ("Tab!B1") and areas of tabs ("A:A"), in
   * one Values.batchGet. A tab's values are then had with `take`, a cell's with `cell`, an area's with `takeArea`. Values as SpreadsheetApp gives them, except dates:
   * see the top of this file.
   */
  fetch(names: readonly string[], cells: ReadonlyArray<{ tab: string; a1: string }> = [], areas: ReadonlyArray<{ tab: string; a1: string }> = []): void {
    const tabs = names.map((n) => this.get(n)).filter((t): t is ListedTab => t !== null);
    const wanted = cells.filter((c) => this.get(c.tab) !== null);
    const parts = areas.filter((c) => this.get(c.tab) !== null);
    const ranges = [
      ...tabs.map((t) => quoteTab(t.title)),
      ...wanted.map((c) => `${quoteTab(this.get(c.tab)!.title)}!${c.a1}`),
      ...parts.map((c) => `${quoteTab(this.get(c.tab)!.title)}!${c.a1}`),
    ];
    if (ranges.length === 0) return;
    const got = this.api.Spreadsheets.Values.batchGet(this.id, { ranges, valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER' });
    const answers = got.valueRanges ?? [];
    tabs.forEach((t, i) => this.#prefetched.set(t.title, rectangle(answers[i]?.values ?? [])));
    wanted.forEach((c, i) => this.#cells.set(`${c.tab}!${c.a1}`, answers[tabs.length + i]?.values?.[0]?.[0] ?? ''));
    parts.forEach((c, i) => this.#areas.set(`${c.tab}!${c.a1}`, (answers[tabs.length + wanted.length + i]?.values ?? []) as unknown[][]));
  }

  /**
   * An area (`areas` of fetch: a row "1:1", a column "A:A") as the API gave it — rows from the area's first, trailing
   * empty rows and cells left out — once; undefined when it was not fetched (or taken already).
   */
  takeArea(tab: string, a1: string): unknown[][] | undefined {
    const key = `${tab}!${a1}`;
    const values = this.#areas.get(key);
    this.#areas.delete(key);
    return values;
  }

  /** An area as `takeArea` gives it, left for its taker; undefined when it was not fetched (or taken already). */
  area(tab: string, a1: string): readonly unknown[][] | undefined {
    return this.#areas.get(`${tab}!${a1}`);
  }

  /** A tab's values fetched earlier in the run, once; null when there are none. */
  take(name: string): unknown[][] | null {
    const tab = this.get(name);
    if (!tab) return null;
    const values = this.#prefetched.get(tab.title);
    if (values === undefined) return null;
    this.#prefetched.delete(tab.title);
    return values;
  }

  /** A cell fetched earlier ('' when empty); undefined when it was not fetched. */
  cell(tab: string, a1: string): unknown {
    return this.#cells.get(`${tab}!${a1}`);
  }

  /** Forgets tabs the run deleted. */
  forget(names: readonly string[]): void {
    for (const n of names) {
      const tab = this.get(n);
      if (!tab) continue;
      this.tabs.splice(this.tabs.indexOf(tab), 1);
      this.#byKey.delete(n.toLowerCase());
      this.#handles = null;
    }
  }
}

/** The rows of a ValueRange as getDataRange().getValues() gives them: a rectangle padded with "" ([] when blank). */
export function rectangle(values: readonly unknown[][]): unknown[][] {
  let width = 0;
  for (const r of values) if (r.length > width) width = r.length;
  if (width === 0) return [];
  return values.map((r) => {
    if (r.length === width) return r.slice();
    const line = r.slice();
    for (let j = r.length; j < width; j++) line.push('');
    return line;
  });
}

/** Tabs looked up through tab-cache.ts during a run (the register, the outbox's two, the health tab, results, review, records). */
const KEPT_TABS = [LEDGER_TAB, TAB.mailRecord, TAB.outbox, TAB.health, TAB.results, REVIEW_TAB, TAB.records];

/** This execution's read (Apps Script loads the script afresh for each execution, so this lives one execution). */
let current: { ss: Spreadsheet; read: TabsRead } | null = null;

/**
 * Lists the tabs through the Sheets service and makes that listing this execution's read; null without the service
 * (the caller reads through SpreadsheetApp). Call it only before the run's first write to the spreadsheet: the
 * service does not see SpreadsheetApp's pending writes.
 */
export function openTabsRead(ss: Spreadsheet): TabsRead | null {
  const api = typeof Sheets === 'undefined' || !Sheets ? null : Sheets;
  if (!api) return null;
  const read = new TabsRead(ss, api);
  current = { ss, read };
  // The tool's own tabs other steps look up by name (src/gas/tab-cache.ts), none of which a run deletes: found here.
  const kept: Array<{ name: string; sheet: Sheet }> = [];
  for (const name of KEPT_TABS) {
    const sheet = read.sheetNamed(name);
    if (sheet) kept.push({ name, sheet });
  }
  rememberTabs(ss, kept);
  return read;
}

/** This execution's read of `ss`, when a run opened one. */
export function tabsRead(ss: Spreadsheet): TabsRead | null {
  return current && current.ss === ss ? current.read : null;
}

/** The listed grid of a tab handle this execution's read gave out and presized, once (see TabsRead.gridOf). */
export function listedGrid(sheet: Sheet): ListedTab | null {
  return current ? current.read.gridOf(sheet) : null;
}

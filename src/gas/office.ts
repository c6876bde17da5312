// Reading the inputs of an evaluation: the office-edited tabs (Cấu hình, Đơn vị, Tiêu chí) and the two
// response tabs — one getValues each, or, for a run that has written nothing yet, from one listing of the tabs and one
// batch read (src/gas/batch-read.ts). A missing office tab is created with its defaults, so a new Sheet works at once.
import { configFromRows, configInLayout, configLayout, configToRows, defaultConfig, blankMilestones, kindDefaultsToFollow, missingConfigRows, namedInitiativesNeeded, plainTextNumberRows, plainTextRows, type OfficeConfig } from '../core/config';
import { literalText } from '../core/table';
import { registrationFormPeriod, registrationOnForm } from './forms';
import { criteriaTabUpdate, criteriaToRows } from '../core/criteria-tab';
import { catalogueFor } from '../core/criteria';
import type { Criterion } from '../core/criteria';
import { directoryToRows } from '../core/directory';
import { listedSchools, mergedSchoolPrints } from '../core/ledger';
import type { EvaluateInput } from '../core/evaluate';
import { CONFIG_FIRST_HEADER_OLD, CONFIG_HEADERS, CRITERIA_HEADERS, DIRECTORY_HEADERS, LEDGER_TAB, OFFICE_TAB_GONE, OFFICE_TABS_AWAITED, TAB } from '../core/messages';
import { matchKey } from '../core/text';
import { REVIEW_TAB } from '../core/review';
import { openTabsRead, type ListedTab, type TabsRead } from './batch-read';
import { witnessOffset } from './cell-batch';
import { configAsTyped, reviewWithTypedWords, typedWordsAsText, type ConfigTyped } from './typed-words';
import { identifyRegistrations, REGISTER_RESPONSE_IDS, type Identified } from './ledger';
import { getLockedState, getState, setStateSoon } from './properties';
import { settingsGone, unpackPrint, type SettingsPrint } from '../core/settings-trail';
import { outboxTails } from './outbox';
import { columnLetter } from '../core/summaries';
import { findSheetById } from './response-sheets';
import { ensureSheet, readHeader, readValues, writeTable } from './sheets';
import { tabNamed } from './tab-cache';
import { fileTimeZone, shownDates } from './time-zone';
import { VERSIONS_HEADER_AREA, VERSIONS_KEYS_AREA } from './versions';
import { HISTORY_HEADER_AREA, HISTORY_TIMES_AREA } from './history';
import { ToolStop } from './errors';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Inputs extends EvaluateInput {
  /** Problems of the "Cấu hình" tab (the evaluation reports the other tabs' own). */
  configErrors: string[];
  /** The register of codes after identifying the registration rows. */
  identified: Identified;
  /**
   * "Kết quả kiểm tra" as the run's listing and batch read found it (its grid's width, its header row), for writeResults
   * to tell whether the office added anything beside the tool's columns; absent when the run had no listing.
   */
  resultsShape?: ResultsShape;
  /** Office tabs Thiết lập made again with their defaults, deleted after the office set up (officeTabMissing). */
  remade?: string[];
  /** "Cấu hình" as read (its dates as their cells show them): what the print of the settings reads (settings-trail.ts). */
  configRows?: readonly (readonly unknown[])[];
  /** Column A of "Các lần gửi phiếu" (header first) when the run's batch read fetched it (src/gas/versions.ts). */
  versionKeys?: readonly (readonly unknown[])[];
  /** Row 1 of "Các lần gửi phiếu" when the run's batch read fetched it ([] for a blank row). */
  versionHeader?: readonly unknown[];
  /** Column A of "Lịch sử thẩm định" (header first) when the run's batch read fetched it (src/gas/history.ts countHistory). */
  historyTimes?: readonly (readonly unknown[])[];
  /** Row 1 of "Lịch sử thẩm định" when the run's batch read fetched it ([] for a blank row). */
  historyHeader?: readonly unknown[];
  /** "Thẩm định" as the run's batch read fetched it (ReadOptions.decisions; null: no such tab); absent when not fetched. */
  reviewValues?: unknown[][] | null;
}

/** The header of "Nhật ký lỗi", in the run's batch read: where a line the run logs goes (src/gas/health.ts logColumnsOf). */
const LOG_HEADER_AREA = { tab: TAB.log, a1: '1:1' };

export interface ResultsShape {
  cols: number;
  header: readonly unknown[];
  /** The tab's values, header first, when the run read it whole (the run that writes it). */
  values?: readonly (readonly unknown[])[];
}

function readOrCreate(ss: Spreadsheet, name: string, widths: number[], defaults: () => unknown[][], missing: MissingTabs, read: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => unknown[][] = readValues): unknown[][] {
  const found = tabNamed(ss, name);
  if (found) return read(found);
  officeTabMissing(ss, name, missing);
  const rows = defaults();
  writeOfficeTab(ensureSheet(ss, name).sheet, name, rows, widths);
  return rows;
}

/** How a run meets an office tab it does not find: `setup` (Thiết lập) makes it again, listing it in `remade`. */
interface MissingTabs {
  setup?: boolean;
  remade: string[];
}

/**
 * An office tab ("Cấu hình", "Đơn vị", "Tiêu chí") not found by its name. In a Sheet not set up yet (no form linked),
 * it is made with its defaults, so a new Sheet works at once. Once the office has set up, it was renamed or deleted by
 * someone (review office #1, #4): made again from its defaults, it would put another office's name, deadlines and
 * signer, an empty list of schools or the catalogue's switches in place of the office's own — in every confirmation
 * sent meanwhile, with "Thành công" in "Tình trạng". The run stops instead (the error is logged and shown, a submission
 * waits in the queue), saying which tab to name back (one whose first row is the tool's header for it) or how to get
 * it back. Thiết lập, asked by a person, makes a deleted tab again (and stops there: src/jobs/setup.ts), never one
 * that was renamed.
 */
function officeTabMissing(ss: Spreadsheet, name: string, missing: MissingTabs): void {
  if (getState('registrationSheet') === null) return;
  const renamed = renamedOfficeTab(ss, name);
  if (renamed !== null || !missing.setup) throw new ToolStop(OFFICE_TAB_GONE(name, renamed));
  missing.remade.push(name);
}

/**
 * Office tabs Thiết lập made again with their defaults: until the office has filled them in and run Thiết lập again,
 * no other run goes on with those defaults (review diff35 H1: the next confirmation went out in another office's name).
 * Thiết lập itself reads on (`setup`): it clears the mark once nothing was remade (src/jobs/setup.ts).
 */
function awaitRemade(setup: boolean | undefined): void {
  if (setup) return;
  const remade = (getState('officeTabsRemade') ?? '').split('|').filter((n) => n !== '');
  if (remade.length > 0) throw new ToolStop(OFFICE_TABS_AWAITED(remade));
}

/**
 * How the first row of each office tab tells it, as its reader does (review diff35 M1): "Cấu hình" by its first two
 * headers (the first, "Mục", once "Khóa"); "Đơn vị" and "Tiêu chí" by the headers their readers need, in any column.
 */
const OFFICE_HEADERS: Record<string, (row: readonly string[]) => boolean> = {
  [TAB.config]: (row) => (row[0] === matchKey(CONFIG_HEADERS[0]) || row[0] === matchKey(CONFIG_FIRST_HEADER_OLD)) && row[1] === matchKey(CONFIG_HEADERS[1]),
  [TAB.directory]: (row) => row.includes(matchKey(DIRECTORY_HEADERS.code)) && row.includes(matchKey(DIRECTORY_HEADERS.name)),
  [TAB.criteria]: (row) => row.includes(matchKey(CRITERIA_HEADERS[0])) && row.includes(matchKey(CRITERIA_HEADERS[4])),
};

/** The tab, other than the tool's own, whose first row is the header of office tab `name`. */
function renamedOfficeTab(ss: Spreadsheet, name: string): string | null {
  const tells = OFFICE_HEADERS[name];
  if (!tells) return null;
  const own = new Set<string>(Object.values(TAB));
  for (const sheet of ss.getSheets()) {
    const title = sheet.getName();
    const width = sheet.getLastColumn();
    if (own.has(title) || width < 2) continue;
    if (tells(sheet.getSheetValues(1, 1, 1, width)[0].map((h) => matchKey(h)))) return title;
  }
  return null;
}

/**
 * A new office tab with its default rows. "Cấu hình" and "Tiêu chí" explain each row in a sentence or a paragraph:
 * their rows wrap, within the column widths given (the office may widen them).
 */
function writeOfficeTab(sheet: GoogleAppsScript.Spreadsheet.Sheet, name: string, rows: unknown[][], widths: number[]): void {
  const wrap = name === TAB.config || name === TAB.criteria;
  writeTable(sheet, rows[0] as string[], rows.slice(1), { frozenRows: 1, keepGrid: true, widths, wrap });
}

/** Column widths (px) of the office's tabs when they are created. */
const WIDTHS = {
  config: [230, 320, 560],
  directory: [90, 280, 90, 170, 110, 190, 280, 280],
  criteria: [110, 440, 90, 240, 80, 460],
};

/** The office's own tabs (Cấu hình, Đơn vị, Tiêu chí): what every evaluation reads besides the responses. */
export type Settings = Pick<Inputs, 'config' | 'configErrors' | 'directoryRows' | 'criteriaRows' | 'onForm' | 'formsPeriod' | 'remade' | 'configRows'>;

/**
 * The print of the settings the last full run read (src/jobs/results.ts): the values a cell emptied or unreadable
 * since is read by (configFromRows).
 */
function lastPrint(): SettingsPrint | null {
  return unpackPrint(getState('settingsPrint'));
}

export function readSettings(ss: Spreadsheet, now: Date, setup = false): Settings {
  awaitRemade(setup);
  const missing: MissingTabs = { setup, remade: [] };
  // Dates typed in "Cấu hình" as the day their cells show, whatever the file's zone (src/gas/time-zone.ts); its values
  // as typed where Sheets made them a formula or a decimal number (configAsTyped).
  let fromNumbers: number[] = [];
  const typed = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => {
    const t = configAsTyped(sheet, readValues(sheet));
    fromNumbers = t.fromNumbers;
    return t.values;
  };
  const configRows = shownDates(readOrCreate(ss, TAB.config, WIDTHS.config, () => configToRows(defaultConfig(now)), missing, typed), () => fileTimeZone(ss));
  const cfg = configFromRows(configRows, now, lastPrint(), fromNumbers);
  const directoryRows = readOrCreate(ss, TAB.directory, WIDTHS.directory, () => directoryToRows([]), missing);
  const criteriaRows = readOrCreate(ss, TAB.criteria, WIDTHS.criteria, () => criteriaToRows(catalogueFor(cfg.config), namedInitiativesNeeded(cfg.config)), missing);
  return { config: cfg.config, configErrors: cfg.errors, directoryRows, criteriaRows, onForm: registrationOnForm(), formsPeriod: registrationFormPeriod(), remade: missing.remade, configRows: cfg.rows ?? undefined };
}

/** The registration response tab: by the sheet id setup stored, else by name (an imported copy of the Sheet). */
export function registrationTab(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet | null {
  return findSheetById(ss, getState('registrationSheet'), TAB.registrations) ?? tabNamed(ss, TAB.registrations);
}

/** The report response tab, found as the registration tab is. */
export function reportTab(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet | null {
  return findSheetById(ss, getState('reportSheet'), TAB.reports) ?? tabNamed(ss, TAB.reports);
}

/** How readInputs may read. */
export interface ReadOptions {
  /**
   * The run has written nothing to the spreadsheet yet (the Sheets service does not see SpreadsheetApp's pending
   * writes): the tabs are listed and read in batch when the manifest enables the service.
   */
  first?: boolean;
  /**
   * With `first`: when the Sheets service fails to list the tabs, the run reads through SpreadsheetApp instead of
   * failing — the mail jobs, whose failed run costs the day's reminders or the week's digest (review counts F6). The
   * rebuild fails instead, before any write, and its next run (or the office's menu) does it all.
   */
  orSpreadsheetApp?: boolean;
  /** The caller does not hold the script lock: the register of codes is read, never written (see IdentifyOptions). */
  readOnly?: boolean;
  /** The run reports registrations the response tab lost (IdentifyOptions.findMissing): the rebuild. */
  findMissing?: boolean;
  /** Thiết lập: an office tab deleted after the office set up is made again with its defaults (officeTabMissing). */
  setup?: boolean;
  /** With `first`: "Thẩm định" is read in the same batch (Inputs.reviewValues): the council's decisions, for the reminders. */
  decisions?: boolean;
  /**
   * The run answers the registrations it reads, writing their rows of "Thẩm định" (recordEvaluation): it takes the
   * edits first seen by runs that do not (rememberResent) with its own.
   */
  answers?: boolean;
}

/**
 * An edit seen first by a run that does not answer it (the reminders, the digest, Thiết lập: they save the register,
 * whose time of the last sending then no longer tells the next answering run that the edit is new to it), kept for the
 * next run that answers: its verdict change is the school's edit, its school told by its confirmation (review
 * clerk-day #2). Read as the lock holder sees it (review diff33 #2); the last RESENT_MAX codes, in a property's room.
 */
function rememberResent(identified: Identified, opts: ReadOptions): void {
  if (opts.readOnly || opts.answers || identified.resent.length === 0) return;
  const kept = resentKept();
  const all = [...new Set([...kept, ...identified.resent])].slice(-RESENT_MAX);
  if (all.join(',') !== kept.join(',')) setStateSoon({ resentSeen: all.join(',') });
}
/** Codes of about 10 characters: 5 KB, within the 9 KB of one property. */
const RESENT_MAX = 500;

function resentKept(): string[] {
  return (getLockedState('resentSeen') ?? '').split(',').filter((c) => c !== '');
}

/** The edits first seen by this run, or by a run since the last that answered them (rememberResent). */
export function resentCodes(identified: Identified): string[] {
  return [...new Set([...resentKept(), ...identified.resent])];
}

/**
 * Forgets the edits remembered once they are answered: all of them, by a run that wrote "Thẩm định" whole; `answered`,
 * by a submission that wrote their rows (review diff33 #1: kept, a later change of another cause was called the edit).
 */
export function forgetResent(answered?: readonly string[]): void {
  const kept = resentKept();
  const left = answered ? kept.filter((c) => !answered.includes(c)) : [];
  if (left.length !== kept.length) setStateSoon({ resentSeen: left.join(',') });
}

/** Everything an evaluation reads, one read per tab. */
export function readInputs(ss: Spreadsheet, now: Date, opts: ReadOptions = {}): Inputs {
  const read = opts.first ? (opts.orSpreadsheetApp ? listingOrNone(ss) : openTabsRead(ss)) : null;
  if (read) return readInputsListed(ss, now, read, opts);
  const settings = readSettings(ss, now, opts.setup);
  // The response tabs are known by the sheet id setup stored; a workbook without that state (an imported copy of
  // the office Sheet) is read by the tab names setup gives them.
  const responses = registrationTab(ss);
  const reports = reportTab(ss);
  const responseValues = responses ? readValues(responses) : [];
  const identified = identifyRegistrations(ss, responseValues, { readOnly: opts.readOnly, findMissing: opts.findMissing, listedFor: listedSchools(settings.directoryRows), merged: mergedSchoolPrints(settings.directoryRows) })!;
  rememberResent(identified, opts);
  return {
    ...settings,
    responseValues,
    responseIds: identified.ids,
    identified,
    reportValues: reports ? readValues(reports) : [],
    responseTab: responses ? responses.getName() : TAB.registrations,
    reportTab: reports ? reports.getName() : TAB.reports,
  };
}

/**
 * The run's listing (openTabsRead), or none when the Sheets service fails to give it: the run has written nothing yet,
 * so it reads through SpreadsheetApp, as without the service, rather than fail (ReadOptions.orSpreadsheetApp).
 */
function listingOrNone(ss: Spreadsheet): TabsRead | null {
  try {
    return openTabsRead(ss);
  } catch {
    return null;
  }
}

/**
 * readInputs from one listing: every read before the first write (the office tabs a new Sheet lacks are created after
 * them), tabs found by id and name in the listing, "Đơn vị", "Tiêu chí" and the lookup tab's selection in one batch
 * read, the tabs where a Date matters through SpreadsheetApp on their listed handles.
 */
function readInputsListed(ss: Spreadsheet, now: Date, read: TabsRead, opts: ReadOptions): Inputs {
  // The run that writes "Kết quả kiểm tra" (opts.answers: recordEvaluation) reads it whole: a row or an order of the
  // office's keeps it written in place (writeResults; review r81o F1). The others need no more than its header.
  read.fetch([TAB.directory, TAB.criteria, ...(opts.decisions ? [REVIEW_TAB] : []), ...(opts.answers ? [TAB.results] : [])], [{ tab: TAB.lookup, a1: 'B1' }], [...(opts.answers ? [] : [{ tab: TAB.results, a1: '1:1' }]), { tab: TAB.versions, a1: VERSIONS_HEADER_AREA }, { tab: TAB.versions, a1: VERSIONS_KEYS_AREA }, { tab: TAB.history, a1: HISTORY_HEADER_AREA }, { tab: TAB.history, a1: HISTORY_TIMES_AREA }, LOG_HEADER_AREA]);
  const whole = (tab: ListedTab | null): unknown[][] => {
    const sheet = tab ? read.sheet(tab) : null;
    return sheet ? readValues(sheet) : [];
  };
  const configTab = read.get(TAB.config);
  const configSheet = configTab ? read.sheet(configTab) : null;
  const config: ConfigTyped | null = configSheet ? configAsTyped(configSheet, readValues(configSheet)) : configTab ? { values: [], fromNumbers: [] } : null;
  const configRows = config ? shownDates(config.values, () => read.timeZone) : null;
  const directoryRows = read.take(TAB.directory);
  const criteriaRows = read.take(TAB.criteria);
  const responses = read.byId(getState('registrationSheet')) ?? read.get(TAB.registrations);
  const reports = read.byId(getState('reportSheet')) ?? read.get(TAB.reports);
  const responseValues = whole(responses);
  const reportValues = whole(reports);
  // The results tab is written next, by this run, before anything else changes its grid. (Not Thẩm định: the council
  // may be typing in it while the run evaluates, so it is read, and its grid asked, just before it is written.)
  read.presize([TAB.results]);
  const resultsTab = read.get(TAB.results);
  const resultsValues = opts.answers ? read.take(TAB.results) : null;
  const resultsShape = resultsTab ? { cols: resultsTab.cols, header: resultsValues ? (resultsValues[0] ?? []) : (read.takeArea(TAB.results, '1:1')?.[0] ?? []), ...(resultsValues ? { values: resultsValues } : {}) } : undefined;
  const settings = settingsFrom(ss, now, { config: configRows, configFromNumbers: config?.fromNumbers, directory: directoryRows, criteria: criteriaRows }, opts.setup);
  const identified = identifyRegistrations(ss, responseValues, { readOnly: opts.readOnly, findMissing: opts.findMissing, listedFor: listedSchools(settings.directoryRows), merged: mergedSchoolPrints(settings.directoryRows) })!;
  rememberResent(identified, opts);
  return {
    ...settings,
    responseValues,
    responseIds: identified.ids,
    identified,
    reportValues,
    responseTab: responses ? responses.title : TAB.registrations,
    reportTab: reports ? reports.title : TAB.reports,
    resultsShape,
    versionKeys: read.takeArea(TAB.versions, VERSIONS_KEYS_AREA),
    versionHeader: firstRow(read.takeArea(TAB.versions, VERSIONS_HEADER_AREA)),
    historyTimes: read.takeArea(TAB.history, HISTORY_TIMES_AREA),
    historyHeader: firstRow(read.takeArea(TAB.history, HISTORY_HEADER_AREA)),
    ...(opts.decisions ? { reviewValues: typedReview(read) } : {}),
  };
}

/**
 * "Thẩm định" as the batch read it, its comments, reviewers and notes as typed where Sheets shows "#ERROR!" (a "- …"
 * typed: src/gas/typed-words.ts, the formulas read then only), as the rebuild reads them (review r77c F1).
 */
function typedReview(read: TabsRead): unknown[][] | null {
  const values = read.take(REVIEW_TAB);
  const sheet = values ? read.sheetNamed(REVIEW_TAB) : null;
  return values && sheet ? reviewWithTypedWords(sheet, values) : values;
}

/** The first row of an area read ([] when blank), undefined when it was not read. */
function firstRow(area: unknown[][] | undefined): unknown[] | undefined {
  return area === undefined ? undefined : (area[0] ?? []);
}

/** The office's tabs from values read (null: the tab is missing, created now with its defaults). */
function settingsFrom(ss: Spreadsheet, now: Date, rows: { config: unknown[][] | null; configFromNumbers?: number[]; directory: unknown[][] | null; criteria: unknown[][] | null }, setup?: boolean): Settings {
  awaitRemade(setup);
  const missing: MissingTabs = { setup, remade: [] };
  const create = (name: string, widths: number[], defaults: unknown[][]) => {
    officeTabMissing(ss, name, missing);
    writeOfficeTab(ensureSheet(ss, name).sheet, name, defaults, widths);
    return defaults;
  };
  const configRows = rows.config ?? create(TAB.config, WIDTHS.config, configToRows(defaultConfig(now)));
  const cfg = configFromRows(configRows, now, lastPrint(), rows.config ? rows.configFromNumbers : []);
  const directoryRows = rows.directory ?? create(TAB.directory, WIDTHS.directory, directoryToRows([]));
  const criteriaRows = rows.criteria ?? create(TAB.criteria, WIDTHS.criteria, criteriaToRows(catalogueFor(cfg.config), namedInitiativesNeeded(cfg.config)));
  return { config: cfg.config, configErrors: cfg.errors, directoryRows, criteriaRows, onForm: registrationOnForm(), formsPeriod: registrationFormPeriod(), remade: missing.remade, configRows: cfg.rows ?? undefined };
}

/**
 * The inputs of one submission: the office's tabs, and of the registration tab only its header and the submitted
 * row (given as a sparse table: row n at index n-1). Null when the register cannot identify a single row on its own
 * (a first run, a register to rebuild): the caller then reads everything. The caller saves the register
 * (`identified.save()`) after its other reads and before its first write.
 */
export function readSubmission(ss: Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, now: Date): Inputs | null {
  const header = readHeader(sheet);
  if (header.length === 0 || row < 2) return null;
  const values: unknown[][] = [];
  values[0] = header;
  values[row - 1] = sheet.getSheetValues(row, 1, 1, header.length)[0];
  const settings = readSettings(ss, now);
  const identified = identifyRegistrations(ss, values, { partial: true, deferSave: true, listedFor: listedSchools(settings.directoryRows), merged: mergedSchoolPrints(settings.directoryRows) });
  if (!identified) return null;
  return {
    ...settings,
    responseValues: values,
    responseIds: identified.ids,
    identified,
    reportValues: [],
    responseTab: sheet.getName(),
    reportTab: TAB.reports,
  };
}

/** What a submission read in its one batch besides its inputs. */
export interface SubmissionAreas {
  /** The header of "Thẩm định" (its first row, as the API gives it: trailing blank cells left out). */
  reviewHeader: unknown[];
  /** The outbox record's header, likewise ([] when the record has no tab). */
  outboxHeader: unknown[];
  /**
   * The last row of the review's grid holds nothing (read with the other reads): a row appended below its last row
   * with content falls within the grid, where the rebuild's dropdowns are. False when it holds something, or was not read.
   */
  reviewRoom: boolean;
  /** The header of "Kết quả kiểm tra", likewise. */
  resultsHeader: unknown[];
}

/**
 * readSubmission from the run's listing (src/gas/batch-read.ts), before any write: the office's text-only tabs, the
 * registration tab's, the register's and the review's headers and the health tab's labels in one batch read; "Cấu
 * hình" (its deadlines are Dates) and the submitted row through SpreadsheetApp on their listed handles. Null when a
 * tab it needs is missing (the full run creates it).
 */
export function readSubmissionListed(ss: Spreadsheet, read: TabsRead, sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, now: Date): { inputs: Inputs; areas: SubmissionAreas } | null {
  awaitRemade(false);
  const tab = read.byId(getState('registrationSheet'));
  const config = read.get(TAB.config);
  if (!tab || !config || !read.get(TAB.directory) || !read.get(TAB.criteria) || !read.get(TAB.results) || !read.get(REVIEW_TAB) || row < 2) return null;
  // A missing tab would fail the whole batch: the register's and the outbox record's headers only when they have tabs.
  const headers = [LEDGER_TAB, TAB.mailRecord].filter((t) => read.get(t)).map((t) => ({ tab: t, a1: '1:1' }));
  // The register's column of response ids, whole: the values service reads every row, hidden or filtered out alike,
  // where a search may pass over them (one cell per registration; identity is worth it, see identifyByResponse).
  // A range from row 2 only of a tab with a row below its header: one starting past a tab's grid fails the whole read
  // ("exceeds grid limits"; review strict #1, diff59 M2).
  const rowBelowHeader = (name: string) => (read.get(name)?.rows ?? 0) >= 2;
  if (rowBelowHeader(LEDGER_TAB)) headers.push({ tab: LEDGER_TAB, a1: REGISTER_RESPONSE_IDS });
  // The outbox's tabs from the row its journal counts as their last (src/gas/outbox.ts outboxTails), for its part.
  // The review's last grid row: empty, a new row appended by the batch falls within the grid (src/jobs/intake.ts).
  const review = read.get(REVIEW_TAB)!;
  const reviewEnd = `A${review.rows}:${columnLetter(review.cols)}${review.rows}`;
  headers.push({ tab: REVIEW_TAB, a1: reviewEnd });
  // The health tab's labels, where its line goes (without them, its line is written apart).
  const health = rowBelowHeader(TAB.health) ? [{ tab: TAB.health, a1: 'A2:A' }] : [];
  // The row's first cell (its timestamp) as a serial, beside its Date read below: the file's offset, for no call.
  const stampCell = `A${row}`;
  read.fetch([TAB.directory, TAB.criteria, TAB.config], [{ tab: tab.title, a1: stampCell }], [{ tab: tab.title, a1: '1:1' }, { tab: REVIEW_TAB, a1: '1:1' }, { tab: TAB.results, a1: '1:1' }, ...headers, ...health, ...outboxTails(read), { tab: TAB.versions, a1: VERSIONS_HEADER_AREA }, LOG_HEADER_AREA]);
  const header = read.takeArea(tab.title, '1:1')?.[0] ?? [];
  const configSheet = read.sheet(config);
  const directoryRows = read.take(TAB.directory);
  const criteriaRows = read.take(TAB.criteria);
  if (header.length === 0 || !configSheet || !directoryRows || !criteriaRows) return null;
  const values: unknown[][] = [];
  values[0] = header;
  // The row with its Dates (SpreadsheetApp): one getSheetValues, where getRange and getValues are two calls. "Cấu hình"
  // likewise (its deadlines are Dates), over the extent the batch read gave it: one call (readDated).
  values[row - 1] = sheet.getSheetValues(row, 1, 1, header.length)[0];
  witnessOffset(values[row - 1][0], read.cell(tab.title, stampCell), read.timeZone);
  const typed = configAsTyped(configSheet, readDated(configSheet, read.take(TAB.config)));
  const cfg = configFromRows(shownDates(typed.values, () => read.timeZone), now, lastPrint(), typed.fromNumbers);
  const identified = identifyRegistrations(ss, values, {
    partial: true,
    deferSave: true,
    header: read.takeArea(LEDGER_TAB, '1:1')?.[0],
    responseIds: read.takeArea(LEDGER_TAB, REGISTER_RESPONSE_IDS),
    // Its new rows go into the submission's batch, appended by Sheets (src/jobs/intake.ts).
    appendInBatch: true,
    listedFor: listedSchools(directoryRows),
    merged: mergedSchoolPrints(directoryRows),
  });
  if (!identified) return null;
  return {
    inputs: {
      config: cfg.config,
      configErrors: cfg.errors,
      directoryRows,
      criteriaRows,
      onForm: registrationOnForm(),
      formsPeriod: registrationFormPeriod(),
      responseValues: values,
      responseIds: identified.ids,
      identified,
      reportValues: [],
      responseTab: tab.title,
      reportTab: TAB.reports,
    },
    areas: {
      reviewHeader: read.takeArea(REVIEW_TAB, '1:1')?.[0] ?? [],
      outboxHeader: read.takeArea(TAB.mailRecord, '1:1')?.[0] ?? [],
      reviewRoom: read.takeArea(REVIEW_TAB, reviewEnd)?.length === 0,
      resultsHeader: read.takeArea(TAB.results, '1:1')?.[0] ?? [],
    },
  };
}

/**
 * A tab's values with their Dates (SpreadsheetApp), in one getSheetValues over the extent its text-only read in the
 * run's batch (`extent`: src/gas/batch-read.ts, where a date is a serial number) says it has — where getDataRange and
 * getValues are two calls. That read leaves out trailing rows and cells whose value is empty, which getValues would
 * give as "" (a formula's empty text): nothing else is left out. Without it (not read), getDataRange and getValues.
 */
function readDated(sheet: GoogleAppsScript.Spreadsheet.Sheet, extent: unknown[][] | null): unknown[][] {
  if (!extent) return readValues(sheet);
  const width = extent.length > 0 ? extent[0].length : 0;
  return width === 0 ? [] : sheet.getSheetValues(1, 1, extent.length, width);
}

/**
 * Adds to "Cấu hình" the settings a later version of the tool brought that the tab lacks, below its last row, with their
 * default value and explanation; and shows, in the rows that still hold another kind's default ("Loại cơ quan" changed
 * since the tool wrote them), the default the tool uses for the office's kind. The office's own values are never
 * touched. Returns how many rows were added.
 */
export function completeConfigTab(ss: Spreadsheet, config: OfficeConfig): { added: number; filled: string[]; restored: string[]; refilled: string[]; retyped: string[] } {
  const sheet = tabNamed(ss, TAB.config);
  if (!sheet) return { added: 0, filled: [], restored: [], refilled: [], retyped: [] };
  const asRead = readValues(sheet);
  if (asRead.length === 0) return { added: 0, filled: [], restored: [], refilled: [], retyped: [] };
  // Where the settings' names and values stand (a column the office inserted: review r81o F3); no column names one:
  // nothing added or written over (the run said so), the tab is the office's to put right.
  const layout = configLayout(asRead);
  if (!layout) return { added: 0, filled: [], restored: [], refilled: [], retyped: [] };
  const values = configInLayout(asRead, layout);
  const valueColumn = layout.value + 1;
  // A list of days typed "7,3" stays as typed, not the decimal number 7.3 (review r78p F2).
  plainText(sheet, plainTextRows(values), valueColumn);
  const retyped = typedWordsAsText(sheet, asRead);
  // One typed before, which Sheets stored as a number (7.3): the text its cell shows, as plain text (review r78u F3).
  shownAsText(sheet, plainTextNumberRows(values), valueColumn);
  for (const { row, value } of kindDefaultsToFollow(values, config)) sheet.getRange(row, valueColumn).setValue(literalText(value));
  // A milestone left empty: the date the run uses (and tells schools) written in, for the office to see or change.
  const blank = blankMilestones(values, config);
  for (const { row, value } of blank) sheet.getRange(row, valueColumn).setValue(literalText(value));
  const filled = blank.filter((b) => !b.restored).map((b) => `${b.label}: ${b.value}`);
  // A date emptied since the last full run read it: told as a deleted row written back is (review r66c #2).
  const refilled = blank.filter((b) => b.restored).map((b) => `${b.label}: ${b.value}`);
  const missing = missingConfigRows(values, config);
  if (missing.length === 0) return { added: 0, filled, restored: [], refilled, retyped };
  // A row the office deleted since the last full run (its print holds it) comes back with the value it held, when the
  // print holds it whole, not the default (review office M2).
  const restored: string[] = [];
  const gone = new Map(settingsGone(unpackPrint(getState('settingsPrint')), missing).filter((g) => g.whole && g.was !== '').map((g) => [g.label, g.was]));
  const rows = missing.map((r) => {
    const was = gone.get(String(r[0]));
    if (was === undefined) return r;
    restored.push(`${r[0]}: ${was}`);
    return [r[0], was, r[2]];
  });
  // In the columns the tab holds them in (the tool's: A to C), the office's own columns left blank.
  const first = Math.min(layout.label, layout.value, layout.note >= 0 ? layout.note : layout.label);
  const width = Math.max(layout.label, layout.value, layout.note) - first + 1;
  const placed = rows.map((r) => {
    const out: unknown[] = new Array(width).fill('');
    out[layout.label - first] = r[0];
    out[layout.value - first] = r[1];
    if (layout.note >= 0) out[layout.note - first] = r[2];
    return out;
  });
  const range = sheet.getRange(values.length + 1, first + 1, placed.length, width);
  // Text as typed (an explanation or a default never becomes a formula), wrapped as the tab's other rows.
  range.setValues(placed.map((r) => r.map((c) => (typeof c === 'string' ? literalText(c) : c))));
  range.setWrap(true).setVerticalAlignment('top');
  plainText(sheet, plainTextRows([[], ...rows]).map((r) => values.length + r - 1), valueColumn);
  return { added: rows.length, filled, restored, refilled, retyped };
}

/** Formats the value cells of `rows` (1-based) of "Cấu hình" as plain text (plainTextRows). */
function plainText(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: readonly number[], column = 2): void {
  for (const row of rows) sheet.getRange(row, column).setNumberFormat('@');
}

/**
 * The value cells of `rows` (1-based) of "Cấu hình" holding a number (plainTextNumberRows): the text each shows written
 * in as text ("7,3", what configAsTyped reads there), the cell formatted as plain text. Rare (once, after an update):
 * a call or three per row.
 */
function shownAsText(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: readonly number[], column = 2): void {
  for (const row of rows) {
    const cell = sheet.getRange(row, column);
    const shown = String(cell.getDisplayValue());
    cell.setNumberFormat('@');
    cell.setValue(literalText(shown));
  }
}

/**
 * Brings the "Tiêu chí" tab up to the catalogue, over `read` (the tab as readInputs read it): only the tool's cells,
 * where they change, and the criteria it lacks below (criteriaTabUpdate); the office's columns, note rows and order
 * stay (review clerkday #3). A blank tab, or one whose code column cannot be found, is written whole. Changed by
 * someone while the run works ('moved'), it is left for the next Thiết lập.
 */
export function refreshCriteriaTab(ss: Spreadsheet, catalogue: readonly Criterion[], read: readonly (readonly unknown[])[], config: OfficeConfig): void {
  const sheet = ensureSheet(ss, TAB.criteria).sheet;
  // How it is checked, as this office's form asks it (one initiative slot: one named initiative for CN-02).
  const named = namedInitiativesNeeded(config);
  const update = read.length > 0 ? criteriaTabUpdate(read, catalogue, named) : null;
  if (!update) {
    const rows = criteriaToRows(catalogue, named);
    writeTable(sheet, rows[0], rows.slice(1), { frozenRows: 1, wrap: true, widths: WIDTHS.criteria });
    return;
  }
  const inPlace = { read, tool: update.tool, key: update.key };
  writeTable(sheet, update.rows[0] as string[], update.rows.slice(1), { frozenRows: 1, frozenAtLeast: true, keepGrid: true, wrap: true, widths: WIDTHS.criteria, inPlace });
}

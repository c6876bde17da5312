// Reading the inputs of an evaluation: the office-edited tabs (Cấu hình, Đơn vị, Tiêu chí) and the two
// response tabs — one getValues each. A missing office tab is created with its defaults first, so a new Sheet
// works at once.
import { configFromRows, configToRows, defaultConfig } from '../core/config';
import { criteriaToRows } from '../core/criteria-tab';
import { catalogueFor } from '../core/criteria';
import type { Criterion } from '../core/criteria';
import { directoryToRows } from '../core/directory';
import type { EvaluateInput } from '../core/evaluate';
import { TAB } from '../core/messages';
import { identifyRegistrations, type Identified } from './ledger';
import { getState } from './properties';
import { findSheetById } from './response-sheets';
import { ensureSheet, readValues, writeTable } from './sheets';
import { tabNamed } from './tab-cache';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Inputs extends EvaluateInput {
  /** Problems of the "Cấu hình" tab (the evaluation reports the other tabs' own). */
  configErrors: string[];
  /** The register of codes after identifying the registration rows. */
  identified: Identified;
}

function readOrCreate(ss: Spreadsheet, name: string, widths: number[], defaults: () => unknown[][]): unknown[][] {
  const { sheet, created } = ensureSheet(ss, name);
  if (!created) return readValues(sheet);
  const rows = defaults();
  writeTable(sheet, rows[0] as string[], rows.slice(1), { frozenRows: 1, keepGrid: true, widths });
  return rows;
}

/** Column widths (px) of the office's tabs when they are created. */
const WIDTHS = {
  config: [230, 320, 560],
  directory: [90, 280, 90, 170, 110, 190, 280],
  criteria: [110, 440, 90, 240, 80, 460],
};

/** The office's own tabs (Cấu hình, Đơn vị, Tiêu chí): what every evaluation reads besides the responses. */
export type Settings = Pick<Inputs, 'config' | 'configErrors' | 'directoryRows' | 'criteriaRows'>;

export function readSettings(ss: Spreadsheet, now: Date): Settings {
  const cfg = configFromRows(readOrCreate(ss, TAB.config, WIDTHS.config, () => configToRows(defaultConfig(now))), now);
  const directoryRows = readOrCreate(ss, TAB.directory, WIDTHS.directory, () => directoryToRows([]));
  const criteriaRows = readOrCreate(ss, TAB.criteria, WIDTHS.criteria, () => criteriaToRows(catalogueFor(cfg.config)));
  return { config: cfg.config, configErrors: cfg.errors, directoryRows, criteriaRows };
}

/** The registration response tab: by the sheet id setup stored, else by name (an imported copy of the Sheet). */
export function registrationTab(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet | null {
  return findSheetById(ss, getState('registrationSheet'), TAB.registrations) ?? tabNamed(ss, TAB.registrations);
}

/** Everything an evaluation reads, one read per tab. */
export function readInputs(ss: Spreadsheet, now: Date): Inputs {
  const settings = readSettings(ss, now);
  // The response tabs are known by the sheet id setup stored; a workbook without that state (an imported copy of
  // the office Sheet) is read by the tab names setup gives them.
  const responses = registrationTab(ss);
  const reports = findSheetById(ss, getState('reportSheet'), TAB.reports) ?? tabNamed(ss, TAB.reports);
  const responseValues = responses ? readValues(responses) : [];
  const identified = identifyRegistrations(ss, responseValues)!;
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
 * The inputs of one submission: the office's tabs, and of the registration tab only its header and the submitted
 * row (given as a sparse table: row n at index n-1). Null when the register cannot identify a single row on its own
 * (a first run, a register to rebuild): the caller then reads everything. The caller saves the register
 * (`identified.save()`) after its other reads and before its first write.
 */
export function readSubmission(ss: Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, now: Date): Inputs | null {
  const width = sheet.getLastColumn();
  if (width === 0 || row < 2) return null;
  const values: unknown[][] = [];
  values[0] = sheet.getRange(1, 1, 1, width).getValues()[0];
  values[row - 1] = sheet.getRange(row, 1, 1, width).getValues()[0];
  const identified = identifyRegistrations(ss, values, { partial: true, deferSave: true });
  if (!identified) return null;
  return {
    ...readSettings(ss, now),
    responseValues: values,
    responseIds: identified.ids,
    identified,
    reportValues: [],
    responseTab: sheet.getName(),
    reportTab: TAB.reports,
  };
}

/** Rewrites the "Tiêu chí" tab from the catalogue, keeping the office's mandatory switches (already applied). */
export function refreshCriteriaTab(ss: Spreadsheet, catalogue: readonly Criterion[]): void {
  const rows = criteriaToRows(catalogue);
  writeTable(ensureSheet(ss, TAB.criteria).sheet, rows[0], rows.slice(1), { frozenRows: 1, wrap: true, widths: WIDTHS.criteria });
}

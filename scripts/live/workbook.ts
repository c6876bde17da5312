// The office Sheet, read through the Sheets API, as the .xlsx that `npm start -- --workbook` reads.
//
// One spreadsheets.get with includeGridData and a field mask, rather than values.batchGet: batchGet gives either
// serial numbers (UNFORMATTED_VALUE) or locale-formatted text (FORMATTED_VALUE) and nothing that tells a date from a
// number, while CellData carries the typed effectiveValue (numberValue / stringValue / boolValue / errorValue), the
// formula (userEnteredValue.formulaValue) and effectiveFormat.numberFormat.type (DATE, TIME, DATE_TIME…) in the same
// request, and the sheet properties (titles, order, hidden, frozen rows) come with it: one request for the whole file.
// Dates are serial numbers counted from 1899-12-30 in the spreadsheet's wall-clock time; an .xlsx stores exactly
// that, so a serial becomes the Date whose UTC fields are that wall-clock time (what exceljs writes back as the
// same serial, and what emulator/xlsx.ts reads as a time in the file's zone).
import ExcelJS from 'exceljs';
import type { sheets_v4 } from 'googleapis';

/** Only what the workbook needs: titles and layout of each tab, and each cell's value, formula and number type. */
export const SPREADSHEET_FIELDS =
  'properties(title,timeZone),' +
  'sheets(properties(title,index,sheetType,hidden,gridProperties(frozenRowCount,frozenColumnCount)),' +
  'data(startRow,startColumn,rowData(values(effectiveValue,userEnteredValue/formulaValue,effectiveFormat/numberFormat/type))))';

export function pullRequest(spreadsheetId: string): sheets_v4.Params$Resource$Spreadsheets$Get {
  return { spreadsheetId, includeGridData: true, fields: SPREADSHEET_FIELDS };
}

/** Days from the Sheets/Excel epoch (1899-12-30) to 1970-01-01. */
const EPOCH_OFFSET_DAYS = 25569;
const DAY_MS = 86_400_000;

/** A serial date-time as the Date whose UTC fields are its wall-clock time (what an .xlsx cell holds). */
export function serialToWallClock(serial: number): Date {
  return new Date(Math.round((serial - EPOCH_OFFSET_DAYS) * DAY_MS));
}

const ERROR_TEXT: Record<string, ExcelJS.CellErrorValue['error']> = {
  NULL_VALUE: '#NULL!',
  DIVIDE_BY_ZERO: '#DIV/0!',
  VALUE: '#VALUE!',
  REF: '#REF!',
  NAME: '#NAME?',
  NUM: '#NUM!',
  N_A: '#N/A',
};

const DATE_TYPES = new Set(['DATE', 'TIME', 'DATE_TIME']);

/** The cell as exceljs takes it, and its number format (dates only); undefined for an empty cell. */
export function toExcelCell(cell: sheets_v4.Schema$CellData): { value: ExcelJS.CellValue; numFmt?: string } | undefined {
  const v = cell.effectiveValue;
  const formula = cell.userEnteredValue?.formulaValue ?? undefined;
  const type = cell.effectiveFormat?.numberFormat?.type ?? '';
  let value: ExcelJS.CellValue | undefined;
  let numFmt: string | undefined;
  if (v?.numberValue !== undefined && v.numberValue !== null) {
    if (DATE_TYPES.has(type)) {
      value = serialToWallClock(v.numberValue);
      numFmt = type === 'TIME' ? 'hh:mm:ss' : type === 'DATE' && Number.isInteger(v.numberValue) ? 'dd/mm/yyyy' : 'dd/mm/yyyy hh:mm:ss';
    } else value = v.numberValue;
  } else if (v?.stringValue !== undefined && v.stringValue !== null) value = v.stringValue;
  else if (v?.boolValue !== undefined && v.boolValue !== null) value = v.boolValue;
  else if (v?.errorValue) value = { error: ERROR_TEXT[v.errorValue.type ?? ''] ?? '#N/A' };
  if (formula) return { value: { formula: formula.replace(/^=/, ''), result: value as ExcelJS.CellFormulaValue['result'] } as ExcelJS.CellFormulaValue, numFmt };
  if (value === undefined || value === '') return undefined;
  return { value, numFmt };
}

/**
 * An .xlsx tab name: at most 31 characters, none of \ / ? * [ ] :, no apostrophe at either end, unique regardless of
 * case (Excel's rules; Sheets allows 100 characters). Google's own download shortens long names the same way.
 */
export function excelTabName(name: string, taken: Set<string>): string {
  const clean = name.replace(/[\\/?*[\]:]/g, '_').replace(/^'+|'+$/g, '') || 'Trang';
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? '' : ` (${i})`;
    const candidate = clean.slice(0, 31 - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

export interface PulledTab {
  name: string;
  /** The name in the .xlsx when Excel's rules changed it. */
  excelName?: string;
  rows: number;
  cols: number;
}

/** The spreadsheets.get response (with grid data) as a workbook: every grid tab, in order, values typed. */
export function toWorkbook(spreadsheet: sheets_v4.Schema$Spreadsheet): { workbook: ExcelJS.Workbook; tabs: PulledTab[]; timeZone?: string } {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'dien-hinh-tien-tien pull';
  const taken = new Set<string>();
  const tabs: PulledTab[] = [];
  const sheets = [...(spreadsheet.sheets ?? [])].sort((a, b) => (a.properties?.index ?? 0) - (b.properties?.index ?? 0));
  for (const sheet of sheets) {
    const p = sheet.properties ?? {};
    if (p.sheetType && p.sheetType !== 'GRID') continue;
    const name = p.title ?? '';
    const excelName = excelTabName(name, taken);
    const frozenRows = p.gridProperties?.frozenRowCount ?? 0;
    const frozenCols = p.gridProperties?.frozenColumnCount ?? 0;
    const ws = workbook.addWorksheet(excelName, {
      state: p.hidden ? 'hidden' : 'visible',
      views: frozenRows || frozenCols ? [{ state: 'frozen', xSplit: frozenCols, ySplit: frozenRows }] : [],
    });
    let rows = 0;
    let cols = 0;
    for (const grid of sheet.data ?? []) {
      const r0 = grid.startRow ?? 0;
      const c0 = grid.startColumn ?? 0;
      (grid.rowData ?? []).forEach((row, ri) => {
        (row.values ?? []).forEach((cell, ci) => {
          const out = toExcelCell(cell);
          if (!out) return;
          const target = ws.getCell(r0 + ri + 1, c0 + ci + 1);
          target.value = out.value;
          if (out.numFmt) target.numFmt = out.numFmt;
          rows = Math.max(rows, r0 + ri + 1);
          cols = Math.max(cols, c0 + ci + 1);
        });
      });
    }
    tabs.push({ name, excelName: excelName === name ? undefined : excelName, rows, cols });
  }
  return { workbook, tabs, timeZone: spreadsheet.properties?.timeZone ?? undefined };
}

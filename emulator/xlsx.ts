// Export a spreadsheet to .xlsx and import one from .xlsx (exceljs).
// Dates: Sheets shows an instant in the file's time zone; .xlsx has no time zones, so a Date is written as its
// wall-clock time in the file's zone, and read back the same way.
import ExcelJS from 'exceljs';
import type { SpreadsheetModel, SpreadsheetStore } from './spreadsheet.js';
import { NEW_SHEET_COLS, NEW_SHEET_ROWS } from './spreadsheet.js';
import { formulaErrorValue, tzOffset, type Cell } from './values.js';

const PX_PER_CHAR = 7;

function argb(color: string): string | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  return m ? `FF${m[1].toUpperCase()}` : undefined;
}

function sheetsFormatToExcel(fmt: string): string {
  return fmt;
}

/**
 * An .xlsx sheet name holds at most 31 characters (Sheets allows 100): longer names are cut, and made unique with a
 * number, as a download of the file must do (ASSUMPTION: Google's own download shortens them likewise).
 */
function excelSheetName(name: string, wb: ExcelJS.Workbook): string {
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  if (name.length <= 31 && !taken.has(name.toLowerCase())) return name;
  for (let i = 1; ; i++) {
    const suffix = i === 1 && name.length > 31 ? '' : ` (${i})`;
    const candidate = name.slice(0, 31 - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Builds the workbook of a spreadsheet: every tab, typed values, formulas, frozen panes, widths, formats. */
export function toWorkbook(file: SpreadsheetModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'apps-script-emulator';
  const tz = file.timeZone;
  for (const sh of file.sheets) {
    const ws = wb.addWorksheet(excelSheetName(sh.name, wb), {
      state: sh.hidden ? 'hidden' : 'visible',
      properties: sh.tabColor && argb(sh.tabColor) ? { tabColor: { argb: argb(sh.tabColor)! } } : {},
      views: sh.frozenRows || sh.frozenCols ? [{ state: 'frozen', xSplit: sh.frozenCols, ySplit: sh.frozenRows }] : [],
    });
    for (const [col, px] of sh.columnWidths) ws.getColumn(col).width = Math.max(2, Math.round(px / PX_PER_CHAR));
    for (const col of sh.autoResized) {
      if (sh.columnWidths.has(col)) continue;
      let len = 8;
      for (const row of sh.rows) {
        const c = row?.[col - 1];
        if (c && c.value !== '') len = Math.max(len, Math.min(80, String(c.value instanceof Date ? '00/00/0000 00:00:00' : c.value).length + 2));
      }
      ws.getColumn(col).width = len;
    }
    sh.rows.forEach((row, ri) => {
      if (!row) return;
      // Sheets grows a row to fit its wrapped text; an .xlsx keeps no such rule, so give the row that height.
      let lines = 1;
      row.forEach((c, ci) => {
        if (!c?.wrap || typeof c.value !== 'string' || c.value === '') return;
        const chars = Math.max(4, (ws.getColumn(ci + 1).width ?? 10) - 1);
        const n = c.value.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / chars)), 0);
        lines = Math.max(lines, n);
      });
      if (lines > 1) ws.getRow(ri + 1).height = Math.min(409, lines * 15);
      row.forEach((c, ci) => {
        if (!c) return;
        const cell = ws.getCell(ri + 1, ci + 1);
        if (c.formula !== undefined) cell.value = { formula: c.formula.slice(1), result: { error: c.value as ExcelJS.CellErrorValue['error'] } } as ExcelJS.CellFormulaValue;
        else if (c.value instanceof Date) {
          const ms = c.value.getTime();
          cell.value = new Date(ms + tzOffset(ms, tz));
          const local = new Date(ms + tzOffset(ms, tz));
          const hasTime = local.getUTCHours() + local.getUTCMinutes() + local.getUTCSeconds() > 0;
          cell.numFmt = c.numberFormat ? sheetsFormatToExcel(c.numberFormat) : hasTime ? 'dd/mm/yyyy hh:mm:ss' : 'dd/mm/yyyy';
        } else if (c.value !== '') cell.value = c.value;
        if (c.numberFormat && !(c.value instanceof Date)) cell.numFmt = sheetsFormatToExcel(c.numberFormat);
        const font: Partial<ExcelJS.Font> = {};
        if (c.fontWeight === 'bold') font.bold = true;
        if (c.fontColor && argb(c.fontColor)) font.color = { argb: argb(c.fontColor) };
        if (Object.keys(font).length) cell.font = font;
        if (c.background && argb(c.background)) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(c.background) } };
        if (c.wrap || c.horizontalAlignment || c.verticalAlignment) {
          cell.alignment = {
            wrapText: c.wrap || undefined,
            horizontal: (c.horizontalAlignment as ExcelJS.Alignment['horizontal']) || undefined,
            vertical: (c.verticalAlignment === 'middle' ? 'middle' : (c.verticalAlignment as ExcelJS.Alignment['vertical'])) || undefined,
          };
        }
      });
    });
    for (const v of sh.validations) {
      if (v.criteria !== 'VALUE_IN_LIST') continue;
      const list = (v.values[0] as string[]) ?? [];
      const joined = list.join(',');
      // Excel keeps an inline list only up to 255 characters, without commas inside items.
      if (joined.length > 255 || list.some((x) => x.includes(',') || x.includes('"'))) continue;
      (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(v.a1, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${joined}"`],
        showErrorMessage: !v.allowInvalid,
      });
    }
  }
  return wb;
}

export async function exportXlsx(file: SpreadsheetModel, path: string): Promise<void> {
  await toWorkbook(file).xlsx.writeFile(path);
}

function importCell(v: ExcelJS.CellValue, tz: string): Cell | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (typeof v === 'string') return v === '' ? undefined : { value: v };
  if (v instanceof Date) {
    const wall = v.getTime();
    return { value: new Date(wall - tzOffset(wall - tzOffset(wall, tz), tz)) };
  }
  const o = v as unknown as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) {
    const f = `=${String(o.formula ?? o.sharedFormula)}`;
    const r = o.result as ExcelJS.CellValue | undefined;
    const inner = r === undefined || r === null || (typeof r === 'object' && 'error' in (r as object)) ? undefined : importCell(r, tz);
    return { value: inner?.value ?? formulaErrorValue(f), formula: f };
  }
  if ('richText' in o) return { value: (o.richText as Array<{ text: string }>).map((t) => t.text).join('') };
  if ('text' in o) return { value: String(o.text) };
  if ('error' in o) return { value: String(o.error) };
  return { value: String(v) };
}

/** Imports an .xlsx file as a new spreadsheet in `store` (tab sizes at least 1000×26, as Sheets makes them). */
export async function importXlsx(store: SpreadsheetStore, path: string, name?: string): Promise<SpreadsheetModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const file = store.create(name ?? path.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, ''), { empty: true });
  const tz = file.timeZone;
  wb.eachSheet((ws) => {
    const rows = Math.max(NEW_SHEET_ROWS, ws.rowCount);
    const cols = Math.max(NEW_SHEET_COLS, ws.columnCount);
    const sh = file.addSheet(ws.name, undefined, rows, cols);
    sh.hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
    const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    if (view?.state === 'frozen') {
      sh.frozenRows = view.ySplit ?? 0;
      sh.frozenCols = view.xSplit ?? 0;
    }
    ws.columns?.forEach((c, i) => {
      if (c && c.width) sh.columnWidths.set(i + 1, Math.round(c.width * PX_PER_CHAR));
    });
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const imported = importCell(cell.value, tz);
        if (!imported) return;
        if (cell.numFmt && cell.numFmt !== 'General' && !(imported.value instanceof Date && /^dd\/mm\/yyyy( hh:mm:ss)?$/.test(cell.numFmt))) imported.numberFormat = cell.numFmt;
        if (cell.font?.bold) imported.fontWeight = 'bold';
        sh.setCell(r, c, imported);
      });
    });
  });
  if (file.sheets.length === 0) file.addSheet(undefined);
  return file;
}

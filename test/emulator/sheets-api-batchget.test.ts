// Sheets.Spreadsheets.Values.batchGet (emulator/sheets-api.ts): several ranges in one counted call, as strict as the
// API — a range naming no tab fails the whole call, trailing empty rows and cells are left out, each `range` echoes
// the requested rectangle resolved against the grid, dates come as serial numbers in the file's time zone
// (UNFORMATTED_VALUE + SERIAL_NUMBER) or as the text the cell shows.
import { describe, expect, it } from 'vitest';
import { SHEETS_API_MSG } from '../../emulator/index.js';
import { serialNumber } from '../../emulator/sheets-api.js';
import { withScript } from './helpers.js';

const LIB = `
  function id() { return SpreadsheetApp.getActiveSpreadsheet().getId(); }
  function get(a) { return Sheets.Spreadsheets.Values.batchGet(id(), a); }
  function fill(a) {
    var ss = SpreadsheetApp.getActiveSpreadsheet();
    var sheet = ss.getSheetByName(a.name) || ss.insertSheet(a.name);
    sheet.getRange(a.row || 1, a.col || 1, a.values.length, a.values[0].length).setValues(a.values);
    SpreadsheetApp.flush();
  }
  function stamp(a) {
    var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(a.name);
    sheet.getRange(a.a1).setValue(new Date(a.ms));
    SpreadsheetApp.flush();
  }
  function writeThenGet(a) {
    SpreadsheetApp.getActiveSpreadsheet().getSheetByName(a.name).getRange('A1').setValue('x');
    return get({ ranges: [a.name] });
  }
`;

function office() {
  const ctx = withScript(LIB);
  ctx.call('fill', { name: 'Đơn vị', values: [['Mã', 'Tên', 'Số'], ["'07", 'Trường A', 12], ['T2', 'Trường B', '']] });
  ctx.call('fill', { name: "O'Hara", values: [['a', '', ''], ['', '', ''], ['', true, 1.5]] });
  ctx.call('fill', { name: 'Trống', values: [['']] });
  return ctx;
}

describe('Sheets.Spreadsheets.Values.batchGet', () => {
  it('reads several tabs in one call: a tab alone is its whole grid, trailing empties left out, values unformatted', () => {
    const { emu, call } = office();
    emu.runtime.resetCalls();
    const got = call('get', { ranges: ['Đơn vị', "'O''Hara'!A1:C5", "'Đơn vị'!B:B", 'Trống'], valueRenderOption: 'UNFORMATTED_VALUE' }) as {
      spreadsheetId: string;
      valueRanges: Array<{ range: string; majorDimension: string; values?: unknown[][] }>;
    };
    expect(emu.runtime.count('Sheets.Spreadsheets.Values.batchGet')).toBe(1);
    expect([...emu.runtime.calls.keys()]).toEqual(['SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.getId', 'Sheets.Spreadsheets.Values.batchGet']);
    expect(got.valueRanges.map((v) => v.range)).toEqual(["'Đơn vị'!A1:Z1000", "'O''Hara'!A1:C5", "'Đơn vị'!B1:B1000", "'Trống'!A1:Z1000"]);
    expect(got.valueRanges[0]).toEqual({ range: "'Đơn vị'!A1:Z1000", majorDimension: 'ROWS', values: [['Mã', 'Tên', 'Số'], ['07', 'Trường A', 12], ['T2', 'Trường B']] });
    // An empty row inside the range stays (as []); the empty rows and cells after the last value do not.
    expect(got.valueRanges[1].values).toEqual([['a'], [], ['', true, 1.5]]);
    expect(got.valueRanges[2].values).toEqual([['Tên'], ['Trường A'], ['Trường B']]);
    // A blank tab: no values at all.
    expect(got.valueRanges[3]).toEqual({ range: "'Trống'!A1:Z1000", majorDimension: 'ROWS' });
    // Cells are charged as far as values come back, and the tabs are recorded as read.
    const exec = emu.runtime.executions[emu.runtime.executions.length - 1];
    expect(exec.cellsRead).toBe(9 + 9 + 3);
    expect(exec.tabsRead?.size).toBe(2);
  });

  it('FORMATTED_VALUE by default: the text each cell shows; COLUMNS turns the rows round', () => {
    const { call } = office();
    const got = call('get', { ranges: ["'O''Hara'!A1:C3"] }) as { valueRanges: Array<{ values: unknown[][] }> };
    expect(got.valueRanges[0].values).toEqual([['a'], [], ['', 'TRUE', '1,5']]);
    const cols = call('get', { ranges: ["'O''Hara'!A1:C3"], valueRenderOption: 'UNFORMATTED_VALUE', majorDimension: 'COLUMNS' }) as { valueRanges: Array<{ majorDimension: string; values: unknown[][] }> };
    expect(cols.valueRanges[0]).toMatchObject({ majorDimension: 'COLUMNS', values: [['a'], ['', '', true], ['', '', 1.5]] });
  });

  it('a date is its serial number in the file’s time zone (SERIAL_NUMBER), or the text it shows (FORMATTED_STRING)', () => {
    const { call } = office();
    // 02/01/2025 07:05:09 in Hanoi (UTC+7) is 00:05:09 UTC.
    const ms = Date.UTC(2025, 0, 2, 0, 5, 9);
    call('stamp', { name: 'Đơn vị', a1: 'C3', ms });
    const serial = call('get', { ranges: ["'Đơn vị'!C3"], valueRenderOption: 'UNFORMATTED_VALUE' }) as { valueRanges: Array<{ values: unknown[][] }> };
    const expected = 45659 + (7 * 3600 + 5 * 60 + 9) / 86400;
    expect(serial.valueRanges[0].values[0][0]).toBeCloseTo(expected, 9);
    expect(serialNumber(new Date(ms), 'Asia/Ho_Chi_Minh')).toBeCloseTo(expected, 9);
    // The reference's own examples: 1/1/1900 noon is 2.5; 1/2/1900 15:00 is 33.625 (no 29/2/1900).
    expect(serialNumber(new Date(Date.UTC(1900, 0, 1, 12)), 'UTC')).toBe(2.5);
    expect(serialNumber(new Date(Date.UTC(1900, 1, 1, 15)), 'UTC')).toBe(33.625);
    const text = call('get', { ranges: ["'Đơn vị'!C3"], valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'FORMATTED_STRING' }) as { valueRanges: Array<{ values: unknown[][] }> };
    expect(text.valueRanges[0].values).toEqual([['02/01/2025 07:05:09']]);
  });

  it('a range naming no tab fails the whole call, with nothing read', () => {
    const { emu, call } = office();
    emu.runtime.resetCalls();
    expect(() => call('get', { ranges: ['Đơn vị', 'Không có'], valueRenderOption: 'UNFORMATTED_VALUE' })).toThrow(
      SHEETS_API_MSG.failed('spreadsheets.values.batchGet', SHEETS_API_MSG.parseRange('Không có')),
    );
    expect(() => call('get', { ranges: ["'Không có'!A1:B2"] })).toThrow(SHEETS_API_MSG.parseRange("'Không có'!A1:B2"));
    expect(emu.runtime.executions.every((e) => !e.cellsRead)).toBe(true);
  });

  it('a range past the grid fails the read as it fails a write ("exceeds grid limits"); one starting past it is not read turned round', () => {
    // The API refuses a read of cells outside the grid: gspread#554 ("Range ('DF1'!DF1) exceeds grid limits. Max rows:
    // 10, max columns: 12" from a values get), pygsheets#124 and #416. The emulation used to clip such a read, and read
    // "A5:A" of a 3-row tab as rows 3 to 5, i.e. gave the tab's last row (its header, in a tab holding only that) as data.
    const { emu, call } = withScript(LIB + `
      function shrink(a) { var sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(a.name); sh.deleteRows(a.rows + 1, sh.getMaxRows() - a.rows); SpreadsheetApp.flush(); }
      function one(a) { return Sheets.Spreadsheets.Values.get(id(), a.range, {}); }
    `);
    call('fill', { name: 'Nhỏ', values: [['Mã', 'Tên'], ['T1', 'Trường A'], ['T2', 'Trường B']] });
    call('shrink', { name: 'Nhỏ', rows: 3 });
    expect(emu.spreadsheets.sheet('Nhỏ')!.maxRows).toBe(3);
    // Within the grid, open-ended or closed: read.
    expect((call('get', { ranges: ["'Nhỏ'!A2:A", "'Nhỏ'!A1:B3"] }) as { valueRanges: unknown[] }).valueRanges).toHaveLength(2);
    // A closed range past the grid: refused, by batchGet and by get.
    expect(() => call('get', { ranges: ["'Nhỏ'!A1:B5"] })).toThrow(SHEETS_API_MSG.failed('spreadsheets.values.batchGet', SHEETS_API_MSG.gridLimits("'Nhỏ'!A4", 3, 26)));
    expect(() => call('one', { range: "'Nhỏ'!AA1" })).toThrow('exceeds grid limits');
    // Open-ended from a row past the grid: refused, never the rows above it.
    expect(() => call('get', { ranges: ["'Nhỏ'!A5:A"] })).toThrow('exceeds grid limits');
    expect(() => call('get', { ranges: ["'Nhỏ'!A4:B"] })).toThrow('exceeds grid limits');
  });

  it('refuses an unknown option, and a call over unflushed SpreadsheetApp writes (the API would not see them)', () => {
    const { call } = office();
    expect(() => call('get', { ranges: ['Đơn vị'], valueRenderOption: 'RAW' })).toThrow("Invalid value at 'value_render_option'");
    expect(() => call('get', { ranges: ['Đơn vị'], dateTimeRenderOption: 'ISO' })).toThrow("Invalid value at 'date_time_render_option'");
    expect(() => call('writeThenGet', { name: 'Đơn vị' })).toThrow(SHEETS_API_MSG.unflushed('Sheets.spreadsheets.values.batchGet'));
  });
});

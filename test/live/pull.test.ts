// npm run pull: the request it makes, and a recorded spreadsheets.get response (shaped as the Sheets API reference
// documents Spreadsheet / Sheet / GridData / CellData / ExtendedValue) turned into the .xlsx the offline run imports.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { sheets_v4 } from 'googleapis';
import { createEmulator } from '../../emulator/index';
import { SPREADSHEET_FIELDS, excelTabName, pullRequest, serialToWallClock, toExcelCell, toWorkbook } from '../../scripts/live/workbook';

const recorded = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'spreadsheets.get.json'), 'utf8')) as sheets_v4.Schema$Spreadsheet;
const work = mkdtempSync(join(tmpdir(), 'live-pull-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('pull: the request', () => {
  it('asks for the grid data of every tab through one field mask (values, formulas, number types, tab layout)', () => {
    const req = pullRequest('1AbC');
    expect(req).toEqual({ spreadsheetId: '1AbC', includeGridData: true, fields: SPREADSHEET_FIELDS });
    for (const f of ['effectiveValue', 'userEnteredValue/formulaValue', 'effectiveFormat/numberFormat/type', 'title', 'index', 'hidden', 'frozenRowCount', 'timeZone']) {
      expect(SPREADSHEET_FIELDS).toContain(f);
    }
    // A mask with unbalanced parentheses is refused by Google with 400.
    expect(SPREADSHEET_FIELDS.split('(').length).toBe(SPREADSHEET_FIELDS.split(')').length);
  });
});

describe('pull: cells', () => {
  it('a serial date-time is the wall-clock time Sheets shows (days since 1899-12-30)', () => {
    expect(serialToWallClock(45474.5).toISOString()).toBe('2024-07-01T12:00:00.000Z');
    expect(serialToWallClock(25569).toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });

  it('typed values stay typed; a date-formatted number becomes a date; text that looks like a number stays text', () => {
    expect(toExcelCell({ effectiveValue: { stringValue: '07' } })).toEqual({ value: '07' });
    expect(toExcelCell({ effectiveValue: { numberValue: 7 }, effectiveFormat: { numberFormat: { type: 'NUMBER' } } })).toEqual({ value: 7 });
    expect(toExcelCell({ effectiveValue: { boolValue: false } })).toEqual({ value: false });
    expect(toExcelCell({ effectiveValue: { numberValue: 45475 }, effectiveFormat: { numberFormat: { type: 'DATE' } } })).toEqual({ value: new Date('2024-07-02T00:00:00Z'), numFmt: 'dd/mm/yyyy' });
    expect(toExcelCell({})).toBeUndefined();
    expect(toExcelCell({ effectiveValue: { stringValue: '' } })).toBeUndefined();
    expect(toExcelCell({ userEnteredValue: { formulaValue: '=A1' }, effectiveValue: { errorValue: { type: 'REF' } } })).toEqual({ value: { formula: 'A1', result: { error: '#REF!' } } });
  });

  it('tab names follow Excel: 31 characters at most, no \\ / ? * [ ] :, unique regardless of case', () => {
    const taken = new Set<string>();
    expect(excelTabName('Đơn vị', taken)).toBe('Đơn vị');
    expect(excelTabName('ĐƠN VỊ', taken)).toBe('ĐƠN VỊ (2)');
    expect(excelTabName('Cụm 1/2: [A]', taken)).toBe('Cụm 1_2_ _A_');
    const long = 'Trường Tiểu học và Trung học cơ sở Nguyễn Văn Trỗi';
    expect(excelTabName(long, taken)).toBe(long.slice(0, 31).trimEnd());
    expect(excelTabName(long, taken)).toHaveLength(31);
  });
});

describe('pull: the workbook the offline run reads', () => {
  it('has the tabs in the Sheet’s order with their values, dates as dates in the office’s zone', async () => {
    const { workbook, tabs, timeZone } = toWorkbook(recorded);
    expect(timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(tabs.map((t) => t.name)).toEqual(['Đơn vị', 'Phiếu đăng ký', 'Trường Tiểu học và Trung học cơ sở Nguyễn Văn Trỗi']);
    expect(tabs[2].excelName).toBe('Trường Tiểu học và Trung học cơ');
    expect(tabs[1]).toMatchObject({ rows: 3, cols: 4 });

    const path = join(work, 'pulled.xlsx');
    await workbook.xlsx.writeFile(path);
    const emu = createEmulator({ modelLatency: false, timeZone: 'Asia/Ho_Chi_Minh' });
    const file = await emu.spreadsheets.importXlsx(path, 'pulled');
    expect(file.sheets.map((s) => s.name)).toEqual(['Đơn vị', 'Phiếu đăng ký', 'Trường Tiểu học và Trung học cơ']);
    expect(file.sheets[2].hidden).toBe(true);
    expect(file.sheetByName('Phiếu đăng ký')!.frozenRows).toBe(1);
    expect(file.sheetByName('Đơn vị')!.values()).toEqual([
      ['Mã đơn vị', 'Tên đơn vị', 'Có trang riêng'],
      ['07', 'Trường Mầm non Hoa Sen', true],
    ]);
    const responses = file.sheetByName('Phiếu đăng ký')!.values();
    expect(responses[0]).toEqual(['Dấu thời gian', 'Địa chỉ email', 'Năm sinh', 'Điểm']);
    // 45474.5 is 01/07/2024 12:00 as the Sheet shows it, in Vietnam: 05:00 UTC.
    expect(responses[1][0]).toBeInstanceOf(Date);
    expect((responses[1][0] as Date).toISOString()).toBe('2024-07-01T05:00:00.000Z');
    expect((responses[2][0] as Date).toISOString()).toBe('2024-07-01T17:00:00.000Z');
    expect(responses[1].slice(1)).toEqual(['c1a@truong.example.vn', '1980', 2]);
    expect(responses[2][1]).toBe('');
    expect(responses[2][2]).toBe(1985);
    expect(file.sheetByName('Phiếu đăng ký')!.cell(2, 4)?.formula).toBe('=1+1');
  });
});

// The Sheets advanced service (emulator/sheets-api.ts): present only when the manifest enables it, over the same
// model as SpreadsheetApp, strict as the API (unknown tabs, grid limits, atomic batches, RAW values), one counted call
// per method with its modelled cost, its scopes checked, faults injectable, and a call over unflushed SpreadsheetApp
// writes reported.
import { describe, expect, it } from 'vitest';
import { createEmulator, SCOPE, SHEETS_API_MSG } from '../../emulator/index.js';
import { SHEETS_API_PER_MINUTE } from '../../emulator/sheets-api.js';
import { manifestAdvancedServices } from '../../emulator/index.js';
import { KILLED_MESSAGE } from '../../emulator/runtime.js';
import { CELL_WRITE_MS, latencyOf } from '../../emulator/latency.js';
import { withScript } from './helpers.js';

/** Functions run inside the script: `id()` is the container's id. */
const LIB = `
  function id() { return SpreadsheetApp.getActiveSpreadsheet().getId(); }
  function tabs() { return Sheets.Spreadsheets.get(id(), { fields: 'sheets(properties(sheetId,title,index,gridProperties))' }).sheets.map(function (s) { return s.properties; }); }
  function write(a) { return Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: a.option, data: a.data }, id()); }
  function batch(requests) { return Sheets.Spreadsheets.batchUpdate({ requests: requests }, id()); }
  function sheetId(name) { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name).getSheetId(); }
  function addTab(name) { SpreadsheetApp.getActiveSpreadsheet().insertSheet(name); SpreadsheetApp.flush(); }
  function hasSheets() { return typeof Sheets !== 'undefined'; }
`;

describe('Sheets advanced service', () => {
  it("refuses a user's 61st read or write within a minute, each kind on its own, and serves again a minute after the first (sheets/api/limits)", () => {
    const { emu, call } = withScript(LIB + `
      function reads(n) { var f = id(); for (var i = 0; i < n; i++) Sheets.Spreadsheets.get(f, { fields: 'sheets(properties(title))' }); }
      function writes(n) { var f = id(); for (var i = 0; i < n; i++) Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data: [{ range: "'Trang tính1'!A1", values: [[i]] }] }, f); }
    `, { modelLatency: true });
    expect(SHEETS_API_PER_MINUTE).toBe(60);
    const start = emu.clock.now();
    call('reads', 60);
    call('writes', 60);
    expect(() => call('reads', 1)).toThrow(SHEETS_API_MSG.failed('spreadsheets.get', SHEETS_API_MSG.perMinute('Read')));
    expect(() => call('writes', 1)).toThrow(SHEETS_API_MSG.failed('spreadsheets.values.batchUpdate', SHEETS_API_MSG.perMinute('Write')));
    expect(emu.clock.now() - start).toBeLessThan(60_000);
    emu.clock.set(start + 60_000);
    call('reads', 60);
    call('writes', 1);
    // With latency not modelled the clock stands still: no rate can be measured, none is enforced.
    const still = withScript(LIB + `function reads(n) { var f = id(); for (var i = 0; i < n; i++) Sheets.Spreadsheets.get(f, {}); }`);
    still.call('reads', 200);
  });

  it('refuses a batchUpdate with no request ("Must specify at least one request.")', () => {
    // The API answers 400 to an empty batch (googleapis/google-api-nodejs-client#1001, all-of-us/raw-data-repository#2996:
    // "Google gives an error if you try to send a batchUpdate call with no requests"). The product sends none empty.
    const { call } = withScript(LIB);
    expect(() => call('batch', [])).toThrow(SHEETS_API_MSG.failed('spreadsheets.batchUpdate', SHEETS_API_MSG.noRequests));
  });

  it('exists only when the manifest enables it; the project manifest does', () => {
    expect(manifestAdvancedServices()).toEqual(['Sheets', 'Docs']);
    expect(withScript(LIB).call('hasSheets')).toBe(true);
    expect(withScript(LIB, { advancedServices: [] }).call('hasSheets')).toBe(false);
    expect('Sheets' in createEmulator({ advancedServices: [] }).globals).toBe(false);
  });

  it('lists every tab with its id, index, grid and frozen rows in one call', () => {
    const { emu, call } = withScript(LIB);
    call('addTab', "Trường 'A'");
    emu.spreadsheets.sheet("Trường 'A'")!.frozenRows = 2;
    emu.runtime.resetCalls();
    const list = call('tabs') as Array<{ title: string; index: number; sheetId: number; gridProperties: { rowCount: number; columnCount: number; frozenRowCount?: number } }>;
    expect(list.map((t) => [t.title, t.index])).toEqual([
      ['Trang tính1', 0],
      ["Trường 'A'", 1],
    ]);
    expect(list[1].gridProperties).toEqual({ rowCount: 1000, columnCount: 26, frozenRowCount: 2 });
    expect(list[1].sheetId).toBe(emu.spreadsheets.sheet("Trường 'A'")!.id);
    expect(emu.runtime.count('Sheets.Spreadsheets.get')).toBe(1);
    // The file's own properties only when the mask asks for them at its top level.
    const file = emu.spreadsheets.active;
    const props = (fields: string) => emu.runtime.execute(() => (emu.globals.Sheets as GoogleAppsScript.Sheets).Spreadsheets.get(file.id, { fields }).properties);
    expect(props('properties.timeZone,sheets(properties(title))')).toMatchObject({ timeZone: file.timeZone });
    expect(props('sheets(properties(title))')).toBeUndefined();
  });

  it('RAW stores text as given ("=…" stays text, "07" stays "07"); USER_ENTERED reads it as typed; null skips a cell', () => {
    const { emu, call } = withScript(LIB);
    call('addTab', "O'Hara");
    call('write', { option: 'RAW', data: [{ range: "'O''Hara'!A1:C2", values: [['=HYPERLINK("http://x")', '07', 7], [true, null, "'quoted"]] }] });
    const s = emu.spreadsheets.sheet("O'Hara")!;
    expect(emu.spreadsheets.values("O'Hara")).toEqual([
      ['=HYPERLINK("http://x")', '07', 7],
      [true, '', "'quoted"],
    ]);
    expect(s.cell(1, 1)!.formula).toBeUndefined();
    call('write', { option: 'USER_ENTERED', data: [{ range: "'O''Hara'!A1:B1", values: [['=SUM(1,2)', '07']] }] });
    expect(s.cell(1, 1)!.formula).toBe('=SUM(1,2)');
    expect(s.cell(1, 2)!.value).toBe(7);
    // A null leaves the cell as it was.
    call('write', { option: 'RAW', data: [{ range: "'O''Hara'!C1", values: [[null]] }] });
    expect(s.cell(1, 3)!.value).toBe(7);
  });

  it('a Date crosses as JSON: RAW stores its ISO text (write text or serial numbers, never Dates)', () => {
    const { emu, call } = withScript(`${LIB} function dated() { return write({ option: 'RAW', data: [{ range: "'Trang tính1'!A1", values: [[new Date(Date.UTC(2025, 0, 2, 3, 4, 5))]] }] }); }`);
    call('dated');
    expect(emu.spreadsheets.values('Trang tính1')).toEqual([['2025-01-02T03:04:05.000Z']]);
  });

  it('never grows a grid: a write past it fails whole, with the API message, and writes nothing', () => {
    const { emu, call } = withScript(LIB);
    call('addTab', 'Nhỏ');
    emu.spreadsheets.sheet('Nhỏ')!.maxRows = 3;
    const run = () =>
      call('write', { option: 'RAW', data: [
        { range: "'Trang tính1'!A1", values: [['first']] },
        { range: "'Nhỏ'!A1:A4", values: [['a'], ['b'], ['c'], ['d']] },
      ] });
    expect(run).toThrow(SHEETS_API_MSG.failed('spreadsheets.values.batchUpdate', SHEETS_API_MSG.gridLimits("'Nhỏ'!A4", 3, 26)));
    expect(run).toThrow("Range ('Nhỏ'!A4) exceeds grid limits. Max rows: 3, max columns: 26");
    expect(emu.spreadsheets.values('Trang tính1')).toEqual([]);
    expect(emu.spreadsheets.values('Nhỏ')).toEqual([]);
    // An unknown tab, a range without a tab, more values than the range, no valueInputOption: refused.
    expect(() => call('write', { option: 'RAW', data: [{ range: "'Không có'!A1", values: [['x']] }] })).toThrow(SHEETS_API_MSG.parseRange("'Không có'!A1"));
    expect(() => call('write', { option: 'RAW', data: [{ range: 'A1', values: [['x']] }] })).toThrow('Unable to parse range');
    expect(() => call('write', { option: 'RAW', data: [{ range: "'Nhỏ'!A1:B1", values: [['x', 'y', 'z']] }] })).toThrow('Requested writing within range');
    expect(() => call('write', { option: undefined, data: [{ range: "'Nhỏ'!A1", values: [['x']] }] })).toThrow(SHEETS_API_MSG.inputOption);
    expect(emu.spreadsheets.values('Nhỏ')).toEqual([]);
  });

  it('batchUpdate: appends, deletes, freezes, adds, deletes and moves tabs in order — all or nothing', () => {
    const { emu, call } = withScript(`${LIB}
      function shape() {
        var x = sheetId('A'), y = sheetId('B');
        return batch([
          { appendDimension: { sheetId: x, dimension: 'ROWS', length: 5 } },
          { updateSheetProperties: { properties: { sheetId: x, gridProperties: { frozenRowCount: 2 } }, fields: 'gridProperties.frozenRowCount' } },
          { deleteDimension: { range: { sheetId: x, dimension: 'COLUMNS', startIndex: 3, endIndex: 26 } } },
          { addSheet: { properties: { title: 'Mới', gridProperties: { rowCount: 4, columnCount: 2, frozenRowCount: 1 } } } },
          { updateSheetProperties: { properties: { sheetId: y, index: 0 }, fields: 'index' } },
        ]).replies;
      }
      function bad(a) {
        var x = sheetId(a);
        return batch([{ appendDimension: { sheetId: x, dimension: 'ROWS', length: 5 } }, { deleteDimension: { range: { sheetId: x, dimension: 'ROWS', startIndex: 0, endIndex: 2000 } } }]);
      }
      function noFrozenLeft(a) {
        var x = sheetId(a);
        return batch([{ updateSheetProperties: { properties: { sheetId: x, gridProperties: { frozenRowCount: 3 } }, fields: 'gridProperties.frozenRowCount' } }, { deleteDimension: { range: { sheetId: x, dimension: 'ROWS', startIndex: 3, endIndex: 1005 } } }]);
      }`);
    call('addTab', 'A');
    call('addTab', 'B');
    const replies = call('shape') as Array<{ addSheet?: { properties: { sheetId: number; title: string } } }>;
    expect(replies[3].addSheet!.properties.title).toBe('Mới');
    expect(emu.spreadsheets.sheetNames()).toEqual(['B', 'Trang tính1', 'A', 'Mới']);
    expect(emu.spreadsheets.sheet('A')).toMatchObject({ maxRows: 1005, maxCols: 3, frozenRows: 2 });
    expect(emu.spreadsheets.sheet('Mới')).toMatchObject({ maxRows: 4, maxCols: 2, frozenRows: 1 });
    // A request that cannot apply refuses the whole batch: the first one is not applied either.
    expect(() => call('bad', 'A')).toThrow('Invalid requests[1].deleteDimension');
    expect(emu.spreadsheets.sheet('A')).toMatchObject({ maxRows: 1005 });
    expect(() => call('noFrozenLeft', 'A')).toThrow(/not possible to delete all non-frozen rows/);
    expect(emu.spreadsheets.sheet('A')).toMatchObject({ maxRows: 1005, frozenRows: 2 });
    expect(() => call('batch', [{ addSheet: { properties: { title: 'a' } } }])).toThrow('already exists');
    expect(() => call('batch', [{ repeatCell: {} }])).toThrow('not emulated');
    // A tab renamed: to a name no other tab has, regardless of case.
    const id = emu.spreadsheets.sheet('Mới')!.id;
    expect(() => call('batch', [{ updateSheetProperties: { properties: { sheetId: id, title: 'b' }, fields: 'title' } }])).toThrow('already exists');
    call('batch', [{ updateSheetProperties: { properties: { sheetId: id, title: 'Mới hơn' }, fields: 'title' } }]);
    expect(emu.spreadsheets.sheetNames()).toEqual(['B', 'Trang tính1', 'A', 'Mới hơn']);
  });

  it('setDataValidation: a dropdown of a list over a range, replacing the rule of that range; none past the grid', () => {
    const { emu, call } = withScript(`${LIB}
      function rule(a) {
        return batch([{ setDataValidation: { range: { sheetId: sheetId('A'), startRowIndex: 1, endRowIndex: a.rows, startColumnIndex: 2, endColumnIndex: 3 },
          rule: { condition: { type: 'ONE_OF_LIST', values: a.list.map(function (v) { return { userEnteredValue: v }; }) }, strict: false, showCustomUi: true } } }]);
      }`);
    call('addTab', 'A');
    call('rule', { rows: 10, list: ['Đề nghị khen', 'Không đề nghị'] });
    call('rule', { rows: 10, list: ['Đề nghị khen', 'Chờ thẩm định'] });
    expect(emu.spreadsheets.sheet('A')!.validations).toEqual([{ a1: 'C2:C10', criteria: 'VALUE_IN_LIST', values: [['Đề nghị khen', 'Chờ thẩm định'], true], allowInvalid: true, helpText: '' }]);
    expect(() => call('rule', { rows: 1001, list: ['x'] })).toThrow('exceeds grid limits');
  });

  it('updateCells: text stays text, a dated serial reads back as a Date, wrap and alignment only where the fields say; past the grid, the whole batch fails', () => {
    const { emu, call } = withScript(`${LIB}
      function cells(a) {
        return batch(a.map(function (u) { return { updateCells: { start: { sheetId: sheetId('A'), rowIndex: u.row, columnIndex: u.col }, rows: u.rows, fields: u.fields } }; }));
      }
      function read() { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('A').getRange(2, 1, 1, 4).getValues()[0]; }`);
    call('addTab', 'A');
    const s = emu.spreadsheets.sheet('A')!;
    s.setCell(2, 4, { value: 'giữ', wrap: false, numberFormat: '@' });
    // 2 January 2025 03:04:05 on the file's wall clock: 45659 days and 3 h 4 min 5 s after 30/12/1899.
    const serial = 45659 + (3 * 3600 + 4 * 60 + 5) / 86400;
    call('cells', [
      { row: 1, col: 0, fields: 'userEnteredValue,userEnteredFormat.wrapStrategy,userEnteredFormat.verticalAlignment', rows: [{ values: [
        { userEnteredValue: { stringValue: '=HYPERLINK("http://x")' }, userEnteredFormat: { wrapStrategy: 'WRAP', verticalAlignment: 'TOP' } },
        { userEnteredValue: { stringValue: '07' }, userEnteredFormat: { wrapStrategy: 'WRAP', verticalAlignment: 'TOP' } },
        { userEnteredValue: { numberValue: 7 } },
      ] }] },
      { row: 1, col: 2, fields: 'userEnteredValue,userEnteredFormat.numberFormat', rows: [{ values: [{ userEnteredValue: { numberValue: serial }, userEnteredFormat: { numberFormat: { type: 'DATE_TIME', pattern: 'dd/MM/yyyy HH:mm:ss' } } }] }] },
    ]);
    const got = call('read') as unknown[];
    expect(got.slice(0, 2)).toEqual(['=HYPERLINK("http://x")', '07']);
    expect(s.cell(2, 1)!.formula).toBeUndefined();
    expect(Object.prototype.toString.call(got[2])).toBe('[object Date]');
    const zone = emu.spreadsheets.active.timeZone;
    expect(emu.globals.Utilities.formatDate(got[2] as Date, zone, 'dd/MM/yyyy HH:mm:ss')).toBe('02/01/2025 03:04:05');
    expect(got[3]).toBe('giữ');
    expect(s.cell(2, 1)).toMatchObject({ wrap: true, verticalAlignment: 'top' });
    // A cell without the format in a request that names it loses it; the fields not named stay.
    expect(s.cell(2, 3)!.wrap).toBeUndefined();
    expect(s.cell(2, 4)).toMatchObject({ value: 'giữ', wrap: false, numberFormat: '@' });
    // One cell past the grid: nothing of the batch is written.
    const grid = emu.spreadsheets.sheet('A')!.maxRows;
    expect(() => call('cells', [
      { row: 1, col: 0, fields: 'userEnteredValue', rows: [{ values: [{ userEnteredValue: { stringValue: 'không ghi' } }] }] },
      { row: grid, col: 0, fields: 'userEnteredValue', rows: [{ values: [{ userEnteredValue: { stringValue: 'x' } }] }] },
    ])).toThrow('exceeds grid limits');
    expect(s.cell(2, 1)!.value).toBe('=HYPERLINK("http://x")');
    // Fields the emulation does not write, and a formula, are refused rather than ignored.
    expect(() => call('cells', [{ row: 1, col: 0, fields: '*', rows: [{ values: [{}] }] }])).toThrow('does not update');
    expect(() => call('cells', [{ row: 1, col: 0, fields: 'userEnteredValue', rows: [{ values: [{ userEnteredValue: { formulaValue: '=1' } }] }] }])).toThrow('not emulated');
    expect(() => call('cells', [{ row: 1, col: 0, fields: '', rows: [] }])).toThrow('At least one field');
  });

  it('a call over unflushed SpreadsheetApp writes is reported (the API would not see them); after flush() it runs', () => {
    const { call } = withScript(`${LIB}
      function unflushed() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1).setValue('x'); return tabs(); }
      function flushed() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1).setValue('x'); SpreadsheetApp.flush(); return tabs().length; }`);
    expect(() => call('unflushed')).toThrow(SHEETS_API_MSG.unflushed('Sheets.spreadsheets.get'));
    expect(call('flushed')).toBe(1);
  });

  it('each method is one counted call with its modelled cost per call and per cell; tabs written are recorded', () => {
    const { emu, call } = withScript(LIB, { modelLatency: true });
    const t0 = emu.clock.now();
    const cells = Array.from({ length: 100 }, () => Array.from({ length: 10 }, () => 'x'));
    call('write', { option: 'RAW', data: [{ range: "'Trang tính1'!A1:J100", values: cells }] });
    const exec = emu.runtime.executions[emu.runtime.executions.length - 1];
    expect(emu.runtime.count('Sheets.Spreadsheets.Values.batchUpdate')).toBe(1);
    expect(exec.cellsWritten).toBe(1000);
    expect(exec.tabsWritten!.size).toBe(1);
    // getActiveSpreadsheet, getId, the write: their per-call costs, and 1,000 cells at the per-cell write cost.
    const perCall = ['SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.getId', 'Sheets.Spreadsheets.Values.batchUpdate'].reduce((n, c) => n + latencyOf(emu.runtime.latency, c), 0);
    expect(latencyOf(emu.runtime.latency, 'Sheets.Spreadsheets.Values.batchUpdate')).toBeGreaterThan(latencyOf(emu.runtime.latency, 'default'));
    expect(emu.clock.now() - t0).toBe(perCall + 1000 * CELL_WRITE_MS);
  });

  it('needs the spreadsheets scope (the current-only one does not do), and is refused to simple triggers', () => {
    const { call } = withScript(`${LIB} function onOpen() { return Sheets.Spreadsheets.get(SpreadsheetApp.getActiveSpreadsheet().getId()); }`, {
      oauthScopes: [SCOPE.spreadsheetsCurrent],
    });
    expect(() => call('tabs')).toThrow('You do not have permission to call Sheets.Spreadsheets.get');
    const ok = withScript(`${LIB} function onOpen() { return Sheets.Spreadsheets.get(SpreadsheetApp.getActiveSpreadsheet().getId()); }`, { oauthScopes: [SCOPE.spreadsheets] });
    expect((ok.call('tabs') as unknown[]).length).toBe(1);
    expect(() => ok.call('onOpen', undefined, { kind: 'simpleTrigger' })).toThrow('You do not have permission to call Sheets.Spreadsheets.get');
  });

  it('faults and kills injected by position hit its calls like any other', () => {
    const { emu, call } = withScript(`${LIB} function two() { var i = id(); Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data: [{ range: "'Trang tính1'!A1", values: [['a']] }] }, i); Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data: [{ range: "'Trang tính1'!A2", values: [['b']] }] }, i); }`);
    // Calls: getActiveSpreadsheet, getId, then the first values write (3rd) — it fails, nothing of it is written.
    emu.runtime.failAtCall(3);
    expect(() => call('two')).toThrow('Service error (injected)');
    expect(emu.runtime.lastFault!.name).toBe('Sheets.Spreadsheets.Values.batchUpdate');
    expect(emu.spreadsheets.values('Trang tính1')).toEqual([]);
    emu.runtime.killAtCall(4);
    expect(() => call('two')).toThrow(KILLED_MESSAGE);
    expect(emu.spreadsheets.values('Trang tính1')).toEqual([['a']]);
  });
});

import { describe, expect, it } from 'vitest';
import { createEmulator, SHEET_MSG } from '../../emulator/index.js';
import { withScript } from './helpers.js';

describe('SpreadsheetApp strictness', () => {
  it('setValues with the wrong dimensions throws the exact message', () => {
    const { call } = withScript(`
      function rows() { SpreadsheetApp.getActiveSheet().getRange(1, 1, 2, 2).setValues([[1, 2]]); }
      function cols() { SpreadsheetApp.getActiveSheet().getRange(1, 1, 2, 2).setValues([[1, 2], [3]]); }`);
    expect(() => call('rows')).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
    expect(() => call('cols')).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.');
  });

  it('types what is written as a user typing it', () => {
    const { call } = withScript(`
      function t() {
        var sh = SpreadsheetApp.getActiveSheet();
        sh.getRange('A1:J1').setValues([['=IMPORTXML("http://x", "//a")', '07', '1,5', '+5', '-x', "'=1+1", 'TRUE', '01/02/2025', 'text', 42]]);
        return { values: sh.getRange('A1:J1').getValues()[0].map(function (v) { return Object.prototype.toString.call(v) === '[object Date]' ? 'date:' + Utilities.formatDate(v, 'Asia/Ho_Chi_Minh', 'yyyy-MM-dd HH:mm') : v; }),
          formulas: sh.getRange('A1:J1').getFormulas()[0] };
      }`);
    const r = call('t') as { values: unknown[]; formulas: string[] };
    expect(r.values).toEqual(['#NAME?', 7, 1.5, 5, '#ERROR!', '=1+1', true, 'date:2025-02-01 00:00', 'text', 42]);
    expect(r.formulas[0]).toBe('=IMPORTXML("http://x", "//a")');
    expect(r.formulas[4]).toBe('=-x');
    expect(r.formulas[5]).toBe('');
  });

  it('a typed percentage is stored as Sheets stores it: the fraction, in a percent format (as text in a plain-text cell)', () => {
    const { call } = withScript(`
      function t() {
        var sh = SpreadsheetApp.getActiveSheet();
        sh.getRange('A1:F1').setValues([['80%', '80,5 %', '-5%', '0%', '%', 'x%']]);
        sh.getRange('A2').setNumberFormat('@');
        sh.getRange('A2').setValue('80%');
        return [sh.getRange('A1:F1').getValues()[0], sh.getRange('A1:F1').getDisplayValues()[0], sh.getRange('A1:B1').getNumberFormats()[0], sh.getRange('A2').getValue()];
      }`);
    expect(call('t')).toEqual([[0.8, 0.805, -0.05, 0, '%', 'x%'], ['80%', '80,50%', '-5%', '0%', '%', 'x%'], ['0%', '0.00%'], '80%']);
  });

  it("'@' (plain text) format keeps digit strings as text, but '=' still makes a formula (assumption)", () => {
    const { call } = withScript(`
      function t() {
        var r = SpreadsheetApp.getActiveSheet().getRange('A1:C1');
        r.setNumberFormat('@');
        r.setValues([['07', '01/02/2025', '=1']]);
        return [r.getValues()[0], r.getFormulas()[0][2], r.getDisplayValues()[0][0]];
      }`);
    expect(call('t')).toEqual([['07', '01/02/2025', '#ERROR!'], '=1', '07']);
  });

  it("a range's grid id is its sheet's id (one call, where getSheet and getSheetId are two)", () => {
    const { call } = withScript(`
      function t() {
        var ss = SpreadsheetApp.getActiveSpreadsheet();
        var other = ss.insertSheet('Khác');
        return [other.getRange('B2:C3').getGridId() === other.getSheetId(), ss.getSheets()[0].getRange(1, 1).getGridId() === ss.getSheets()[0].getSheetId(), other.getSheetId() !== ss.getSheets()[0].getSheetId()];
      }`);
    expect(call('t')).toEqual([true, true, true]);
  });

  it('getSheetValues reads what getRange(...).getValues() reads, in one call, its arguments checked as getRange checks them', () => {
    const emu = createEmulator({ now: new Date(2026, 0, 5) });
    emu.loadBundle(`
      function fill() { SpreadsheetApp.getActiveSheet().getRange('A1:C2').setValues([['a', 1, new Date(2026, 0, 2)], ['07', true, '']]); }
      function same() {
        var sh = SpreadsheetApp.getActiveSheet();
        return JSON.stringify(sh.getSheetValues(1, 1, 2, 3)) === JSON.stringify(sh.getRange(1, 1, 2, 3).getValues()) && sh.getSheetValues(1, 3, 1, 1)[0][0] instanceof Date;
      }
      function one() { return SpreadsheetApp.getActiveSheet().getSheetValues(2, 2, 1, 1)[0][0]; }`);
    emu.bundle!.call('fill');
    expect(emu.bundle!.call('same')).toBe(true);
    emu.runtime.resetCalls();
    expect(emu.bundle!.call('one')).toBe(true);
    expect(emu.runtime.count('Sheet.getSheetValues')).toBe(1);
    expect(emu.runtime.count('Range.getValues')).toBe(0);
    expect(emu.runtime.count('Sheet.getRange')).toBe(0);
    // A read: it waits for the execution's pending writes (what a read after writes costs).
    emu.loadBundle(`function t() { var sh = SpreadsheetApp.getActiveSheet(); sh.getRange(1, 1).setValue('x'); return sh.getSheetValues(1, 1, 1, 1)[0][0]; }`);
    const flushes = emu.runtime.implicitFlushes;
    expect(emu.bundle!.call('t')).toBe('x');
    expect(emu.runtime.implicitFlushes - flushes).toBe(1);
    // Out of the grid, or no rows: refused as getRange refuses them (the "-1: last row with data" form is not emulated).
    emu.loadBundle(`
      function ok() { return SpreadsheetApp.getActiveSheet().getSheetValues(1, 1, 1, 1)[0][0]; }
      function noRows() { SpreadsheetApp.getActiveSheet().getSheetValues(1, 1, 0, 1); }
      function rowZero() { SpreadsheetApp.getActiveSheet().getSheetValues(0, 1, 1, 1); }
      function lastWithData() { SpreadsheetApp.getActiveSheet().getSheetValues(1, 1, -1, -1); }
      function pastGrid() { SpreadsheetApp.getActiveSheet().getSheetValues(1, 1, 5000, 1); }`);
    expect(emu.bundle!.call('ok')).toBe('x');
    for (const f of ['noRows', 'rowZero', 'lastWithData', 'pastGrid']) expect(() => emu.bundle!.call(f)).toThrow();
  });

  it('getSheetByName of an unknown tab returns null; the controller asserts it', () => {
    const { emu, call } = withScript(`function t() { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Không có'); }`);
    expect(call('t')).toBeNull();
    expect(() => emu.spreadsheets.assertNoSheet('Không có')).not.toThrow();
    expect(() => emu.spreadsheets.assertNoSheet('Trang tính1')).toThrow('expected no sheet');
  });

  it('getRange outside the grid throws', () => {
    const { call } = withScript(`
      function below() { SpreadsheetApp.getActiveSheet().getRange(1001, 1); }
      function right() { SpreadsheetApp.getActiveSheet().getRange('AA1'); }
      function zero() { SpreadsheetApp.getActiveSheet().getRange(0, 1); }
      function grown() { var s = SpreadsheetApp.getActiveSheet(); s.insertRowsAfter(1000, 5); return s.getRange(1005, 26).getA1Notation(); }`);
    expect(() => call('below')).toThrow(SHEET_MSG.outside);
    expect(() => call('right')).toThrow(SHEET_MSG.outside);
    expect(() => call('zero')).toThrow(SHEET_MSG.rowTooSmall);
    expect(call('grown')).toBe('Z1005');
  });

  it('refuses to grow the file past 10,000,000 cells', () => {
    const { call } = withScript(`
      function big() { var sh = SpreadsheetApp.getActiveSheet(); sh.insertRowsAfter(1000, 383000); return sh.getMaxRows(); }
      function more() { SpreadsheetApp.getActiveSheet().insertRowsAfter(1000, 5000); }
      function tab() { SpreadsheetApp.getActiveSpreadsheet().insertSheet('X'); }`);
    expect(call('big')).toBe(384_000); // 384,000 × 26 = 9,984,000 cells: one more tab (26,000) would pass 10M
    expect(() => call('more')).toThrow(SHEET_MSG.cellLimit);
    expect(() => call('tab')).toThrow('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
  });

  it('refuses a duplicate tab name with the exact message', () => {
    const { call } = withScript(`
      function t() { var ss = SpreadsheetApp.getActiveSpreadsheet(); ss.insertSheet('Đơn vị'); ss.insertSheet('Đơn vị'); }`);
    expect(() => call('t')).toThrow('A sheet with the name "Đơn vị" already exists. Please enter another name.');
  });

  it('refuses a cell over 50,000 characters', () => {
    const { call } = withScript(`function t() { SpreadsheetApp.getActiveSheet().getRange('A1').setValue(new Array(50002).join('x')); }`);
    expect(() => call('t')).toThrow('Your input contains more than the maximum of 50000 characters in a single cell.');
  });

  it('appendRow, getLastRow, getDataRange, deleteRows, formats, protections, validation, charts', () => {
    const { emu, call } = withScript(`
      function t() {
        var ss = SpreadsheetApp.getActiveSpreadsheet();
        var sh = ss.insertSheet('Đơn vị', 0);
        sh.appendRow(['Mã', 'Tên']); sh.appendRow(['01', 'Trường A']); sh.appendRow(['02', 'Trường B']);
        sh.setFrozenRows(1); sh.getRange(1, 1, 1, 2).setFontWeight('bold'); sh.setColumnWidth(2, 240);
        sh.getRange('B2:B3').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Trường A', 'Trường B']).build());
        var p = sh.protect().setDescription('khóa').setWarningOnly(true);
        var chart = sh.newChart().setChartType(Charts.ChartType.BAR).addRange(sh.getRange('A1:B3')).setPosition(2, 4, 0, 0).setOption('title', 'T').build();
        sh.insertChart(chart);
        sh.deleteRows(2, 1);
        return [sh.getLastRow(), sh.getLastColumn(), sh.getDataRange().getA1Notation(), sh.getDataRange().getValues(), sh.getIndex(),
          ss.getProtections(SpreadsheetApp.ProtectionType.SHEET).length, p.isWarningOnly(), sh.getCharts().length];
      }`);
    expect(call('t')).toEqual([2, 2, 'A1:B2', [['Mã', 'Tên'], [2, 'Trường B']], 1, 1, true, 1]);
    const s = emu.spreadsheets.sheet('Đơn vị')!;
    expect(s.charts[0]).toMatchObject({ type: 'BAR', ranges: ["'Đơn vị'!A1:B3"], options: { title: 'T' } });
    expect(s.validations[0]).toMatchObject({ a1: 'B2:B3', criteria: 'VALUE_IN_LIST' });
  });

  it('getUi is refused in a trigger execution', () => {
    const { call } = withScript(`function t() { SpreadsheetApp.getUi(); }`);
    expect(() => call('t', undefined, { kind: 'trigger' })).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('works without a bundle through the globals (Node-side use)', () => {
    const emu = createEmulator({ modelLatency: false });
    const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheets()[0].getRange('A1').setValue('x');
    expect(emu.spreadsheets.values('Trang tính1')).toEqual([['x']]);
    expect(ss.getSpreadsheetLocale()).toBe('vi_VN');
  });
});

describe('the spreadsheet’s time zone', () => {
  it('a typed date is midnight on the file’s clock, and keeps the day it shows when the zone is changed', () => {
    const { call } = withScript(`
      function t() {
        var ss = SpreadsheetApp.getActive();
        var sh = ss.getActiveSheet();
        sh.getRange('A1').setValue('31/05/2023');
        var f = function (v) { return Utilities.formatDate(v, 'UTC', "yyyy-MM-dd'T'HH:mm"); };
        var before = [ss.getSpreadsheetTimeZone(), f(sh.getRange('A1').getValue()), sh.getRange('A1').getDisplayValue()];
        ss.setSpreadsheetTimeZone('Asia/Ho_Chi_Minh');
        return [before, [ss.getSpreadsheetTimeZone(), f(sh.getRange('A1').getValue()), sh.getRange('A1').getDisplayValue()]];
      }
      function bad() { SpreadsheetApp.getActive().setSpreadsheetTimeZone('Giờ Hà Nội'); }`, { timeZone: 'Asia/Singapore' });
    expect(call('t')).toEqual([
      ['Asia/Singapore', '2023-05-30T16:00', '31/05/2023'],
      ['Asia/Ho_Chi_Minh', '2023-05-30T17:00', '31/05/2023'],
    ]);
    expect(() => call('bad')).toThrow('Invalid argument: timezone');
  });
});

describe('the spreadsheet’s locale (review r74d F3)', () => {
  it('a typed date is read month first in en_US, day first in vi_VN; setSpreadsheetLocale changes what is typed after', () => {
    const { emu, call } = withScript(`
      function t() {
        var ss = SpreadsheetApp.getActive();
        var sh = ss.getActiveSheet();
        var f = function (v) { return v instanceof Date ? Utilities.formatDate(v, ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd') : v; };
        sh.getRange('A1:B1').setValues([['05/10/2026', '25/10/2026']]);
        var before = [ss.getSpreadsheetLocale(), f(sh.getRange('A1').getValue()), f(sh.getRange('B1').getValue())];
        ss.setSpreadsheetLocale('vi_VN');
        sh.getRange('A2:B2').setValues([['05/10/2026', '25/10/2026']]);
        return [before, [ss.getSpreadsheetLocale(), f(sh.getRange('A1').getValue()), f(sh.getRange('A2').getValue()), f(sh.getRange('B2').getValue())]];
      }
      function bad() { SpreadsheetApp.getActive().setSpreadsheetLocale('Tiếng Việt'); }`);
    emu.spreadsheets.active.locale = 'en_US';
    expect(call('t')).toEqual([
      ['en_US', '2026-05-10', '25/10/2026'],
      ['vi_VN', '2026-05-10', '2026-10-05', '2026-10-25'],
    ]);
    expect(() => call('bad')).toThrow('Invalid argument: locale');
  });
});

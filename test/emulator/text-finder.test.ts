// TextFinder (emulator/spreadsheet.ts): Sheets' find as the spreadsheet/text-finder reference describes it — the
// cells' displayed values, case-insensitive and partial unless told otherwise, every match as a one-cell range row by
// row; a range's finder searches only that range; a counted read that pays the flush after writes.
import { describe, expect, it } from 'vitest';
import { withScript } from './helpers.js';

const LIB = `
  function sheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; }
  function fill(a) {
    sheet().getRange(1, 1, a.values.length, a.values[0].length).setValues(a.values);
    SpreadsheetApp.flush();
  }
  function where(ranges) { return ranges.map(function (r) { return r.getA1Notation(); }); }
  function find(a) {
    var f = a.a1 ? sheet().getRange(a.a1).createTextFinder(a.text) : sheet().createTextFinder(a.text);
    if (a.entire) f = f.matchEntireCell(true);
    if (a.matchCase) f = f.matchCase(true);
    if (a.regex) f = f.useRegularExpression(true);
    return where(f.findAll());
  }
  function nexts(a) {
    var f = sheet().getRange(a.a1).createTextFinder(a.text).matchEntireCell(true);
    var out = [];
    for (var i = 0; i < 4; i++) { var r = f.findNext(); out.push(r ? r.getA1Notation() : null); }
    return out;
  }
  function writeThenFind(a) {
    sheet().getRange('B9').setValue(a.text);
    return where(sheet().getRange('B:B').createTextFinder(a.text).matchEntireCell(true).findAll());
  }
  function findEmpty() { return sheet().createTextFinder('').findAll(); }
  function hide(a) { sheet().hideRows(a.row, a.n); }
  function show(a) { sheet().showRows(a.row, a.n); }
  function hiddenRows() { var out = []; for (var r = 1; r <= 6; r++) if (sheet().isRowHiddenByUser(r)) out.push(r); return out; }
  function insertAfter(a) { sheet().insertRowsAfter(a.row, a.n); }
  function deleteRows(a) { sheet().deleteRows(a.row, a.n); }
  function valuesOf(a) { return sheet().getRange(a.a1).getValues(); }
`;

function office() {
  const ctx = withScript(LIB);
  ctx.call('fill', {
    values: [
      ['Mã', 'Thư', 'Ghi chú'],
      ['DK-000001', 'a@truong.edu.vn', 'DK-000001'],
      ['DK-000012', 'A@Truong.edu.vn', 'thay DK-000001'],
      ['DK-000123', 'b@truong.edu.vn', ''],
    ],
  });
  return ctx;
}

describe('TextFinder', () => {
  it('finds whole cells in a column only, row by row; partial and case-insensitive by default', () => {
    const { call } = office();
    expect(call('find', { a1: 'A:A', text: 'DK-000001', entire: true })).toEqual(['A2']);
    // Partial by default: the code is inside others, and in another column of the sheet.
    expect(call('find', { text: 'DK-000001' })).toEqual(['A2', 'C2', 'C3']);
    expect(call('find', { a1: 'A:A', text: 'dk-00001' })).toEqual(['A3']);
    // Case: insensitive unless asked.
    expect(call('find', { a1: 'B:B', text: 'a@truong.edu.vn', entire: true })).toEqual(['B2', 'B3']);
    expect(call('find', { a1: 'B:B', text: 'a@truong.edu.vn', entire: true, matchCase: true })).toEqual(['B2']);
    expect(call('find', { a1: 'A2:A3', text: 'DK-000123', entire: true })).toEqual([]);
    expect(call('find', { a1: 'A:A', text: 'DK-0+12', entire: true, regex: true })).toEqual(['A3']);
  });

  it('matches what a cell shows: a date by its displayed text, a number as written', () => {
    const ctx = withScript(LIB + `
      function stamp() { var r = sheet().getRange('A1:B1'); r.setValues([[new Date(Date.UTC(2025, 0, 2, 3, 0, 0)), 12.5]]); r.setNumberFormats([['dd/MM/yyyy', '0.00']]); }
    `);
    ctx.call('stamp');
    expect(ctx.call('find', { text: '02/01/2025', entire: true })).toEqual(['A1']);
    // The file is vi_VN: a decimal comma.
    expect(ctx.call('find', { text: '12,50', entire: true })).toEqual(['B1']);
  });

  it('findNext walks the matches and gives null after the last', () => {
    const { call } = office();
    expect(call('nexts', { a1: 'B:B', text: 'a@truong.edu.vn' })).toEqual(['B2', 'B3', null, null]);
  });

  it('is a counted read: one call each, the cells found charged, and a find after writes pays the flush', () => {
    const { emu, call } = withScript(LIB, { modelLatency: true });
    call('fill', { values: [['x'], ['y']] });
    emu.runtime.resetCalls();
    expect(call('writeThenFind', { text: 'DK-000777' })).toEqual(['B9']);
    expect(emu.runtime.count('TextFinder.findAll')).toBe(1);
    expect(emu.runtime.count('Range.createTextFinder')).toBe(1);
    expect(emu.runtime.count('TextFinder.matchEntireCell')).toBe(1);
    const exec = emu.runtime.executions[emu.runtime.executions.length - 1];
    expect(exec.cellsRead).toBe(1);
    expect(exec.modelledMs).toBeGreaterThanOrEqual(610 + 40);
  });

  it('passes over rows a person hid (the stricter guess), which keep their values and move with inserted and deleted rows', () => {
    const { call } = office();
    call('hide', { row: 2, n: 2 });
    expect(call('hiddenRows')).toEqual([2, 3]);
    expect(call('find', { a1: 'A:A', text: 'DK-', regex: false })).toEqual(['A4']);
    expect(call('valuesOf', { a1: 'A2:A3' })).toEqual([['DK-000001'], ['DK-000012']]);
    call('insertAfter', { row: 1, n: 1 });
    expect(call('hiddenRows')).toEqual([3, 4]);
    call('deleteRows', { row: 3, n: 1 });
    expect(call('hiddenRows')).toEqual([3]);
    call('show', { row: 3, n: 1 });
    expect(call('hiddenRows')).toEqual([]);
    expect(call('find', { a1: 'A:A', text: 'DK-000012', entire: true })).toEqual(['A3']);
  });

  it('refuses an empty search text', () => {
    const { call } = office();
    expect(() => call('findEmpty')).toThrow(/Invalid argument/);
  });
});

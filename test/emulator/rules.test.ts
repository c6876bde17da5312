// The platform rules the emulation once skipped (issue 14). Each test fails without its rule; the sources are listed
// in emulator/README.md.
import { describe, expect, it } from 'vitest';
import { FORM_MSG } from '../../emulator/forms.js';
import { LOCK_TIMEOUT_MESSAGE, SHEET_MSG, localise } from '../../emulator/index.js';
import { withScript } from './helpers.js';

describe('frozen rows', () => {
  it('refuses deleting every row below the frozen ones, and freezing every row', () => {
    const { emu, call } = withScript(`
      function setup() { var s = SpreadsheetApp.getActiveSpreadsheet().insertSheet('T'); s.deleteRows(6, 995); s.setFrozenRows(3); return s.getMaxRows(); }
      function delAll() { SpreadsheetApp.getActiveSpreadsheet().getSheetByName('T').deleteRows(4, 2); }
      function delSome() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('T'); s.deleteRows(5, 1); return [s.getMaxRows(), s.getFrozenRows()]; }
      function freezeAll() { SpreadsheetApp.getActiveSpreadsheet().getSheetByName('T').setFrozenRows(4); }
      function delFrozen() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('T'); s.deleteRows(1, 1); return [s.getMaxRows(), s.getFrozenRows()]; }`);
    expect(call('setup')).toBe(5);
    expect(() => call('delAll')).toThrow(SHEET_MSG.deleteNonFrozen);
    expect(SHEET_MSG.deleteNonFrozen).toBe('Sorry, it is not possible to delete all non-frozen rows.');
    expect(call('delSome')).toEqual([4, 3]);
    expect(() => call('freezeAll')).toThrow("You can't freeze all visible rows on the sheet.");
    // Deleting a frozen row lowers the frozen count.
    expect(call('delFrozen')).toEqual([3, 2]);
    expect(emu.spreadsheets.sheet('T')!.frozenRows).toBe(2);
  });
});

describe('a read after writes', () => {
  it('commits the pending writes first: it pays a flush (counted and charged), once', () => {
    const { emu, call } = withScript(
      `
      function writeThenRead() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; s.getRange(1, 1).setValue('a'); s.getRange(2, 1).setValue('b'); s.getRange(1, 1, 2, 1).getValues(); return s.getLastRow(); }
      function readsFirst() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; var n = s.getLastRow(); s.getRange(1, 1).setValue('c'); return n; }
      function flushed() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; s.getRange(1, 1).setValue('d'); SpreadsheetApp.flush(); return s.getLastRow(); }`,
      { modelLatency: true },
    );
    const t0 = emu.runtime.modelledMs;
    expect(call('writeThenRead')).toBe(2);
    expect(emu.runtime.implicitFlushes).toBe(1);
    expect(emu.runtime.modelledMs - t0).toBeGreaterThanOrEqual(emu.runtime.latency['SpreadsheetApp.flush']);
    call('readsFirst');
    call('flushed');
    expect(emu.runtime.implicitFlushes).toBe(1);
  });
});

describe('clock triggers', () => {
  const SCRIPT = `
    function install() {
      ScriptApp.newTrigger('digest').timeBased().everyDays(1).atHour(7).inTimezone('Asia/Ho_Chi_Minh').create();
      ScriptApp.newTrigger('reminders').timeBased().everyDays(1).atHour(7).inTimezone('Asia/Ho_Chi_Minh').create();
    }
    function work(name) {
      var lock = LockService.getScriptLock();
      lock.waitLock(30000);
      PropertiesService.getScriptProperties().setProperty(name, String(new Date().getMinutes()));
      Utilities.sleep(120000);
      lock.releaseLock();
    }
    function digest() { work('digest'); }
    function reminders() { work('reminders'); }
    function once() { ScriptApp.newTrigger('ping').timeBased().after(60000).create(); }
    function ping() { PropertiesService.getScriptProperties().setProperty('ping', String(Number(PropertiesService.getScriptProperties().getProperty('ping') || 0) + 1)); }
    function count() { return ScriptApp.getProjectTriggers().length; }`;
  const start = new Date(2025, 8, 1, 5, 0, 0);

  it('atHour(h) runs at some minute within the hour, not at h:00', () => {
    const { emu, call } = withScript(SCRIPT, { now: start });
    call('install');
    const due = emu.triggers.triggers.map((t) => new Date(t.clock!.nextAt));
    for (const d of due) expect(d.getHours()).toBe(7);
    expect(due.some((d) => d.getMinutes() !== 0)).toBe(true);
    expect(new Set(due.map((d) => d.getMinutes())).size).toBe(2);
  });

  it('two triggers of the same hour can overlap: the second waits for the lock and times out', () => {
    const { emu, call } = withScript(SCRIPT, { now: start, locale: 'vi' });
    emu.triggers.minuteOf = (h) => (h === 'digest' ? 10 : 11);
    call('install');
    const runs = emu.triggers.runDueTimeTriggers(new Date(2025, 8, 1, 8, 0, 0));
    expect(runs.map((r) => [r.handler, r.ok])).toEqual([
      ['digest', true],
      ['reminders', false],
    ]);
    expect(runs[1].error).toBe(localise(LOCK_TIMEOUT_MESSAGE, 'vi'));
    // The second started (due 7:11) while the first (7:10, two minutes long) still held the lock.
    expect(new Date(runs[1].at).getMinutes()).toBeGreaterThanOrEqual(11);
    const events = emu.locks.history.map((h) => h.event);
    expect(events.indexOf('timeout')).toBeLessThan(events.indexOf('released'));
    expect(emu.properties.script.get('digest')).toBe('10');
    expect(emu.properties.script.get('reminders')).toBeUndefined();
  });

  it('a one-off (after) trigger fires once and stays listed until deleted', () => {
    const { emu, call } = withScript(SCRIPT, { now: start });
    call('once');
    emu.triggers.runDueTimeTriggers(new Date(2025, 8, 1, 6, 0, 0));
    expect(emu.properties.script.get('ping')).toBe('1');
    expect(call('count')).toBe(1);
    emu.triggers.runDueTimeTriggers(new Date(2025, 8, 2, 6, 0, 0));
    expect(emu.properties.script.get('ping')).toBe('1');
  });
});

describe('sheet names', () => {
  it('getSheetByName ignores case; a name differing only by case is a duplicate', () => {
    const { call } = withScript(`
      function run() {
        var ss = SpreadsheetApp.getActiveSpreadsheet();
        ss.insertSheet('Tổng hợp');
        return ss.getSheetByName('TỔNG HỢP').getName() + '|' + ss.getSheetByName('tổng hợp').getName();
      }
      function dup() { SpreadsheetApp.getActiveSpreadsheet().insertSheet('tổng HỢP'); }`);
    expect(call('run')).toBe('Tổng hợp|Tổng hợp');
    expect(() => call('dup')).toThrow('A sheet with the name "tổng HỢP" already exists. Please enter another name.');
  });
});

describe('form choices', () => {
  it('choices with and without page navigation cannot be mixed in one item', () => {
    const { call } = withScript(`
      function mixed() {
        var f = FormApp.create('F'); var item = f.addMultipleChoiceItem(); var page = f.addPageBreakItem();
        item.setChoices([item.createChoice('A', page), item.createChoice('B')]);
      }
      function explicit() {
        var f = FormApp.create('G'); var item = f.addMultipleChoiceItem(); var page = f.addPageBreakItem();
        item.setChoices([item.createChoice('A', page), item.createChoice('B', FormApp.PageNavigationType.CONTINUE)]);
        return item.getChoices().length;
      }`);
    expect(() => call('mixed')).toThrow(FORM_MSG.mixedNavigation);
    expect(call('explicit')).toBe(2);
  });
});

describe('vi_VN number typing', () => {
  it('reads "." as the thousands separator and "," as the decimal mark', () => {
    const { call } = withScript(`
      function run() {
        var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
        s.getRange(1, 1, 1, 5).setValues([['1.200', '1,5', '1.234.567', '1.5', '07']]);
        return s.getRange(1, 1, 1, 5).getValues()[0];
      }`);
    expect(call('run')).toEqual([1200, 1.5, 1234567, '1.5', 7]);
  });
});

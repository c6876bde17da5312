// The rebuild through the Sheets advanced service (src/gas/batch-write.ts): its calls do not grow with the number of
// school tabs, answers stay literal without the "'" prefix (RAW), and without the service (a manifest that lacks it)
// SpreadsheetApp writes the same tabs.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { configLabel } from '../../src/core/messages';
import { typeIntoTab } from '../../scripts/season';
import { makeSampleOffice } from '../../sample/office';
import { rawCell } from '../../src/gas/batch-write';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';
import type { EmulatorOptions } from '../../emulator/index';
import { displayValue } from '../../emulator/values';

/** An office with `schools` schools in its directory and `n` registrations typed in without their triggers. */
function office(schools: number, n: number, opts: EmulatorOptions = {}) {
  const sample = makeSampleOffice({ schools, registrations: n, seed: 11 });
  const ctx = officeAfterSetup(SCHOOLS, opts);
  typeIntoTab(ctx.emu, 'Đơn vị', sample.directoryRows);
  ctx.bundle.call('setup', undefined, { kind: 'menu' });
  ctx.emu.triggers.triggers.splice(0); // the rows arrive; only the rebuilds run
  for (const s of sample.submissions.filter((x) => x.editOf === undefined)) ctx.emu.forms.submitAsUser(ctx.formId, s.answers, { email: s.email, at: s.at });
  return { ...ctx, sample };
}

/** The calls of one steady rebuild (the third in a row: the first makes the tabs, the outbox comes after it), by name. */
function steadyRebuild(ctx: ReturnType<typeof office>) {
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  ctx.emu.runtime.resetCalls();
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const exec = ctx.emu.runtime.executions[ctx.emu.runtime.executions.length - 1];
  expect(exec.error).toBeUndefined();
  return { total: exec.calls, count: (name: string) => ctx.emu.runtime.count(name), exec };
}

describe('rebuildSummaries through the Sheets advanced service', () => {
  it('a steady rebuild makes the same calls with 8 or 24 school tabs: one listing, one values write', () => {
    const small = office(8, 24);
    const large = office(24, 72);
    const a = steadyRebuild(small);
    const b = steadyRebuild(large);
    const tabsOf = (ctx: ReturnType<typeof office>) => ctx.emu.spreadsheets.sheetNames().filter((n) => ctx.sample.directoryRows.slice(1).some((r) => r[1] === n));
    expect(tabsOf(small)).toHaveLength(8);
    expect(tabsOf(large)).toHaveLength(24);
    expect(b.total).toBe(a.total);
    for (const r of [a, b]) {
      // One listing to read the inputs (src/gas/batch-read.ts), one before the writes (batch-write.ts).
      expect(r.count('Sheets.Spreadsheets.get')).toBe(2);
      // "Đơn vị", "Tiêu chí" in one read; the tabs where a Date matters through SpreadsheetApp, each found in the listing.
      expect(r.count('Sheets.Spreadsheets.Values.batchGet')).toBe(1);
      expect(r.count('Spreadsheet.getSheetByName')).toBe(0);
      // The form is not asked (no code the register lost: src/gas/ledger.ts missingResponses).
      expect(r.count('Form.getResponses')).toBe(0);
      expect(r.count('Sheets.Spreadsheets.Values.batchUpdate')).toBe(1);
      // Nothing changed shape: no structural batch (the one batchUpdate sets Thẩm định's two dropdowns), no formatting,
      // no chart drawn again.
      expect(r.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
      expect(r.count('Range.setFontWeight') + r.count('Range.setWrap') + r.count('Sheet.insertChart')).toBe(0);
      // Every school tab and Tổng hợp were written, by that one call.
      expect(r.exec.tabsWritten!.size).toBeGreaterThanOrEqual(tabsOf(r === a ? small : large).length + 1);
    }
    // Within twice its floor (a read per input tab, a write per output tab) once the office has a few dozen tabs; the
    // lock, the queue, the outbox and the health line are the same at any size.
    expect(b.total).toBeLessThanOrEqual(2 * (b.exec.tabsRead!.size + b.exec.tabsWritten!.size));
  });

  it('continueSchoolViews reads in batch too, and still sets the dropdowns of Thẩm định (in its own small batch)', () => {
    const ctx = office(4, 8);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const review = ctx.emu.spreadsheets.sheet('Thẩm định')!;
    expect(review.validations).toHaveLength(2);
    review.validations = [];
    ctx.emu.runtime.resetCalls();
    ctx.bundle.call('continueSchoolViews', undefined, { kind: 'timeTrigger' });
    const exec = ctx.emu.runtime.executions[ctx.emu.runtime.executions.length - 1];
    expect(exec.error).toBeUndefined();
    expect(review.validations).toHaveLength(2);
    expect(review.validations.map((v) => v.criteria)).toEqual(['VALUE_IN_LIST', 'VALUE_IN_LIST']);
    expect(ctx.emu.runtime.count('Sheets.Spreadsheets.Values.batchGet')).toBe(1);
    expect(ctx.emu.runtime.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
  });

  // The reads come before every write: a failure at any of them leaves every tab as it was; the next run writes them.
  for (const method of ['Sheets.Spreadsheets.get', 'Spreadsheet.getSheets', 'Sheets.Spreadsheets.Values.batchGet', 'Range.getValues']) {
    it(`a failure of the first ${method} of a rebuild changes no tab, and the next rebuild writes them all`, () => {
      const ctx = office(4, 8);
      ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      const before = ctx.emu.spreadsheets.sheetNames().map((n) => [n, ctx.emu.spreadsheets.values(n)]);
      for (const s of ctx.sample.submissions.filter((x) => x.editOf === undefined).slice(0, 3)) ctx.emu.forms.submitAsUser(ctx.formId, s.answers, { email: s.email, at: s.at });
      const withRows = ctx.emu.spreadsheets.values('Phiếu đăng ký').length;
      ctx.emu.runtime.failOn(method, 1);
      expect(() => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' })).toThrow();
      ctx.emu.runtime.clearFaults();
      const kept = (n: string) => !['Tình trạng', 'Nhật ký lỗi', 'Phiếu đăng ký'].includes(n);
      expect(ctx.emu.spreadsheets.sheetNames().filter(kept).map((n) => [n, ctx.emu.spreadsheets.values(n)])).toEqual(before.filter(([n]) => kept(n as string)));
      ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      expect(ctx.emu.spreadsheets.values('Kết quả kiểm tra').length).toBe(withRows);
    });
  }

  it('a "=…" answer and a "07" name are written literally to the school tabs and Tổng hợp, with no apostrophe', () => {
    const ctx = officeAfterSetup();
    // A school the office typed as the text "07" (the emulated form types a "07" answer into the number 7 before the
    // script reads it, so the "07" that must stay text comes from the directory): its name reaches Tổng hợp and its tab.
    const directory = ctx.emu.spreadsheets.values('Đơn vị').map((r) => [...r]);
    directory[1][1] = "'07";
    typeIntoTab(ctx.emu, 'Đơn vị', directory);
    ctx.bundle.call('setup', undefined, { kind: 'menu' });
    const school = SCHOOLS[1];
    ctx.emu.forms.submitAsUser(ctx.formId, { ...collectiveAnswers(), [Q.school]: school.name, [Q.collectiveName]: '=HYPERLINK("http://x.example","bấm")' }, { email: school.emails[0] });
    ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: '+84 912' }, { email: school.emails[0] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(ctx.emu.runtime.count('Sheets.Spreadsheets.Values.batchUpdate')).toBeGreaterThan(0);
    const cellsOf = (name: string) => {
      const tab = ctx.emu.spreadsheets.sheet(name)!;
      const cells: unknown[] = [];
      for (let r = 1; r <= tab.lastRow(); r++) for (let c = 1; c <= tab.lastColumn(); c++) cells.push(tab.cell(r, c)?.value), expect(tab.cell(r, c)?.formula).toBeUndefined();
      expect(cells.some((v) => typeof v === 'string' && v.startsWith("'"))).toBe(false);
      return cells;
    };
    const own = cellsOf(school.name);
    expect(own).toContain('=HYPERLINK("http://x.example","bấm")');
    expect(own).toContain('+84 912');
    expect(cellsOf('07')[0]).toBe('07');
    const summary = cellsOf('Tổng hợp');
    expect(summary).toContain('07');
  });

  it('a generated tab left without its protection (a run stopped before formatting it) is formatted and protected again', () => {
    const ctx = office(4, 8);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const name = ctx.sample.directoryRows[1][1] as string;
    const sheet = ctx.emu.spreadsheets.sheet(name)!;
    const file = ctx.emu.spreadsheets.active;
    file.protections = file.protections.filter((p) => p.sheetId !== sheet.id);
    sheet.formatCell(1, 1).fontWeight = undefined;
    ctx.emu.runtime.resetCalls();
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(file.protections.filter((p) => p.sheetId === sheet.id && !p.removed)).toHaveLength(1);
    expect(sheet.cell(1, 1)!.fontWeight).toBe('bold');
    // Only that tab was formatted again.
    expect(ctx.emu.runtime.count('Sheet.protect')).toBe(1);
  });

  it('review upgrade7 U1b: a school tab recorded with other columns than the tool\'s (same count) has its widths set again, once; not on the next rebuild', () => {
    for (const opts of [{}, { advancedServices: [] }] as EmulatorOptions[]) {
      const ctx = office(4, 8, opts);
      ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      const name = ctx.sample.directoryRows[1][1] as string;
      const widths = () =>
        ctx.emu.runtime.execute(() => {
          const sh = ctx.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;
          return Array.from({ length: sh.getLastColumn() }, (_, i) => sh.getColumnWidth(i + 1));
        }, { kind: 'node', label: 'office looking' }) as number[];
      const tool = widths();
      // As an earlier version left it: its own columns recorded (another key), their widths one column off.
      const record = JSON.parse(ctx.emu.properties.script.get('tabs.layouts')!) as Record<string, string>;
      expect(record[name]).toMatch(/^[0-9a-z]+\.[0-9a-z]+$/);
      record[name] = record[name].replace(/\.[0-9a-z]+$/, '.zz');
      ctx.emu.properties.script.set('tabs.layouts', JSON.stringify(record));
      ctx.emu.runtime.execute(() => {
        const sh = ctx.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;
        tool.forEach((w, i) => sh.setColumnWidth(i + 1, tool[Math.max(0, i - 1)]));
      }, { kind: 'node', label: 'an earlier version' });
      expect(widths()).not.toEqual(tool);
      ctx.emu.runtime.resetCalls();
      ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      expect(ctx.emu.runtime.executions.at(-1)!.error).toBeUndefined();
      expect(widths()).toEqual(tool);
      // Only that tab's widths.
      expect(ctx.emu.runtime.count('Sheet.setColumnWidth')).toBe(tool.length);
      // Recorded: the next rebuild formats nothing.
      ctx.emu.runtime.resetCalls();
      ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      expect(ctx.emu.runtime.count('Sheet.setColumnWidth') + ctx.emu.runtime.count('Range.setFontWeight') + ctx.emu.runtime.count('Range.setWrap')).toBe(0);
    }
  });

  it('with hundreds of school tabs of Vietnamese names, the rebuild keeps its records of them within a property (9 KB of UTF-8)', () => {
    const ctx = office(220, 220);
    const rows = ctx.emu.spreadsheets.values('Cấu hình').map((r) => [...r]);
    rows.find((r) => r[0] === configLabel('perSchoolTabThreshold'))![1] = 500;
    typeIntoTab(ctx.emu, 'Cấu hình', rows);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const exec = ctx.emu.runtime.executions[ctx.emu.runtime.executions.length - 1];
    expect(exec.error).toBeUndefined();
    const tabs = ctx.emu.spreadsheets.sheetNames().filter((n) => ctx.sample.directoryRows.slice(1).some((r) => r[1] === n));
    expect(tabs.length).toBeGreaterThan(150); // the others under names made unique or shortened
    for (const key of ['tabs.layouts', 'tabs.generated']) {
      const value = ctx.emu.properties.script.get(key) ?? '';
      expect(Buffer.byteLength(value, 'utf8'), key).toBeLessThanOrEqual(9 * 1024);
    }
    // The layout record keeps what fits: most tabs.
    expect(Object.keys(JSON.parse(ctx.emu.properties.script.get('tabs.layouts')!)).length).toBeGreaterThan(50);
  });

  it('without the service in the manifest, SpreadsheetApp writes the same tabs', () => {
    const tabs = (opts: EmulatorOptions) => {
      const ctx = office(6, 18, opts);
      ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      const names = ctx.emu.spreadsheets.sheetNames();
      const file = ctx.emu.spreadsheets.active;
      return {
        names,
        apiCalls: [...ctx.emu.runtime.calls.keys()].filter((k) => k.startsWith('Sheets.')).length,
        // The generated tabs and the council's (the others hold the form's links, another in each office).
        tabs: names.filter((n) => ['Tổng hợp', 'Kết quả kiểm tra', 'Thẩm định'].includes(n) || ctx.sample.directoryRows.some((r) => r[1] === n)).map((n) => {
          const s = ctx.emu.spreadsheets.sheet(n)!;
          return { n, values: s.values(), grid: [s.maxRows, s.maxCols, s.frozenRows], protected: file.protections.some((p) => p.sheetId === s.id && !p.removed), charts: s.charts.length };
        }),
      };
    };
    const api = tabs({});
    const plain = tabs({ advancedServices: [] });
    expect(api.apiCalls).toBeGreaterThan(0);
    expect(plain.apiCalls).toBe(0);
    expect(api.names).toEqual(plain.names);
    expect(api.tabs).toEqual(plain.tabs);
  });

  it('a Date is written as the text Sheets shows for it (dd/MM/yyyy, with the time when it has one)', () => {
    expect(rawCell(new Date(2025, 0, 2))).toBe('02/01/2025');
    expect(rawCell(new Date(2025, 0, 2, 7, 5, 9))).toBe('02/01/2025 07:05:09');
    // What a Date written with setValues shows in the office's file (vi_VN, the office's time zone).
    for (const d of [new Date(2025, 0, 2), new Date(2025, 0, 2, 7, 5, 9), new Date(2024, 11, 31, 23, 59, 0)]) {
      expect(rawCell(d)).toBe(displayValue({ value: d }, 'Asia/Ho_Chi_Minh'));
    }
    expect(rawCell(new Date(NaN))).toBe('');
    expect(rawCell('=1+1')).toBe('=1+1');
    expect(rawCell('07')).toBe('07');
    expect(rawCell(null)).toBe('');
    expect((rawCell('x'.repeat(60_000)) as string).length).toBe(50_000);
  });
});

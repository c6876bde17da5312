// What grows with an office (review "growth"): "Nhật ký lỗi" with more data problems than it lists one by one (#5: a
// directory of 700 schools pasted without its e-mails gave 700 problems, and the 100 past the first 600 were written
// again at every run); the spreadsheet nearing Google Sheets' 10 million cells (#6: nothing said so).
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { CELLS_FILLING, PROBLEMS_MORE } from '../../src/core/messages';
import { directoryRows, officeAfterSetup, SCHOOLS } from './helpers';

const pad = (i: number) => String(i).padStart(3, '0');

describe('a run with more data problems than the log lists one by one', () => {
  it('the first 600 once each, the rest in one line, nothing written again while they last; fixed, the rest are listed', () => {
    const o = officeAfterSetup(SCHOOLS);
    const many = Array.from({ length: 700 }, (_, i) => ({ ...SCHOOLS[0], code: `X${pad(i)}`, name: `Trường Tiểu học Thử ${pad(i)}`, emails: [] as string[] }));
    typeIntoTab(o.emu, 'Đơn vị', directoryRows([...SCHOOLS, ...many]));
    const logRows = () => o.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2]));
    const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    rebuild();
    const first = logRows();
    const empty = (m: string) => m.includes('cột “Email” đang để trống');
    expect(first.filter(empty)).toHaveLength(600);
    expect(first).toHaveLength(601);
    expect(first.filter((m) => m === PROBLEMS_MORE(100))).toHaveLength(1);
    rebuild();
    rebuild();
    expect(logRows()).toHaveLength(first.length);
    // The office fills in 150 of the e-mails: 550 problems left, listed one by one (those not written yet now are).
    const fixed = many.map((s, i) => (i < 150 ? { ...s, emails: [`x${pad(i)}@example.edu.vn`] } : s));
    typeIntoTab(o.emu, 'Đơn vị', directoryRows([...SCHOOLS, ...fixed]));
    rebuild();
    const after = logRows().slice(first.length);
    expect(after.filter((m) => m.startsWith('Còn '))).toEqual([]);
    expect(after.filter(empty)).toHaveLength(100);
    expect(after).toHaveLength(100);
    rebuild();
    expect(logRows()).toHaveLength(first.length + 100);
  });
});

describe('a lasting data problem and the other jobs that log theirs', () => {
  it('is written once while it lasts, whatever the reminders and Thiết lập log between two rebuilds (review "reorg" #4)', () => {
    const o = officeAfterSetup(SCHOOLS);
    // A school without e-mails: a problem every rebuild meets until the office fills them in.
    typeIntoTab(o.emu, 'Đơn vị', directoryRows([...SCHOOLS, { ...SCHOOLS[0], code: 'X001', name: 'Trường Tiểu học Thử', emails: [] }]));
    // Each job's lines about it: logged once by each job that meets it (the rebuild, Thiết lập).
    const logRows = (job: string) => o.emu.spreadsheets.values('Nhật ký lỗi').slice(1).filter((r) => r[1] === job).map((r) => String(r[2]));
    const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    rebuild();
    const first = logRows('Cập nhật tổng hợp');
    expect(first.filter((m) => m.includes('cột “Email” đang để trống'))).toHaveLength(1);
    // Night after night: the daily reminders (no problem of their own) and the office's Thiết lập run between them.
    for (let day = 0; day < 3; day++) {
      o.emu.clock.advance(24 * 3_600_000);
      o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
      o.bundle.call('setup', undefined, { kind: 'menu' });
      rebuild();
    }
    expect(logRows('Cập nhật tổng hợp').filter((m) => m.includes('cột “Email” đang để trống'))).toHaveLength(1);
    expect(logRows('Thiết lập').filter((m) => m.includes('cột “Email” đang để trống')).length).toBeLessThanOrEqual(1);
  });

  it('fixed, then back: logged again by the rebuild, whatever Thiết lập logged before (review diff17 #4)', () => {
    const o = officeAfterSetup(SCHOOLS);
    const without = directoryRows([...SCHOOLS, { ...SCHOOLS[0], code: 'X001', name: 'Trường Tiểu học Thử', emails: [] }]);
    const withEmail = directoryRows([...SCHOOLS, { ...SCHOOLS[0], code: 'X001', name: 'Trường Tiểu học Thử', emails: ['thu@example.edu.vn'] }]);
    const lines = () => o.emu.spreadsheets.values('Nhật ký lỗi').slice(1).filter((r) => r[1] === 'Cập nhật tổng hợp' && String(r[2]).includes('cột “Email” đang để trống'));
    typeIntoTab(o.emu, 'Đơn vị', without);
    o.bundle.call('setup', undefined, { kind: 'menu' });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(lines()).toHaveLength(1);
    typeIntoTab(o.emu, 'Đơn vị', withEmail);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    typeIntoTab(o.emu, 'Đơn vị', without);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(lines()).toHaveLength(2);
  });
});

describe('the spreadsheet nearing its 10 million cells', () => {
  it('past 70 %, the rebuild says so in "Nhật ký lỗi" and "Tình trạng", by the grids it lists (no call of its own)', () => {
    const o = officeAfterSetup(SCHOOLS);
    const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const log = () => (o.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []);
    rebuild();
    expect(log().filter((m) => m.includes('triệu ô'))).toEqual([]);
    // The office keeps a tab of its own with a large grid (an import): 6.8 million cells more.
    o.emu.runtime.execute(() => {
      const sheet = o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Dữ liệu nhập');
      sheet.insertRowsAfter(1000, 262_000 - 1000);
    }, { kind: 'node' });
    const cells = o.emu.spreadsheets.active.cellCount();
    expect(cells).toBeGreaterThan(7_000_000);
    rebuild();
    const said = log().filter((m) => m.includes('triệu ô'));
    expect(said).toEqual([CELLS_FILLING((cells / 1e6).toFixed(1).replace('.', ','), Math.round(cells / 1e5))]);
    expect(o.emu.spreadsheets.values('Tình trạng').flat().join(' ')).toMatch(/có vấn đề/i);
    rebuild();
    expect(log().filter((m) => m.includes('triệu ô'))).toHaveLength(1);
  });

  it('said even when the run has more row problems than the log lists one by one (it comes before them)', () => {
    const o = officeAfterSetup(SCHOOLS);
    const many = Array.from({ length: 700 }, (_, i) => ({ ...SCHOOLS[0], code: `X${pad(i)}`, name: `Trường Tiểu học Thử ${pad(i)}`, emails: [] as string[] }));
    typeIntoTab(o.emu, 'Đơn vị', directoryRows([...SCHOOLS, ...many]));
    o.emu.runtime.execute(() => {
      o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Dữ liệu nhập').insertRowsAfter(1000, 264_000 - 1000);
    }, { kind: 'node' });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const log = o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]));
    expect(log.filter((m) => m.includes('triệu ô'))).toHaveLength(1);
    expect(log.filter((m) => m.startsWith('Còn '))).toHaveLength(1);
  });
});


// Review r70u (looking at out/van-phong.xlsx as a clerk would): "Tình trạng" is written without wrapping, its
// "Công việc" column 220 px wide. Every cell to the right is filled ("Chưa chạy lần nào", a time), so the longer job
// names are cut off: "Tạo văn bản đề nghị khen thưởng (kèm" / "Tạo lại toàn bộ văn bản đề nghị khen t" /
// "Tiếp tục tạo văn bản đề nghị khen thưở" — the PDF variant cannot be told from the plain one at a glance. Likewise
// "Chi tiết" (500 px): "…không tính 68 phiếu cũ đã được đăng ký" and "Chạy lại menu này chỉ tạo những văn bản còn
// thiếu; muốn tạo m" stop mid-sentence. A cell whose text is wider than its column must wrap.
import { describe, expect, it } from 'vitest';
import { clippedCells } from './readable-lib';
import { officeAfterSetup } from './helpers';

const TAB = 'Tình trạng';

describe('r70u: "Tình trạng" can be read without clicking into each cell', () => {
  it('a "Công việc" or "Chi tiết" cell wider than its column wraps', () => {
    const o = officeAfterSetup();
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(o.emu.runtime.executions.at(-1)!.error).toBeUndefined();
    const { long, clipped, missing } = clippedCells(o.emu, TAB, 1, ['Công việc', 'Chi tiết']);
    expect(missing).toEqual([]);
    // The job list itself has names wider than 220 px ("Tạo văn bản đề nghị khen thưởng (kèm bản PDF)").
    expect(long).toBeGreaterThan(0);
    expect(clipped).toEqual([]);
  });
});

describe('r70u: "Tình trạng" made by an earlier version (its rows not wrapped)', () => {
  it('is wrapped at its next redraw, once: the redraws after it cost no formatting call', () => {
    const o = officeAfterSetup();
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    // As an earlier version left it: no record of its layout, its rows not wrapped.
    o.emu.properties.script.delete('health:~layout');
    const sheet = o.emu.spreadsheets.sheet(TAB)!;
    const height = o.emu.spreadsheets.values(TAB).length;
    o.emu.runtime.execute(() => o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(TAB)!.getRange(2, 1, height - 1, 5).setWrap(false), { kind: 'node' });
    expect(sheet.cell(2, 1)?.wrap).toBeFalsy();
    o.emu.clock.advance(60_000);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(sheet.cell(2, 1)?.wrap).toBe(true);
    expect(o.emu.properties.script.get('health:~layout')).toBe('1');
    o.emu.clock.advance(60_000);
    o.emu.runtime.resetCalls();
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(o.emu.runtime.callTable().filter(([m]) => m === 'Range.setWrap')).toEqual([]);
  });
});

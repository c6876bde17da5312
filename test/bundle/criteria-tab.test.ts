// The office's "Tiêu chí" tab as Thiết lập finds it: a header it cannot read is not written over (review diff18 #2: the
// office's switches were replaced by the defaults while the log promised they only waited for the header).
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { officeAfterSetup } from './helpers';

describe('"Tiêu chí" with its "Bắt buộc" header edited', () => {
  it('Thiết lập leaves the tab as the office wrote it; the switches count again once the header is put right', () => {
    const o = officeAfterSetup();
    const tab = () => o.emu.spreadsheets.values('Tiêu chí').map((r) => r.map(String));
    const rows = tab();
    const mand = rows[0].indexOf('Bắt buộc');
    const i = rows.findIndex((r) => r[mand] === 'Có');
    rows[i][mand] = 'Không';
    rows[0][mand] = 'Bắt buộc?';
    typeIntoTab(o.emu, 'Tiêu chí', rows);
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(tab()[0][mand]).toBe('Bắt buộc?');
    expect(tab()[i][mand]).toBe('Không');
    const log = () => o.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2]));
    expect(log().some((m) => m.includes('thiếu cột “Bắt buộc”'))).toBe(true);
    // Put right: read as written, and Thiết lập rewrites the tab with the office's value.
    const fixed = tab();
    fixed[0][mand] = 'Bắt buộc';
    typeIntoTab(o.emu, 'Tiêu chí', fixed);
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(tab()[i][mand]).toBe('Không');
  });
});

// Review clerkday #3: the office's notes column and note rows in "Tiêu chí" went at every Thiết lập, and the log said a
// note row was "bỏ qua" while it was deleted.
describe('"Tiêu chí" with the office\'s own column, note row and order', () => {
  it('Thiết lập keeps them, rewrites only the tool\'s cells and appends a criterion the tab lacked', () => {
    const o = officeAfterSetup();
    const tab = () => o.emu.spreadsheets.values('Tiêu chí').map((r) => r.map(String));
    const original = tab();
    const [header, ...lines] = original;
    const text = header.indexOf('Tiêu chí');
    // Sorted by the office (last first), one criterion's row deleted, one's text typed over, a column and a note added.
    const sorted = lines.map((r) => [...r]).reverse();
    const dropped = sorted.pop()!;
    const kept = sorted[0][0];
    sorted[0][text] = 'chữ gõ đè';
    const note = 'Ghi chú: Hội đồng TĐKT họp ngày 12/3/2025 thống nhất các tiêu chí trên.';
    const typed = [[...header, 'Ý kiến Hội đồng'], ...sorted.map((r, i) => [...r, i === 0 ? 'Giữ bắt buộc (biểu quyết 7/7)' : '']), [note, '', '', '', '', '', '']];
    typeIntoTab(o.emu, 'Tiêu chí', typed);
    o.bundle.call('setup', undefined, { kind: 'menu' });
    const after = tab();
    expect(after[0]).toEqual([...header, 'Ý kiến Hội đồng']);
    // The office's order, its column beside the same criterion, the tool's text back.
    expect(after.slice(1, sorted.length + 1).map((r) => r[0])).toEqual(sorted.map((r) => r[0]));
    expect(after[1][0]).toBe(kept);
    expect(after[1][text]).toBe(original.find((r) => r[0] === kept)![text]);
    expect(after[1][header.length]).toBe('Giữ bắt buộc (biểu quyết 7/7)');
    // The note row where it was; the criterion deleted appended below it, whole.
    expect(after[sorted.length + 1][0]).toBe(note);
    expect(after[sorted.length + 2]).toEqual([...dropped, '']);
    expect(after).toHaveLength(original.length + 1);
    // The note is no code the log complains about.
    const log = o.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2]));
    expect(log.filter((m) => m.includes('Ghi chú'))).toEqual([]);
  });

  it('a "Bắt buộc" value the run cannot read stays for the office to put right', () => {
    const o = officeAfterSetup();
    const tab = () => o.emu.spreadsheets.values('Tiêu chí').map((r) => r.map(String));
    const rows = tab();
    const mand = rows[0].indexOf('Bắt buộc');
    rows[3][mand] = 'có lẽ';
    rows[4][mand] = 'x';
    typeIntoTab(o.emu, 'Tiêu chí', rows);
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(tab()[3][mand]).toBe('có lẽ');
    // Read as "Có": written as the tool writes it.
    expect(tab()[4][mand]).toBe('Có');
    const log = o.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2]));
    expect(log.some((m) => m.includes('“có lẽ” không hợp lệ'))).toBe(true);
  });
});

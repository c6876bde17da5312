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

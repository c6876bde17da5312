// "Giờ gửi thư tổng hợp" typed "8:00", as Vietnamese offices write an hour. A vi_VN Sheet reads "8:00" as a time of day
// (the project's own rule, src/core/table.ts REINTERPRETED: "\d{1,2}:\d{2}" is text "Sheets would turn into a number,
// percentage, boolean or date when typed"; review r80f: emulator/values.ts interpretInput "does not read … times").
// The emulation keeps "8:00" as text; this test types what Sheets stores instead: the time 08:00 (a Date of
// 30/12/1899, Sheets' day zero, on the file's clock) shown "8:00".
import { describe, expect, it } from 'vitest';
import { configLabel } from '../../src/core/messages';
import { officeAfterSetup, setConfigValues, SCHOOLS } from './helpers';

const LABEL = configLabel('mail.digestHour');

describe('r82p: the digest hour typed "8:00" in a Vietnamese Sheet', () => {
  it('the weekly digest moves to 8 o\'clock, or the office is told about what it typed ("8:00"), never a date of 1899', () => {
    const o = officeAfterSetup(SCHOOLS);
    setConfigValues(o.emu, { 'mail.digestHour': '7' });
    const at = o.emu.spreadsheets.values('Cấu hình').findIndex((r) => r[0] === LABEL) + 1;
    // What Sheets makes of "8:00" typed into that cell: a time, shown as typed.
    o.emu.runtime.execute(
      () => {
        const cell = o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cấu hình')!.getRange(at, 2);
        cell.setValue(new Date(1899, 11, 30, 8, 0, 0) as never);
        cell.setNumberFormat('H:mm');
      },
      { kind: 'node', label: 'user typing "8:00"' },
    );
    expect(String(o.emu.spreadsheets.values('Cấu hình')[at - 1][1])).toMatch(/1899/);
    // The row's help: "Sau khi sửa, chạy lại Thiết lập."
    o.bundle.call('setup', undefined, { kind: 'menu' });
    const digest = o.emu.triggers.triggers.filter((t) => t.handler === 'sendWeeklyDigest');
    const hours = digest.map((t) => (t as unknown as { clock?: { atHour?: number } }).clock?.atHour);
    const log = o.emu.spreadsheets.sheet('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.map(String).join(' | ')).join('\n') : '';
    const alerts = o.emu.spreadsheets.ui.map((u) => u.message).join('\n');
    const said = `${log}\n${alerts}`;
    // Never a value the office did not type.
    expect(said).not.toContain('30/12/1899');
    // Read as typed: the digest at 8; or, if the tool keeps to whole hours, it says "8:00" is not one.
    const toldAsTyped = said.includes(`“8:00”`);
    expect(hours.includes(8) || toldAsTyped).toBe(true);
  });
});

// Review d81b F4 (second reading of f81d, r81o F3). Who is hurt: every school (deadline reminders the office turned off
// go out) and the office (its word to the schools that it would not send them).
// Steps: the office set "Nhắc hạn trước (số ngày)" to «Không»; "Cập nhật tổng hợp" ran. Tidying "Cấu hình", the clerk
// deletes that row by mistake (right-click → Xóa hàng). On 20/05/2023, eleven days before the end of registration,
// the nightly rebuild and the daily reminder trigger run.
// Now: the row is gone, so the default «14; 3» is used: three reminders («… nhắc hạn 31/05/2023 …») go to the schools.
// Nhật ký lỗi says «Trang “Cấu hình” không còn dòng “Nhắc hạn trước (số ngày)” (trước đây ghi “Không”; nay công cụ dùng
// giá trị mặc định “14; 3”).» With f81d, a tab none of whose columns names a setting holds the reminders (or takes the
// last value read); one row deleted switches them back on. README: «không bao giờ tự bật lại thư nhắc cơ quan đã tắt».
// Should: the value read last time («Không», which the print holds whole) stands in until Thiết lập writes the row back.
import { expect, it } from 'vitest';
import { deleteTabRow } from '../../scripts/user';
import { SCHOOLS, officeAfterSetup, setConfigValues } from './helpers';

it('the "Nhắc hạn trước" row deleted by mistake does not switch back on the reminders the office turned off', () => {
  const o = officeAfterSetup(SCHOOLS, { now: new Date(2023, 4, 20, 8) });
  setConfigValues(o.emu, { 'mail.reminderDaysBefore': 'Không' });
  o.bundle.call('setup', undefined, { kind: 'menu' });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const row = o.emu.spreadsheets.values('Cấu hình').findIndex((r) => String(r[0]) === 'Nhắc hạn trước (số ngày)') + 1;
  expect(o.emu.spreadsheets.values('Cấu hình')[row - 1][1]).toBe('Không');
  deleteTabRow(o.emu, 'Cấu hình', row);
  const before = o.emu.mail.sent.length;
  o.emu.clock.advance(3_600_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
  expect(o.emu.mail.sent.slice(before).filter((m) => m.subject.includes('nhắc hạn')).map((m) => m.subject)).toEqual([]);
});

// Review r81o F3 (office staff handling the spreadsheet). Who is hurt: every school (mail in the wrong agency's name,
// reminders the office turned off) and the clerk (told to delete every row of "Cấu hình").
// Steps: a district office (Phòng GD&ĐT) has its name in "Cấu hình" and "Nhắc hạn trước (số ngày)" set to "Không".
// To print the tab for the leader's signature the clerk inserts a column "STT" at A of "Cấu hình" and numbers the rows
// 1, 2, 3… — as every Vietnamese office list has. A school then registers; the daily reminders and the nightly rebuild run.
// Now: readConfig (src/core/config.ts) reads the item's label from column A only: with the header not "Mục | Giá trị"
// it logs «Trang tính “Cấu hình”: dòng 1 phải có tiêu đề “Mục” | “Giá trị” | “Giải thích”.», then takes each number
// for an unknown item («Trang tính “Cấu hình”, dòng 2: mục “1” không được hỗ trợ; hãy xóa dòng này hoặc sửa lại tên
// mục.» — 46 such lines per run, each telling her to delete a row of her settings) and runs on the plan's defaults:
// the school's confirmation says «Sở Giáo dục và Đào tạo đã nhận phiếu…» and «Hội đồng Thi đua - Khen thưởng của Sở sẽ
// thẩm định», and three deadline reminders go to the schools although the office had set "Không".
// Should: as for a deleted row (README, "Cấu hình"), the tool keeps the values it read last time (or finds the
// "Mục"/"Giá trị" columns wherever they now are), never switches the reminders back on, never writes to schools in
// another agency's name, and says once what to put right (the column inserted at A) — not "delete this row" 46 times.
import { expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { insertTabColumn, typeCell } from '../../scripts/user';
import { SCHOOLS, collectiveAnswers, officeAfterSetup, setConfigValues } from './helpers';

const NAME = 'Phòng Giáo dục và Đào tạo huyện Suối Ngọc';

it('an "STT" column inserted at A of "Cấu hình" does not put the office under defaults (agency, reminders)', () => {
  // 20/05/2023: eleven days before the end of registration (31/05/2023), within the default reminder days.
  const o = officeAfterSetup(SCHOOLS, { now: new Date(2023, 4, 20, 8) });
  setConfigValues(o.emu, { 'organisation.name': NAME, 'mail.reminderDaysBefore': 'Không' });
  o.bundle.call('setup', undefined, { kind: 'menu' });
  const before = o.emu.mail.sent.length;
  // The clerk's numbering column.
  const rows = o.emu.spreadsheets.values('Cấu hình').length;
  insertTabColumn(o.emu, 'Cấu hình', 0);
  typeCell(o.emu, 'Cấu hình', 1, 1, 'STT');
  for (let r = 2; r <= rows; r++) typeCell(o.emu, 'Cấu hình', r, 1, r - 1);
  o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name }, { email: SCHOOLS[0].emails[0] });
  o.emu.clock.advance(3_600_000);
  o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  const mails = o.emu.mail.sent.slice(before);
  const confirmation = mails.find((m) => m.subject.includes('Đã nhận phiếu'))!;
  expect(String(confirmation.body)).not.toContain('Sở Giáo dục và Đào tạo đã nhận phiếu');
  expect(String(confirmation.body)).toContain(`${NAME} đã nhận phiếu`);
  // The office turned the reminders off.
  expect(mails.filter((m) => m.subject.includes('nhắc hạn')).map((m) => m.subject)).toEqual([]);
  // Not told to delete its settings row by row.
  const log = o.emu.spreadsheets.sheet('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : [];
  expect(log.filter((l) => l.includes('không được hỗ trợ; hãy xóa dòng này'))).toEqual([]);
});

// Review d81b F1 (second reading of f81d, r81o F3's fallback). Who is hurt: every school (the registration form and
// every confirmation name an agency without its district: «Phòng Giáo dục và Đào tạo», not the office) and the clerk.
// Steps: a district office named «Phòng Giáo dục và Đào tạo huyện Suối Ngọc» (41 characters, as most offices' names
// are) has run "Cập nhật tổng hợp". The clerk then deletes column A of "Cấu hình" by mistake (right-click → Xóa cột),
// so no column names a setting. She runs "Thiết lập" (as the tool tells her to after any change), and a school registers.
// Now: the fallback (the last full run's print, src/core/settings-trail.ts) keeps only values of 40 characters or fewer,
// so the office's name is not recalled: Thiết lập rewrites the published form's description to «… gửi Phòng Giáo dục
// và Đào tạo.» and the confirmation says «Phòng Giáo dục và Đào tạo đã nhận phiếu đăng ký tập thể …». The log line
// promises «công cụ dùng các giá trị đọc được lần cập nhật trước».
// Should: the office's name read last time stands in whole (the print holds what the fallback needs), and Thiết lập
// does not rewrite the forms the schools already use from values it could not read.
import { expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, officeAfterSetup, setConfigValues, withGlobals } from './helpers';

const NAME = 'Phòng Giáo dục và Đào tạo huyện Suối Ngọc';

it('"Cấu hình" with its "Mục" column deleted: the form and the confirmation still name the office in full', () => {
  const o = officeAfterSetup(SCHOOLS, { now: new Date(2023, 4, 20, 8) });
  setConfigValues(o.emu, { 'organisation.name': NAME });
  o.bundle.call('setup', undefined, { kind: 'menu' });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const description = () => withGlobals(o.emu, ['FormApp'], () => o.emu.globals.FormApp.openById(o.formId).getDescription());
  expect(description()).toContain(`gửi ${NAME}.`);
  // Right-click on column A → Xóa cột.
  const sheet = o.emu.spreadsheets.sheet('Cấu hình')!;
  for (const r of sheet.rows) if (r) r.splice(0, 1);
  o.emu.clock.advance(600_000);
  o.bundle.call('setup', undefined, { kind: 'menu' });
  expect(description()).toContain(`gửi ${NAME}.`);
  const before = o.emu.mail.sent.length;
  o.emu.clock.advance(60_000);
  o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name }, { email: SCHOOLS[0].emails[0] });
  const confirmation = o.emu.mail.sent.slice(before).find((m) => m.subject.includes('Đã nhận phiếu'))!;
  expect(String(confirmation.body)).toContain(`${NAME} đã nhận phiếu`);
});

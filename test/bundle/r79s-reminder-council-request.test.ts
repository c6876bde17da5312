// Review r79s (the school's own view of the season) F1 — Medium. Who is hurt: a school the council asked to supplement a
// registration, and the teacher whose award waits on it.
// Steps: a Sở office (2026–2030, reminders 14 and 3 days before). On 10/05/2028 Hòa Bình registers a collective and
// its teacher Nguyễn Thị An (both "Đạt" by the automatic checks). On 12/05 the council writes "Yêu cầu bổ sung" for An
// ("Bổ sung bản sao Quyết định công nhận SKKN, trước ngày 05/06/2028."); its letter goes on the next morning. The school
// does not answer it. Before the end of the registration window (31/05/2028) and the interim review (11/06/2028) the
// school is reminded: «Theo dữ liệu Sở nhận được đến nay, đơn vị còn những việc sau:» — the plan and reports overdue,
// never An's registration. The school's view on the same days reads «Trong đó 1 phiếu Hội đồng yêu cầu bổ sung hồ sơ»
// and "Cần bổ sung" on An's row. The reminder, the one e-mail that says what is left before a deadline, leaves out the
// only thing the council itself asked for; a principal who files the letter of 13/05 and reads the reminder as the list
// of what is left never supplements it.
// What should happen: a reminder that lists the registrations to complete (before the window's end or a conference)
// also lists the registrations the council asked to supplement and that have not been supplemented since, pointing to
// the council's letter (as the view does: viewRequested).
import { expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { collectiveAnswers, decide, individualAnswers, setConfigValues, recipientsOf } from './helpers';
import { reportOffice, HOA_BINH } from './r67r-lib';

it('a reminder before the window closes or the interim review names the registration the council asked to supplement', () => {
  const r = reportOffice(new Date(2028, 4, 10, 9));
  const { emu, o, cfg } = r;
  setConfigValues(emu, { 'schoolViews.enabled': 'Có' });
  const by = { email: HOA_BINH.emails[0] };
  emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(cfg), [Q.school]: HOA_BINH.name, [Q.collectiveName]: 'Tổ chuyên môn khối 5' } as never, by);
  emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Nguyễn Thị An', [Q.birthYear]: '1980' } as never, by);
  r.morning(new Date(2028, 4, 11));
  const id = String(emu.spreadsheets.values('Thẩm định').find((x) => x[3] === 'Nguyễn Thị An')![0]);
  emu.clock.set(new Date(2028, 4, 12, 14));
  decide(o, id, 'Yêu cầu bổ sung', 'Bổ sung bản sao Quyết định công nhận SKKN, trước ngày 05/06/2028.');
  const from = emu.mail.sent.length;
  for (let d = 13; d <= 40; d++) r.morning(new Date(2028, 4, d));
  const toSchool = emu.mail.sent.slice(from).filter((m) => recipientsOf(m).includes(HOA_BINH.emails[0]));
  expect(toSchool.some((m) => m.subject.includes(`Đề nghị bổ sung hồ sơ phiếu ${id}`)), 'the council’s letter went').toBe(true);
  // The reminders of the window's end and of the interim review: those that list the registrations to complete.
  const reminders = toSchool.filter((m) => /Nhắc .*(kết thúc đợt đăng ký|sơ kết giữa giai đoạn)/.test(m.subject));
  expect(reminders.length, 'the school is reminded before 31/05 and 11/06').toBeGreaterThan(0);
  for (const m of reminders) expect(String(m.body), m.subject).toContain(id);
});

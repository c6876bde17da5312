// Review r76n (namesakes) F1. Who is hurt: a school in a mountain commune where two of its teachers share a name and a
// birth year — two Hmong men “Giàng A Páo”, born 1990, both “Giáo viên”, from two villages (“Xã Pá Cang”, “Xã Tả
// Van”) — and the second teacher, who is dropped. The school's clerk registers both from the school's one address
// (most schools have one). Now: duplicates.ts subjectKey (school + kind + name + birth year) makes them one subject, and
// twoPeople keeps two only when both the role and the sender address differ; so the second registration silently
// replaces the first (“Đã thay thế” in “Kết quả kiểm tra” and “Thẩm định”, the school's tab hides it), although the
// answers of the form itself say they are two people: their “Quê quán” have no place in common — the very test
// (TellApart) markAlike uses to tell two people of one name apart. The e-mail the school gets says only “vì đơn vị
// đã đăng ký lại cùng đối tượng … Phòng chỉ xét phiếu mới nhất”: nothing says what to do when they are two people,
// and nothing in the form or the e-mails lets the school register the second teacher at all.
// Should: two registrations whose answers tell two people apart (a gender or hometowns that differ, as TellApart)
// both stay in force (flagged for the council if need be, as twoPeople's are); and when one does replace another, the
// school's e-mail says what to do if they are two different people of one name and birth year.
// Severity: High (a real teacher drops out of the programme without anyone deciding; common in Hmong and Thái
// communities where name and birth year repeat, and with very common Kinh names).
import { describe, expect, it } from 'vitest';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';
import { Q } from '../../src/core/registration-form';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';

const school = SCHOOLS[2];
const DAY = 86_400_000;

/** Two teachers “Giàng A Páo” (1990) of one school sent an hour apart from its address; the next morning's rebuild. */
function twoPao(first: Record<string, string>, second: Record<string, string>) {
  const o = officeAfterSetup();
  const base = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Giàng A Páo', [Q.birthYear]: '1990', [REPORT_QUESTIONS.gender]: 'Nam' };
  o.emu.forms.submitAsUser(o.formId, { ...base, ...first } as never, { email: school.emails[0] });
  o.emu.clock.advance(3_600_000);
  o.emu.forms.submitAsUser(o.formId, { ...base, ...second } as never, { email: school.emails[0] });
  const before = o.emu.mail.sent.length;
  o.emu.clock.advance(DAY);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  const v = o.emu.spreadsheets.values('Thẩm định').map((r) => r.map(String));
  const verdicts = Object.fromEntries(v.slice(1).map((r) => [r[0], r[v[0].indexOf('Kết luận tự động')]]));
  return { verdicts, mails: o.emu.mail.sent.slice(before) };
}

describe('two teachers of one name and birth year at one school (r76n F1)', () => {
  it('whose hometowns differ: both stay in force, neither replaces the other', () => {
    const { verdicts } = twoPao(
      { [REPORT_QUESTIONS.hometown]: 'Xã Pá Cang, tỉnh Lào Cai', [REPORT_QUESTIONS.position]: 'Giáo viên chủ nhiệm lớp 6A' },
      { [REPORT_QUESTIONS.hometown]: 'Xã Tả Van, tỉnh Lào Cai', [REPORT_QUESTIONS.position]: 'Tổ trưởng tổ Khoa học tự nhiên' },
    );
    // Today: { 'DK-000002': 'Đã thay thế', 'DK-000003': 'Đạt' }.
    expect(verdicts).toEqual({ 'DK-000002': 'Đạt', 'DK-000003': 'Đạt' });
  });

  it('when one does replace the other: the school is told what to do if they are two different people', () => {
    const { mails } = twoPao({}, { [REPORT_QUESTIONS.position]: 'Tổ trưởng tổ Khoa học tự nhiên' });
    const replaced = mails.find((m) => m.subject.includes('DK-000002 đã được thay bằng phiếu DK-000003'));
    expect(replaced, 'the replacement e-mail').toBeDefined();
    // Today: “… vì đơn vị đã đăng ký lại cùng đối tượng. Phòng chỉ xét phiếu mới nhất …” and nothing more.
    expect(replaced!.body).toMatch(/hai người|khác người|người khác/);
  });
});

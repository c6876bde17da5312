// Review r78f F1 (the registration form as a teacher or a school clerk fills it on a phone).
//
// Who is hurt: the first of two teachers of one school who share a name and a birth year, each filling the form herself
// on her phone, signed in with her own Google account (lan.nguyenthi88@gmail.com, ntlan.gv@gmail.com) rather than the
// school's. The form's description promises: «hai người khác nhau cùng tên, cùng năm sinh thì ghi quê quán của từng
// người để cả hai phiếu được xét» (FORM_TEXT.registrationDescription) — with no word that this holds only for
// responses sent from the school's own address. Both wrote their hometowns (xã Minh Bảo, xã Tuy Lộc). Yet
// duplicates.ts twoPeople is asked only of registrations "anchored" to one of the school's addresses (onePersonGroups):
// the second silently replaces the first — "Thẩm định" shows "Đã thay thế" for DK-000002, "Ghi chú": «Phiếu đã được
// thay thế bởi phiếu DK-000003 (cùng đơn vị đăng ký lại cùng đối tượng)» — and the replacement notice tells the school
// to do what both already did: «đề nghị ghi “Quê quán” (xã/phường, tỉnh) của mỗi người vào phiếu của người đó … Khi hai
// phiếu ghi quê quán (hoặc giới tính) khác nhau, Phòng xét cả hai phiếu».
// The same when the clerk sent one from the school's address and the namesake sent hers from her own: the verified one
// always wins (duplicates.ts replaces), so the teacher who wrote another hometown drops out.
// Should: two responses whose hometowns (or genders) tell two people apart are both reviewed, as the form says, whoever
// sent them (flagged "Có thể trùng người" and "chưa xác minh" for the council as they are now) — or the form and the
// notice do not promise it.
// Severity: High (a real teacher's registration is dropped from the review without anyone deciding; following the
// form's own instruction does not keep it).
import { describe, expect, it } from 'vitest';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';
import { Q } from '../../src/core/registration-form';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';

const DAY = 86_400_000;

/** Two teachers "Nguyễn Thị Lan", 1988, of school 3, sent an hour apart from `first` and `second`: code → automatic verdict. */
function twoNamesakes(first: string, second: string): Record<string, string> {
  const school = SCHOOLS[2];
  const o = officeAfterSetup();
  // What the form tells the one filling it (the control: the promise is there).
  expect(o.emu.forms.forms.get(o.formId)!.description).toContain('hai người khác nhau cùng tên, cùng năm sinh thì ghi quê quán của từng người để cả hai phiếu được xét');
  const base = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Nguyễn Thị Lan', [Q.birthYear]: '1988', [REPORT_QUESTIONS.gender]: 'Nữ' };
  o.emu.forms.submitAsUser(o.formId, { ...base, [REPORT_QUESTIONS.hometown]: 'Xã Minh Bảo, tỉnh Yên Bái' } as never, { email: first });
  o.emu.clock.advance(3_600_000);
  o.emu.forms.submitAsUser(o.formId, { ...base, [REPORT_QUESTIONS.hometown]: 'Xã Tuy Lộc, tỉnh Yên Bái' } as never, { email: second });
  o.emu.clock.advance(DAY);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  const v = o.emu.spreadsheets.values('Thẩm định').map((r) => r.map(String));
  return Object.fromEntries(v.slice(1).map((r) => [r[0], r[v[0].indexOf('Kết luận tự động')]]));
}

describe('two namesakes of one school with their hometowns, sent from the teachers’ own accounts (r78f F1)', () => {
  it('each from her own address: both are reviewed, as the form’s description promises', () => {
    expect(twoNamesakes('lan.nguyenthi88@gmail.com', 'ntlan.gv@gmail.com')).toEqual({ 'DK-000002': 'Đạt', 'DK-000003': 'Đạt' });
  });
  it('one from the school’s address, the other from the teacher’s own: both are reviewed', () => {
    expect(twoNamesakes(SCHOOLS[2].emails[0], 'ntlan.gv@gmail.com')).toEqual({ 'DK-000002': 'Đạt', 'DK-000003': 'Đạt' });
  });
});

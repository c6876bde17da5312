// Review d76 F1. Who is hurt: the council and the office (a teacher proposed twice, two lines of one person in the
// Quyết định), and the school clerk who corrected a misclicked gender by sending the form again (she had lost the edit
// link, the most common way a school "corrects" a registration).
// Now: since duplicates.ts twoPeople splits one subject (school, kind, name, birth year) whenever TellApart tells the two
// apart, two registrations of "Nguyễn Thị Hương", 1985, of one school, sent an hour apart from the school's one address,
// the first with "Giới tính: Nam" (a misclick), the second with "Nữ", are two people: both are in force and reviewed
// ("Đạt", "Đạt"), and markAlike does not flag the pair for the council because the genders differ (it flags one school's
// pair only "unless genders differ"). Nothing tells anyone that this is probably one person sent twice; both can be
// proposed and printed.
// Should: a resending at one school that differs only by gender is at least flagged "Có thể trùng người" for the council
// (as a pair told apart by hometown is), or the later replaces the earlier as before. Two people of one school with the
// same full name and birth year but different genders are far rarer than a corrected gender (Vietnamese full names are
// mostly gendered: "Thị", "Văn").
// Severity: Medium.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';
import { Q } from '../../src/core/registration-form';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';

const school = SCHOOLS[2];
const DAY = 86_400_000;

describe('a gender corrected by sending the form again (d76 F1)', () => {
  it('is not silently taken for two people', () => {
    const o = officeAfterSetup();
    const base = {
      ...individualAnswers('teacher'),
      [Q.school]: school.name,
      [Q.individualName]: 'Nguyễn Thị Hương',
      [Q.birthYear]: '1985',
      [REPORT_QUESTIONS.hometown]: 'Xã Minh Bảo, tỉnh Lào Cai',
    };
    o.emu.forms.submitAsUser(o.formId, { ...base, [REPORT_QUESTIONS.gender]: 'Nam' } as never, { email: school.emails[0] });
    o.emu.clock.advance(3_600_000);
    o.emu.forms.submitAsUser(o.formId, { ...base, [REPORT_QUESTIONS.gender]: 'Nữ' } as never, { email: school.emails[0] });
    o.emu.clock.advance(DAY);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const v = o.emu.spreadsheets.values('Thẩm định').map((r) => r.map(String));
    const h = v[0];
    const rows = v.slice(1).map((r) => ({ id: r[0], verdict: r[h.indexOf('Kết luận tự động')], note: r[h.indexOf('Ghi chú')] }));
    const inForce = rows.filter((r) => r.verdict !== 'Đã thay thế');
    // Either one replaced the other, or the council is told they may be one person.
    const told = inForce.length < 2 || inForce.every((r) => /Có thể trùng người/.test(r.note));
    expect(told, JSON.stringify(rows)).toBe(true);
  });
});

// Review d76 F6. Who is hurt: the second of two teachers of one school who share a name and a birth year (two Hmong
// teachers "Giàng A Páo", 1990 — the case of review r76n F1), and the school, which wrote their hometowns as the
// replaced notice asks and as most people in the northern mountains write them: the village first, "Thôn 3, xã Pá
// Cang, tỉnh Lào Cai" and "Thôn 3, xã Tả Van, tỉnh Lào Cai" (villages are numbered in every commune).
// Now: duplicates.ts placesApart reads the first part of a hometown as its smallest unit, and two hometowns whose first
// parts match as one place written in old and new units (review r76n F3). "thôn" is a word of a place's kind, so both
// first parts are "3": one place. TellApart cannot tell the two apart, twoPeople keeps one subject, and the second
// teacher silently replaces the first ("Đã thay thế") — although their communes differ, and although the school did
// exactly what the notice (NOTICE_EMAIL.replacedNamesakes) told it to do.
// Should: a hometown's smallest unit that is a village (thôn, xóm, bản, tổ, ấp …) is not what makes two hometowns one
// place; the communes "Pá Cang" and "Tả Van" tell them apart, both registrations stay in force.
// Severity: High (a real teacher drops out without anyone deciding; the school cannot keep both by following the e-mail).
import { describe, expect, it } from 'vitest';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';
import { Q } from '../../src/core/registration-form';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';

const school = SCHOOLS[2];
const DAY = 86_400_000;

describe('two namesakes of one school whose hometowns start with a numbered village (d76 F6)', () => {
  it('both stay in force', () => {
    const o = officeAfterSetup();
    const base = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Giàng A Páo', [Q.birthYear]: '1990', [REPORT_QUESTIONS.gender]: 'Nam' };
    o.emu.forms.submitAsUser(o.formId, { ...base, [REPORT_QUESTIONS.hometown]: 'Thôn 3, xã Pá Cang, tỉnh Lào Cai' } as never, { email: school.emails[0] });
    o.emu.clock.advance(3_600_000);
    o.emu.forms.submitAsUser(o.formId, { ...base, [REPORT_QUESTIONS.hometown]: 'Thôn 3, xã Tả Van, tỉnh Lào Cai' } as never, { email: school.emails[0] });
    o.emu.clock.advance(DAY);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const v = o.emu.spreadsheets.values('Thẩm định').map((r) => r.map(String));
    const verdicts = Object.fromEntries(v.slice(1).map((r) => [r[0], r[v[0].indexOf('Kết luận tự động')]]));
    expect(verdicts).toEqual({ 'DK-000002': 'Đạt', 'DK-000003': 'Đạt' });
  });
});

// Review two: the notice "Có thể trùng người" (644d713).
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { REVIEW_VERDICT_SUPERSEDED } from '../../src/core/messages';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const school = SCHOOLS[1]; // two addresses in "Đơn vị"
const huong = (role: 'teacher' | 'staff') => ({ ...individualAnswers(role), [Q.school]: school.name, [Q.individualName]: 'Nguyễn Thị Hương', [Q.birthYear]: '1985' }) as never;
const DAY = 86_400_000;

const rowOf = (ctx: ReturnType<typeof officeAfterSetup>, code: string) => {
  const v = ctx.emu.spreadsheets.values('Thẩm định');
  const h = v[0].map(String);
  const r = v.find((x) => x[0] === code)!;
  return Object.fromEntries(h.map((k, i) => [k, String(r[i] ?? '')]));
};

describe('the namesake notice (review two)', () => {
  it('one replaced, then kept apart by an edit of the role: one e-mail tells the school both count (not HL and HN both)', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    const { emu, bundle, formId } = ctx;
    emu.forms.submitAsUser(formId, huong('teacher'), { email: school.emails[0] });
    emu.clock.advance(DAY);
    const second = emu.forms.submitAsUser(formId, huong('teacher'), { email: school.emails[1] });
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(rowOf(ctx, 'DK-000002')['Kết luận tự động']).toBe(REVIEW_VERDICT_SUPERSEDED);
    emu.clock.advance(DAY);
    emu.forms.submitAsUser(formId, huong('staff'), { email: school.emails[1], editResponseId: second.responseId });
    emu.clock.advance(DAY);
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(rowOf(ctx, 'DK-000002')['Kết luận tự động']).not.toBe(REVIEW_VERDICT_SUPERSEDED);
    const revived = emu.mail.sent.filter((m) => m.subject.includes('được xét trở lại'));
    const alike = emu.mail.sent.filter((m) => m.subject.includes('Có thể trùng người'));
    // The same fact (DK-000002 and DK-000003 are reviewed as two people; say if they are one) told twice.
    expect([...revived, ...alike].map((m) => `${m.subject} -> ${m.to}`)).toHaveLength(1);
  });

  it('the staff namesake sent again from the same address to correct it: the school is not told the same pair again', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    const { emu, bundle, formId } = ctx;
    emu.forms.submitAsUser(formId, huong('teacher'), { email: school.emails[0] });
    emu.clock.advance(DAY);
    emu.forms.submitAsUser(formId, huong('staff'), { email: school.emails[1] });
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(emu.mail.sent.filter((m) => m.subject.includes('Có thể trùng người'))).toHaveLength(1);
    // The staff member's registration sent again (a new response, the same role and address): it replaces DK-000003.
    emu.clock.advance(DAY);
    emu.forms.submitAsUser(formId, huong('staff'), { email: school.emails[1] });
    emu.clock.advance(DAY);
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(rowOf(ctx, 'DK-000003')['Kết luận tự động']).toBe(REVIEW_VERDICT_SUPERSEDED);
    const alike = emu.mail.sent.filter((m) => m.subject.includes('Có thể trùng người'));
    expect(alike.map((m) => m.subject)).toHaveLength(1);
  });
});

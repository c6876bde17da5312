// Review helper r82i F1 (identity of the people who send and edit). Two people of one name and birth year at one
// school — the teacher sent by the school's first clerk, the school's staff member by its second clerk, each from her
// own address listed in "Đơn vị" — are two people, both in force (review complaint H3). The first clerk then corrects
// the phone number of her colleague's registration through its edit link (Forms records the editor's address). Only
// the phone changed; the role and the person are the same. The tool judges "sent from the same address" by the last
// editor's address (src/core/duplicates.ts byRoleAndAddress / senderOf), so the two are now one person "sent again
// with the role corrected": the teacher's registration becomes «Đã thay thế» and a real person drops out of the review
// without anyone deciding it. The register keeps the address each was first sent from («E-mail người gửi lần đầu»),
// which an edit never changes.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { REVIEW_VERDICT_SUPERSEDED } from '../../src/core/messages';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const school = SCHOOLS[1]; // two addresses in "Đơn vị": its two clerks
const DAY = 86_400_000;
const huong = (role: 'teacher' | 'staff', phone?: string) =>
  ({ ...individualAnswers(role), [Q.school]: school.name, [Q.individualName]: 'Nguyễn Thị Hương', [Q.birthYear]: '1985', ...(phone ? { [Q.phone]: phone } : {}) }) as never;

function verdict(ctx: ReturnType<typeof officeAfterSetup>, code: string): string {
  const v = ctx.emu.spreadsheets.values('Thẩm định');
  const col = v[0].map(String).indexOf('Kết luận tự động');
  return String(v.find((r) => r[0] === code)![col]);
}

describe('r82i F1: two namesakes sent by two clerks, one clerk correcting the other\'s phone number', () => {
  it('both stay in force, and the school is not told one replaced the other', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    const { emu, bundle, formId } = ctx;
    emu.forms.submitAsUser(formId, huong('teacher'), { email: school.emails[0] });
    emu.clock.advance(DAY);
    const staff = emu.forms.submitAsUser(formId, huong('staff'), { email: school.emails[1] });
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(verdict(ctx, 'DK-000002')).not.toBe(REVIEW_VERDICT_SUPERSEDED);
    expect(verdict(ctx, 'DK-000003')).not.toBe(REVIEW_VERDICT_SUPERSEDED);
    // The first clerk corrects the staff member's phone number through the edit link (the form records her address).
    emu.clock.advance(DAY);
    const sentBefore = emu.mail.sent.length;
    const response = emu.forms.byId(formId)!.responses.find((r) => r.id === staff.responseId)!;
    response.email = school.emails[0];
    emu.forms.submitAsUser(formId, huong('staff', '0912 345 679'), { email: school.emails[0], editResponseId: staff.responseId });
    emu.clock.advance(DAY);
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    const mail = emu.mail.sent.slice(sentBefore).map((m) => `${m.subject}\n${m.body}`);
    expect(verdict(ctx, 'DK-000002')).not.toBe(REVIEW_VERDICT_SUPERSEDED);
    expect(verdict(ctx, 'DK-000003')).not.toBe(REVIEW_VERDICT_SUPERSEDED);
    expect(mail.filter((m) => /thay bằng phiếu|đã được thay|thay thế phiếu/i.test(m))).toEqual([]);
  });
});

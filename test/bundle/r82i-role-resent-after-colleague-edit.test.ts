// Review helper r82i F2 (identity of the people who send and edit). A school's clerk registers a person with the wrong
// role ("Giáo viên" for the school's staff member) from her address; her colleague, the school's second address in
// "Đơn vị", corrects the phone number through the edit link. The first clerk then sends the person again, from her
// own address, with the role corrected — as the tool's own rule reads it, "sent again from the same address with another
// role" is the school correcting the role, and the later replaces the earlier (test/bundle/namesakes.test.ts, "the
// same role, or sent again from the same address"). Because "the same address" is judged by the last editor's
// (src/core/duplicates.ts byRoleAndAddress / senderOf), the two are taken for two people of one name and birth year:
// both in force, one person counted twice in the review, and the school told both are reviewed. The register keeps the
// address each was first sent from («E-mail người gửi lần đầu»), which an edit never changes.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { REVIEW_VERDICT_SUPERSEDED } from '../../src/core/messages';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const school = SCHOOLS[1]; // two addresses in "Đơn vị": its two clerks
const DAY = 86_400_000;
const huong = (role: 'teacher' | 'staff', phone?: string) =>
  ({ ...individualAnswers(role), [Q.school]: school.name, [Q.individualName]: 'Nguyễn Thị Hương', [Q.birthYear]: '1985', ...(phone ? { [Q.phone]: phone } : {}) }) as never;

function row(ctx: ReturnType<typeof officeAfterSetup>, code: string): Record<string, string> {
  const v = ctx.emu.spreadsheets.values('Thẩm định');
  const h = v[0].map(String);
  const r = v.find((x) => x[0] === code)!;
  return Object.fromEntries(h.map((k, i) => [k, String(r[i] ?? '')]));
}

describe('r82i F2: a registration edited by the second clerk, then sent again by the first with the role corrected', () => {
  it('the later replaces the earlier, as when nobody had edited it', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    const { emu, bundle, formId } = ctx;
    const first = emu.forms.submitAsUser(formId, huong('teacher'), { email: school.emails[0] });
    emu.clock.advance(DAY);
    // The second clerk corrects the phone number through the edit link (the form records her address).
    const response = emu.forms.byId(formId)!.responses.find((r) => r.id === first.responseId)!;
    response.email = school.emails[1];
    emu.forms.submitAsUser(formId, huong('teacher', '0912 345 679'), { email: school.emails[1], editResponseId: first.responseId });
    emu.clock.advance(DAY);
    // The first clerk sends the person again, the role corrected.
    emu.forms.submitAsUser(formId, huong('staff', '0912 345 679'), { email: school.emails[0] });
    emu.clock.advance(DAY);
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    expect(row(ctx, 'DK-000002')['Kết luận tự động']).toBe(REVIEW_VERDICT_SUPERSEDED);
    expect(row(ctx, 'DK-000003')['Kết luận tự động']).not.toBe(REVIEW_VERDICT_SUPERSEDED);
    expect(row(ctx, 'DK-000003')['Ghi chú']).not.toContain('Có thể trùng người');
  });
});

// Review helper r82i F4 (identity of the people who send and edit; same cause as F3, a school's own registrations
// only). Hòa Bình's clerk registers teacher Nguyễn Thị Lan from the school's address, then sends her again a day later
// (the ratings corrected) from the same address: the second replaces the first, and the school is told so («Phiếu
// DK-000002 đã được thay bằng phiếu DK-000003 …»). The principal then opens the second's edit link on her phone, signed
// in with her personal account (no address of hers is in "Đơn vị"), and corrects the phone number. The tool judges
// "from one of the school's addresses" by the last editor's address (src/core/duplicates.ts emailVerified, with the
// register's «sentAs» re-stamped for the editor: src/core/ledger.ts): the school's registration in force becomes a
// stranger's, the replaced one — verified — is in force again, and the school is told «Phiếu DK-000002 … được xét trở
// lại». Nobody at the school asked for that; what the register keeps («E-mail người gửi lần đầu») says it is the
// school's registration.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { REVIEW_VERDICT_SUPERSEDED } from '../../src/core/messages';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const school = SCHOOLS[1];
const DAY = 86_400_000;
const PRINCIPAL_PERSONAL = 'tranvanan.1972@gmail.com';
const lan = (phone = '0987 654 321') => ({ ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Nguyễn Thị Lan', [Q.birthYear]: '1985', [Q.phone]: phone }) as never;

function verdict(ctx: ReturnType<typeof officeAfterSetup>, code: string): string {
  const v = ctx.emu.spreadsheets.values('Thẩm định');
  const col = v[0].map(String).indexOf('Kết luận tự động');
  return String(v.find((r) => r[0] === code)![col]);
}

describe('r82i F4: the principal corrects the school\'s registration in force from her personal account', () => {
  it('the one it replaced stays replaced, and the school is not told it is reviewed again', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    const { emu, bundle, formId } = ctx;
    emu.forms.submitAsUser(formId, lan(), { email: school.emails[0] });
    emu.clock.advance(DAY);
    const again = emu.forms.submitAsUser(formId, lan(), { email: school.emails[0] });
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(verdict(ctx, 'DK-000002')).toBe(REVIEW_VERDICT_SUPERSEDED);
    emu.clock.advance(DAY);
    const sentBefore = emu.mail.sent.length;
    const response = emu.forms.byId(formId)!.responses.find((r) => r.id === again.responseId)!;
    response.email = PRINCIPAL_PERSONAL;
    emu.forms.submitAsUser(formId, lan('0912 345 679'), { email: PRINCIPAL_PERSONAL, editResponseId: again.responseId });
    emu.clock.advance(DAY);
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    expect(verdict(ctx, 'DK-000002')).toBe(REVIEW_VERDICT_SUPERSEDED);
    expect(verdict(ctx, 'DK-000003')).not.toBe(REVIEW_VERDICT_SUPERSEDED);
    expect(emu.mail.sent.slice(sentBefore).map((m) => m.subject).filter((s) => s.includes('được xét trở lại'))).toEqual([]);
  });
});

// Review helper d82b F2 (f82a: a registration is judged by its first sender). A teacher of Hòa Bình registers herself
// from her personal account (thuy.tran@gmail.com, not in "Đơn vị"): «chưa xác minh», rightly. The school's clerk then
// opens the edit link with the school's own listed address and corrects it. f82a keeps it «chưa xác minh» (judged by
// the first sender) — but the reply to the clerk's edit still names the editor (src/jobs/confirmations.ts passes
// r.email; src/core/emails.ts confirmationEmail's note uses r.email): «Lưu ý: địa chỉ <the school's own address> chưa
// có trong danh sách e-mail của đơn vị … Nếu đây là địa chỉ của đơn vị, đề nghị báo Phòng cập nhật.» — false: the
// address is listed, the clerk is sent to the office for nothing, and never told which address is the cause.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const school = SCHOOLS[1];
const DAY = 86_400_000;
const THUY = 'thuy.tran@gmail.com';
const thuy = (phone = '0987 111 222') => ({ ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Trần Thị Thủy', [Q.birthYear]: '1988', [Q.phone]: phone }) as never;

describe('d82b F2: a stranger\'s registration edited by the school\'s clerk from the school\'s listed address', () => {
  it('the reply does not tell the clerk her listed address is missing from the list; it names the address that is', () => {
    const { emu, bundle, formId } = officeAfterSetup(SCHOOLS);
    const sent = emu.forms.submitAsUser(formId, thuy(), { email: THUY });
    emu.clock.advance(DAY);
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const before = emu.mail.sent.length;
    const response = emu.forms.byId(formId)!.responses.find((r) => r.id === sent.responseId)!;
    response.email = school.emails[0];
    emu.forms.submitAsUser(formId, thuy('0912 345 679'), { email: school.emails[0], editResponseId: sent.responseId });
    emu.clock.advance(DAY);
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const reply = emu.mail.sent.slice(before).filter((m) => m.to.includes(school.emails[0]));
    expect(reply.length).toBeGreaterThan(0);
    const body = reply.map((m) => m.body).join('\n');
    expect(body).not.toContain(`địa chỉ ${school.emails[0]} chưa có trong danh sách`);
    expect(body).toContain(THUY);
  });
});

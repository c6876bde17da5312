// Review helper d82b F1 (f82a: a registration is judged by its first sender). Hòa Bình's clerk registers teacher
// Nguyễn Thị Lan from the school's address (verified) and forwards her the confirmation. Lan opens its edit link signed
// in with her personal account and changes her registration. Before f82a the edit made the registration «chưa xác
// minh» and the reply was copied to the school («… để đơn vị biết phiếu đã được gửi nhân danh đơn vị»). Now the
// registration rightly stays the school's and verified — but the reply goes to Lan alone: the school, which vouches
// for what it sent the office, is told by nobody that someone outside its addresses changed it.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const school = SCHOOLS[1];
const DAY = 86_400_000;
const LAN = 'lan.nguyen85@gmail.com';
const lan = (phone = '0987 654 321') => ({ ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Nguyễn Thị Lan', [Q.birthYear]: '1985', [Q.phone]: phone }) as never;

describe('d82b F1: a school\'s verified registration edited from an address the school does not list', () => {
  it('the school is told of the edit, and by whom', () => {
    const { emu, bundle, formId } = officeAfterSetup(SCHOOLS);
    const sent = emu.forms.submitAsUser(formId, lan(), { email: school.emails[0] });
    emu.clock.advance(DAY);
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const before = emu.mail.sent.length;
    const response = emu.forms.byId(formId)!.responses.find((r) => r.id === sent.responseId)!;
    response.email = LAN;
    emu.forms.submitAsUser(formId, lan('0912 345 679'), { email: LAN, editResponseId: sent.responseId });
    emu.clock.advance(DAY);
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const after = emu.mail.sent.slice(before);
    // The edit is answered (Lan gets her reply) …
    expect(after.some((m) => m.to.includes(LAN))).toBe(true);
    // … and the school hears of it, with the address the edit came from.
    const toSchool = after.filter((m) => school.emails.some((e) => [m.to, m.cc, m.bcc].flat().join(',').includes(e)));
    expect(toSchool.length).toBeGreaterThan(0);
    expect(toSchool.map((m) => m.body).join('\n')).toContain(LAN);
  });
});

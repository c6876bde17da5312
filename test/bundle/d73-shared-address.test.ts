// Review d73 (r73r F8's fix, adversarially): an address "Đơn vị" lists for two schools (a school and its satellite, two
// schools of one principal sharing the principal's mailbox) sends a registration under a third school of the list. The
// fix tells the sender the address is its school's only when one school lists it; here the confirmation falls back to
// the old text — "địa chỉ … chưa có trong danh sách e-mail … đề nghị báo Phòng cập nhật" — untrue (it is listed) and
// the fix it asks for is the one r73r F8 found harmful (adding the address to the chosen school).
import { describe, expect, it } from 'vitest';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';
import { Q } from '../../src/core/registration-form';

describe('d73: an address two schools share, registering under a third', () => {
  it('the confirmation does not say the address is not listed, nor ask the office to add it', () => {
    const shared = 'chung@example.edu.vn';
    const list = SCHOOLS.map((s, i) => (i < 2 ? { ...s, emails: [...s.emails, shared] } : s));
    const o = officeAfterSetup(list);
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[2].name }, { email: shared });
    const m = o.emu.mail.sent[o.emu.mail.sent.length - 1];
    expect(m.body).not.toContain(`địa chỉ ${shared} chưa có trong danh sách e-mail`);
    expect(m.body).not.toMatch(/đề nghị báo .* cập nhật/);
  });

  it('the control: an address no school lists is told it is not listed', () => {
    const o = officeAfterSetup();
    const stranger = 'la@example.com';
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[2].name }, { email: stranger });
    expect(o.emu.mail.sent.some((m) => m.body.includes(`địa chỉ ${stranger} chưa có trong danh sách e-mail`))).toBe(true);
  });
});

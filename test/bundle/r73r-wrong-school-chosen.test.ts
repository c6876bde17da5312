// Review r73r (the people who fill in the form) F8: the clerk of Trường Mầm non Hoa Sen, on her phone, picks the school
// next to hers in the list "Đơn vị (trường)". The registration is sent from her school's own address, listed for Hoa Sen
// in "Đơn vị". The confirmation tells her "địa chỉ mnhoasen@… chưa có trong danh sách e-mail của đơn vị … Nếu đây là
// địa chỉ của đơn vị, đề nghị báo Phòng cập nhật": untrue (the address is listed — for her school), and the fix it gives
// is wrong (the office would add Hoa Sen's address to another school's, whose e-mails then reach Hoa Sen). The
// registration counts for the other school. She should be told the address is Hoa Sen's and to check the school chosen.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';
import { Q } from '../../src/core/registration-form';

describe('a school’s own address registering under another school of the list (r73r F8)', () => {
  it('the confirmation names the school the address belongs to and the question to check, not "báo Phòng cập nhật"', () => {
    const o = officeAfterSetup();
    const [mine, chosen] = [SCHOOLS[0], SCHOOLS[1]];
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: chosen.name }, { email: mine.emails[0] });
    const m = o.emu.mail.sent[o.emu.mail.sent.length - 1];
    expect(m.to).toContain(mine.emails[0]);
    // Not "not listed": it is listed, for her own school.
    expect(m.body).not.toContain(`địa chỉ ${mine.emails[0]} chưa có trong danh sách e-mail`);
    expect(m.body).not.toContain('đề nghị báo Phòng cập nhật');
    expect(m.body).toContain(mine.name);
    expect(m.body).toContain(`“${Q.school}”`);
  });
});

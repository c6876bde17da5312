// Review r73r (the people who fill in the form) F7, Low: the e-mails a school receives speak of the office's software —
// "Thư này được gửi tự động từ công cụ Điển hình tiên tiến của Phòng…", "công cụ tính lại điểm mỗi ngày" — a word the
// teacher and the principal never met: for them the letter comes from the office, and the score is the office's. Said
// as the office's ("được gửi tự động từ Phòng…", "điểm được tính lại mỗi ngày"), nothing is lost.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

describe('the school’s e-mails do not speak of “công cụ” (r73r F7)', () => {
  it('the confirmation of a registration', () => {
    const o = officeAfterSetup();
    o.emu.forms.submitAsUser(o.formId, individualAnswers('teacher'), { email: SCHOOLS[0].emails[0] });
    const m = o.emu.mail.sent[o.emu.mail.sent.length - 1];
    expect(m.subject).toContain('Đã nhận phiếu');
    expect(m.body).not.toContain('công cụ');
  });

  it('a deadline reminder', () => {
    const o = officeAfterSetup();
    o.emu.clock.advance(new Date(2024, 11, 12, 8).getTime() - o.emu.clock.now());
    o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    const m = o.emu.mail.sent.find((x) => x.to.includes(SCHOOLS[1].emails[0]))!;
    expect(m.subject).toMatch(/nhắc hạn/i);
    expect(m.body).not.toContain('công cụ');
  });
});

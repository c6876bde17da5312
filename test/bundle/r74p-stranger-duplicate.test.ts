// Review r74p (personal data) F5 — Low. Who is hurt: a teacher her school has registered. The registration form's link
// is public in practice (sent to every school, posted in the sector's Zalo groups). Anyone with a Google account can
// send a registration naming any school, any name and any birth year.
// What happens now: when name, birth year and school match a registration the school has sent, the stranger's own
// confirmation says so — subject "Không được xét (trùng với phiếu DK-…)", body "Phiếu này trùng đối tượng với phiếu
// DK-… đã đăng ký cho đơn vị" — and when they do not match, it says "Đạt"/"Cần bổ sung" as for a new registration. So a
// stranger learns whether a named colleague has been put forward, her registration's code, and, by trying the years one
// by one, her birth year (personal data the form keeps for the office; Luật 91/2025/QH15: disclosed only to those the
// purpose needs).
// What should happen: an address the school does not list is not told that the school has a registration of that
// person, nor its code; the school's own addresses (as now, by a copy or a mail of their own) are told, and decide.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const STRANGER = 'nguoi.la@gmail.example';
const recipientsOf = (m: { to: unknown; cc?: unknown; bcc?: unknown }) =>
  [m.to, m.cc ?? [], m.bcc ?? []].flat().flatMap((a) => String(a).split(',')).map((a) => a.trim().toLowerCase());

describe('r74p F5: the public form tells a stranger whether a named person is registered by her school', () => {
  it('the mail to an address the school does not list neither names the school’s registration nor says it matched', () => {
    const o = officeAfterSetup();
    const school = SCHOOLS[2];
    const hung = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Nguyễn Văn Hùng', [Q.birthYear]: '1980' };
    o.emu.forms.submitAsUser(o.formId, hung as never, { email: school.emails[0] });
    const own = String(o.emu.spreadsheets.values('Thẩm định').find((r) => r[3] === 'Nguyễn Văn Hùng')![0]);
    o.emu.clock.advance(3600_000);
    const n = o.emu.mail.sent.length;
    o.emu.forms.submitAsUser(o.formId, hung as never, { email: STRANGER });
    const toStranger = o.emu.mail.sent.slice(n).filter((m) => recipientsOf(m).includes(STRANGER));
    expect(toStranger.length).toBeGreaterThan(0);
    for (const m of toStranger) {
      expect(m.subject).not.toContain(own);
      expect(m.body).not.toContain(own);
      expect(m.subject).not.toContain('trùng');
    }
  });
});

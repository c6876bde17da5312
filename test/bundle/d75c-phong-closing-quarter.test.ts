// Review d75c F3 (Medium). Who is hurt: a commune school that, in February 2026, registers a teacher through the link
// it kept from the former district office's 2021–2025 e-mails, and the commune, which never receives it. As in r75c F4
// and d75 F1: the Phòng's Sheet was never ended ("Kết thúc giai đoạn…" not chosen), its form and triggers still run —
// the Phòng itself is gone since 01/07/2025 (two-level local government; proposals.ts TWO_LEVEL_GOVERNMENT_FROM).
// What happens now: ad8dc945 moves the day from which arrivals are "after the period" from 1 January to 1 April of the
// year after its last, for every kind of office, to leave the first quarter to the period's closing work. A Phòng has
// no closing work left in 2026: it no longer exists. So the 10/02/2026 registration gets the ordinary answer: "Đạt — Đã
// nhận phiếu …", "Phòng Giáo dục và Đào tạo huyện Suối Ngọc đã nhận phiếu …", "Hội đồng Thi đua - Khen thưởng của
// Phòng sẽ thẩm định", and an edit link — the promise of a review by a body abolished seven months earlier, which the
// fix of r75c F4 had stopped from 1 January.
// What should happen: for a district office's file (kind 'phong'), the first quarter of 2026 is no closing quarter: a
// registration received then is answered that the 2021–2025 period has ended (register with the current managing body),
// with no promise of the Phòng council's review — as from 1 January before ad8dc945.
// Severity: Medium.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';
import { phong } from './r68d-lib';

describe('a registration sent on 10/02/2026 to a district office’s 2021–2025 form nobody ended', () => {
  it('is not promised the review of the Phòng’s council', () => {
    const set = new Date(2025, 3, 1, 8);
    const cfg = phong(set);
    const o = officeAfterSetup(SCHOOLS, { now: set }, cfg);
    o.emu.clock.advance(new Date(2026, 1, 10, 8).getTime() - Number(o.emu.clock.now()));
    const before = o.emu.mail.sent.length;
    const answers: Record<string, unknown> = { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Nguyễn Thị Hòa' };
    o.emu.forms.submitAsUser(o.formId, answers as never, { email: SCHOOLS[1].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const mail = o.emu.mail.sent.slice(before).find((m) => String(m.to).includes(SCHOOLS[1].emails[0]))!;
    expect(mail, 'a confirmation').toBeDefined();
    expect(mail.body).toContain('ngày 10/02/2026');
    // Today: "Đạt — Đã nhận phiếu …", "… Hội đồng Thi đua - Khen thưởng của Phòng sẽ thẩm định." and an edit link.
    expect(mail.body).not.toContain('sẽ thẩm định');
    expect(mail.body).toMatch(/giai đoạn 2021-2025 đã kết thúc/i);
  });
});

// Review d75 F1 (Medium). Who is hurt: a commune school that, in December 2026, opens the edit link it kept from the
// former district office's 2021–2025 e-mail and updates its registration (first sent in April 2025), believing it is the
// current campaign; and the commune, which never receives it. Scenario: as r75c F4 — the Phòng's 2021–2025 Sheet was
// never ended ("Kết thúc giai đoạn…" not chosen), its form and triggers still run. The fix of r75c F4 (63191a45) answers
// a registration *first sent* after 31/12/2025 that the period is over; an edit of an older registration is decided by
// its first sending (2025), so it is still answered as in any season.
// What happens now: the 07/12/2026 edit is confirmed "Đạt — Đã nhận phiếu …", "Hội đồng Thi đua - Khen thưởng của Phòng
// sẽ thẩm định", with a fresh edit link — a promise of a review by a body abolished on 1/7/2025, for a period whose last
// year ended almost a year earlier (the very harm r75c F4 was about).
// What should happen: a registration sent or edited after the period's last year is answered that the 2021–2025 period
// has ended and the edit is not reviewed in it (keep what was reviewed before; register with the current office), with no
// promise of the council's review — as a new registration is now, and as an edit is after an explicit end (rev-afterend).
// Severity: Medium.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS } from './helpers';
import { phong, teacherRegisteredIn2025 } from './r68d-lib';

describe('an edit, in December 2026, of a registration first sent in 2025 to a 2021–2025 form nobody ended', () => {
  it('is not confirmed as one the council will review', () => {
    const { o, answers, first } = teacherRegisteredIn2025(phong(new Date(2025, 3, 1, 8)));
    o.emu.clock.advance(new Date(2026, 11, 7, 8).getTime() - Number(o.emu.clock.now()));
    const before = o.emu.mail.sent.length;
    o.emu.forms.submitAsUser(o.formId, { ...answers, [Q.summary]: `${String(answers[Q.summary] ?? '')} Năm học 2025-2026 tiếp tục nhân rộng.` } as never, { email: SCHOOLS[1].emails[0], editResponseId: first.responseId });
    const mail = o.emu.mail.sent.slice(before).find((m) => String(m.to).includes(SCHOOLS[1].emails[0]))!;
    expect(mail, 'a confirmation of the edit').toBeDefined();
    expect(mail.body).toContain('ngày 07/12/2026');
    // Today: "… Hội đồng Thi đua - Khen thưởng của Phòng sẽ thẩm định." and a new edit link.
    expect(mail.body).not.toContain('sẽ thẩm định');
    expect(mail.body).toMatch(/giai đoạn 2021-2025 đã kết thúc/i);
  });
});

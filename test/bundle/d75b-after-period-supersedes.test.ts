// Review d75b F1 (High). Who is hurt: a teacher registered in April 2025 (Đạt, in force for the 2021–2025 period), her
// school, and a Sở still closing its 2021–2025 records in May 2026 (the council's tổng kết runs into the next year).
// Scenario: on 05/05/2026 the school sends a new answer for the same teacher through the old form link (it thinks it is
// the new campaign, or it adds a line to its summary). The school is answered "Không được xét (giai đoạn 2021-2025 đã kết
// thúc)" — the new one is not reviewed.
// What happens now: the new after-period answer still replaces the April 2025 one as the latest submission (duplicates.ts
// `replaces`): "Thẩm định" shows the 2025 registration as replaced ("Đã thay bằng phiếu …"), so it drops out of the
// proposals, while the replacing one is "not reviewed in the period". The teacher, valid in the period, has no
// registration in force, and nobody decided that: the school was told only that the new one is not reviewed.
// What should happen: a registration received after the period's last year does not replace one received in it; the
// April 2025 registration stays in force (Đạt / Chờ thẩm định), the new one is kept and noted as after the period.
// Severity: High (a valid nominee silently dropped).
// Dated May 2026: from 1 April of the year after its last the period no longer reviews what arrives (config.ts
// periodOverFrom; the first quarter is left to its closing work, review d75b F3).
import { describe, expect, it } from 'vitest';
import { so2021, teacherRegisteredIn2025 } from './r68d-lib';
import { Q } from '../../src/core/registration-form';
import { REVIEW_TAB } from '../../src/core/messages';
import { SCHOOLS } from './helpers';

describe('a Sở’s 2021–2025 file in May 2026: a new answer for a teacher registered in April 2025', () => {
  it('does not let the after-period answer replace the registration received in the period', () => {
    const { o, answers } = teacherRegisteredIn2025(so2021(new Date(2025, 3, 1, 8)));
    o.emu.clock.advance(new Date(2026, 4, 5, 8).getTime() - Number(o.emu.clock.now()));
    const before = o.emu.mail.sent.length;
    o.emu.forms.submitAsUser(o.formId, { ...answers, [Q.summary]: `${String(answers[Q.summary] ?? '')} Năm học 2025-2026 tiếp tục nhân rộng.` } as never, { email: SCHOOLS[1].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const mail = o.emu.mail.sent.slice(before).find((m) => String(m.to).includes(SCHOOLS[1].emails[0]))!;
    expect(mail.subject).toContain('Không được xét');
    const review = o.emu.spreadsheets.values(REVIEW_TAB).map((r) => r.map(String));
    const head = review[0];
    const row = (id: string) => review.find((r) => r[0] === id)!;
    const cell = (id: string, h: string) => row(id)[head.indexOf(h)];
    const [inPeriod, after] = review.slice(1).filter((r) => r[3] === 'Nguyễn Thị Hòa').map((r) => r[0]);
    expect(cell(after, 'Ghi chú')).toContain('sau khi giai đoạn đã kết thúc');
    // Today: "Đã thay thế", Ghi chú "Phiếu đã được thay thế bởi phiếu DK-000003 …; nên thẩm định phiếu DK-000003." —
    // the council is sent to the registration the school was told is not reviewed.
    expect(cell(inPeriod, 'Kết luận tự động')).toBe('Đạt');
    expect(cell(inPeriod, 'Ghi chú')).not.toContain('thay thế bởi');
  });
});

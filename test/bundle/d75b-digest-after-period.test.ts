// Review d75b F5 (Medium). Who is hurt: the Thường trực of a Sở's council still closing its 2021–2025 records in May
// 2026, who works from the weekly digest, and the school that was told its registration is not reviewed.
// Scenario: a school sends a registration on 05/05/2026 through the 2021–2025 form (as d75 F6). The school is answered
// "Không được xét (giai đoạn 2021-2025 đã kết thúc)"; since 2a1bcddb the Ghi chú of "Kết quả kiểm tra" and "Thẩm định"
// say so.
// What happens now: the weekly digest of 07/05/2026 lists it under "Phiếu đạt chờ Hội đồng thẩm định (trang “Thẩm
// định”) — 1 phiếu, điểm ưu tiên cao trước: DK-000002 — Trường Tiểu học Hòa Bình — cá nhân “Nguyễn Thị Hòa” — điểm ưu
// tiên 27", with no word that it came after the period and that the school was told it is not reviewed. The council is
// asked to review, first by score, the one registration the school was told would not be.
// What should happen: a registration received after the period's last year is not listed as waiting for the council's
// review, or is listed with what the school was told (received after the period, answered "không được xét").
// Severity: Medium.
// Dated May 2026: from 1 April of the year after its last the period no longer reviews what arrives (config.ts
// periodOverFrom; the first quarter is left to its closing work, review d75b F3).
import { describe, expect, it } from 'vitest';
import { so2021 } from './r68d-lib';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

describe('a Sở’s weekly digest of 07/05/2026 and a registration first sent on 05/05/2026', () => {
  it('does not list it, unqualified, among the registrations waiting for the council', () => {
    const set = new Date(2025, 8, 1, 8);
    const cfg = so2021(set);
    cfg.mail = { ...cfg.mail, digestRecipients: ['vanphong@so.example.vn'] };
    const o = officeAfterSetup(SCHOOLS, { now: set }, cfg);
    o.emu.clock.advance(new Date(2026, 4, 5, 8).getTime() - Number(o.emu.clock.now()));
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Nguyễn Thị Hòa' } as never, { email: SCHOOLS[1].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const id = String(o.emu.spreadsheets.values('Thẩm định').find((r) => String(r[3]) === 'Nguyễn Thị Hòa')![0]);
    o.emu.clock.advance(2 * 24 * 3600_000);
    const before = o.emu.mail.sent.length;
    o.bundle.call('sendWeeklyDigest', undefined, { kind: 'menu' });
    const digest = o.emu.mail.sent.slice(before).find((m) => String(m.subject).includes('Tổng hợp hằng tuần'))!;
    expect(digest, 'the weekly digest').toBeDefined();
    const lines = String(digest.body).split('\n');
    const waiting = lines.findIndex((l) => l.startsWith('Phiếu đạt chờ Hội đồng thẩm định'));
    const listed = waiting < 0 ? [] : lines.slice(waiting + 1).filter((l) => l.includes(id));
    // Today: "- DK-000002 — Trường Tiểu học Hòa Bình — cá nhân “Nguyễn Thị Hòa” — điểm ưu tiên 27".
    for (const l of listed) expect(l).toMatch(/giai đoạn[^\n]*kết thúc|không được xét/i);
  });
});

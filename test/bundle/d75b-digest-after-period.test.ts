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
// And review d75c F4 (Low). Who is hurt: the Thường trực of a Sở's council closing its 2021–2025 records in May 2026, who
// reads "Tổng hợp" and the weekly digest side by side.
// Scenario: a school sends a registration on 05/05/2026 through the 2021–2025 form (as d75b F5). It is answered "Không
// được xét (giai đoạn 2021-2025 đã kết thúc)"; since ad8dc945 the digest leaves it out of its waiting list.
// What happens now: the digest of 07/05/2026 says "Không có phiếu đạt nào chờ Hội đồng thẩm định.", while "Tổng hợp",
// rebuilt the same morning, says "Thẩm định của Hội đồng (trang “Thẩm định”): 1 phiếu đạt chờ thẩm định; …" — it counts
// the after-period registration as work left for the council (review.ts reviewProgress counts every Đạt registration in
// force still "Chờ thẩm định"; digest.ts waitingForReview now drops after-period ones, whose own comment says it counts
// "as Tổng hợp counts them"). The two reports of one office disagree, and "Tổng hợp" tells the council a review is
// pending that the school was told will not happen.
// What should happen: "Tổng hợp" counts as waiting what the digest lists as waiting: 0 here (or says that the one left is
// a registration received after the period).
// Severity: Low.
import { describe, expect, it } from 'vitest';
import { so2021 } from './r68d-lib';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

/** The Sở's file on 07/05/2026: one registration first sent on 05/05/2026, the weekly digest sent, "Tổng hợp" rebuilt. */
function digestAfterPeriod() {
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
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const digest = o.emu.mail.sent.slice(before).find((m) => String(m.subject).includes('Tổng hợp hằng tuần'))!;
  return { o, id, digest };
}

describe('a Sở’s weekly digest of 07/05/2026 and a registration first sent on 05/05/2026', () => {
  it('does not list it, unqualified, among the registrations waiting for the council', () => {
    const { id, digest } = digestAfterPeriod();
    expect(digest, 'the weekly digest').toBeDefined();
    const lines = String(digest.body).split('\n');
    const waiting = lines.findIndex((l) => l.startsWith('Phiếu đạt chờ Hội đồng thẩm định'));
    const listed = waiting < 0 ? [] : lines.slice(waiting + 1).filter((l) => l.includes(id));
    // Before the fix: "- DK-000002 — Trường Tiểu học Hòa Bình — cá nhân “Nguyễn Thị Hòa” — điểm ưu tiên 27".
    for (const l of listed) expect(l).toMatch(/giai đoạn[^\n]*kết thúc|không được xét/i);
  });

  it('and “Tổng hợp” agree that no Đạt registration waits for the council (d75c F4)', () => {
    const { o, digest } = digestAfterPeriod();
    expect(digest, 'the weekly digest').toBeDefined();
    expect(String(digest.body)).toContain('Không có phiếu đạt nào chờ Hội đồng thẩm định.');
    const progress = o.emu.spreadsheets.values('Tổng hợp').map((r) => String(r[0])).find((c) => c.startsWith('Thẩm định của Hội đồng'))!;
    expect(progress, 'the council’s progress line').toBeDefined();
    // Before the fix: "Thẩm định của Hội đồng (trang “Thẩm định”): 1 phiếu đạt chờ thẩm định; 0 phiếu “Đề nghị khen”, …".
    if (!/sau khi giai đoạn|không được xét/.test(progress)) expect(progress).toContain(': 0 phiếu đạt chờ thẩm định');
  });
});

// Review d75c F1 (High). Who is hurt: a teacher whose school, in October 2025, sent a second answer to replace her April
// 2025 registration (the school was told the new one replaces the old, and the council works from the new one); her
// school; and a Sở still closing its 2021–2025 file in May 2026.
// Scenario: on 05/05/2026 the school opens the edit link of the October registration (the one in force) and corrects a
// line. The edit falls after the period (config.ts periodOverFrom: from 1 April 2026), so the school is answered "Không
// được xét …" for the edit.
// What happens now: ad8dc945 makes an after-period registration never replace one of the period, deciding by the
// *version's* time (Registration.afterPeriod is set for an edit too). The edited October registration is now "after the
// period", so the April registration it replaced — which the school itself withdrew by replacing it, and was told so —
// wins again: "Thẩm định" shows the October registration (the one in force all along) as replaced by the April one, and
// the April one comes back in force; the proposals follow (proposals.ts skips supersededBy). The school is even e-mailed
// "Phiếu <april> … được xét trở lại … Nay Sở xét phiếu <april> …, thay cho phiếu <october> …: phiếu <october> không còn
// được xét" (notices.ts, revived). Nobody decided that; an
// edit of one line swapped the person's registration for an older one the school had replaced.
// What should happen: the rule of d75b F1 is about a registration *first sent* after the period; an edit after the
// period does not move a registration's place (as duplicates.ts already says of edits): the October registration stays
// in force, the April one stays replaced by it.
// Severity: High (the registration in force silently swapped for a withdrawn one).
import { describe, expect, it } from 'vitest';
import { so2021, teacherRegisteredIn2025 } from './r68d-lib';
import { Q } from '../../src/core/registration-form';
import { REVIEW_TAB } from '../../src/core/messages';
import { SCHOOLS } from './helpers';

describe('a Sở’s 2021–2025 file: the registration in force (Oct 2025, replacing April 2025) edited in May 2026', () => {
  it('stays in force; the April registration it replaced does not come back', () => {
    const { o, answers } = teacherRegisteredIn2025(so2021(new Date(2025, 3, 1, 8)));
    // October 2025: a new answer for the same teacher, replacing the April one.
    o.emu.clock.advance(new Date(2025, 9, 6, 8).getTime() - Number(o.emu.clock.now()));
    const second = o.emu.forms.submitAsUser(o.formId, { ...answers, [Q.summary]: `${String(answers[Q.summary] ?? '')} Bổ sung thành tích năm học 2024-2025.` } as never, { email: SCHOOLS[1].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const readReview = () => o.emu.spreadsheets.values(REVIEW_TAB).map((r) => r.map(String));
    let review = readReview();
    const ids = review.slice(1).filter((r) => r[3] === 'Nguyễn Thị Hòa').map((r) => r[0]);
    expect(ids.length).toBe(2);
    const cellOf = (rows: string[][], id: string, h: string) => rows.find((r) => r[0] === id)![rows[0].indexOf(h)];
    const [april, october] = ids;
    expect(cellOf(review, april, 'Ghi chú')).toContain(`thay thế bởi phiếu ${october}`);
    expect(cellOf(review, october, 'Ghi chú')).not.toContain('thay thế bởi');
    // May 2026: the school edits the October registration (the one in force) through its edit link.
    o.emu.clock.advance(new Date(2026, 4, 5, 8).getTime() - Number(o.emu.clock.now()));
    const before = o.emu.mail.sent.length;
    o.emu.forms.submitAsUser(o.formId, { ...answers, [Q.summary]: `${String(answers[Q.summary] ?? '')} Bổ sung thành tích năm học 2024-2025 (sửa lỗi chính tả).` } as never, { email: SCHOOLS[1].emails[0], editResponseId: second.responseId });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    review = readReview();
    // Today the school is also e-mailed "Phiếu <april> (Nguyễn Thị Hòa) được xét trở lại … Nay Sở xét phiếu <april> …, thay
    // cho phiếu <october> cùng đối tượng: phiếu <october> không còn được xét."
    const revived = o.emu.mail.sent.slice(before).filter((m) => String(m.subject).includes('được xét trở lại'));
    expect(revived.map((m) => m.subject)).toEqual([]);
    // Today: the October registration reads "Phiếu đã được thay thế bởi phiếu <april> …" and the April one is in force again.
    expect(cellOf(review, october, 'Ghi chú')).not.toContain('thay thế bởi');
    expect(cellOf(review, april, 'Ghi chú')).toContain(`thay thế bởi phiếu ${october}`);
  });
});

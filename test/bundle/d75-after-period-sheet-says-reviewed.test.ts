// Review d75 F6 (Medium). Who is hurt: a Sở still closing its 2021–2025 records in May 2026 (the tổng kết meetings
// of a period run into the next year), its council, and a school that sends a registration on 05/05/2026 (a late one,
// or a replacement of one the council asked to supplement, sent as a new answer instead of through the edit link).
// What happens now: the fix of r75c F4 (63191a45) tells the school, in the subject and body, "Không được xét (giai đoạn
// 2021-2025 đã kết thúc)"; but nothing else in the file knows: "Kết quả kiểm tra" writes in its Ghi chú "phiếu vẫn được
// xét, Hội đồng cân nhắc khi thẩm định", and "Thẩm định" lists it "Đạt / Chờ thẩm định" with an empty Ghi chú, ready
// to be proposed. The council reviews, perhaps proposes, a registration whose school was told it would not be
// considered (or the school, told so, is never asked again) — the office and the school hold opposite answers.
// What should happen: what the school was told is shown where the council decides: the row says the registration came
// after the period's last year and the school was answered that it is not reviewed (Kết quả kiểm tra's Ghi chú, the
// Thẩm định note) — or the e-mail is not sent while the office still works the period.
// Severity: Medium.
// Dated May 2026: from 1 April of the year after its last the period no longer reviews what arrives (config.ts
// periodOverFrom; the first quarter is left to its closing work, review d75b F3).
import { describe, expect, it } from 'vitest';
import { so2021 } from './r68d-lib';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

describe('a Sở’s 2021–2025 file in May 2026, a registration first sent on 05/05/2026', () => {
  it('does not tell the council "phiếu vẫn được xét" for a registration the school was told is not reviewed', () => {
    const set = new Date(2025, 3, 1, 8);
    const cfg = so2021(set);
    const o = officeAfterSetup(SCHOOLS, { now: set }, cfg);
    o.emu.clock.advance(new Date(2026, 4, 5, 8).getTime() - set.getTime());
    const before = o.emu.mail.sent.length;
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Nguyễn Thị Hòa' } as never, { email: SCHOOLS[1].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const mail = o.emu.mail.sent.slice(before).find((m) => String(m.to).includes(SCHOOLS[1].emails[0]))!;
    expect(mail.subject).toContain('Không được xét');
    const results = o.emu.spreadsheets.values('Kết quả kiểm tra').map((r) => r.map(String));
    const note = results[1][results[0].indexOf('Ghi chú')];
    // Today: "Phiếu gửi ngày 05/05/2026, sau thời hạn đăng ký (31/05/2023); phiếu vẫn được xét, Hội đồng cân nhắc khi thẩm định."
    expect(note).not.toContain('vẫn được xét');
    expect(note).toMatch(/giai đoạn 2021-2025 đã kết thúc|không được xét/i);
  });
});

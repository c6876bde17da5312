// Review d75b F3 (Medium). Who is hurt: a school the council asked, in December 2025, to supplement a registration of
// the 2021–2025 period ("Yêu cầu bổ sung"), and the Sở's council still closing the period's records in January 2026.
// Scenario: the request letter goes on 22/12/2025; the school supplements through its edit link, as the letter says, on
// 05/01/2026 (the holidays in between).
// What happens now: the edit is answered "Không được xét (giai đoạn 2021-2025 đã kết thúc)": "Giai đoạn … đã kết thúc
// (hết năm 2025) trước khi phiếu này được sửa, nên phiếu không được xét trong giai đoạn này và đơn vị không cần sửa, bổ
// sung phiếu nữa" — contradicting the council's own request a fortnight earlier, which the council is waiting on.
// "Thẩm định" notes that the school was told it is not reviewed. The fix for d75 F1 (2a1bcddb) decides by the calendar
// alone; a supplement the council asked for before the end is just what the office still works on.
// What should happen: a supplement answering a request the council made in the period is confirmed as received for the
// council (no "không được xét", no "không cần sửa, bổ sung phiếu nữa"), or at least not told the opposite of the request.
// Severity: Medium.
// And review d75c F2 (Medium). Who is hurt: a school the Sở's council asks, on 25/03/2026, to supplement a registration of
// the 2021–2025 period ("Yêu cầu bổ sung"), and the council itself, closing the period's records in the first quarter
// of 2026 — the quarter ad8dc945 leaves to that closing work (config.ts periodOverFrom: "a supplement the council asked
// for … is the council's to review").
// Scenario: the request letter goes on 25/03/2026 ("Đơn vị mở lại đúng phiếu này bằng đường dẫn sau, bổ sung rồi gửi
// lại … Phiếu gửi lại được kiểm tra ngay và Hội đồng sẽ thẩm định lại." — no date by which to send it); the school
// supplements through that edit link a week later, on 02/04/2026.
// What happens now: the calendar alone decides: from 01/04/2026 the edit is "after the period", so the school is
// answered "Không được xét (giai đoạn 2021-2025 đã kết thúc)" and "… đã kết thúc (hết năm 2025) trước khi phiếu này được
// sửa, nên phiếu không được xét trong giai đoạn này và đơn vị không cần sửa, bổ sung phiếu nữa" — the opposite of the
// council's request eight days earlier, which the council is waiting on (d75b F3, moved from 1 January to 1 April). The
// registration also leaves the digest's waiting list and "Thẩm định" notes the school was told it is not reviewed.
// What should happen: a supplement answering a request the council made before the cut-off (a "Yêu cầu bổ sung" still in
// force) is confirmed as received for the council — no "không được xét", no "không cần sửa, bổ sung phiếu nữa".
// Severity: Medium.
import { describe, expect, it } from 'vitest';
import { so2021 } from './r68d-lib';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, decide, individualAnswers, officeAfterSetup } from './helpers';

// The council's request and the school's supplement: across the turn of the year (d75b F3), and across 1 April, the
// day from which a new registration is no longer the period's (d75c F2).
for (const [asked, supplied, label] of [
  [new Date(2025, 11, 22, 8), new Date(2026, 0, 5, 8), '22/12/2025; the school supplements on 05/01/2026'],
  [new Date(2026, 2, 25, 8), new Date(2026, 3, 2, 8), '25/03/2026; the school supplements on 02/04/2026'],
] as const) {
  describe(`a Sở’s council asks for a supplement on ${label}`, () => {
    it('does not tell the school its supplement is not reviewed and nothing needs supplementing', () => {
      const set = new Date(2025, 8, 1, 8);
      const cfg = so2021(set);
      const o = officeAfterSetup(SCHOOLS, { now: set }, cfg);
      o.emu.clock.advance(new Date(2025, 11, 1, 8).getTime() - Number(o.emu.clock.now()));
      const answers: Record<string, unknown> = { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Nguyễn Thị Hòa' };
      const first = o.emu.forms.submitAsUser(o.formId, answers as never, { email: SCHOOLS[1].emails[0] });
      o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      o.emu.clock.advance(asked.getTime() - Number(o.emu.clock.now()));
      const id = String(o.emu.spreadsheets.values('Thẩm định').find((r) => String(r[3]) === 'Nguyễn Thị Hòa')![0]);
      decide(o, id, 'Yêu cầu bổ sung', 'Bổ sung số liệu cụ thể về kết quả nhân rộng trong tóm tắt thành tích.');
      const sent = o.emu.mail.sent.length;
      o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      expect(o.emu.mail.sent.slice(sent).some((m) => String(m.body).includes('Bổ sung số liệu cụ thể về kết quả nhân rộng')), 'the council’s request letter').toBe(true);
      o.emu.clock.advance(supplied.getTime() - Number(o.emu.clock.now()));
      const before = o.emu.mail.sent.length;
      o.emu.forms.submitAsUser(o.formId, { ...answers, [Q.summary]: `${String(answers[Q.summary] ?? '')} Mô hình được nhân rộng ra 12 lớp, 100% học sinh tham gia.` } as never, { email: SCHOOLS[1].emails[0], editResponseId: first.responseId });
      o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      const mail = o.emu.mail.sent.slice(before).find((m) => String(m.to).includes(SCHOOLS[1].emails[0]))!;
      expect(mail, 'a confirmation of the supplement').toBeDefined();
      // Before the fixes: subject "… Không được xét (giai đoạn 2021-2025 đã kết thúc)", body "… không cần sửa, bổ sung phiếu nữa".
      expect(`${mail.subject}\n${mail.body}`).not.toMatch(/Không được xét|không cần sửa, bổ sung/);
    });
  });
}

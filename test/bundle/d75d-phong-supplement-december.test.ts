// Review d75d F3 (Medium). Who is hurt: a school a district office's council (Phòng GD&ĐT, its 2021–2025 file) asks, on
// 22/12/2025, to supplement a registration ("Yêu cầu bổ sung"), and that council, waiting on the supplement.
// Scenario: d75b F3's, at a Phòng: the request letter goes on 22/12/2025 ("Đơn vị mở lại đúng phiếu này …, bổ sung rồi gửi
// lại … Phiếu gửi lại được kiểm tra ngay và Hội đồng sẽ thẩm định lại", no last day); the school supplements through
// that edit link on 05/01/2026, after the holidays.
// What happens now: b612f0b6 gives a district office no closing quarter and answers an edit after the period there as
// 'edited': the school is told "Không được xét (giai đoạn 2021-2025 đã kết thúc)" and "… đã kết thúc (hết năm 2025)
// trước khi phiếu này được sửa, nên phiếu không được xét trong giai đoạn này và đơn vị không cần sửa, bổ sung phiếu
// nữa" — the opposite of the request the same office sent a fortnight earlier. d75b F3, fixed for a Sở, is back for a
// Phòng; and the request letter, sent nine days before the Phòng's own cut-off, never named it.
// What should happen: either the supplement a council asked for before the cut-off is confirmed for the council (as at
// a Sở), or the request letter sent so close to the cut-off names the last day the supplement is taken (31/12/2025) —
// not one letter asking to supplement with no limit and the next saying there is nothing to supplement.
// Severity: Medium.
import { describe, expect, it } from 'vitest';
import { phong } from './r68d-lib';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, decide, individualAnswers, officeAfterSetup } from './helpers';

describe('a Phòng’s council asks for a supplement on 22/12/2025; the school supplements on 05/01/2026', () => {
  it('does not ask with no last day and then answer "không cần sửa, bổ sung phiếu nữa"', () => {
    const set = new Date(2025, 8, 1, 8);
    const cfg = phong(set);
    const o = officeAfterSetup(SCHOOLS, { now: set }, cfg);
    o.emu.clock.advance(new Date(2025, 11, 1, 8).getTime() - Number(o.emu.clock.now()));
    const answers: Record<string, unknown> = { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Nguyễn Thị Hòa' };
    const first = o.emu.forms.submitAsUser(o.formId, answers as never, { email: SCHOOLS[1].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    o.emu.clock.advance(new Date(2025, 11, 22, 8).getTime() - Number(o.emu.clock.now()));
    const id = String(o.emu.spreadsheets.values('Thẩm định').find((r) => String(r[3]) === 'Nguyễn Thị Hòa')![0]);
    decide(o, id, 'Yêu cầu bổ sung', 'Bổ sung số liệu cụ thể về kết quả nhân rộng trong tóm tắt thành tích.');
    const sent = o.emu.mail.sent.length;
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const request = o.emu.mail.sent.slice(sent).find((m) => String(m.body).includes('Bổ sung số liệu cụ thể về kết quả nhân rộng'));
    expect(request, 'the council’s request letter').toBeDefined();
    const namesLastDay = /31\/12\/2025/.test(String(request!.body));
    o.emu.clock.advance(new Date(2026, 0, 5, 8).getTime() - Number(o.emu.clock.now()));
    const before = o.emu.mail.sent.length;
    o.emu.forms.submitAsUser(o.formId, { ...answers, [Q.summary]: `${String(answers[Q.summary] ?? '')} Mô hình được nhân rộng ra 12 lớp.` } as never, { email: SCHOOLS[1].emails[0], editResponseId: first.responseId });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const mail = o.emu.mail.sent.slice(before).find((m) => String(m.to).includes(SCHOOLS[1].emails[0]))!;
    expect(mail, 'a confirmation of the supplement').toBeDefined();
    const refused = /Không được xét|không cần sửa, bổ sung/.test(`${mail.subject}\n${mail.body}`);
    // Today: the letter of 22/12 names no last day, and the answer of 05/01 is "Không được xét … không cần sửa, bổ sung
    // phiếu nữa".
    expect({ refused, namesLastDay }).not.toEqual({ refused: true, namesLastDay: false });
  });
});

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
import { describe, expect, it } from 'vitest';
import { so2021 } from './r68d-lib';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, decide, individualAnswers, officeAfterSetup } from './helpers';

describe('a Sở’s council asks for a supplement on 22/12/2025; the school supplements on 05/01/2026', () => {
  it('does not tell the school its supplement is not reviewed and nothing needs supplementing', () => {
    const set = new Date(2025, 8, 1, 8);
    const cfg = so2021(set);
    const o = officeAfterSetup(SCHOOLS, { now: set }, cfg);
    o.emu.clock.advance(new Date(2025, 11, 1, 8).getTime() - Number(o.emu.clock.now()));
    const answers: Record<string, unknown> = { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Nguyễn Thị Hòa' };
    const first = o.emu.forms.submitAsUser(o.formId, answers as never, { email: SCHOOLS[1].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    o.emu.clock.advance(new Date(2025, 11, 22, 8).getTime() - Number(o.emu.clock.now()));
    const id = String(o.emu.spreadsheets.values('Thẩm định').find((r) => String(r[3]) === 'Nguyễn Thị Hòa')![0]);
    decide(o, id, 'Yêu cầu bổ sung', 'Bổ sung số liệu cụ thể về kết quả nhân rộng trong tóm tắt thành tích.');
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(o.emu.mail.sent.some((m) => String(m.body).includes('Bổ sung số liệu cụ thể về kết quả nhân rộng'))).toBe(true);
    o.emu.clock.advance(new Date(2026, 0, 5, 8).getTime() - Number(o.emu.clock.now()));
    const before = o.emu.mail.sent.length;
    o.emu.forms.submitAsUser(o.formId, { ...answers, [Q.summary]: `${String(answers[Q.summary] ?? '')} Mô hình được nhân rộng ra 12 lớp, 100% học sinh tham gia.` } as never, { email: SCHOOLS[1].emails[0], editResponseId: first.responseId });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const mail = o.emu.mail.sent.slice(before).find((m) => String(m.to).includes(SCHOOLS[1].emails[0]))!;
    expect(mail, 'a confirmation of the supplement').toBeDefined();
    // Today: subject "… Không được xét (giai đoạn 2021-2025 đã kết thúc)", body "… không cần sửa, bổ sung phiếu nữa".
    expect(`${mail.subject}\n${mail.body}`).not.toMatch(/Không được xét|không cần sửa, bổ sung/);
  });
});

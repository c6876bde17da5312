// Review d75d F1 (Medium). Who is hurt: a school a Sở's council asks, on 25/03/2026, to supplement a registration of the
// 2021–2025 period ("Yêu cầu bổ sung"), and the council waiting on that supplement. The school keeps the view the Sở
// shares with it (its link is in every e-mail) and reads it before acting.
// Scenario: the request letter goes on 25/03/2026 ("Đơn vị mở lại đúng phiếu này …, bổ sung rồi gửi lại … Hội đồng sẽ
// thẩm định lại", no last day). On 03/04/2026 the school opens its view, rebuilt that morning; then it supplements.
// What happens now: b612f0b6 made an edit after the period, at a Sở, "the office's work in progress (a supplement the
// council asked for)": the supplement is confirmed as usual, for the council. But the view, since 1 April, reads
// "Giai đoạn 2021-2025 đã kết thúc (hết năm 2025): phiếu đăng ký, báo cáo gửi qua biểu mẫu của giai đoạn này không còn
// được xét", and its notice no longer says how to edit (d75c F5's fix, written for the district office, applies to
// every kind). The view tells the school the supplement the council is waiting for will not be looked at.
// What should happen: at an office whose edits after the period are still reviewed (not 'phong'), the view does not say
// that whatever is sent through the registration form is no longer reviewed — at most that a new registration is not —
// and keeps telling how to edit a registration sent in the period.
// Severity: Medium (the school may not send what the council asked for).
import { describe, expect, it } from 'vitest';
import { so2021 } from './r68d-lib';
import { viewText } from './period-end-lib';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, decide, individualAnswers, officeAfterSetup, setConfigValues } from './helpers';

describe('a Sở’s 2021–2025 file: a supplement asked on 25/03/2026, the school’s view on 03/04/2026', () => {
  it('does not tell the school that what it sends through the form is no longer reviewed, while the supplement is', () => {
    const set = new Date(2025, 8, 1, 8);
    const cfg = so2021(set);
    const o = officeAfterSetup(SCHOOLS, { now: set }, cfg);
    setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
    o.emu.clock.advance(new Date(2025, 11, 1, 8).getTime() - Number(o.emu.clock.now()));
    const answers: Record<string, unknown> = { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Nguyễn Thị Hòa' };
    const first = o.emu.forms.submitAsUser(o.formId, answers as never, { email: SCHOOLS[1].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    o.emu.clock.advance(new Date(2026, 2, 25, 8).getTime() - Number(o.emu.clock.now()));
    const id = String(o.emu.spreadsheets.values('Thẩm định').find((r) => String(r[3]) === 'Nguyễn Thị Hòa')![0]);
    decide(o, id, 'Yêu cầu bổ sung', 'Bổ sung số liệu cụ thể về kết quả nhân rộng trong tóm tắt thành tích.');
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    // 03/04/2026: the view as rebuilt that morning.
    o.emu.clock.advance(new Date(2026, 3, 3, 8).getTime() - Number(o.emu.clock.now()));
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const view = viewText(o, SCHOOLS[1].code);
    // The school supplements: answered as usual, for the council (b612f0b6).
    const before = o.emu.mail.sent.length;
    o.emu.forms.submitAsUser(o.formId, { ...answers, [Q.summary]: `${String(answers[Q.summary] ?? '')} Mô hình được nhân rộng ra 12 lớp.` } as never, { email: SCHOOLS[1].emails[0], editResponseId: first.responseId });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const mail = o.emu.mail.sent.slice(before).find((m) => String(m.to).includes(SCHOOLS[1].emails[0]))!;
    expect(mail, 'a confirmation of the supplement').toBeDefined();
    expect(`${mail.subject}\n${mail.body}`).not.toMatch(/Không được xét/);
    // Today the view says: "… phiếu đăng ký, báo cáo gửi qua biểu mẫu của giai đoạn này không còn được xét."
    expect(view).not.toMatch(/phiếu đăng ký[^.]*không còn được xét/);
    // …and no longer says how to edit a registration.
    expect(view).toContain('Muốn sửa phiếu');
  });
});

// Reviews d64 #3 / d64b #5 and d64b #7: a school's view after "Kết thúc giai đoạn…".
// - The end removed every trigger, onFormSubmit too. A form the office opened again by hand (in Google Forms, not by
//   Thiết lập) takes answers that nothing checks or e-mails until the office chooses "Cập nhật tổng hợp". The view gave
//   the form's link and "sửa phiếu bằng đường dẫn…" as before the end, without saying so; it now says that what is
//   edited or sent from now on is checked when the office updates the view — in the office's own word.
// - With the forms closed by the end, a view said "xin liên hệ <office>" twice (its notice and the forms' closing line,
//   the contact's own line just below): once now, in the closing line above the contact.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers } from './helpers';
import { FORM_LINK, endPeriod, officeWithViews, rebuild, viewText } from './period-end-lib';

const HOA_SEN = SCHOOLS[0];
const CHECKED_LATER = 'chỉ được kiểm tra khi Phòng cập nhật lại trang này';

describe('a school\'s view when the period ended but a form takes answers again (opened by hand)', () => {
  it('both forms opened again by hand: the view says the page no longer updates itself and that what is edited or sent now is checked when the office updates it — which is what happens', () => {
    const o = officeWithViews();
    endPeriod(o);
    o.emu.forms.editorSetAccepting(o.formId, true);
    o.emu.forms.editorSetAccepting(o.reportFormId, true);
    rebuild(o);
    const view = viewText(o, HOA_SEN.code);
    expect(view).toMatch(FORM_LINK);
    expect(view).toContain('giai đoạn 2021-2025 đã kết thúc nên trang không còn tự cập nhật mỗi ngày');
    expect(view).toContain(`Phiếu đăng ký, báo cáo sửa hoặc gửi từ nay ${CHECKED_LATER}, không còn ngay khi gửi.`);
    expect(view).not.toContain('tự động cập nhật mỗi ngày từ các phiếu');
    // What the view says holds: a registration sent now through the form gets no e-mail and is not in the view until
    // the office's rebuild.
    const mails = o.emu.mail.sent.length;
    // (The same collective again: it replaces DK-000002.)
    o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: HOA_SEN.name }, { email: HOA_SEN.emails[0] });
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 3600_000);
    expect(o.emu.mail.sent.length).toBe(mails);
    expect(viewText(o, HOA_SEN.code)).not.toContain('DK-000004');
    rebuild(o);
    expect(viewText(o, HOA_SEN.code)).toContain('DK-000004');
  });

  it('only the report form opened again: the view says reports sent now are checked when the office updates it; the registration form stays closed', () => {
    const o = officeWithViews();
    endPeriod(o);
    o.emu.forms.editorSetAccepting(o.reportFormId, true);
    rebuild(o);
    const view = viewText(o, HOA_SEN.code);
    expect(view).toContain(`Báo cáo gửi từ nay ${CHECKED_LATER}, không còn ngay khi gửi.`);
    expect(view).toMatch(/biểu mẫu đăng ký không nhận phiếu nữa/);
    expect(view).not.toContain('Muốn sửa phiếu');
  });

  it('an end cut off before it closed the forms (recorded "closing"): the nightly rebuild no longer runs, and the view does not say it updates each day', () => {
    const o = officeWithViews();
    o.emu.properties.script.set('period.ended', JSON.stringify({ at: o.emu.clock.now(), stage: 'closing', period: '2021-2025', closed: ['registrationForm', 'reportForm'], kept: [], unopened: [], messages: {}, by: '' }));
    rebuild(o);
    expect(o.emu.runtime.executions.at(-1)!.error).toBeUndefined();
    const view = viewText(o, HOA_SEN.code);
    expect(view).not.toContain('tự động cập nhật mỗi ngày từ các phiếu');
    expect(view).toContain('không còn tự cập nhật mỗi ngày');
  });

  it('control: before the end the view says the tool updates it each day, and nothing of the end', () => {
    const o = officeWithViews();
    const view = viewText(o, HOA_SEN.code);
    expect(view).toContain('tự động cập nhật mỗi ngày từ các phiếu');
    expect(view).not.toContain(CHECKED_LATER);
  });
});

describe('a school\'s view with findings after the end: "liên hệ <office>" once', () => {
  it('said once, in the line on the closed forms, just above the office\'s contact line', () => {
    const o = officeWithViews();
    endPeriod(o);
    rebuild(o);
    const lines = viewText(o, HOA_SEN.code).split('\n').filter((l) => l !== '');
    expect(lines.some((l) => l === 'Cần bổ sung')).toBe(true);
    const asks = lines.filter((l) => /liên hệ Phòng/.test(l));
    expect(asks).toHaveLength(1);
    expect(asks[0]).toMatch(/^Giai đoạn 2021-2025 đã kết thúc nên biểu mẫu đăng ký và biểu mẫu báo cáo không nhận phiếu nữa\..*xin liên hệ Phòng\.$/);
    expect(lines[lines.indexOf(asks[0]) + 1]).toMatch(/^Liên hệ: .*Bà Nguyễn Thị Lan, 0912 000 111\.$/);
    // The notice still says the registrations can no longer be edited.
    expect(lines.some((l) => l.includes('Phiếu đã gửi không sửa được nữa (đường dẫn sửa phiếu trong các thư trước không còn dùng được).'))).toBe(true);
  });
});

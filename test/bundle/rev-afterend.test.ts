// Review d62 F4: an answer in flight when the period ends ("Kết thúc giai đoạn…") still goes (mailing.ts stillDue),
// but its school must not be invited to act through a form the end has just closed. A school submits while the end
// holds the lock; its trigger answers it right after the end (as rev-d61c d61c-2). The e-mail it gets says plainly
// that the period has ended, that the form takes nothing more, and whom to contact; it carries no edit link.
import { describe, expect, it } from 'vitest';
import { Q, R, RATING_CHOICES, initiativeTitles, schoolYearRow } from '../../src/core/registration-form';
import { SELF_DECLARED } from '../../src/core/form-titles';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';
import { END_DAY, endPeriod, lateOffice, type Office } from './period-end-lib';

/** `submit` runs once the end holds the script lock (after the question, before the forms close). */
function submitDuringEnd(o: Office, submit: () => void): void {
  let done = false;
  const off = o.emu.runtime.onCall(() => {
    if (done || o.emu.locks.state('script').holder === null) return;
    done = true;
    submit();
  });
  endPeriod(o);
  off();
  expect(done).toBe(true);
  expect(JSON.parse(o.emu.properties.script.get('period.ended')!)).toMatchObject({ stage: 'done', closed: ['registrationForm', 'reportForm'] });
}

const EDIT_LINK = /docs\.google\.com\/forms\/.*edit2=/;

describe('d62 F4: answers in flight at the end of the period', () => {
  it('a registration with points to add, answered after the end: no edit link to the closed form; the school is told the period ended and to contact the office', () => {
    const o = lateOffice();
    const school = SCHOOLS[2].emails[0];
    // One solution only, where the plan asks an individual for several: "Cần bổ sung" (as submit.test.ts).
    const incomplete = { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[2].name, [Q.individualName]: 'Lê Thị Sát Giờ', [initiativeTitles(2).name]: '' };
    const sent = o.emu.mail.sent.length;
    submitDuringEnd(o, () => o.emu.forms.submitAsUser(o.formId, incomplete, { email: school }));
    const mails = o.emu.mail.sent.slice(sent).filter((m) => m.to.includes(school));
    expect(mails).toHaveLength(1);
    const { subject, body } = mails[0];
    expect(subject).toContain('Cần bổ sung');
    // Before the fix: "Để sửa hoặc bổ sung, mở lại phiếu tại: https://docs.google.com/forms/…edit2=…" and a date to fix by.
    expect(body).not.toMatch(EDIT_LINK);
    expect(body).not.toContain('mở lại phiếu tại');
    expect(body).toContain('Giai đoạn 2021-2025 đã kết thúc');
    expect(body).toContain('biểu mẫu đăng ký không nhận phiếu nữa');
    // After what to fix and any note saying to edit: the last word before the footer.
    expect(body.indexOf('Giai đoạn 2021-2025 đã kết thúc')).toBeGreaterThan(body.indexOf('Những điểm cần bổ sung'));
    expect(body.slice(body.indexOf('Giai đoạn 2021-2025 đã kết thúc')).split('\n\n')).toHaveLength(2);
    expect(body).toMatch(/liên hệ/);
    expect(mails[0].htmlBody ?? '').not.toMatch(EDIT_LINK);
    // The line a phone shows under the subject says it too.
    expect(mails[0].htmlBody ?? '').toContain('Giai đoạn 2021-2025 đã kết thúc, biểu mẫu không nhận phiếu nữa.');
  });

  it('control: a registration form the office opened again by hand after the end takes edits, and its confirmation keeps the edit link', () => {
    const o = lateOffice();
    endPeriod(o);
    o.emu.forms.editorSetAccepting(o.formId, true);
    const school = SCHOOLS[2].emails[0];
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[2].name, [Q.individualName]: 'Lê Thị Mở Lại', [initiativeTitles(2).name]: '' }, { email: school });
    const sent = o.emu.mail.sent.length;
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const mails = o.emu.mail.sent.slice(sent).filter((m) => m.to.includes(school));
    expect(mails).toHaveLength(1);
    expect(mails[0].body).toMatch(EDIT_LINK);
    expect(mails[0].body).not.toContain('đã kết thúc');
  });

  it('a report received after the end: the receipt does not say the school may still send the missing periods through the report form', () => {
    const o = lateOffice();
    const school = SCHOOLS[0].emails[0];
    const rep = o.emu.forms.byId(o.reportFormId)!;
    const periods = rep.itemByTitle(R.period)!.choices.map((c) => c.value);
    const last = periods.find((p) => /Năm 2025/.test(p)) ?? periods[periods.length - 1];
    const sent = o.emu.mail.sent.length;
    submitDuringEnd(o, () => o.emu.forms.submitAsUser(o.reportFormId, { [R.school]: SCHOOLS[0].name, [R.period]: last, [R.docRef]: '12/BC-MNHS ngày 01/12/2025', [R.summary]: 'Báo cáo', [R.link]: '' }, { email: school }));
    // Ended in December of the period's last year: the year's report is due, not early.
    expect(END_DAY.getFullYear()).toBe(2025);
    const mails = o.emu.mail.sent.slice(sent).filter((m) => m.to.includes(school));
    expect(mails).toHaveLength(1);
    const { body } = mails[0];
    // The other periods it missed are still named (a fact of its record) …
    expect(body).toContain('Các kỳ báo cáo còn thiếu');
    // … but before the fix: "Đơn vị vẫn gửi bổ sung được: mở biểu mẫu báo cáo …", and "gửi thêm một phiếu báo cáo".
    expect(body).not.toContain('vẫn gửi bổ sung được');
    expect(body).not.toContain('gửi thêm một phiếu');
    expect(body).toContain('Giai đoạn 2021-2025 đã kết thúc');
    expect(body).toContain('biểu mẫu báo cáo không nhận phiếu nữa');
    expect(body).toMatch(/liên hệ/);
  });
});

describe('d62 F3: a menu rebuild after the end builds no plan whose mail may not go', () => {
  it('the notices\' calendar is neither read nor recorded: "notices.calendar.seen" is left as the end found it', () => {
    // Ended mid-period (the next period's copy began early, say): the plan's calendar still has days ahead.
    const o = officeAfterSetup(SCHOOLS);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    endPeriod(o);
    expect(JSON.parse(o.emu.properties.script.get('period.ended')!)).toMatchObject({ stage: 'done' });
    const seen = o.emu.properties.script.get('notices.calendar.seen');
    expect(seen).toBeTruthy();
    // Months later the office rebuilds from the menu: the plan's days a rebuild keeps have changed since.
    o.emu.clock.advance(120 * 24 * 3600_000);
    const sent = o.emu.mail.sent.length;
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(o.emu.runtime.executions.at(-1)!.error).toBeUndefined();
    expect(o.emu.mail.sent.length).toBe(sent);
    expect(new Date(o.emu.clock.now()).getFullYear()).toBe(2024);
    // Failed before the fix: noticePlan (built, then dropped by stillDue) and the rebuild's unseen-days check ran
    // calendarSeen, which wrote the property (a state write after the end for notices that never go).
    expect(o.emu.properties.script.get('notices.calendar.seen')).toBe(seen);
  });
});

describe('stop 64: the notes of a confirmation composed after the end', () => {
  /** A teacher's registration whose award is a web link and a number with no award, one year rated "Không hoàn thành". */
  const noted = () => {
    const a = individualAnswers('teacher');
    return {
      ...a,
      [Q.school]: SCHOOLS[2].name,
      [Q.individualName]: 'Lê Thị Ghi Chú',
      [SELF_DECLARED['CN-03-THANH-TICH'].evidence!]: 'Giấy khen, xem https://drive.google.com/file/d/1Ab/view',
      [Q.individualRatings]: { ...(a[Q.individualRatings] as Record<string, string>), [schoolYearRow(2022)]: RATING_CHOICES.failed },
    };
  };
  /** Words that send the school to edit its form. */
  const EDIT = /sửa phiếu|sửa lại phiếu|đường dẫn sửa của phiếu này/;

  it('no note says to edit the form the end closed: each says to contact the office; the closing paragraph stays the last word', () => {
    const o = lateOffice();
    const school = SCHOOLS[2].emails[0];
    const sent = o.emu.mail.sent.length;
    submitDuringEnd(o, () => o.emu.forms.submitAsUser(o.formId, noted(), { email: school }));
    const mails = o.emu.mail.sent.slice(sent).filter((m) => m.to.includes(school));
    expect(mails).toHaveLength(1);
    const { body } = mails[0];
    const closing = body.indexOf('Giai đoạn 2021-2025 đã kết thúc');
    expect(closing).toBeGreaterThan(0);
    // The notes are still there (what is so is said) …
    expect(body).toContain('có đường liên kết');
    expect(body).toContain('“Không hoàn thành nhiệm vụ”');
    // … but before the fix they ended "đơn vị sửa phiếu để ghi lại." and "Nếu phiếu ghi sai, đơn vị sửa lại phiếu."
    const notes = body.slice(body.indexOf('Lưu ý:'), closing);
    expect(notes).not.toMatch(EDIT);
    expect(notes).toMatch(/liên hệ Phòng/);
  });

  it('control: the same registration answered while the period runs keeps the notes that say to edit', () => {
    const o = lateOffice();
    // Within the period's last year: one received after it is answered that the period no longer reviews it (review
    // r75c F4), with no note to edit.
    o.emu.clock.set(new Date(2025, 11, 5, 9, 0, 0).getTime());
    const school = SCHOOLS[2].emails[0];
    const sent = o.emu.mail.sent.length;
    o.emu.forms.submitAsUser(o.formId, noted(), { email: school });
    const mails = o.emu.mail.sent.slice(sent).filter((m) => m.to.includes(school));
    expect(mails).toHaveLength(1);
    expect(mails[0].body).toContain('đơn vị sửa phiếu để ghi lại.');
    expect(mails[0].body).toContain('Nếu phiếu ghi sai, đơn vị sửa lại phiếu.');
  });
});

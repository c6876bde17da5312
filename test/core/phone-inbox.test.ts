// The tool's e-mails as a principal sees them on a phone (review mobile H1, M1): the inbox shows some 40 characters of
// a subject and one line of preview under it; the letter is read on a narrow screen.
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { confirmationEmail, render } from '../../src/core/emails';
import { CONFIRMATION, NOTICE_EMAIL, VERDICT_LABELS, supersededByInSubject } from '../../src/core/messages';
import { buildReportForm, Q, responseHeaders } from '../../src/core/registration-form';
import { reminderEmail, reminderFor, reminderKey } from '../../src/core/reminders';
import { registrationId } from '../../src/core/registration';
import { answersToRow, collectiveAnswers, config, config2026, directoryRows, form, headerRow, individualAnswers, SCHOOLS } from './helpers';

const EDIT = 'https://docs.google.com/forms/d/e/1FAIpQLSe0001/viewform?edit2=2_ABaOnudLongTokenOfTheResponse0123456789';
/** The hidden first block of an HTML part: what the inbox previews. */
const preheaderOf = (html: string) => /^<div style="display:none;[^"]*">([^<]*)<\/div>/.exec(html)?.[1] ?? null;
/** What a phone's inbox shows of a subject. */
const onPhone = (subject: string) => subject.slice(0, 40);

describe('a confirmation on a phone', () => {
  const cfg = config(new Date(2023, 2, 1));
  const f = form(cfg);
  const windowEnd = new Date(2023, 4, 31);
  const mail = (answers: Record<string, unknown>, at = new Date(2023, 4, 2)) => {
    const [r] = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), answersToRow(f, answers as never, at, SCHOOLS[0].emails[0])] }).registrations;
    return { r, m: confirmationEmail(r, cfg.organisation, EDIT, false, windowEnd, at) };
  };

  it('shows the verdict in the subject and, under it, how much is open and the last day, before any greeting', () => {
    const { r, m } = mail({ ...individualAnswers('teacher', cfg), [Q.birthYear]: '19x' });
    expect(r.verdict).toBe('canBoSung');
    expect(onPhone(m.subject)).toContain('Cần bổ sung');
    // The e-mails are still found by the words the views and the guide give them.
    expect(m.subject).toContain(`Đã nhận phiếu ${r.id} (`);
    const open = m.body.split('\n').filter((l) => l.startsWith('- ')).length;
    expect(preheaderOf(m.htmlBody)).toBe(`${open} điểm cần bổ sung hoặc chưa đạt; hạn đăng ký: hết ngày 31/05/2023.`);
    // Hidden once the letter is opened; the plain part reads as the letter.
    expect(m.htmlBody).toMatch(/^<div style="display:none;[^"]*mso-hide:all/);
    expect(m.body.startsWith('Kính gửi: ')).toBe(true);
    expect(m.body).not.toContain('hạn đăng ký: hết ngày');
  });

  it('a registration with nothing to fix says so under an "Đạt" subject; one not reviewed names the one that is', () => {
    const { r, m } = mail(individualAnswers('teacher', cfg));
    expect(r.verdict).toBe('dat');
    expect(m.subject.startsWith('[Điển hình tiên tiến] Đạt — Đã nhận phiếu ')).toBe(true);
    expect(preheaderOf(m.htmlBody)).toBe('Không có điểm nào cần bổ sung hoặc chưa đạt.');
    const responses = [headerRow(f), answersToRow(f, individualAnswers('teacher', cfg), new Date(2023, 1, 2), SCHOOLS[0].emails[0]), answersToRow(f, individualAnswers('teacher', cfg), new Date(2023, 1, 9), 'la@gmail.example')];
    const copy = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: responses }).registrations[1];
    const c = confirmationEmail(copy, cfg.organisation, EDIT, false, windowEnd);
    expect(onPhone(c.subject)).toContain('Không được xét');
    expect(preheaderOf(c.htmlBody)).toBe(CONFIRMATION.preheaderSuperseded(copy.flags.supersededBy!));
  });

  it('gives the edit link right after what to fix and its date, as a link in the HTML part, not a 100-character address', () => {
    const { m } = mail({ ...individualAnswers('teacher', cfg), [Q.birthYear]: '19x' });
    const fixBy = CONFIRMATION.fixBy('31/05/2023', 'Phòng');
    const edit = CONFIRMATION.edit(EDIT);
    expect(m.body).toContain(`${fixBy}\n\n${edit}`);
    // The plain part keeps the address; the HTML part links it once, under words.
    expect(m.htmlBody).toContain(`<a href="${EDIT}">${CONFIRMATION.editLabel('DK-000002')}</a>`);
    expect(m.htmlBody.split(EDIT).length - 1).toBe(1);
    // Nothing to fix: the link stays after the notes, where it was.
    const dat = mail(individualAnswers('teacher', cfg)).m;
    expect(dat.body.indexOf(edit)).toBeGreaterThan(dat.body.indexOf(CONFIRMATION.nothingToFix('Phòng')));
  });

  it('links only the address the tool gives, never one a form answer wrote', () => {
    const html = render([{ text: `Xem https://evil.example/x và sửa tại ${EDIT}`, link: { url: EDIT, label: 'sửa' } }]).htmlBody;
    expect(html).toContain('Xem https://evil.example/x và sửa tại <a href=');
    expect(html.match(/<a /g)!.length).toBe(1);
    // An address that is not plainly https is left as text, escaped.
    const odd = 'https://x.example/"><script>';
    expect(render([{ text: `tại ${odd}`, link: { url: odd, label: 'sửa' } }]).htmlBody).not.toContain('<a ');
  });
});

describe('which registration a sent confirmation said replaced this one', () => {
  it('is read from the subject as it is written now and as earlier versions wrote it, whatever the name holds', () => {
    expect(supersededByInSubject(CONFIRMATION.subjectSuperseded('DK-000003', 'DK-000002', 'Trần Thị Lan'))).toBe('DK-000002');
    expect(supersededByInSubject(CONFIRMATION.subjectSuperseded('DK-000003', 'DK-000002', 'Lan (trùng với phiếu DK-000009) x'))).toBe('DK-000002');
    expect(supersededByInSubject('[Điển hình tiên tiến] Đã nhận phiếu DK-000003 (Trần Thị Lan): không được xét, trùng với phiếu DK-000002')).toBe('DK-000002');
    expect(supersededByInSubject(CONFIRMATION.subject('DK-000003', 'Đạt', 'Không được xét (trùng với phiếu DK-000009)'))).toBeNull();
    expect(supersededByInSubject('[Điển hình tiên tiến] Đã nhận phiếu DK-000003 (Trần Thị Lan): Đạt')).toBeNull();
    // An old subject whose name holds the words: no code read from the name (review diff43 L8).
    expect(supersededByInSubject('[Điển hình tiên tiến] Đã nhận phiếu DK-000003 (Lan: không được xét, trùng với phiếu DK-000009 x): Đạt')).toBeNull();
  });
});

describe('a reminder on a phone', () => {
  it('shows the date in the subject, the days left and what is still to do under it, and links each registration', () => {
    const cfg = config2026(new Date(2028, 4, 20), { 'mail.reminderDaysBefore': '14; 3' });
    const f = form(cfg);
    const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
    const out = evaluateAll({
      config: cfg,
      directoryRows: directoryRows(),
      responseValues: [headerRow(f), answersToRow(f, { ...collectiveAnswers(cfg), [Q.school]: SCHOOLS[1].name, [Q.movements]: {} } as never, new Date(2027, 9, 6), 'x@example.edu.vn')],
      firstSent: new Map([[registrationId(2), new Date(2027, 9, 6).getTime()]]),
      reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)]],
    });
    // The reminder of 01/12/2027 went (and told once that 2026-2027 closed short: review d63 F1).
    const r = reminderFor(reminderKey('TH01', 'DANG-KY-DONG-2028', 14), out, cfg, new Date(2028, 4, 20), () => [new Date(2027, 11, 1, 7)])!;
    const m = reminderEmail(r, cfg.organisation, null, null, () => EDIT);
    expect(onPhone(m.subject)).toContain('Nhắc hạn 31/05/20');
    const items = r.items.length;
    expect(items).toBeGreaterThan(0);
    expect(preheaderOf(m.htmlBody)).toBe(`Còn 11 ngày đến hạn 31/05/2028; đơn vị còn ${items} việc cần hoàn thành.`);
    expect(m.body).toContain(`Sửa phiếu này tại: ${EDIT}`);
    expect(m.htmlBody).toContain(`Sửa phiếu này tại: <a href="${EDIT}">${CONFIRMATION.editLabel('DK-000002')}</a>`);
  });
});

describe('a notice on a phone (review diff45 M2)', () => {
  it('shows the verdict a day of the plan turned, and that a report does not count, within what the inbox shows', () => {
    for (const verdict of Object.values(VERDICT_LABELS)) expect(onPhone(NOTICE_EMAIL.turnedSubject('DK-000012', verdict, '01/06/2025', 'Trường Tiểu học Hòa Bình', 'Tổ chuyên môn Khoa học tự nhiên'))).toContain(verdict);
    expect(onPhone(NOTICE_EMAIL.receiptNotCountedSubject('Năm 2026', 'Trường Tiểu học Hòa Bình'))).toContain('Chưa được tính');
  });
});

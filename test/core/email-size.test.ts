// E-mail bodies within MailApp's size limit, the rest linked to the sheet.
import { describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, SUBJECT_LIMIT, capEmail, capSubject, utf8Length } from '../../src/core/emails';

const URL = 'https://docs.google.com/spreadsheets/d/abc/edit';

describe('capEmail', () => {
  it('leaves an e-mail that fits unchanged', () => {
    const e = { to: 'a@x.vn', subject: 'S', body: 'ngắn', htmlBody: '<p>ngắn</p>' };
    expect(capEmail(e, () => URL)).toBe(e);
  });

  it('cuts a body over the limit, ends it with a link to the sheet, and rebuilds the HTML part escaped', () => {
    const answer = '<b>"ệ"</b>'.repeat(30_000) + '😀'.repeat(10_000);
    const e = { to: 'a@x.vn', subject: 'S', body: `Tên: ${answer}`, htmlBody: `<p>Tên: ${answer}</p>` };
    const c = capEmail(e, () => URL);
    expect(utf8Length(c.body)).toBeLessThanOrEqual(BODY_LIMIT_BYTES);
    expect(utf8Length(c.htmlBody)).toBeLessThanOrEqual(BODY_LIMIT_BYTES);
    expect(c.body.endsWith(URL)).toBe(true);
    expect(c.htmlBody).toContain(URL);
    expect(c.htmlBody).not.toContain('<b>');
    expect(utf8Length(c.body)).toBe(new TextEncoder().encode(c.body).length);
  });
});

describe('capSubject (review r71e F2: MailApp refuses a subject over 250 characters)', () => {
  const school = ' — Trường Phổ thông Dân tộc Bán trú Tiểu học và Trung học cơ sở Nguyễn Văn Trỗi';
  it('leaves a subject of 250 characters as it is', () => {
    const s = 'ê'.repeat(250 - school.length) + school;
    expect(s).toHaveLength(250);
    expect(capSubject(s)).toBe(s);
  });
  it('cuts a longer one in its middle with "…", keeping the school it is for', () => {
    const s = `[Điển hình tiên tiến] Nhắc ${'hạn 15/06/2027: gửi báo cáo kết quả 6 tháng đầu năm 2027 và '.repeat(3)}mốc 15/06/2027: sơ kết giữa giai đoạn${school}`;
    const c = capSubject(s);
    expect(c.length).toBeLessThanOrEqual(SUBJECT_LIMIT);
    expect(c.length).toBeGreaterThan(SUBJECT_LIMIT - 20);
    expect(c.endsWith(`…${school}`)).toBe(true);
    // After a whole word.
    expect(c.slice(0, -school.length - 1).split(' ').every((w) => s.includes(` ${w} `) || s.startsWith(`${w} `))).toBe(true);
    expect(c.startsWith('[Điển hình tiên tiến] Nhắc hạn 15/06/2027')).toBe(true);
  });
  it('cuts the end of one whose last part is too long to keep (no " — ", or a part over half the room)', () => {
    for (const s of ['x'.repeat(400), `Nhắc — ${'y'.repeat(300)}`]) {
      const c = capSubject(s);
      expect(c.length).toBeLessThanOrEqual(SUBJECT_LIMIT);
      expect(c.endsWith('…')).toBe(true);
      expect(s.startsWith(c.slice(0, -1))).toBe(true);
    }
  });
  it('capEmail sends the subject cut, the rest of the e-mail as it was', () => {
    const e = { to: 'a@b.vn', subject: 's'.repeat(300), body: 'x', htmlBody: '<p>x</p>' };
    expect(capEmail(e, () => URL)).toEqual({ ...e, subject: capSubject(e.subject) });
  });
});

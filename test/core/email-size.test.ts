// E-mail bodies within MailApp's size limit, the rest linked to the sheet.
import { describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, capEmail, utf8Length } from '../../src/core/emails';

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

// Review r78p F3 (what Sheets turns typed text into): text typed into a cell that starts with "-" or "+" and is not a
// number is read by Google Sheets as a formula that does not parse (facts file, "Sheets": writes are interpreted as typed
// by a user; untrusted text starting with = + - @ needs an apostrophe), and the cell reads "#ERROR!". The tool already
// reads the words back for "Thẩm định" (review r77c, src/core/typed-words.ts), but not for "Cấu hình": the office's
// "Liên hệ của cơ quan" — written, as Vietnamese offices write such lines, "- Đ/c Trần Thị Lan, …: 0912 345 678", or as
// a phone number with its country code "+84 912 345 678" — is printed at the foot of every e-mail to the schools as
// "Cần trao đổi, xin liên hệ: #ERROR!", and nothing tells the office.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { individualAnswers, officeAfterSetup, SCHOOLS, setConfigValues } from './helpers';

/** The confirmation a school gets for a registration sent after the office typed `contact` into "Liên hệ của cơ quan". */
function confirmationWith(contact: string): string {
  const o = officeAfterSetup(SCHOOLS);
  setConfigValues(o.emu, { 'schoolViews.contact': contact });
  o.bundle.call('setup', undefined, { kind: 'menu' });
  const n = o.emu.mail.sent.length;
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Phạm Thị Dung' } as never, { email: SCHOOLS[0].emails[0] });
  const sent = o.emu.mail.sent.slice(n);
  expect(sent).toHaveLength(1);
  return sent[0].body;
}

describe('r78p F3: "Liên hệ của cơ quan" typed as offices write it', () => {
  it('a line starting with a dash reaches the schools as typed, not as "#ERROR!"', () => {
    const body = confirmationWith('- Đ/c Trần Thị Lan, chuyên viên phụ trách thi đua: 0912 345 678');
    expect(body).not.toContain('#ERROR!');
    expect(body).toContain('Trần Thị Lan, chuyên viên phụ trách thi đua: 0912 345 678');
  });

  it('a phone number with its country code reaches the schools as typed, not as "#ERROR!"', () => {
    const body = confirmationWith('+84 912 345 678');
    expect(body).not.toContain('#ERROR!');
    expect(body).toContain('+84 912 345 678');
  });
});

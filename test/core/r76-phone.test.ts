// A phone number answered "0912345678" is stored by the response tab as the number 912345678 (Sheets types what Forms
// writes; the emulation does the same): the documents print it as typed (proposals.ts phoneAsTyped; review r76p remark).
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, officeAfterSetup } from '../bundle/helpers';
import { phoneAsTyped } from '../../src/core/proposals';

describe('a phone number read back from the response tab', () => {
  it('the premise: a Form answer "0912345678" lands in the response tab as a number', () => {
    const o = officeAfterSetup();
    o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name, [Q.phone]: '0912345678' } as never, { email: SCHOOLS[0].emails[0] });
    const tab = o.emu.spreadsheets.values('Phiếu đăng ký');
    expect(tab[1][tab[0].indexOf(Q.phone)]).toBe(912345678);
  });

  it('gives back the leading zero of 9- and 10-digit numbers and the plus of +84…, leaves everything else', () => {
    expect(phoneAsTyped('912345678')).toBe('0912345678');
    expect(phoneAsTyped('2163852123')).toBe('02163852123');
    expect(phoneAsTyped('84912345678')).toBe('+84912345678');
    expect(phoneAsTyped('0912345678')).toBe('0912345678');
    expect(phoneAsTyped('0912 345 678')).toBe('0912 345 678');
    expect(phoneAsTyped('')).toBe('');
    expect(phoneAsTyped('113')).toBe('113');
  });
});

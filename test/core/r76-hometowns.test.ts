// What tells two registrations of one name and birth year apart (duplicates.ts apartBy, the rule of TellApart): a
// gender, or hometowns that are two places — read as typed, in the units before 2025 or after (review r76n F1, F3).
import { describe, expect, it } from 'vitest';
import { apartBy } from '../../src/core/duplicates';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';
import { individualAnswers, parseOne } from './helpers';

const person = (hometown: string, gender = 'Nữ') => parseOne({ ...individualAnswers('teacher'), [REPORT_QUESTIONS.hometown]: hometown, [REPORT_QUESTIONS.gender]: gender });
const apart = (a: string, b: string) => apartBy(person(a), person(b));

describe('two hometowns', () => {
  it('one commune with its district or province in the old units on one and the new on the other: one place for two schools, two for one (flagged)', () => {
    const clearly = (a: string, b: string) => apartBy(person(a), person(b), true);
    for (const [a, b] of [
      ['Xã Âu Lâu, thành phố Yên Bái, tỉnh Yên Bái', 'Xã Âu Lâu, tỉnh Lào Cai'],
      ['xã Minh Bảo - Yên Bái', 'Xã Minh Bảo, tỉnh Lào Cai'],
      // A village of that commune, and the commune.
      ['Thôn Nà Lầu, xã Âu Lâu, huyện Trấn Yên, tỉnh Yên Bái', 'Xã Âu Lâu, tỉnh Lào Cai'],
    ]) {
      expect(clearly(a, b), `${a} / ${b}`).toBeNull();
      // At one school, a pair this splits is flagged for the council (duplicates.ts markAlike).
      expect(apart(a, b), `${a} / ${b}`).toBe('hometown');
    }
    // Two communes stay two places for two schools too.
    expect(clearly('Thôn 3, xã Pá Cang, tỉnh Lào Cai', 'Thôn 3, xã Tả Van, tỉnh Lào Cai')).toBe('hometown');
  });

  it('written shorter or longer: one place, as before', () => {
    expect(apart('Lào Cai', 'Xã Pá Cang, tỉnh Lào Cai')).toBeNull();
    expect(apart('P. Đồi Thông, T. Lào Cai', 'Phường Đồi Thông, tỉnh Lào Cai')).toBeNull();
    expect(apart('', 'Xã Pá Cang, tỉnh Lào Cai')).toBeNull();
  });

  it('two communes, of one province or of one district: two places', () => {
    expect(apart('Xã Pá Cang, tỉnh Lào Cai', 'Xã Tả Van, tỉnh Lào Cai')).toBe('hometown');
    expect(apart('Xã Pá Cang, huyện Bắc Hà, tỉnh Lào Cai', 'Xã Bản Liền, huyện Bắc Hà, tỉnh Lào Cai')).toBe('hometown');
    // Villages are numbered alike in every commune: the commune is what is compared (review d76 F6).
    expect(apart('Thôn 3, xã Pá Cang, tỉnh Lào Cai', 'Thôn 3, xã Tả Van, tỉnh Lào Cai')).toBe('hometown');
    expect(apart('Thôn 3, xã Pá Cang, tỉnh Lào Cai', 'Thôn 3, xã Pá Cang, Lào Cai')).toBeNull();
  });

  it('genders that differ tell two people apart first', () => {
    expect(apartBy(person('Xã Pá Cang', 'Nam'), person('Xã Pá Cang', 'Nữ'))).toBe('gender');
    expect(apartBy(person('Xã Pá Cang', ''), person('Xã Pá Cang', 'Nữ'))).toBeNull();
  });
});

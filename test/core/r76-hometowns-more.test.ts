// Hometowns as clerks type them, after the reviews of stop 76 (duplicates.ts apartBy; `clearly`: two schools' reading).
// At one school a pair told apart is split and flagged for the council, so a doubt is read as two places; for two
// schools a pair is flagged unless clearly two places, so a doubt is read as one.
import { describe, expect, it } from 'vitest';
import { apartBy } from '../../src/core/duplicates';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';
import { individualAnswers, parseOne } from './helpers';

const person = (hometown: string) => parseOne({ ...individualAnswers('teacher'), [REPORT_QUESTIONS.hometown]: hometown });
const read = (a: string, b: string) => [apartBy(person(a), person(b)), apartBy(person(a), person(b), true)];

describe('a hometown written by its initials or without commas', () => {
  it('"HN", "TP.HCM" alone: one place with "Hà Nội", "Thành phố Hồ Chí Minh" for two schools; two at one school ("HN" is also "Hải Ninh")', () => {
    expect(read('Hà Nội', 'HN')).toEqual(['hometown', null]);
    expect(read('Thành phố Hồ Chí Minh', 'TP.HCM')).toEqual(['hometown', null]);
    expect(read('Hải Ninh', 'HN')).toEqual(['hometown', null]);
  });

  it('a commune written with its district and province without commas is the commune written with them', () => {
    expect(read('Tổ 5, Phường Đồi Ngô, Lục Nam, Bắc Giang', 'Tổ 5 Phường Đồi Ngô Lục Nam Bắc Giang')).toEqual([null, null]);
    // One word more is another commune's name, not its district's and province's.
    expect(read('Xã Hòa, Lào Cai', 'Xã Hòa Bình, Lào Cai')[0]).toBe('hometown');
  });
});

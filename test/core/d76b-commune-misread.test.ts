// Review d76b F2 (after the fix of d76 F6). Who is hurt: the second of two teachers of one school who share a name and
// a birth year, and the school, which wrote their hometowns as people commonly do; at two schools, the council, which
// is told "Có thể trùng người" of two people the hometowns tell apart.
// Now: duplicates.ts computePlace takes as the commune "the first part written xã/phường/…, else the first part", and
// placesApart calls two hometowns one place when either's commune is any part of the other's. So:
//  - a commune written without its kind after a numbered village ("Thôn 3, Pá Cang, Lào Cai") falls back to the
//    village, "3": "Thôn 3, Pá Cang, Lào Cai" and "Thôn 3, Tả Van, Lào Cai" are one place (the d76 F6 case, commas and
//    all, only without the word "xã");
//  - a township named like its district (very common: thị trấn Sóc Sơn, Đông Anh, Thường Tín, Phú Xuyên …) has its
//    name among the other's parts: "Thị trấn Sóc Sơn, huyện Sóc Sơn" and "Xã Phù Linh, huyện Sóc Sơn" are one place.
// At one school the second registration then replaces the first ("Đã thay thế"), as in d76 F6.
// Should: a village part (thôn, xóm, bản, tổ, ấp …) is never taken as the commune; a commune is matched against the
// other's commune-level part (or its first part that is not a district/province), not against its district's name.
// Severity: Medium (a real teacher replaced without anyone deciding, for hometowns written in common ways).
import { describe, expect, it } from 'vitest';
import { apartBy } from '../../src/core/duplicates';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';
import { individualAnswers, parseOne } from './helpers';

const person = (hometown: string) => parseOne({ ...individualAnswers('teacher'), [REPORT_QUESTIONS.hometown]: hometown, [REPORT_QUESTIONS.gender]: 'Nữ' });
const apart = (a: string, b: string) => apartBy(person(a), person(b));

describe('hometowns the commune rule misreads (d76b F2)', () => {
  it('a numbered village, then a commune written without "xã": two communes, two places', () => {
    expect(apart('Thôn 3, Pá Cang, Lào Cai', 'Thôn 3, Tả Van, Lào Cai')).toBe('hometown');
    expect(apart('Xóm 5, Nghi Phong, Nghi Lộc, Nghệ An', 'Xóm 5, Nghi Thái, Nghi Lộc, Nghệ An')).toBe('hometown');
  });
  it('a township named like its district, and another commune of that district: two places', () => {
    expect(apart('Thị trấn Sóc Sơn, huyện Sóc Sơn, Hà Nội', 'Xã Phù Linh, huyện Sóc Sơn, Hà Nội')).toBe('hometown');
  });
});

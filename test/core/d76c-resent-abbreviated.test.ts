// Review d76c F6. Who is hurt: a school clerk who sends a teacher's form again (a new form instead of the edit link, to
// correct an answer) and types her hometown short the second time, and the council, which gets a needless case.
// Now: duplicates.ts placesApart (one school's two registrations of one subject) calls two hometowns two places unless
// every part of one matches a part of the other, by name. The same place abbreviated differs by name: "Phường 1, Quận 3,
// TP. Hồ Chí Minh" and "P.1, Q.3, TP.HCM" ("ho chi minh" / "hcm"), "Xã Kim Chung, huyện Đông Anh, TP. Hà Nội" and
// "Xã Kim Chung, Đông Anh, HN". So the resent form no longer replaces the first: both are in force, flagged "Có thể trùng
// người", and the school is e-mailed about a possible second person. Before 42050622 the commune named in both made
// them one place and the second replaced the first.
// Should: the same commune (or numbered ward of the same district) with only the province or city abbreviated is one
// place: the later registration replaces the earlier, as for any resent form.
// Severity: Low (a flag too many and an e-mail to the school; the council can sort it out).
import { describe, expect, it } from 'vitest';
import { apartBy } from '../../src/core/duplicates';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';
import { individualAnswers, parseOne } from './helpers';

const person = (hometown: string) => parseOne({ ...individualAnswers('teacher'), [REPORT_QUESTIONS.hometown]: hometown, [REPORT_QUESTIONS.gender]: 'Nữ' });
const apart = (a: string, b: string) => apartBy(person(a), person(b));

describe('one person resent at one school, her hometown abbreviated the second time (d76c F6)', () => {
  it('"Phường 1, Quận 3, TP. Hồ Chí Minh" and "P.1, Q.3, TP.HCM": one place', () => {
    expect(apart('Phường 1, Quận 3, TP. Hồ Chí Minh', 'P.1, Q.3, TP.HCM')).toBeNull();
  });
  it('"Xã Kim Chung, huyện Đông Anh, TP. Hà Nội" and "Xã Kim Chung, Đông Anh, HN": one place', () => {
    expect(apart('Xã Kim Chung, huyện Đông Anh, TP. Hà Nội', 'Xã Kim Chung, Đông Anh, HN')).toBeNull();
  });
});

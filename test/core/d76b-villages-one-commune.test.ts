// Review d76b F5 (a regression of the fix of d76 F6). Who is hurt: the second of two teachers of one school who share a
// name and a birth year and come from two villages of one commune (clan names repeat in the northern mountains:
// "Giàng A Páo", "Sùng A Sình"; a school's teachers often come from the communes around it), and the school, which
// wrote their hometowns as the form's description asks ("ghi quê quán của từng người để cả hai phiếu được xét").
// Before the fix: "Thôn Nà Lầu, xã Âu Lâu, tỉnh Lào Cai" and "Thôn Khe Lếch, xã Âu Lâu, tỉnh Lào Cai" were two places
// (their first parts differ): both registrations in force, flagged "Có thể trùng người" for the council (r76n F1).
// Now: duplicates.ts placesApart compares only the communes ("Âu Lâu" in both): one place. TellApart cannot tell them
// apart, twoPeople keeps one subject, and the second teacher silently replaces the first ("Đã thay thế"). Likewise
// "Thôn 3, xã Pá Cang" and "Thôn 5, xã Pá Cang".
// Should: two villages named differently are two places (a village omitted on one side stays one place: "Thôn Nà Lầu,
// xã Âu Lâu" and "Xã Âu Lâu" — that is what the commune rule is for). At one school the pair stays in force and is
// flagged for the council, as before the fix.
// Severity: Medium (rare, but a real teacher is replaced without anyone deciding, where the last stop kept her).
import { describe, expect, it } from 'vitest';
import { apartBy } from '../../src/core/duplicates';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';
import { individualAnswers, parseOne } from './helpers';

const person = (hometown: string) => parseOne({ ...individualAnswers('teacher'), [REPORT_QUESTIONS.hometown]: hometown, [REPORT_QUESTIONS.gender]: 'Nam' });
const apart = (a: string, b: string) => apartBy(person(a), person(b));

describe('two villages of one commune (d76b F5)', () => {
  it('named villages: two places', () => {
    expect(apart('Thôn Nà Lầu, xã Âu Lâu, tỉnh Lào Cai', 'Thôn Khe Lếch, xã Âu Lâu, tỉnh Lào Cai')).toBe('hometown');
  });
  it('numbered villages: two places', () => {
    expect(apart('Thôn 3, xã Pá Cang, tỉnh Lào Cai', 'Thôn 5, xã Pá Cang, tỉnh Lào Cai')).toBe('hometown');
  });
  it('a village written on one side only: one place, as the commune rule has it', () => {
    expect(apart('Thôn Nà Lầu, xã Âu Lâu, tỉnh Lào Cai', 'Xã Âu Lâu, tỉnh Lào Cai')).toBeNull();
  });
});

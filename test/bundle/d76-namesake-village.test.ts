// Review d76 F6. Who is hurt: the second of two teachers of one school who share a name and a birth year (two Hmong
// teachers "Giàng A Páo", 1990 — the case of review r76n F1), and the school, which wrote their hometowns as the
// replaced notice asks and as most people in the northern mountains write them: the village first, "Thôn 3, xã Pá
// Cang, tỉnh Lào Cai" and "Thôn 3, xã Tả Van, tỉnh Lào Cai" (villages are numbered in every commune).
// Now: duplicates.ts placesApart reads the first part of a hometown as its smallest unit, and two hometowns whose first
// parts match as one place written in old and new units (review r76n F3). "thôn" is a word of a place's kind, so both
// first parts are "3": one place. TellApart cannot tell the two apart, twoPeople keeps one subject, and the second
// teacher silently replaces the first ("Đã thay thế") — although their communes differ, and although the school did
// exactly what the notice (NOTICE_EMAIL.replacedNamesakes) told it to do.
// Should: a hometown's smallest unit that is a village (thôn, xóm, bản, tổ, ấp …) is not what makes two hometowns one
// place; the communes "Pá Cang" and "Tả Van" tell them apart, both registrations stay in force.
// Severity: High (a real teacher drops out without anyone deciding; the school cannot keep both by following the e-mail).
import { describe, expect, it } from 'vitest';
import { twoAtOneSchool } from './namesakes-lib';

describe('two namesakes of one school whose hometowns start with a numbered village (d76 F6)', () => {
  it('both stay in force', () => {
    const verdicts = twoAtOneSchool('Thôn 3, xã Pá Cang, tỉnh Lào Cai', 'Thôn 3, xã Tả Van, tỉnh Lào Cai', { name: 'Giàng A Páo', year: '1990', gender: 'Nam' });
    expect(verdicts).toEqual({ 'DK-000002': 'Đạt', 'DK-000003': 'Đạt' });
  });
});

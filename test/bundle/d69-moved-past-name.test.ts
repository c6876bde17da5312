// Review d69 of w69h's fix (the notice that a deadline moved to a day already past keyed by the school's name hashed,
// "HQ:@…"): a school is the same school when the clerk corrects a typo in its name in "Đơn vị" without typing the old
// one into "Tên cũ" (as the clerk of review d68 did) — its code, its e-mail, its reminders are the same. The version
// before (719483c, "HQ:<code>:…") told it once; keyed by the name alone, the corrected name is told a second time.
import { describe, expect, it } from 'vitest';
import { movedPastSeason } from './moved-past-lib';
import { HOA_BINH, SCHOOLS } from './r67r-lib';

const typo = SCHOOLS.map((s) => (s.code === HOA_BINH.code ? { ...s, name: 'Trường Tiểu học Hòa Binh' } : s));

/** The mornings with `first` in "Đơn vị", corrected to SCHOOLS on 09/06 (moved-past-lib movedPastSeason). */
const season = (first: typeof SCHOOLS) => movedPastSeason(new Map([[9, SCHOOLS]]), first);

describe('d69: the notice that a deadline moved past, the school\'s name corrected in "Đơn vị" without "Tên cũ"', () => {
  it('a typo in the name ("Hòa Binh") corrected the day after the notice: the same school (code, e-mail) is told once', () => {
    const { w, told } = season(typo);
    expect(w.failures()).toEqual([]);
    expect(told.map((m) => new Date(m.date).getDate())).toEqual([8]);
  });
});

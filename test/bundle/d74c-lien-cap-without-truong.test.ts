// Review d74c F2 — Medium (regression of a0e64bbc). Who is hurt: a liên cấp school ("Trường TH và THCS Quang Minh") that
// sends its own registration ("Toàn đơn vị") again, to correct it, writing its name the short way without "Trường" —
// "TH và THCS Quang Minh", as a single-level school may write "Tiểu học Hòa Bình" and still be the school itself.
// What happens now: isSchoolItself (src/core/unit-names.ts) now takes a level outside the school's name as written for
// a section whenever the school has more than one level (`own.size > 1`). With no "Trường", all the school's words
// ("TH", "THCS") are "before" its name, so its full own name reads as a part of itself. The two registrations of the
// school are then two subjects: the new one does not replace the old one, and "Thẩm định" lists the school twice,
// the old incomplete registration beside the corrected one (before a0e64bbc the second replaced the first).
// What should happen: the school's name with all its levels ("TH và THCS Quang Minh", "TH&THCS Quang Minh") is the
// school itself, "Trường" or not: the later registration replaces the earlier. Only a level the name does not hold
// all of ("Tiểu học Quang Minh", "Trường TH và THCS Quang Minh - Tiểu học") is a section.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, officeAfterSetup, schoolThenCollective } from './helpers';

describe('d74c F2: a liên cấp school’s own name written without “Trường”', () => {
  it('is the school itself: its registration sent again replaces the earlier one', () => {
    const lienCap = { ...SCHOOLS[2], name: 'Trường TH và THCS Quang Minh' };
    // Sent again the next day, the name written the short way: one registration of the school stands, the later one.
    expect(schoolThenCollective(officeAfterSetup([SCHOOLS[0], SCHOOLS[1], lienCap]), lienCap, 'TH và THCS Quang Minh')).toEqual(['TH và THCS Quang Minh']);
  });
});

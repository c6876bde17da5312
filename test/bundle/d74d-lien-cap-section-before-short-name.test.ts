// Review d74d F2 — Medium (regression of 6aecadc0). Who is hurt: a liên cấp school ("Trường TH và THCS Quang Minh")
// that registered itself ("Toàn đơn vị"), and its primary section, which registers too ("Bộ phận của đơn vị") under
// the name its clerk writes the short way, without "Trường": "Tiểu học - TH&THCS Quang Minh" (the level first, then the
// school's short name, as "Tiểu học - Trường TH và THCS Quang Minh" is written with it).
// What happens now: isSchoolItself (src/core/unit-names.ts sectionOf) collects the level words before the school's
// own words into a SET: "Tiểu học", "TH", "THCS" become {tiểu học, THCS}, exactly the school's own levels, so the
// section's name reads as the school's full name and the section as the school itself. The two registrations become
// one subject: the section's, sent later, replaces the school's own registration ("Thẩm định" marks the school's
// "Đã được thay thế"), and what the council decides is about the primary section, not the school. Before 6aecadc0
// (ofPart) a level before the name of a liên cấp school was a section, as it still is with "Trường" or after the name.
// What should happen: a level named besides the school's own levels ("Tiểu học" before "TH&THCS Quang Minh") is a
// section, "Trường" or not: the school's registration and its primary section's both stand. Only a name whose level
// words are the school's own, each once ("TH&THCS Quang Minh", "TH và THCS Quang Minh"), is the school itself.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, officeAfterSetup, schoolThenCollective } from './helpers';

describe('d74d F2: a liên cấp school’s primary section named before the school’s short name', () => {
  it('is a part of the school, not the school itself: it does not replace the school’s own registration', () => {
    const lienCap = { ...SCHOOLS[2], name: 'Trường TH và THCS Quang Minh' };
    // The next day its primary section registers, as a part, "Trường" left out of the name: both stand.
    const standing = schoolThenCollective(officeAfterSetup([SCHOOLS[0], SCHOOLS[1], lienCap]), lienCap, 'Tiểu học - TH&THCS Quang Minh', true);
    expect(standing).toEqual([lienCap.name, 'Tiểu học - TH&THCS Quang Minh']);
  });
});

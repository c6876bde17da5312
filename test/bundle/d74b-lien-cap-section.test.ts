// Review d74b F4 — Medium. Who is hurt: a liên cấp school ("Trường TH và THCS Quang Minh": Tiểu học và THCS in one
// school, common in rural and mountain districts) that registers itself ("Toàn đơn vị") and, separately, its primary
// section ("Một bộ phận") named the way the school's own name is followed by its section: "Trường TH và THCS Quang Minh
// - Tiểu học".
// What happens now: isSchoolItself (unit-names.ts, b6e450c1) decides by position: a level named BEFORE the school is a
// section ("Tiểu học - Trường TH và THCS Quang Minh" is a part, as its own test says), but a level AFTER the school's
// words is a section only when the school's listed name lacks it. A liên cấp school's name holds both levels, so its
// section written after the name is taken for the school itself: one subject with the school's registration
// (duplicates.ts subjectKey, ledger.ts subjectOfRow), and the later replaces the earlier — the school's own registration
// is shown "superseded", out of the council's review, though the school never withdrew it. The same section written
// the other way round is kept apart: which registration survives depends on word order alone.
// What should happen: a level written after the school's name that names a section of it (as "Trường MN Hoa Sen - Nhà
// trẻ" is one) is a part for a liên cấp school too: both registrations stand.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, officeAfterSetup, schoolThenCollective } from './helpers';

describe('d74b F4: the primary section of a liên cấp school, named after the school', () => {
  it('does not replace the school’s own registration', () => {
    const lienCap = { ...SCHOOLS[2], name: 'Trường TH và THCS Quang Minh' };
    // The school itself, then its primary section, named after it.
    const standing = schoolThenCollective(officeAfterSetup([SCHOOLS[0], SCHOOLS[1], lienCap]), lienCap, 'Trường TH và THCS Quang Minh - Tiểu học', true);
    // Neither is replaced by the other.
    expect(standing).toEqual([lienCap.name, 'Trường TH và THCS Quang Minh - Tiểu học']);
  });
});

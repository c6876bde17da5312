// Review d74 F4 — Medium. Who is hurt: a school whose official name carries words "Đơn vị" leaves out — "Trường PTDTBT
// Tiểu học Hòa Bình" (Phổ thông dân tộc bán trú: common in mountain districts such as Yên Bái's) listed as "Trường Tiểu
// học Hòa Bình", or a "Trường Mẫu giáo …" listed under its newer name "Trường Mầm non …" — and the council.
// Scenario: the school registers itself ("Toàn đơn vị") under the name as listed, then sends it again as a correction
// (a new response, not through the edit link) under its full official name.
// What happens now: commit 3f3788de made the subject of a collective named with its school's name the school itself
// only when it "names no level or section the school's own name lacks" (isSchoolItself), to keep "Nhà trẻ Trường Mầm non
// Hoa Sen" apart. "PTDTBT" (and "Mẫu giáo" for a "Mầm non" school) counts as such a section: the school under its full
// name is now ANOTHER subject beside itself. Before the change the second replaced the first; now both are in force,
// both "Đạt", both can be proposed — the school commended twice — and the register's re-keying (SUBJECT_KEYS 3) revives,
// in an office already running, the earlier of two such registrations that had been replaced.
// What should happen: words that only qualify the kind of school (PTDTBT, PTDTNT, bán trú, Mẫu giáo/Mầm non) do not
// make a part; the later registration of the school itself replaces the earlier, as before 3f3788de.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, officeAfterSetup, schoolThenCollective } from './helpers';

describe('d74 F4: the school itself sent again under its full official name', () => {
  it('the later registration replaces the earlier (one subject), as before', () => {
    // "Trường Tiểu học Hòa Bình" in "Đơn vị", sent again under its name as officially written.
    expect(schoolThenCollective(officeAfterSetup(), SCHOOLS[1], 'Trường PTDTBT Tiểu học Hòa Bình')).toEqual(['Trường PTDTBT Tiểu học Hòa Bình']);
  });
});

// Review r66g: the clerk changes a school's e-mail in "Đơn vị" mid-season (the merged school got a new mailbox). The
// registrations the school sent from its address of the time must keep what being the school's gave them: README, "Ai
// được nói thay trường" — a registration from an address not in "Đơn vị" never replaces the school's verified one. What
// the register saw when each was first sent (its stamp, Registration.sentAs) stands for the school's address of the time.
import { describe, expect, it } from 'vitest';
import { identityFlagList } from '../../src/core/duplicates';
import { directoryToRows, parseDirectory } from '../../src/core/directory';
import { listedSchools } from '../../src/core/ledger';
import type { Registration } from '../../src/core/registration';
import { SCHOOLS, individualAnswers, parseAnswers } from './helpers';

/** A parsed registration with some fields changed, still one (its answers read as parsed: a spread would lose them). */
const as = (r: Registration, patch: Partial<Registration>): Registration => Object.assign(Object.create(Object.getPrototypeOf(r)) as Registration, r, patch);

describe('r66g: a school\'s address changed in "Đơn vị"', () => {
  it('the school\'s registration sent from its address of the time is not replaced by a later one from an unlisted address', () => {
    const school = SCHOOLS[0];
    const old = school.emails[0];
    // One teacher, registered by the school on 2 January from its address, and again on 3 January from a personal
    // address nobody lists (as anyone may send a registration in the school's name).
    const parsed = parseAnswers([individualAnswers(), individualAnswers()]);
    expect(parsed.errors).toEqual([]);
    const [fromSchool, fromOutside] = parsed.registrations;
    // What the register stamped when it first saw each (src/core/ledger.ts listedSchools): the school listed the first
    // sender; nobody the second.
    const sentAs = listedSchools(directoryToRows(SCHOOLS));
    const regs = (dirRows: string[][]): Registration[] => {
      const s = parseDirectory(dirRows).byCode.get(school.code)!;
      return [
        as(fromSchool, { school: s, email: old, sentAs: sentAs(old) }),
        as(fromOutside, { school: s, email: 'ai.do@gmail.com', sentAs: sentAs('ai.do@gmail.com') }),
      ];
    };
    // Before the edit: the school's stands, the outsider's is replaced by it.
    const before = identityFlagList(regs(directoryToRows(SCHOOLS)));
    expect(before[0].supersededBy).toBeUndefined();
    expect(before[1].supersededBy).toBe(fromSchool.id);
    // The clerk types the school's new address over the old one.
    const after = identityFlagList(regs(directoryToRows([{ ...school, emails: ['truongmoi@example.edu.vn'] }, ...SCHOOLS.slice(1)])));
    // The school's registration still stands: the edit of "Đơn vị" did not hand its place to the unlisted sender.
    expect(after[0].supersededBy).toBeUndefined();
    expect(after[0].unverified).toBe(false);
    expect(after[1].supersededBy).toBe(fromSchool.id);
    // Renamed since, its old name in "Tên cũ": still the school that listed the sender.
    const renamedRows = directoryToRows([{ ...school, name: 'Trường Tiểu học Hòa Bình Mới', emails: ['truongmoi@example.edu.vn'] }, ...SCHOOLS.slice(1)]);
    renamedRows[1][7] = school.name;
    const renamed = identityFlagList(regs(renamedRows));
    expect(renamed[0].unverified).toBe(false);
    // Stamped for another school: not this one's.
    const other = identityFlagList([as(fromSchool, { school: parseDirectory(directoryToRows(SCHOOLS)).byCode.get(SCHOOLS[1].code)!, email: old, sentAs: sentAs(old) })]);
    expect(other[0].unverified).toBe(true);
  });
});

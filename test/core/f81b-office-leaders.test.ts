// Fix f81b (review r81c F1, F2): who is rated per calendar year, and who is asked the staff's CN-11/CN-12.
// Plan II.1 ("Cá nhân là cán bộ, công chức, viên chức, người lao động ngành GD&ĐT") and II.2.b ("Riêng cán bộ quản lý,
// đảng viên và người đứng đầu cơ quan, đơn vị …"; "Nếu là giáo viên, nhân viên, người lao động …").
import { describe, expect, it } from 'vitest';
import { directoryToRows, parseDirectory } from '../../src/core/directory';
import { ratedPerCalendarYear, ratingRole } from '../../src/core/registration';
import { isStaffGroup } from '../../src/core/validate';
import { OFFICE_UNIT, SCHOOLS } from './helpers';

const SELF = { code: 'QM', name: 'Trường THCS Quang Minh', level: 'THCS', ward: '', cluster: '', principal: 'Phạm Thị Thu', emails: ['vanphong@thcsquangminh.example.vn'] };

describe('ratedPerCalendarYear: the office’s own unit, whatever the role', () => {
  it('rates a manager registered under the office per calendar year, and a school’s manager per school year', () => {
    const dir = parseDirectory(directoryToRows([...SCHOOLS, OFFICE_UNIT]));
    const office = dir.schools.find((s) => s.name === OFFICE_UNIT.name)!;
    const school = dir.schools.find((s) => s.name === SCHOOLS[0].name)!;
    expect(ratedPerCalendarYear({ role: 'manager', school: office })).toBe(true);
    expect(ratingRole({ role: 'manager', school: office })).toBe('official');
    expect(ratedPerCalendarYear({ role: 'manager', school })).toBe(false);
    expect(ratingRole({ role: 'manager', school })).toBe('manager');
    // The office's own role, wherever it was answered (a school's is flagged by the parser: parseOfficialAtSchool).
    expect(ratedPerCalendarYear({ role: 'official', school: null })).toBe(true);
  });

  it('leaves a school running the tool for itself (its own row is `office`, with its school level) per school year', () => {
    const dir = parseDirectory(directoryToRows([SELF]), SELF.name);
    const self = dir.schools[0];
    expect(self.office).toBe(true);
    expect(ratedPerCalendarYear({ role: 'manager', school: self })).toBe(false);
    expect(ratedPerCalendarYear({ role: 'teacher', school: self })).toBe(false);
  });
});

describe('isStaffGroup: not a head (II.2.b)', () => {
  const person = (role: 'official' | 'teacher', head: boolean, partyMember = false) =>
    ({ kind: 'individual', role, head, partyMember }) as unknown as Parameters<typeof isStaffGroup>[0];
  it('holds the office’s staff and teachers, not the head of the office or of a school', () => {
    expect(isStaffGroup(person('official', false))).toBe(true);
    expect(isStaffGroup(person('teacher', false, true))).toBe(true);
    expect(isStaffGroup(person('official', true))).toBe(false);
    expect(isStaffGroup(person('teacher', true))).toBe(false);
  });
});

describe('the note of a rating written early, to a person of the office (review r81c F1)', () => {
  it('does not say a school edits the form', async () => {
    const { noteEarlyRatings, EARLY_RATINGS_EDIT, EARLY_RATINGS_EDIT_OFFICE } = await import('../../src/core/messages');
    const years = [{ year: 'năm học 2024-2025', from: '01/11/2024' }];
    expect(noteEarlyRatings(['Kết quả'], years, '15/10/2024')).toContain(EARLY_RATINGS_EDIT);
    const office = noteEarlyRatings(['Kết quả'], years, '15/10/2024', true);
    expect(office.endsWith(EARLY_RATINGS_EDIT_OFFICE)).toBe(true);
    expect(office).not.toContain('trường');
  });
});

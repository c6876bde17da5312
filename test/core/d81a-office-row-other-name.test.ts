// Review helper d81a F4 (adversarial reading of f81b: an office row whose "Cấp học" is blank). "Đơn vị" lists the office
// under a shorter name than Cấu hình's ("Phòng GD&ĐT thành phố Yên Bái" for "Phòng Giáo dục và Đào tạo thành phố Yên
// Bái"), "Cấp học" left blank — optional in docs/workbook.md. The tool takes that row for the office's own: the form
// offers "Công chức, viên chức của cơ quan quản lý giáo dục" (directory.ts officeListed: "a row of the office under
// another name, 'Cấp học' blank", review d78), an official registered under it is not flagged (parseOfficialAtSchool
// needs a level) and is rated per calendar year. Its leaders follow f81b's own form help («lãnh đạo cơ quan (Trưởng
// phòng, Phó trưởng phòng…) chọn “Cán bộ quản lý”, ở câu đơn vị cũng chọn tên cơ quan») — and directory.ts
// isOfficeOwnUnit (office flag or Cấp học “Cơ quan quản lý”) does not count that row: r81c F1 is still there for them.
// The Phó trưởng phòng rated "xuất sắc" in 2024 (December 2024, on row 2024-2025 as the grid's help asks) is "Chưa đạt"
// at the final conference, told the school year has not ended, as before f81b.
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { Q, RATING_CHOICES, ROLE_CHOICES, YES, NO } from '../../src/core/registration-form';
import { earlyRatingsNote, ratingOf } from '../../src/core/registration';
import { directoryToRows } from '../../src/core/directory';
import { SCHOOLS, answersToRow, config, form, headerRow, individualAnswers, schoolYearGrid } from './helpers';

const d = (y: number, m: number, day: number, h = 0) => new Date(y, m - 1, day, h);
const CN10 = 'CN-10-XUAT-SAC';
const { good, excellent, none } = RATING_CHOICES;
const XS_2024: Record<number, string> = { 2021: good, 2022: good, 2023: good, 2024: excellent };
const OFFICE_ROW = { code: 'PGD', name: 'Phòng GD&ĐT thành phố Yên Bái', level: '', ward: '', cluster: '', principal: 'Trần Văn Minh', emails: ['pgd@example.edu.vn'] };

describe('d81a F4: the office listed under another name, "Cấp học" blank', () => {
  it.each([
    ['Cán bộ quản lý', 'manager'],
    ['Công chức, viên chức (control)', 'official'],
  ] as const)('a Phó trưởng phòng registered under it as %s: the 2024 "xuất sắc" counts at the final conference', (_label, role) => {
    const cfg = config(d(2025, 3, 20));
    expect(cfg.organisation.name).toBe('Phòng Giáo dục và Đào tạo thành phố Yên Bái');
    const f = form(cfg);
    const a = individualAnswers(role === 'manager' ? 'manager' : 'official', cfg);
    a[Q.school] = OFFICE_ROW.name;
    a[Q.individualName] = 'Nguyễn Thị Hòa';
    a[Q.role] = ROLE_CHOICES[role];
    a[Q.partyMember] = YES;
    a[Q.head] = NO;
    a[Q.individualRatings] = schoolYearGrid(cfg, (y) => XS_2024[y] ?? none);
    const out = evaluateAll({
      config: cfg,
      directoryRows: directoryToRows([...SCHOOLS, OFFICE_ROW]),
      responseValues: [headerRow(f), answersToRow(f, a, d(2024, 12, 20, 9), OFFICE_ROW.emails[0])],
      firstSent: new Map([['DK-000002', d(2023, 1, 10, 9).getTime()]]),
    });
    const r = out.registrations[0];
    expect(r.schoolName).toBe(OFFICE_ROW.name);
    expect(ratingOf(r, 2024)).toBe('excellent');
    expect(earlyRatingsNote(r)).toBeNull();
    const cn10 = r.results.find((x) => x.criterionId === CN10)!;
    expect(cn10.message).not.toContain('năm học chưa kết thúc');
    expect(cn10.status).toBe('met');
    expect(r.verdict).toBe('dat');
  });
});

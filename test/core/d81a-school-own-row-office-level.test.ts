// Review helper d81a F3 (adversarial reading of f81b: a school running the tool for itself). README ('Đơn vị') tells
// such a school how to list itself: «Dòng mang đúng tên cơ quan ở trang Cấu hình (hoặc Cấp học “Cơ quan quản lý”) là của
// chính cơ quan … — nhà trường tự dùng công cụ cho cán bộ, giáo viên của mình thì ghi chính trường ở một dòng như thế»,
// and docs/workbook.md makes "Cấp học" optional. A school that follows the README with Cấp học “Cơ quan quản lý” (or
// leaves it blank) is, since f81b, "the office's own unit" (directory.ts isOfficeOwnUnit): every teacher of the school is
// rated per calendar year (registration.ts ratedPerCalendarYear), whatever the role. A teacher's row of school year
// 2024-2025 then counts from 01/11/2024 instead of the end of the school year: "xuất sắc" written in April 2025, before
// the school year is over, meets CN-10 with no "written early" note, and the documents print «Hoàn thành xuất sắc nhiệm vụ (năm 2024), Hoàn thành tốt
// nhiệm vụ (năm 2021, 2022, 2023)». Before f81b (168f01d3) the rating was set aside as written early and the documents
// printed «… (2024-2025), … (2021-2022, 2022-2023, 2023-2024)».
import { describe, expect, it } from 'vitest';
import { evaluateAll, type EvaluatedRegistration } from '../../src/core/evaluate';
import { ratingsText } from '../../src/core/proposals';
import { Q, RATING_CHOICES, YES, type FormAnswers } from '../../src/core/registration-form';
import { earlyRatingsNote, ratingOf } from '../../src/core/registration';
import { directoryToRows } from '../../src/core/directory';
import { OFFICE_LEVEL } from '../../src/core/messages/validation';
import { type OfficeConfig } from '../../src/core/config';
import { answersToRow, config, form, headerRow, individualAnswers, schoolYearGrid } from './helpers';

const d = (y: number, m: number, day: number, h = 0) => new Date(y, m - 1, day, h);
const SCHOOL = 'Trường THCS Quang Minh';
const EMAIL = 'vanphong@thcsquangminh.example.vn';
const CN10 = 'CN-10-XUAT-SAC';
const { good, excellent, none } = RATING_CHOICES;
const XS_2024 = { 2021: good, 2022: good, 2023: good, 2024: excellent } as Record<number, string>;

/** The school running the tool for itself: its organisation is the school, its one row of "Đơn vị" with `level`. */
function schoolConfig(today: Date): OfficeConfig {
  const cfg = config(today);
  cfg.organisation = { ...cfg.organisation, kind: 'truong', name: SCHOOL, shortName: SCHOOL };
  return cfg;
}

/** A teacher of the school (a Party member), "xuất sắc" on row 2024-2025 only, sent at `at`. */
function teacher(level: string, at: Date, cfg: OfficeConfig): EvaluatedRegistration {
  const f = form(cfg);
  const a: FormAnswers = individualAnswers('teacherPartyMember', cfg);
  a[Q.school] = SCHOOL;
  a[Q.partyMember] = YES;
  a[Q.individualRatings] = schoolYearGrid(cfg, (y) => XS_2024[y] ?? none);
  const rows = directoryToRows([{ code: 'QM', name: SCHOOL, level, ward: '', cluster: '', principal: 'Phạm Thị Thu', emails: [EMAIL] }]);
  return evaluateAll({ config: cfg, directoryRows: rows, responseValues: [headerRow(f), answersToRow(f, a, at, EMAIL)] }).registrations[0];
}

describe('d81a F3: a school running the tool for itself, its own row as README says (Cấp học “Cơ quan quản lý” or blank)', () => {
  it.each([
    ['Cấp học “Cơ quan quản lý”', OFFICE_LEVEL],
    ['Cấp học để trống', ''],
  ])('%s: a teacher\'s 2024-2025 "xuất sắc" written in April 2025 is set aside as written early, as at any school', (_label, level) => {
    // Evaluated in July 2025 (the school year over), the response last sent on 15/04/2025.
    const cfg = schoolConfig(d(2025, 7, 1));
    const r = teacher(level, d(2025, 4, 15, 9), cfg);
    expect(r.schoolName).toBe(SCHOOL);
    expect(r.role).toBe('teacher');
    expect(ratingOf(r, 2024)).not.toBe('excellent');
    expect(earlyRatingsNote(r)).toContain('năm học 2024-2025');
    expect(r.results.find((x) => x.criterionId === CN10)!.status).not.toBe('met');
  });

  it.each([
    ['Cấp học “Cơ quan quản lý”', OFFICE_LEVEL],
    ['Cấp học để trống', ''],
  ])('%s: the documents print a teacher\'s rating as the school year it is', (_label, level) => {
    const cfg = schoolConfig(d(2025, 7, 1));
    const r = teacher(level, d(2025, 6, 20, 9), cfg);
    expect(ratingsText(r, cfg)).toBe('Hoàn thành xuất sắc nhiệm vụ (2024-2025), Hoàn thành tốt nhiệm vụ (2021-2022, 2022-2023, 2023-2024)');
  });
});

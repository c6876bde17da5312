// Review r81c F1 (verdicts against the plan). The plan, II.2.b: "Riêng cán bộ quản lý, đảng viên và người đứng đầu cơ
// quan, đơn vị ... hằng năm phải được xếp loại hoàn thành tốt nhiệm vụ trở lên. Trong đó, có ít nhất 01 năm trong khung
// thời gian được xếp loại hoàn thành xuất sắc nhiệm vụ"; II.1: "Tập thể gồm: Phòng GD&ĐT, các cơ sở giáo dục. Cá nhân là
// cán bộ, công chức, viên chức, người lao động ngành GD&ĐT".
//
// The office's own leaders (Trưởng phòng, Phó trưởng phòng) are cán bộ quản lý and công chức of the office, rated per
// calendar year before 15/12 like every official of the office (docs/criteria.md; the grid's help: "Công chức, viên
// chức của cơ quan quản lý giáo dục ... ghi kết quả của năm bắt đầu năm học đó"). Registered under the office with
// "Vị trí việc làm" = "Cán bộ quản lý" — the role that names what they are — their rows are read by the school-year
// day: their 2024 rating (December 2024, written on row 2024-2025 as the help says) counts only from 01/06/2025, after
// the final conference (31/03/2025), and is set aside as written "early". A Phó trưởng phòng whose only "xuất sắc" year
// is 2024 is "Chưa đạt" at the final conference, told the school year "chưa kết thúc"; the same person choosing
// "Công chức, viên chức của cơ quan quản lý giáo dục" is "Đạt" (test/core/official-ratings.test.ts p4). Nothing on the
// registration says the role is the cause (an official at a school is flagged; a manager at the office is not).
import { describe, expect, it } from 'vitest';
import { evaluateAll, type EvaluatedRegistration } from '../../src/core/evaluate';
import { Q, RATING_CHOICES, ROLE_CHOICES, YES, NO, type FormAnswers } from '../../src/core/registration-form';
import { earlyRatingsNote, ratingOf } from '../../src/core/registration';
import type { OfficeConfig } from '../../src/core/config';
import { OFFICE_UNIT, answersToRow, config, directoryRowsWithOffice, form, headerRow, individualAnswers, schoolYearGrid } from './helpers';

const d = (y: number, m: number, day: number, h = 0) => new Date(y, m - 1, day, h);
const CN10 = 'CN-10-XUAT-SAC';
const { good, excellent, none } = RATING_CHOICES;
/** Rated "tốt" in 2021, 2022, 2023 and "xuất sắc" in 2024 (rows 2021-2022 … 2024-2025, as the grid's help asks of office staff). */
const XS_2024: Record<number, string> = { 2021: good, 2022: good, 2023: good, 2024: excellent };

/** A leader of the office itself, registered under the office as "Cán bộ quản lý". */
function officeLeader(cfg: OfficeConfig, head: boolean): FormAnswers {
  const a = individualAnswers('manager', cfg);
  a[Q.school] = OFFICE_UNIT.name;
  a[Q.individualName] = head ? 'Trần Văn Minh' : 'Nguyễn Thị Hòa';
  a[Q.role] = ROLE_CHOICES.manager;
  a[Q.partyMember] = YES;
  a[Q.head] = head ? YES : NO;
  a[Q.individualRatings] = schoolYearGrid(cfg, (y) => XS_2024[y] ?? none);
  return a;
}

/** First sent in January 2023 (in the registration window), last edited on 20/12/2024 once the 2024 result was out. */
function evaluated(a: FormAnswers, cfg: OfficeConfig): EvaluatedRegistration {
  const f = form(cfg);
  const out = evaluateAll({
    config: cfg,
    directoryRows: directoryRowsWithOffice(),
    responseValues: [headerRow(f), answersToRow(f, a, d(2024, 12, 20, 9), OFFICE_UNIT.emails[0])],
    firstSent: new Map([['DK-000002', d(2023, 1, 10, 9).getTime()]]),
  });
  expect(out.blocking).toEqual([]);
  return out.registrations[0];
}

describe('r81c F1: a leader of the office registered as "Cán bộ quản lý" (rated per calendar year)', () => {
  it.each([
    ['Phó trưởng phòng (đảng viên)', false],
    ['Trưởng phòng (người đứng đầu)', true],
  ])('%s rated "xuất sắc" in 2024 (December 2024) meets CN-10 at the final conference, as an official does', (_who, head) => {
    const cfg = config(d(2025, 3, 20)); // before the final conference (31/03/2025, III.4.e)
    const r = evaluated(officeLeader(cfg, head), cfg);
    expect(r.schoolName).toBe(OFFICE_UNIT.name);
    // The 2024 rating the office's staff write on row 2024-2025 is read, not set aside as written early.
    expect(ratingOf(r, 2024)).toBe('excellent');
    expect(earlyRatingsNote(r)).toBeNull();
    const cn10 = r.results.find((x) => x.criterionId === CN10)!;
    expect(cn10.message).not.toContain('năm học chưa kết thúc');
    expect(cn10.status).toBe('met');
    expect(r.verdict).toBe('dat');
    expect(r.score.parts.find((p) => p.key === 'excellentYears')!.value).toBe(1);
  });
});

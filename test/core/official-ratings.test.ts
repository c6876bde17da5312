// The office's own staff ("Công chức, viên chức của cơ quan quản lý giáo dục", role 'official') are rated per calendar
// year, before 15/12 (Nghị định 90/2020/NĐ-CP, Điều 20); the form's help has them write on the row of school year
// Y–(Y+1) their rating of calendar year Y. That row counts for them from 1/11 of Y (the months of the evaluations) and is
// due from 15/01 of Y+1; every other role's row counts from the school-year day (1 June of Y+1) as before (review "criteria" #1).
import { describe, expect, it } from 'vitest';
import { evaluateAll, type EvaluatedRegistration } from '../../src/core/evaluate';
import { ratingsText } from '../../src/core/proposals';
import { Q, RATING_CHOICES, ROLE_CHOICES, YES, type FormAnswers } from '../../src/core/registration-form';
import { parseOfficialAtSchool } from '../../src/core/messages';
import { earlyRatingsNote, ratingOf } from '../../src/core/registration';
import { calendarEvents, compileCatalogue, evaluateCompact, pendingRatingBreaches } from '../../src/core/validate';
import { type OfficeConfig } from '../../src/core/config';
import { CATALOGUE } from '../../src/core/criteria';
import { criteriaToRows } from '../../src/core/criteria-tab';
import { OFFICE_UNIT, SCHOOLS, answersToRow, config, directoryRows, directoryRowsWithOffice, form, headerRow, individualAnswers, schoolYearGrid } from './helpers';
import { districtSummary, schoolSummaries } from '../../src/core/summaries';
import { dueReminders } from '../../src/core/reminders';
import { digestEmail } from '../../src/core/digest';
import { DUTY_CELL } from '../../src/core/messages';

const d = (y: number, m: number, day: number, h = 0, min = 0) => new Date(y, m - 1, day, h, min);
const CN09 = 'CN-09-XEP-LOAI';
const CN10 = 'CN-10-XUAT-SAC';

/** A Party member of role `role` whose rows are `grid` (by the year each school year starts in; others blank). */
function member(role: 'official' | 'teacherPartyMember', cfg: OfficeConfig, grid: Record<number, string>): FormAnswers {
  const a = individualAnswers(role, cfg);
  a[Q.partyMember] = YES;
  a[Q.individualRatings] = schoolYearGrid(cfg, (y) => grid[y] ?? RATING_CHOICES.none);
  return a;
}

/** One response last sent (or edited) at `at`, evaluated on cfg.today. */
function evaluated(a: FormAnswers, at: Date, cfg: OfficeConfig): EvaluatedRegistration {
  const f = form(cfg);
  return evaluateAll({ config: cfg, directoryRows: directoryRowsWithOffice(), responseValues: [headerRow(f), answersToRow(f, a, at, SCHOOLS[0].emails[0])] }).registrations[0];
}

const result = (r: EvaluatedRegistration, id: string) => r.results.find((x) => x.criterionId === id)!;
const excellentYears = (r: EvaluatedRegistration) => r.score.parts.find((p) => p.key === 'excellentYears')!.value;

const { good, excellent } = RATING_CHOICES;
/** Rated "tốt" for 2021, 2022, 2023 and "xuất sắc" for 2024 only (rows 2021-2022 … 2024-2025). */
const XS_2024 = { 2021: good, 2022: good, 2023: good, 2024: excellent };

describe('an office official\'s row of school year Y–(Y+1) (the rating of calendar year Y)', () => {
  it('counts at the final conference when 2024, rated in December 2024, is the only "xuất sắc" year (p4)', () => {
    const cfg = config(d(2025, 3, 20)); // before the final conference (31/03/2025)
    const r = evaluated(member('official', cfg, XS_2024), d(2025, 1, 1, 9), cfg);
    expect(r.role).toBe('official');
    expect(ratingOf(r, 2024)).toBe('excellent');
    expect(result(r, CN10).status).toBe('met');
    expect(result(r, CN09).status).toBe('met');
    expect(r.verdict).toBe('dat');
    expect(excellentYears(r)).toBe(1);
    expect(r.score.total).toBeGreaterThanOrEqual(10);
    // The documents print it as the calendar year it is.
    expect(ratingsText(r, cfg)).toContain('năm 2024');
    expect(earlyRatingsNote(r)).toBeNull();
  });

  it('written in January 2023 for 2022 is kept, and the registration is not asked for it again (p5)', () => {
    for (const today of [d(2023, 6, 12), d(2023, 7, 15), d(2024, 4, 15)]) {
      const cfg = config(today);
      const r = evaluated(member('official', cfg, { 2021: good, 2022: excellent }), d(2023, 1, 10, 9), cfg);
      const day = today.toLocaleDateString('vi-VN');
      expect(ratingOf(r, 2022), day).toBe('excellent');
      expect(earlyRatingsNote(r), day).toBeNull();
      expect(result(r, CN10).status, day).toBe('met');
      expect(excellentYears(r), day).toBe(1);
      // 2023-2024 (the rating of 2023) is blank: due from 15/01/2024 for an official.
      expect(r.verdict, day).toBe(today.getTime() >= d(2024, 1, 15).getTime() ? 'canBoSung' : 'dat');
      expect(ratingsText(r, cfg), day).toContain('năm 2022');
    }
  });

  it('counts from 1/11 of Y and is due from 15/01 of Y+1; a rating written before 1/11 is early', () => {
    // Blank 2024 row: not counted before 1/11/2024, counted but pending until 15/01/2025, missing from then.
    const grid = { 2021: good, 2022: good, 2023: excellent };
    const at = (cfg: OfficeConfig) => evaluated(member('official', cfg, grid), d(2024, 1, 20, 9), cfg);
    const dec14 = at(config(d(2024, 12, 14)));
    expect(result(dec14, CN09).status).toBe('met');
    const dec20 = at(config(d(2024, 12, 20)));
    expect(result(dec20, CN09).status).toBe('met');
    const jan15 = at(config(d(2025, 1, 15)));
    expect(result(jan15, CN09).status).toBe('missing');
    expect(result(jan15, CN09).message).toContain('năm học 2024-2025');
    expect(result(jan15, CN09).message).not.toContain('(đã kết thúc)');
    expect(jan15.verdict).toBe('canBoSung');
    // Only the 2024 row blank, nothing else counted yet for it: the pending sentence does not say the school year ended.
    const only = config(d(2022, 1, 5));
    const pending = evaluated(member('official', only, {}), d(2022, 1, 4, 9), only);
    expect(result(pending, CN09).status).toBe('notApplicable');
    expect(result(pending, CN09).message).toContain('năm học 2021-2022');
    expect(result(pending, CN09).message).toContain('15/01/2022');
    expect(result(pending, CN09).message).not.toContain('đã kết thúc');
    // Written on 20/10/2024 for 2024: before its rating exists, so reset once it counts, and told with its day.
    const cfg = config(d(2025, 3, 20));
    const early = evaluated(member('official', cfg, XS_2024), d(2024, 10, 20, 9), cfg);
    expect(ratingOf(early, 2024)).toBe('none');
    expect(earlyRatingsNote(early)).toContain('năm học 2024-2025 (được tính từ ngày 01/11/2024)');
    expect(early.verdict).toBe('canBoSung');
    // Written on 01/11/2024 itself, on 28/11 and on 14/12/2024 (the evaluations are held before 15/12): counted.
    expect(ratingOf(evaluated(member('official', cfg, XS_2024), d(2024, 11, 1, 8), cfg), 2024)).toBe('excellent');
    expect(ratingOf(evaluated(member('official', cfg, XS_2024), d(2024, 11, 28, 8), cfg), 2024)).toBe('excellent');
    expect(ratingOf(evaluated(member('official', cfg, XS_2024), d(2024, 12, 14, 8), cfg), 2024)).toBe('excellent');
  });

  it('before 1/11, a rating already given for the year is told as not counted yet in the calendar year\'s terms', () => {
    // After the interim review (11/06/2023), no counted "xuất sắc": the 2023 row written in advance is named with its day.
    const cfg = config(d(2023, 7, 15));
    const r = evaluated(member('official', cfg, { 2021: good, 2022: good, 2023: excellent }), d(2023, 7, 1, 9), cfg);
    expect(result(r, CN10).status).toBe('notMet');
    const m = result(r, CN10).message;
    expect(m).toContain('năm học 2023-2024 (được tính từ ngày 01/11/2023)');
    expect(m).not.toContain('năm học chưa kết thúc');
    expect(m).toContain('xếp loại theo năm');
    // The years left before the final conference are offered from the day the first of them counts for an official.
    // No school edits an official's form (review r81c F1: "the messages must not speak of a school").
    expect(m).toContain('Về tiêu chí này, chưa cần làm gì trước ngày 01/11/2023; nếu năm học 2023-2024 hoặc năm học 2024-2025 được xếp loại');
    expect(m).not.toContain('trường');
  });

  it('is in the days the verdicts change by the calendar, and in what a rating below "tốt" will do', () => {
    const cfg = config(d(2024, 10, 1));
    const text = calendarEvents(cfg, CATALOGUE, d(2024, 10, 25), d(2025, 1, 31)).map((e) => e.text).join('\n');
    expect(text).toContain('Ngày 01/11/2024');
    expect(text).toContain('Ngày 15/01/2025');
    const done = evaluated(member('official', cfg, { 2021: good, 2022: good, 2023: good, 2024: RATING_CHOICES.done }), d(2024, 9, 20, 9), cfg);
    const breaches = pendingRatingBreaches(done, CATALOGUE, cfg);
    expect(breaches.map((b) => b.from.getTime())).toEqual([d(2024, 11, 1).getTime()]);
  });
});

describe('the "Tiêu chí" tab', () => {
  it('says, under how CN-09 and CN-10 are checked, from when an office official\'s rows count', () => {
    for (const id of [CN09, CN10]) {
      const row = criteriaToRows(CATALOGUE).find((r) => r[0] === id)!;
      expect(row.join(' '), id).toContain('Công chức, viên chức của cơ quan quản lý giáo dục (xếp loại theo năm, trước ngày 15/12): kết quả ghi ở dòng năm học là kết quả của năm bắt đầu năm học, được tính từ ngày 01/11 của năm đó');
    }
  });
});

describe('the compiled path (one reader, many registrations)', () => {
  it('counts an official\'s and a teacher\'s rows as the generic path does, whichever comes first', () => {
    const cfg = config(d(2025, 3, 20));
    const f = form(cfg);
    const at = d(2025, 1, 1, 9);
    // The same answers but the role: the same packed ratings, read by one reader.
    const rows = [headerRow(f), ...[member('teacherPartyMember', cfg, XS_2024), member('official', cfg, XS_2024), member('teacherPartyMember', cfg, XS_2024)].map((a) => answersToRow(f, a, at, SCHOOLS[0].emails[0]))];
    const out = evaluateAll({ config: cfg, directoryRows: directoryRowsWithOffice(), responseValues: rows });
    const compiled = compileCatalogue(out.catalogue, cfg);
    expect(out.registrations.map((r) => r.role)).toEqual(['teacher', 'official', 'teacher']);
    const scores = out.registrations.map((r) => {
      const generic = evaluateCompact(r, out.catalogue, cfg);
      expect(evaluateCompact(r, out.catalogue, cfg, undefined, compiled), r.id).toEqual(generic);
      return [generic.verdict, generic.scoreBits % 256];
    });
    expect(scores).toEqual([['chuaDat', 0], ['dat', 1], ['chuaDat', 0]]);
    expect(out.registrations.map((r) => r.verdict)).toEqual(['chuaDat', 'dat', 'chuaDat']);
  });
});

describe('a teacher\'s rows (every role but the office\'s officials)', () => {
  it('still count from 1 June of the year the school year ends, whatever the office officials\' day', () => {
    const cfg = config(d(2025, 3, 20));
    const r = evaluated(member('teacherPartyMember', cfg, XS_2024), d(2025, 1, 1, 9), cfg);
    expect(r.role).toBe('teacher');
    // 2024-2025 counts only from 01/06/2025: written in January, it is early; not counted at the conference.
    expect(ratingOf(r, 2024)).toBe('excellent');
    expect(earlyRatingsNote(r)).toContain('năm học 2024-2025 (được tính từ ngày 01/06/2025)');
    expect(result(r, CN10).status).toBe('notMet');
    expect(result(r, CN10).message).toContain('chưa được tính vì năm học chưa kết thúc');
    expect(r.verdict).toBe('chuaDat');
    expect(excellentYears(r)).toBe(0);
    expect(ratingsText(r, cfg)).not.toContain('2024-2025');
    // Sent on 10/01/2023 with 2022-2023 "xuất sắc": early, reset once it counts (01/06/2023), then due (01/07/2023).
    const july = config(d(2023, 7, 15));
    const t = evaluated(member('teacherPartyMember', july, { 2021: good, 2022: excellent }), d(2023, 1, 10, 9), july);
    expect(ratingOf(t, 2022)).toBe('none');
    expect(result(t, CN09).status).toBe('missing');
    expect(t.verdict).toBe('canBoSung');
    const dec = config(d(2024, 12, 20));
    const blank = evaluated(member('teacherPartyMember', dec, { 2021: good, 2022: good, 2023: excellent }), d(2024, 7, 2, 9), dec);
    expect(result(blank, CN09).status).toBe('met');
  });
});

describe('the office staff role chosen at a school (review criteria F1)', () => {
  it('is a wrong answer, asked again: its ratings do not make the registration "Đạt" before their school year ends', () => {
    const cfg = config(d(2023, 12, 20));
    // A Party member of a kindergarten who takes herself for a "viên chức của cơ quan quản lý": 2023-2024 "xuất sắc",
    // typed in December 2023, when that school year is not rated yet.
    const a = { ...member('official', cfg, { 2021: good, 2022: good, 2023: excellent }), [Q.school]: SCHOOLS[0].name };
    const r = evaluated(a, d(2023, 12, 20, 9), cfg);
    const problem = r.problems.find((p) => p.message.includes(Q.role));
    expect(problem?.message).toBe(parseOfficialAtSchool(2, Q.role, ROLE_CHOICES.official, SCHOOLS[0].name, SCHOOLS[0].level));
    expect(r.verdict).not.toBe('dat');
    // At the office (a unit without "Cấp học"), the same answers are read on the office's calendar, with no problem.
    const atOffice = evaluated(member('official', cfg, { 2021: good, 2022: good, 2023: excellent }), d(2023, 12, 20, 9), cfg);
    expect(atOffice.problems.filter((p) => p.message.includes(Q.role))).toEqual([]);
  });
});

describe('the office listed in "Đơn vị" (Cấp học "Cơ quan quản lý": review criteria F3)', () => {
  it('is asked no school duty: every duty not applicable, nothing to remind; its staff registered under it', () => {
    const cfg = config(d(2024, 7, 1));
    const f = form(cfg);
    const a = individualAnswers('official', cfg);
    expect(a[Q.school]).toBe(OFFICE_UNIT.name);
    const out = evaluateAll({ config: cfg, directoryRows: directoryRowsWithOffice(), responseValues: [headerRow(f), answersToRow(f, a, d(2024, 6, 20, 9), OFFICE_UNIT.emails[0])] });
    const office = out.schoolDuties.find((x) => x.schoolName === OFFICE_UNIT.name)!;
    expect(office.results.length).toBeGreaterThan(0);
    expect(office.results.every((x) => x.status === 'notApplicable')).toBe(true);
    expect(office.findings).toEqual([]);
    expect(office.lacking).toEqual([]);
    expect(out.directory.errors).toEqual([]);
    // A school without registrations still has its duties.
    expect(out.schoolDuties.find((x) => x.schoolName === SCHOOLS[2].name)!.findings.length).toBeGreaterThan(0);
    expect(out.registrations[0].problems).toEqual([]);
  });
});

describe('the office listed in "Đơn vị" in the summaries, reminders and digest (review diff35 H2)', () => {
  const cfg = config(d(2025, 3, 1)); // the plan and several reports past their deadlines
  const f = form(cfg);
  const out = evaluateAll({ config: cfg, directoryRows: directoryRowsWithOffice(), responseValues: [headerRow(f)] });
  const without = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f)] });

  it('"Tổng hợp": its duty cells say not applicable, and the duty totals count the schools only', () => {
    const office = schoolSummaries(out, cfg).find((s) => s.school.code === OFFICE_UNIT.code)!;
    expect([office.planCell, office.reportsCell, office.missing]).toEqual([DUTY_CELL.notApplicable, DUTY_CELL.notApplicable, '']);
    const tab = districtSummary(out, cfg);
    const row = tab.rows.find((r) => r[1] === OFFICE_UNIT.code)!;
    expect(row.filter((c) => c === DUTY_CELL.notApplicable)).toHaveLength(3);
    // The schools' block's total line (the last of the tab) and the overall line are those of the schools alone.
    const last = (t: typeof tab) => t.rows[t.rows.length - 1].slice(0, 1).concat(t.rows[t.rows.length - 1].slice(-3));
    expect(last(tab)).toEqual(last(districtSummary(without, cfg)));
    expect(tab.rows.flat().join('|')).not.toContain(`${OFFICE_UNIT.name}|${OFFICE_UNIT.code}|Thiếu`);
  });

  it('is sent no plan or report reminder, and the digest lists it neither as overdue nor in the counts', () => {
    for (let day = 0; day < 366; day++) {
      const now = d(2024, 1, 1 + day, 8);
      for (const r of dueReminders(out, cfg, now)) expect(r.school.code, now.toDateString()).not.toBe(OFFICE_UNIT.code);
    }
    const body = (o: typeof out) => digestEmail({ output: o, config: cfg, now: d(2025, 3, 1, 8), base: null, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(body(out)).toBe(body(without));
  });
});

// Review "criteria" (traceability to the plan, mutation testing): each test names the plan's words it holds the code
// to, or the mutant of the review it kills (docs: /work/reviews/criteria.md).
import { describe, expect, it } from 'vitest';
import { evaluateAll, type EvaluatedRegistration } from '../../src/core/evaluate';
import type { OfficeConfig } from '../../src/core/config';
import {
  type FormAnswers,
  HAPPY_SCHOOL_CHOICES,
  MOVEMENTS,
  MOVEMENT_COLUMNS,
  Q,
  RATING_CHOICES,
  WORK_CHOICES,
  initiativeTitles,
  schoolYearRow,
  yearRow,
  NO,
} from '../../src/core/registration-form';
import { CATALOGUE } from '../../src/core/criteria';
import { CRITERIA_HEADERS, criteriaToRows } from '../../src/core/criteria-tab';
import { MANDATORY_NO } from '../../src/core/messages/validation';
import { answersToRow, collectiveAnswers, subUnitAnswers, config, directoryRows, evaluate, form, headerRow, individualAnswers, SCHOOLS, statusOf } from './helpers';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
const CN10 = 'CN-10-XUAT-SAC';

/** One response read and evaluated as a rebuild does (evaluateAll: the criteria compiled for the tab's columns). */
function viaSheet(a: FormAnswers, cfg: OfficeConfig): EvaluatedRegistration {
  const f = form(cfg);
  // First sent within the registration window, last edited an hour before the run (every rating written counts).
  const edited = new Date(cfg.today.getTime() - 3600000);
  const values = [headerRow(f), answersToRow(f, a, edited, SCHOOLS[0].emails[0])];
  const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: values, firstSent: new Map([['DK-000002', d(2023, 1, 2).getTime()]]) });
  expect(out.blocking).toEqual([]);
  return out.registrations[0];
}
const sheetStatus = (r: EvaluatedRegistration, id: string) => r.results.find((x) => x.criterionId === id)?.status ?? 'absent';

/** A Party member who was not in the sector (or not yet rated) in every school year that counts. */
function neverRatedPartyMember(cfg: OfficeConfig): FormAnswers {
  const a = individualAnswers('teacherPartyMember', cfg);
  a[Q.individualRatings] = {
    [schoolYearRow(2021)]: WORK_CHOICES.notEmployed,
    [schoolYearRow(2022)]: WORK_CHOICES.notEmployed,
    [schoolYearRow(2023)]: WORK_CHOICES.newHire,
    [schoolYearRow(2024)]: RATING_CHOICES.none,
  };
  return a;
}

describe('CN-10 (II.2.b "có ít nhất 01 năm trong khung thời gian được xếp loại hoàn thành xuất sắc nhiệm vụ")', () => {
  // Finding H1: a manager, Party member or head none of whose counted school years was worked (all "Chưa công tác" /
  // "Mới tuyển dụng") has no year rated "xuất sắc"; once the criterion is judged (the interim review) they were "Đạt"
  // with CN-10 "không áp dụng … chưa xét", up to and after the final conference.
  it.each([
    ['after the interim review', d(2024, 7, 1)],
    ['on the day of the final conference (III.4.e)', d(2025, 3, 31)],
  ])('is not met for a Party member with no school year worked, %s: not "Đạt"', (_label, today) => {
    const cfg = config(today);
    const e = evaluate(neverRatedPartyMember(cfg), cfg);
    expect(statusOf(e, CN10)).toBe('notMet');
    expect(e.verdict).toBe('chuaDat');
    const msg = e.results.find((r) => r.criterionId === CN10)!.message;
    expect(msg).toContain('“Chưa công tác”, “Mới tuyển dụng” hoặc “Không xếp loại (công tác chưa đủ 06 tháng)”');
    expect(msg).toContain('chưa có năm nào được xếp loại “Hoàn thành xuất sắc nhiệm vụ”');
    expect(msg).not.toContain('chưa xét');
    // The same through a rebuild (the compiled path).
    const r = viaSheet(neverRatedPartyMember(cfg), cfg);
    expect(sheetStatus(r, CN10)).toBe('notMet');
    expect(r.verdict).toBe('chuaDat');
  });

  it('stays not applicable before the interim review (fair mid-period, as for a member rated "tốt" so far)', () => {
    const cfg = config(d(2023, 3, 1));
    const e = evaluate(neverRatedPartyMember(cfg), cfg);
    expect(statusOf(e, CN10)).toBe('notApplicable');
    expect(statusOf(e, 'CN-09-XEP-LOAI')).toBe('notApplicable');
  });

  it('leaves CN-09 ("hằng năm … hoàn thành tốt nhiệm vụ trở lên") not applicable on years not worked', () => {
    const cfg = config(d(2024, 7, 1));
    expect(statusOf(evaluate(neverRatedPartyMember(cfg), cfg), 'CN-09-XEP-LOAI')).toBe('notApplicable');
  });
});

describe('TT-10 (II.2.a "Tổ chức Đảng, các đoàn thể (nếu có) hằng năm phải được đánh giá hoàn thành tốt nhiệm vụ trở lên")', () => {
  // Mutant M11: a calendar year that counts (from 1 December) but is not due (before 1 February) left blank was read
  // as missing by the status path: a collective turned "Cần bổ sung" in December for a result it could not have yet.
  it('a year counted from 1 December but left blank is not asked for before 1 February of the next year', () => {
    for (const [today, expected] of [
      [d(2023, 12, 20), 'met'],
      [d(2024, 1, 31), 'met'],
      [d(2024, 2, 1), 'missing'],
    ] as const) {
      const cfg = config(today);
      const a = collectiveAnswers(cfg);
      // The Party organisation's and the union's 2023 results not written in yet.
      for (const grid of [Q.partyRatings, Q.unionRatings]) a[grid] = { ...(a[grid] as Record<string, string>), [yearRow(2023)]: RATING_CHOICES.none };
      expect(statusOf(evaluate(a, cfg), 'TT-10-DANG-DOAN-THE'), today.toDateString()).toBe(expected);
      expect(sheetStatus(viaSheet(a, cfg), 'TT-10-DANG-DOAN-THE'), today.toDateString()).toBe(expected);
    }
  });
});

describe('criteria as a rebuild judges them (compiled for the columns of the response tab)', () => {
  const cfg = config(d(2024, 7, 1));
  // Mutant M20: an individual who answered "Chưa tham gia" to every movement was "met" on the compiled path.
  it('CN-04 (II.2.b "Tích cực tham gia các phong trào thi đua"): no movement joined is not met, and "Chưa đạt"', () => {
    const a = individualAnswers('teacher', cfg);
    a[Q.movements] = Object.fromEntries(Object.values(MOVEMENTS).map((m) => [m, MOVEMENT_COLUMNS.no]));
    const r = viaSheet(a, cfg);
    expect(sheetStatus(r, 'CN-04-PHONG-TRAO')).toBe('notMet');
    expect(r.verdict).toBe('chuaDat');
    expect(statusOf(evaluate(a, cfg), 'CN-04-PHONG-TRAO')).toBe('notMet');
  });
  // Mutant M23: "Loại khác" without saying which was "met" on the compiled path (III.4.a: "cần cụ thể").
  it('MH-02 (III.4.a: a "trường học hạnh phúc" names its concrete type): "Loại khác" left unsaid is missing', () => {
    const a = { ...collectiveAnswers(cfg), [Q.happySchoolType]: HAPPY_SCHOOL_CHOICES.other, [Q.happySchoolOther]: '' };
    const r = viaSheet(a, cfg);
    expect(sheetStatus(r, 'MH-02-LOAI-MO-HINH')).toBe('missing');
    expect(r.verdict).toBe('canBoSung');
    const filled = viaSheet({ ...a, [Q.happySchoolOther]: 'Trường học xanh trên đồi chè' }, cfg);
    expect(sheetStatus(filled, 'MH-02-LOAI-MO-HINH')).toBe('met');
  });
});

describe('who a criterion applies to (II.1, II.2)', () => {
  const cfg = config(d(2024, 7, 1));
  // Mutant M30: the unit's own criteria (Chỉ thị 05 plan, safety, Party and union ratings, pupils) asked of a part of
  // it (a tổ chuyên môn), which the form never asks them: every such registration "Cần bổ sung".
  it('a part of a unit (tổ chuyên môn) is not judged on the whole unit\'s criteria, and a complete one is "Đạt"', () => {
    const whole = CATALOGUE.filter((c) => c.appliesTo === 'collective.whole').map((c) => c.id);
    expect(whole).toEqual(['TT-07-CT05', 'TT-08-AN-TOAN', 'TT-10-DANG-DOAN-THE', 'TT-11-DANG-DOAN-THE-XS', 'TT-13-NOI-QUY', 'TT-14-BO-HOC']);
    const e = evaluate(subUnitAnswers(cfg), cfg);
    for (const id of whole) expect(statusOf(e, id), id).toBe('absent');
    expect(statusOf(e, 'TT-12-DAO-DUC')).toBe('met');
    expect(e.verdict).toBe('dat');
    const r = viaSheet(subUnitAnswers(cfg), cfg);
    for (const id of whole) expect(sheetStatus(r, id), id).toBe('absent');
    expect(r.verdict).toBe('dat');
  });
  // Mutant M29: the office's own staff (II.1 "cán bộ, công chức, viên chức") are put forward by their unit like
  // teachers (docs/criteria.md "Role groups"): CN-11 and CN-12 apply to them.
  it('an office official is nominated and confirmed like a teacher (CN-11, CN-12 apply)', () => {
    const cn11 = CATALOGUE.find((c) => c.id === 'CN-11-SUY-TON')!;
    const a = { ...individualAnswers('official', cfg), [cn11.question!]: NO };
    const e = evaluate(a, cfg);
    expect(statusOf(e, 'CN-11-SUY-TON')).toBe('notMet');
    expect(statusOf(e, 'CN-12-CAP-UY')).toBe('met');
    expect(e.verdict).toBe('chuaDat');
  });
});

describe('school duties (III.1 "Mỗi cơ sở giáo dục phải đăng ký ít nhất 01 tập thể và 01 cá nhân"; III.4.a; IV.2)', () => {
  const dutyStatus = (out: ReturnType<typeof evaluateAll>, code: string, id: string) =>
    out.schoolDuties.find((s) => s.schoolCode === code)!.results.filter((r) => r.criterionId === id).map((r) => r.status);
  // Mutant M40: a school year starting on 1 October counted registrations sent in September for the year before.
  it('a registration sent on 15/09/2022 counts for school year 2022-2023, which starts on 1 September', () => {
    const cfg = config(d(2023, 7, 1));
    const f = form(cfg);
    const sent = new Date(2022, 8, 15, 9, 0, 0);
    const values = [headerRow(f), answersToRow(f, collectiveAnswers(cfg), sent, SCHOOLS[0].emails[0]), answersToRow(f, individualAnswers('teacher', cfg), sent, SCHOOLS[0].emails[0])];
    const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: values });
    expect(dutyStatus(out, 'MN01', 'TR-01-TAP-THE')).toEqual(['notMet', 'met']);
    expect(dutyStatus(out, 'MN01', 'TR-02-CA-NHAN')).toEqual(['notMet', 'met']);
  });
  // Mutant M57: a registration whose time cannot be read (a broken timestamp cell, reported to the office) counts for
  // the latest registration year, as docs/criteria.md says, not the first.
  it('a registration without a readable time counts for the latest registration year', () => {
    const cfg = config(d(2023, 7, 1));
    const f = form(cfg);
    const broken = (a: FormAnswers) => answersToRow(f, a, 'không rõ', SCHOOLS[0].emails[0]);
    const values = [headerRow(f), broken(collectiveAnswers(cfg)), broken(individualAnswers('teacher', cfg))];
    const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: values });
    expect(out.registrations.map((r) => r.submittedAt)).toEqual([null, null]);
    expect(dutyStatus(out, 'MN01', 'TR-01-TAP-THE')).toEqual(['notMet', 'met']);
    expect(dutyStatus(out, 'MN01', 'TR-02-CA-NHAN')).toEqual(['notMet', 'met']);
  });
  // Mutant M44: before its deadline (30/09 of the first year) the school's plan was said to have "no period due", not
  // which plan is due by when.
  it('the school plan not yet due names the plan and its deadline', () => {
    const cfg = config(d(2021, 9, 15));
    const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [] });
    const r = out.schoolDuties.find((s) => s.schoolCode === 'MN01')!.results.find((x) => x.criterionId === 'TR-03-KE-HOACH')!;
    expect(r.status).toBe('notApplicable');
    expect(r.message).toContain('chưa đến hạn (hạn 30/09/2021)');
  });
});

describe('the office\'s switches in "Tiêu chí" (design §3: "the office can switch a criterion between mandatory and priority-only")', () => {
  // Mutant M45: evaluateAll read the tab and judged by the defaults all the same.
  it('a criterion switched to priority-only no longer decides the verdict of a rebuild', () => {
    const cfg = config(d(2024, 7, 1));
    const cn07 = CATALOGUE.find((c) => c.id === 'CN-07-GDVH')!;
    const f = form(cfg);
    const at = new Date(2024, 5, 30, 8, 0, 0);
    const values = [headerRow(f), answersToRow(f, { ...individualAnswers('teacher', cfg), [cn07.question!]: NO }, at, SCHOOLS[0].emails[0])];
    const run = (criteriaRows?: unknown[][]) =>
      evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: values, firstSent: new Map([['DK-000002', d(2023, 1, 2).getTime()]]), criteriaRows }).registrations[0];
    expect(run().verdict).toBe('chuaDat');
    const rows: unknown[][] = criteriaToRows(CATALOGUE).map((r) => [...r]);
    const k = rows[0].indexOf(CRITERIA_HEADERS[4]);
    rows.find((r) => r[0] === cn07.id)![k] = MANDATORY_NO;
    const switched = run(rows);
    expect(switched.results.find((x) => x.criterionId === cn07.id)!.mandatory).toBe(false);
    expect(switched.verdict).toBe('dat');
  });
});

describe('TT-04 (II.2.a: "có các giải pháp, sáng kiến … được các cấp có thẩm quyền tuyên dương, khen thưởng")', () => {
  // Mutant M53: a collective's initiative named without its recognition was told "nếu chưa được công nhận thì không cần
  // ghi gì thêm", the sentence of the priority-only CN-13, while TT-04 requires the recognition.
  it('asks a collective for the recognition of a named initiative, never says nothing more is needed', () => {
    const cfg = config(d(2024, 7, 1));
    const t1 = initiativeTitles(1);
    // Slot 1 named, nothing of its recognition; slot 2 left blank.
    const a = { ...collectiveAnswers(cfg), [t1.level]: '', [t1.decision]: '', [t1.year]: '', [initiativeTitles(2).name]: '' };
    const e = evaluate(a, cfg);
    const r = e.results.find((x) => x.criterionId === 'TT-04-SANG-KIEN')!;
    expect(r.status).toBe('missing');
    expect(r.message).toContain('cần bổ sung');
    expect(r.message).not.toContain('không cần ghi gì thêm');
  });
});

// Which school years' ratings count, and when (validate.ts: schoolYearRatedFrom): the same years in CN-09, CN-10,
// the priority score and the Danh sách; what a school is told it can do.
import { describe, expect, it } from 'vitest';
import { evaluateAll, type EvaluatedRegistration } from '../../src/core/evaluate';
import { configFromRows, configToRows, type OfficeConfig } from '../../src/core/config';
import { configLabel } from '../../src/core/messages/validation';
import { achievementSummary } from '../../src/core/proposals';
import { type FormAnswers, Q, RATING_CHOICES, ROLE_CHOICES, YES, schoolYearRow, yearRow } from '../../src/core/registration-form';
import { formatDate } from '../../src/core/text';
import { CONDITIONS, CONDITION_COLUMNS } from '../../src/core/form-titles';
import { dueOrgYears, dueSchoolYears, ratedOrgYears, ratedSchoolYears, schoolYearRatedFrom, schoolYearRatingDue } from '../../src/core/validate';
import { deadlines, outstanding } from '../../src/core/reminders';
import { calendarTurns } from '../../src/core/notices';
import { digestCounts, digestEmail } from '../../src/core/digest';
import { confirmationEmail, excellentYearNote } from '../../src/core/emails';
import { answersToRow, collectiveAnswers, config, configByTab, directoryRows, evaluate, form, headerRow, individualAnswers, SCHOOLS, statusOf } from './helpers';

const CN09 = 'CN-09-XEP-LOAI';
const CN10 = 'CN-10-XUAT-SAC';
const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

/** A manager of the 2021–2025 plan, rated "tốt" in 2021-2022 and as given for 2022-2023 (blank: "Chưa đánh giá"). */
function manager(cfg: OfficeConfig, y2022: string): FormAnswers {
  const a = individualAnswers('manager', cfg);
  a[Q.individualRatings] = {
    ...(a[Q.individualRatings] as Record<string, string>),
    [schoolYearRow(2021)]: RATING_CHOICES.good,
    [schoolYearRow(2022)]: y2022,
  };
  return a;
}

const resultOf = (e: ReturnType<typeof evaluate>, id: string) => e.results.find((r) => r.criterionId === id)!;
const excellentYears = (e: ReturnType<typeof evaluate>) => e.score.parts.find((p) => p.key === 'excellentYears')!.value;

/** Sent on 02/10/2022, or last edited at `at` (a rating counts only when written on or after its year counts). */
function evaluated(a: FormAnswers, cfg: OfficeConfig, at: Date = new Date(2022, 9, 2, 8, 0, 0)): EvaluatedRegistration {
  const f = form(cfg);
  const values = [headerRow(f), answersToRow(f, a, at, SCHOOLS[0].emails[0])];
  return evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: values, firstSent: new Map([['DK-000002', new Date(2022, 9, 2, 8).getTime()]]) }).registrations[0];
}

describe('the school years whose ratings count', () => {
  it('count a school year from 1 June of its last year, and require its rating a month later', () => {
    expect(ratedSchoolYears(config(d(2023, 5, 31)))).toEqual([2021]);
    expect(ratedSchoolYears(config(d(2023, 6, 1)))).toEqual([2021, 2022]);
    expect(dueSchoolYears(config(d(2023, 6, 30)))).toEqual([2021]);
    expect(dueSchoolYears(config(d(2023, 7, 1)))).toEqual([2021, 2022]);
    // Party and union ratings are per calendar year, rated in December: a year counts from 1 December of it, and is
    // required from 1 February of the next (review school #1).
    expect(ratedOrgYears(config(d(2023, 6, 18)))).toEqual([2021, 2022]);
    expect(ratedOrgYears(config(d(2023, 11, 30)))).toEqual([2021, 2022]);
    expect(ratedOrgYears(config(d(2023, 12, 1)))).toEqual([2021, 2022, 2023]);
    expect(dueOrgYears(config(d(2024, 1, 31)))).toEqual([2021, 2022]);
    expect(dueOrgYears(config(d(2024, 2, 1)))).toEqual([2021, 2022, 2023]);
  });

  it('are set in "Cấu hình" for a school year that ended later, and a bad value is reported', () => {
    const cfg = configByTab(d(2023, 6, 20), { 'ratings.schoolYearFrom': '15/07' });
    expect(cfg.ratedFrom).toEqual({ day: 15, month: 7 });
    expect(ratedSchoolYears(cfg)).toEqual([2021]);
    const rows = configToRows(config(d(2023, 6, 20))).map((r) => [...r] as unknown[]);
    const row = rows.findIndex((r) => r[0] === configLabel('ratings.schoolYearFrom'));
    expect(rows[row][1]).toBe('01/06');
    rows[row][1] = '31/02';
    const back = configFromRows(rows, d(2023, 6, 20));
    expect(back.errors).toEqual([`Trang tính “Cấu hình”, dòng ${row + 1}, mục “Ngày tính kết quả xếp loại năm học”: giá trị “31/02” không phải là ngày/tháng (ví dụ 01/06).`]);
    expect(back.config.ratedFrom).toEqual({ day: 1, month: 6 });
  });
});

describe('what the office\'s own staff (công chức, rated per calendar year before 15/12) are asked', () => {
  it('is a calendar year rated before the school year it stands for counts, so a blank year due is one they can fill', () => {
    const cfg = config(d(2023, 7, 1));
    const grid = form(cfg)
      .pages.flatMap((p) => p.items)
      .find((i) => i.title === Q.individualRatings)!;
    const help = grid.helpText ?? '';
    expect(help).toContain(ROLE_CHOICES.official);
    const example = /năm học (\d{4})-(\d{4}) ghi kết quả năm (\d{4})/.exec(help);
    expect(example).not.toBeNull();
    const shift = Number(example![3]) - Number(example![1]);
    // Nghị định 90/2020/NĐ-CP, Điều 20: the calendar year's rating is made before 15/12 of that year.
    for (const y of [2021, 2022, 2023, 2024]) {
      const ratedBy = d(y + shift, 12, 15);
      expect(ratedBy.getTime(), `năm học ${y}-${y + 1}: kết quả năm ${y + shift} có từ ${formatDate(ratedBy)}`).toBeLessThanOrEqual(
        schoolYearRatedFrom(cfg, y).getTime(),
      );
    }
    // So on 01/07/2023 a công chức party member whose 2022-2023 row (the rating of 2022) is blank is rightly asked for it.
    const a = individualAnswers('official', cfg);
    a[Q.partyMember] = YES;
    a[Q.individualRatings] = { ...(a[Q.individualRatings] as Record<string, string>), [schoolYearRow(2022)]: RATING_CHOICES.none };
    const e = evaluate(a, cfg);
    expect(statusOf(e, CN09)).toBe('missing');
    expect(resultOf(e, CN09).message).toContain('chưa có kết quả xếp loại năm học 2022-2023');
  });
});

describe('CN-10 after the interim review (11/06/2023) counts the school year that has just ended', () => {
  it('is met by an "xuất sắc" rating of the year just ended, which the score counts too', () => {
    const cfg = config(d(2023, 6, 18));
    const e = evaluate(manager(cfg, RATING_CHOICES.excellent), cfg);
    expect(statusOf(e, CN10)).toBe('met');
    expect(statusOf(e, CN09)).toBe('met');
    expect(e.verdict).toBe('dat');
    expect(excellentYears(e)).toBe(1);
  });

  it('names the years that count and what is left when none was "xuất sắc"', () => {
    const cfg = config(d(2023, 6, 18));
    const e = evaluate(manager(cfg, RATING_CHOICES.good), cfg);
    expect(statusOf(e, CN10)).toBe('notMet');
    const m = resultOf(e, CN10).message;
    expect(m).toContain('trong các năm học đã được tính (năm học 2021-2022, năm học 2022-2023), chưa có năm nào');
    // 2024-2025 counts from 01/06/2025, after the final conference (31/03/2025): it is not offered.
    // Two sentences; "nothing to do" is scoped to this criterion (the same cell may ask for another fix) and to a date.
    expect(m).toContain(
      '(mục “Kết quả đánh giá, xếp loại cá nhân từng năm học”). Về tiêu chí này, trường chưa cần làm gì trước ngày 01/06/2024; nếu năm học 2023-2024 được xếp loại “Hoàn thành xuất sắc nhiệm vụ”, khi đó ghi kết quả vào phiếu để tiêu chí đạt.',
    );
    expect(m.split('. ')).toHaveLength(2);
    expect(m).not.toContain('không cần làm gì thêm');
    expect(excellentYears(e)).toBe(0);
  });

  it('asks for the rating of the year just ended when it is blank, rather than failing it', () => {
    const cfg = config(d(2023, 6, 18));
    const e = evaluate(manager(cfg, RATING_CHOICES.none), cfg);
    expect(statusOf(e, CN10)).toBe('missing');
    const m = resultOf(e, CN10).message;
    expect(m).toContain('năm học 2021-2022 không được xếp loại “Hoàn thành xuất sắc nhiệm vụ”');
    expect(m).toContain('năm học 2022-2023 đã kết thúc nhưng phiếu chưa ghi kết quả xếp loại');
    expect(m).toContain(`mục “${Q.individualRatings}”`);
    // CN-09 does not count a blank year before its rating is due (01/07/2023), then asks for it.
    expect(statusOf(e, CN09)).toBe('met');
    const later = config(d(2023, 7, 1));
    const e2 = evaluate(manager(later, RATING_CHOICES.none), later);
    expect(statusOf(e2, CN09)).toBe('missing');
    expect(resultOf(e2, CN09).message).toContain('chưa có kết quả xếp loại năm học 2022-2023');
  });

  it('says when the last year of the period has been counted', () => {
    const cfg = config(d(2025, 6, 20));
    const a = individualAnswers('manager', cfg);
    a[Q.individualRatings] = Object.fromEntries([2021, 2022, 2023, 2024].map((y) => [schoolYearRow(y), RATING_CHOICES.good]));
    const e = evaluate(a, cfg);
    expect(statusOf(e, CN10)).toBe('notMet');
    expect(resultOf(e, CN10).message).toContain('Giai đoạn không còn năm học nào để xét');
  });
});

describe('CN-10 offers only the school years that count before the final conference (III.4.e: quý I of the last year)', () => {
  /** A manager rated "tốt" in every school year up to 2023-2024. */
  function allGood(cfg: OfficeConfig): FormAnswers {
    const a = individualAnswers('manager', cfg);
    a[Q.individualRatings] = Object.fromEntries([2021, 2022, 2023].map((y) => [schoolYearRow(y), RATING_CHOICES.good]));
    return a;
  }

  for (const today of [d(2024, 6, 20), d(2025, 3, 31), d(2025, 5, 31)]) {
    it(`says on ${today.toLocaleDateString('en-GB')} that no year is left before the conference, not to wait for 01/06/2025`, () => {
      const cfg = config(today);
      const e = evaluate(allGood(cfg), cfg);
      expect(statusOf(e, CN10)).toBe('notMet');
      const m = resultOf(e, CN10).message;
      expect(m).toContain('các năm học đã được tính (năm học 2021-2022, năm học 2022-2023, năm học 2023-2024), chưa có năm nào');
      expect(m).toContain(
        'Không còn năm học nào được tính trước hội nghị tổng kết giai đoạn ngày 31/03/2025 (kết quả năm học 2024-2025 chỉ được tính từ ngày 01/06/2025); nếu kết quả đã ghi chưa đúng, sửa lại phiếu.',
      );
      expect(m).not.toContain('để tiêu chí đạt');
      expect(m).not.toContain('chưa cần làm gì');
    });
  }

  it('follows the conference day set in "Cấu hình"', () => {
    const today = d(2024, 6, 20);
    const rows = configToRows(config(today)).map((r) => [...r] as unknown[]);
    rows.find((r) => r[0] === configLabel('milestone.TONG-KET'))![1] = '30/06/2025';
    const { config: late, errors } = configFromRows(rows, today);
    expect(errors).toEqual([]);
    const m = resultOf(evaluate(allGood(late), late), CN10).message;
    expect(m).toContain('trước ngày 01/06/2025; nếu năm học 2024-2025 được xếp loại “Hoàn thành xuất sắc nhiệm vụ”, khi đó ghi kết quả vào phiếu');
  });
});

describe('a rating written before its school year can have been rated', () => {
  it('is not counted, and the finding says from when it will be', () => {
    const before = config(d(2023, 5, 20)); // before the review: CN-10 is not judged yet
    const e = evaluate(manager(before, RATING_CHOICES.excellent), before);
    expect(statusOf(e, CN10)).toBe('notApplicable');
    expect(resultOf(e, CN10).message).toContain('năm học 2022-2023 (được tính từ ngày 01/06/2023) chưa được tính');
    expect(excellentYears(e)).toBe(0);
  });

  it('waits for the day the office set, and counts from it', () => {
    const early = configByTab(d(2023, 6, 20), { 'ratings.schoolYearFrom': '15/07' });
    const e = evaluate(manager(early, RATING_CHOICES.excellent), early);
    expect(statusOf(e, CN10)).toBe('notMet');
    const m = resultOf(e, CN10).message;
    expect(m).toContain('các năm học đã được tính (năm học 2021-2022)');
    expect(m).toContain('Kết quả đã ghi cho năm học 2022-2023 (được tính từ ngày 15/07/2023) chưa được tính vì năm học chưa kết thúc.');
    expect(m).toContain('trước ngày 15/07/2023; nếu năm học 2022-2023 hoặc năm học 2023-2024 được xếp loại');
    const on = configByTab(d(2023, 7, 15), { 'ratings.schoolYearFrom': '15/07' });
    expect(statusOf(evaluate(manager(on, RATING_CHOICES.excellent), on), CN10)).toBe('met');
  });
});

describe('the Danh sách shows the years the score counts', () => {
  it('for a person: the school years that count, not the one in progress', () => {
    const may = config(d(2023, 5, 20));
    expect(achievementSummary(evaluated(manager(may, RATING_CHOICES.excellent), may), may)).toContain('Xếp loại: Hoàn thành tốt nhiệm vụ (2021-2022).');
    const june = config(d(2023, 6, 18));
    // Edited on 02/06/2023, once 2022-2023 counted, to write its result.
    expect(achievementSummary(evaluated(manager(june, RATING_CHOICES.excellent), june, new Date(2023, 5, 2, 8)), june)).toContain(
      'Xếp loại: Hoàn thành xuất sắc nhiệm vụ (2022-2023), Hoàn thành tốt nhiệm vụ (2021-2022).',
    );
    // Written on 02/10/2022, before 2022-2023 had ended: not a result, not printed.
    expect(achievementSummary(evaluated(manager(june, RATING_CHOICES.excellent), june), june)).toContain('Xếp loại: Hoàn thành tốt nhiệm vụ (2021-2022).');
  });

  it('for a collective: the calendar years that have ended, not the current one', () => {
    const cfg = config(d(2023, 6, 18));
    const a = collectiveAnswers(cfg);
    a[Q.partyRatings] = { ...(a[Q.partyRatings] as Record<string, string>), [yearRow(2023)]: RATING_CHOICES.excellent };
    const s = achievementSummary(evaluated(a, cfg), cfg);
    expect(s).toContain('Tổ chức đảng:');
    expect(s).not.toContain('2023');
  });
});

describe('the reminder of the interim review', () => {
  it('says what is open today, not "see the result e-mail" (which may have said Đạt before the review)', () => {
    const cfg = config(d(2023, 6, 11));
    const f = form(cfg);
    const a = manager(cfg, RATING_CHOICES.good);
    const values = [headerRow(f), answersToRow(f, a, new Date(2023, 5, 10, 8, 0, 0), SCHOOLS[0].emails[0])];
    const output = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: values });
    const [r] = output.registrations;
    expect(r.verdict).toBe('chuaDat');
    const soKet = deadlines(cfg).find((x) => x.id === 'SO-KET-2023')!;
    const lines = outstanding(r.school!, soKet, output).filter((l) => l.startsWith(`Phiếu ${r.id}`));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('xem thư báo kết quả');
    expect(lines[0]).toContain('Chưa đạt — 1 điểm chưa đạt theo thông tin đơn vị đã khai. Tiêu chí “Cán bộ quản lý, đảng viên, người đứng đầu có ít nhất 01 năm');
    expect(lines[0]).not.toContain('cần bổ sung:');
    expect(lines[0]).toContain('trước ngày 01/06/2024; nếu năm học 2023-2024 được xếp loại');
  });
});

/** One registration evaluated at `from` and at `to`, and the digest of `to` whose last digest was at `from`. */
function digestOver(answers: (cfg: OfficeConfig) => FormAnswers, sent: Date, from: Date, to: Date) {
  const f = form(config(from));
  const run = (cfg: OfficeConfig) =>
    evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), answersToRow(f, answers(cfg), sent, SCHOOLS[0].emails[0])] });
  const before = run(config(from));
  const after = run(config(to));
  const base = { at: from.getTime(), counts: digestCounts(before.registrations), maxRow: 2 };
  const body = digestEmail({ output: after, config: config(to), now: to, base, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
  return { before: before.registrations[0], after: after.registrations[0], body };
}

describe('the weekly digest when a criterion ends', () => {
  it('says the day a criterion stopped applying, and the registrations it turned', () => {
    const answers = (cfg: OfficeConfig) => ({
      ...collectiveAnswers(cfg),
      [Q.conditions]: { ...(collectiveAnswers(cfg)[Q.conditions] as Record<string, string>), [CONDITIONS.thirdChild]: CONDITION_COLUMNS.some },
    });
    const { before, after: r, body: b } = digestOver(answers, new Date(2025, 0, 10, 8, 0, 0), d(2025, 6, 1), d(2025, 6, 5));
    expect(before.verdict).toBe('chuaDat');
    expect(r.verdict).toBe('dat');
    expect(b).toContain('Ngày 03/06/2025: tiêu chí');
    expect(b).toContain('không còn áp dụng');
    // After the final conference (31/03/2025) the schools are sent no notice of a turn: not said to have been.
    expect(b).toContain('thay đổi ngày 03/06/2025 thì không có thư báo');
    expect(b).toContain(`${r.id} — ${r.school!.name} — tập thể “${r.name}”: Chưa đạt → Đạt`);
  });
});

describe('the weekly digest after the interim review', () => {
  it('says which days passed since the last digest changed verdicts by the calendar alone', () => {
    const f = form(config(d(2023, 6, 5)));
    // Sent on 10/01/2023 and edited on 02/06/2023 (2022-2023 counts from 01/06/2023) to write its result.
    const row = (cfg: OfficeConfig) => answersToRow(f, manager(cfg, RATING_CHOICES.good), new Date(2023, 5, 2, 8, 0, 0), SCHOOLS[0].emails[0]);
    const firstSent = new Map([['DK-000002', new Date(2023, 0, 10, 8, 0, 0).getTime()]]);
    const run = (cfg: OfficeConfig) => evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), row(cfg)], firstSent });
    const june5 = config(d(2023, 6, 5));
    const june12 = config(d(2023, 6, 12));
    const before = run(june5);
    const after = run(june12);
    expect(before.registrations[0].verdict).toBe('dat');
    expect(after.registrations[0].verdict).toBe('chuaDat');
    const base = { at: d(2023, 6, 5).getTime(), counts: digestCounts(before.registrations), maxRow: 2 };
    const b = digestEmail({ output: after, config: june12, now: d(2023, 6, 12), base, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(b).toContain('Kết luận thay đổi theo lịch, không do phiếu mới hay phiếu sửa:');
    expect(b).toContain('Ngày 11/06/2023 (sơ kết giữa giai đoạn): từ ngày này tiêu chí “Cán bộ quản lý, đảng viên, người đứng đầu có ít nhất 01 năm');
    // 01/06/2023 was before the last digest: not said again.
    expect(b).not.toContain('Ngày 01/06/2023');
    // Which registrations changed that way, from what to what: their schools were not written to.
    const r = after.registrations[0];
    expect(b).toContain('Các phiếu đổi kết luận vì vậy — 1 phiếu.');
    expect(b).toContain(`${r.id} — ${r.school!.name} — cá nhân “${r.name}”: Đạt → Chưa đạt`);
    // Sent since the last digest (10/01), edited on 02/06, before the review: its confirmation said "Đạt", the review
    // turned it and its school was sent a notice of the turn. Listed with the calendar's too, and its "Mới" line says
    // why its verdict is not the one of its confirmation (review mail L13).
    const sentSince = digestEmail({ output: after, config: june12, now: d(2023, 6, 12), base: { ...base, at: d(2023, 0, 9).getTime() }, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(sentSince).toContain('Các phiếu đổi kết luận vì vậy — 1 phiếu.');
    expect(sentSince).toContain(`${r.id} — ${r.school!.name} — cá nhân “${r.name}”: Đạt → Chưa đạt`);
    expect(sentSince).toContain(`Mới: ${r.id} — ${r.school!.name} — cá nhân “${r.name}” — Chưa đạt (đổi theo mốc 11/06/2023)`);
    // Edited after the review (its confirmation told "Chưa đạt"): not a change of the calendar's, nor marked.
    const lateRow = answersToRow(f, manager(june12, RATING_CHOICES.good), new Date(2023, 5, 11, 9, 0, 0), SCHOOLS[0].emails[0]);
    const editedAfter = evaluateAll({ config: june12, directoryRows: directoryRows(), responseValues: [headerRow(f), lateRow], firstSent });
    expect(editedAfter.registrations[0].verdict).toBe('chuaDat');
    const late = digestEmail({ output: editedAfter, config: june12, now: d(2023, 6, 12), base, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(late).toContain('Kết luận thay đổi theo lịch, không do phiếu mới hay phiếu sửa:');
    expect(late).not.toContain('Các phiếu đổi kết luận vì vậy');
    expect(late).toContain(`Sửa: ${r.id} — ${r.school!.name} — cá nhân “${r.name}” — Chưa đạt\n`);
    // No change in counts, nothing to explain.
    const same = digestEmail({ output: after, config: june12, now: d(2023, 6, 12), base: { ...base, counts: digestCounts(after.registrations) }, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(same).not.toContain('Kết luận thay đổi theo lịch');
    // The schools were sent a notice of that turn (calendarTurns): the digest says so of it, and names no day as untold.
    expect(calendarTurns(after, june12, d(2023, 6, 12), 7, () => true).size).toBe(1);
    expect(b).not.toContain('thì không có thư báo');
    // "Ngày kiểm tra" fixing the day of the checks: no notice of a turn goes (calendarTurns); the digest still explains
    // its counts, but does not say those turns were e-mailed (turningDays; review diff58 L6).
    const fixed: OfficeConfig = { ...june12, todayFixed: { row: 9 } };
    expect(calendarTurns(after, fixed, d(2023, 6, 12), 7, () => true).size).toBe(0);
    const fixedBody = digestEmail({ output: after, config: fixed, now: d(2023, 6, 12), base, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(fixedBody).toContain('Các phiếu đổi kết luận vì vậy — 1 phiếu.');
    expect(fixedBody).toContain('; thay đổi ngày 11/06/2023 thì không có thư báo (giai đoạn đã tổng kết');
  });
});

describe('the weekly digest over the days a calendar year\'s Party and union ratings count and fall due', () => {
  it('says that they count from 1 December and are due from 1 February, and the collectives they turned (review school #1)', () => {
    const answers = (cfg: OfficeConfig) => {
      const a = collectiveAnswers(cfg);
      a[Q.partyRatings] = { ...(a[Q.partyRatings] as Record<string, string>), [yearRow(2023)]: RATING_CHOICES.done };
      return a;
    };
    const { before, after: r, body: b } = digestOver(answers, new Date(2023, 10, 20, 8, 0, 0), d(2023, 11, 25), d(2024, 2, 5));
    expect(before.verdict).toBe('dat');
    // The 2023 rating was written on 20/11/2023, before the year's ratings count: not counted, so 2023 has no rating,
    // which is missing from 1 February 2024.
    expect(r.verdict).toBe('canBoSung');
    expect(b).toContain('Ngày 01/12/2023: kết quả xếp loại năm 2023 của tổ chức đảng');
    expect(b).toContain('Ngày 01/02/2024: phiếu tập thể chưa ghi kết quả xếp loại năm 2023');
    expect(b).toContain(`${r.id} — ${r.school!.name} — tập thể “${r.name}”: Đạt → Cần bổ sung`);
    // Written in December, the same rating is the year's: counted from the day it is written.
    const dec = digestOver(answers, new Date(2023, 11, 20, 8, 0, 0), d(2023, 12, 21), d(2024, 1, 2));
    expect(dec.after.verdict).toBe('chuaDat');
  });
});

describe('CN-10 before the interim review', () => {
  it('leaves a blank due year to CN-09, so one blank cell is one thing to add, and judges it from the review on (review school #5)', () => {
    const answers = (cfg: OfficeConfig) => {
      const a = manager(cfg, RATING_CHOICES.good);
      (a[Q.individualRatings] as Record<string, string>)[schoolYearRow(2021)] = RATING_CHOICES.none;
      return a;
    };
    // 20/05/2023: 2021-2022 is due and blank; the review (11/06/2023) has not come.
    const beforeCfg = config(d(2023, 5, 20));
    const before = evaluate(answers(beforeCfg), beforeCfg);
    expect(statusOf(before, CN09)).toBe('missing');
    expect(statusOf(before, CN10)).toBe('notApplicable');
    expect(resultOf(before, CN10).message).not.toContain('2021-2022');
    // From the review on a lack of an excellent year is judged: the blank year may be one, for the school to say.
    const afterCfg = config(d(2023, 7, 1));
    expect(statusOf(evaluate(answers(afterCfg), afterCfg), CN10)).toBe('missing');
  });

  it('gives no "Lưu ý" of the review day when its only blank years are those CN-09 asks for already (review diff34 #1)', () => {
    // 05/06/2023: 2022-2023 counts (from 01/06) and is rated, written on 02/06; 2021-2022 is due and blank.
    const cfg = config(d(2023, 6, 5));
    const a = manager(cfg, RATING_CHOICES.good);
    (a[Q.individualRatings] as Record<string, string>)[schoolYearRow(2021)] = RATING_CHOICES.none;
    const r = evaluated(a, cfg, new Date(2023, 5, 2, 8));
    expect(r.verdict).toBe('canBoSung');
    expect(excellentYearNote(r)).toBeNull();
    const body = confirmationEmail(r, cfg.organisation, null).body;
    expect(body).not.toContain('được xét từ ngày 11/06/2023');
    expect(body.split('năm học 2021-2022').length - 1).toBe(1);
    // A blank year the review day adds (2022-2023 written before it counted) is still foretold, in words true of a
    // registration "Cần bổ sung" already.
    const early = evaluated(a, cfg, new Date(2023, 4, 20, 8));
    expect(excellentYearNote(early)).toMatchObject({ becomes: 'canBoSung' });
    expect(excellentYearNote(early)!.message).toContain('kết luận của phiếu sẽ là “Cần bổ sung”');
  });

  it('a rating day at the end of a month is due on the last day of the next month, not the first of the one after (review dates F4)', () => {
    const at = (day: number, month: number) => formatDate(schoolYearRatingDue({ ...config(d(2024, 7, 1)), ratedFrom: { day, month } }, 2023));
    expect(at(31, 5)).toBe('30/06/2024');
    expect(at(31, 1)).toBe('29/02/2024');
    expect(at(30, 1)).toBe('29/02/2024');
    expect(at(15, 5)).toBe('15/06/2024');
    expect(at(31, 12)).toBe('31/01/2025');
  });
});

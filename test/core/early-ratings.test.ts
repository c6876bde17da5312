// A rating or a recognition written before it could exist (review F1): a response's time (its last send or edit) is on
// its row. A personal rating of school year Y–Y+1 counts only if written on or after the day that year counts from
// (1 June of Y+1), a Party/union rating of year Y only from 1 January of Y+1; an initiative recognised in a year after
// the response's is no recognition. The school and the office are told; the documents print neither.
import { describe, expect, it } from 'vitest';
import { confirmationEmail } from '../../src/core/emails';
import { evaluateAll, type EvaluatedRegistration } from '../../src/core/evaluate';
import { achievementSummary, nomineeValues, selectNominees } from '../../src/core/proposals';
import { Q, RATING_CHOICES, initiativeTitles, schoolYearRow, yearRow, type FormAnswers } from '../../src/core/registration-form';
import { earlyRatingsNote, ratingOf } from '../../src/core/registration';
import { REVIEW_DECISIONS, mergeReview } from '../../src/core/review';
import { resultRow } from '../../src/core/results-table';
import { completeInitiatives } from '../../src/core/validate';
import { type OfficeConfig } from '../../src/core/config';
import { SCHOOLS, answersToRow, collectiveAnswers, config, directoryRows, form, headerRow, individualAnswers } from './helpers';

const d = (y: number, m: number, day: number, h = 0, min = 0) => new Date(y, m - 1, day, h, min);
/** 15/07/2023: 2021-2022 and 2022-2023 count, and both are due; 2023-2024 does not count yet. */
const JULY = config(d(2023, 7, 15));

/** A manager rated "tốt" in 2021-2022, "xuất sắc" in 2022-2023 and 2023-2024 (the last one a year still to come). */
function manager(cfg: OfficeConfig): FormAnswers {
  const a = individualAnswers('manager', cfg);
  a[Q.individualRatings] = {
    ...(a[Q.individualRatings] as Record<string, string>),
    [schoolYearRow(2021)]: RATING_CHOICES.good,
    [schoolYearRow(2022)]: RATING_CHOICES.excellent,
    [schoolYearRow(2023)]: RATING_CHOICES.excellent,
  };
  return a;
}

/** One response last sent (or edited) at `at`, evaluated on cfg.today. */
function evaluated(a: FormAnswers, at: Date, cfg: OfficeConfig = JULY): EvaluatedRegistration {
  const f = form(cfg);
  return evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), answersToRow(f, a, at, SCHOOLS[0].emails[0])] }).registrations[0];
}

const status = (r: EvaluatedRegistration, id: string) => r.results.find((x) => x.criterionId === id)?.status;

const EARLY_2022 =
  'Kết quả xếp loại năm học 2022-2023 (được tính từ ngày 01/06/2023), năm học 2023-2024 (được tính từ ngày 01/06/2024) ở mục “Kết quả đánh giá, xếp loại cá nhân từng năm học” được ghi trên phiếu gửi ngày 02/10/2022, trước ngày kết quả của năm đó được tính, nên chưa được tính (xem như “Chưa đánh giá”) và không được ghi vào văn bản đề nghị khen thưởng; khi có kết quả chính thức, trường sửa phiếu bằng đường dẫn sửa của phiếu này để ghi lại kết quả.';

describe('a personal rating written before its school year counts', () => {
  const early = evaluated(manager(JULY), d(2022, 10, 2, 8));

  it('is read as "Chưa đánh giá" for a year that counts today: a due year without a rating, "Cần bổ sung"', () => {
    expect(ratingOf(early, 2021)).toBe('good');
    expect(ratingOf(early, 2022)).toBe('none');
    expect(status(early, 'CN-09-XEP-LOAI')).toBe('missing');
    expect(status(early, 'CN-10-XUAT-SAC')).toBe('missing');
    expect(early.verdict).toBe('canBoSung');
    expect(early.results.find((x) => x.criterionId === 'CN-09-XEP-LOAI')!.message).toContain('chưa có kết quả xếp loại năm học 2022-2023');
    // Not in the priority score either.
    expect(early.score.parts.find((p) => p.key === 'excellentYears')?.value ?? 0).toBe(0);
  });

  it('is left as written for a year that does not count yet (what it will do then is told as before)', () => {
    expect(ratingOf(early, 2023)).toBe('excellent');
  });

  it('counts when the response was sent or edited on or after the day the year counts from', () => {
    for (const at of [d(2023, 6, 1), d(2023, 6, 20, 9)]) {
      const r = evaluated(manager(JULY), at);
      expect(ratingOf(r, 2022)).toBe('excellent');
      expect(status(r, 'CN-10-XUAT-SAC')).toBe('met');
      expect(r.verdict).toBe('dat');
    }
    // The last minute before it does not.
    expect(ratingOf(evaluated(manager(JULY), d(2023, 5, 31, 23, 59)), 2022)).toBe('none');
  });

  it('is told in one sentence, the same whatever day it is read: in the results row and in the result e-mail', () => {
    expect(earlyRatingsNote(early)).toBe(EARLY_2022);
    expect(early.notes).toContain(EARLY_2022);
    expect(resultRow(early).join('\n')).toContain(EARLY_2022);
    const mail = confirmationEmail(early, JULY.organisation, 'https://forms.example/edit');
    expect(mail.body).toContain(EARLY_2022);
    // The same sentence before the year counted, and a year later.
    for (const day of [d(2022, 10, 3), d(2024, 8, 1)]) expect(earlyRatingsNote(evaluated(manager(config(day)), d(2022, 10, 2, 8), config(day)))).toBe(EARLY_2022);
    // None when written in time, or when the years not ended were left "Chưa đánh giá".
    expect(earlyRatingsNote(evaluated({ ...manager(JULY), [Q.individualRatings]: { ...(manager(JULY)[Q.individualRatings] as Record<string, string>), [schoolYearRow(2023)]: RATING_CHOICES.none } }, d(2023, 6, 2)))).toBeNull();
    const honest = manager(JULY);
    honest[Q.individualRatings] = { ...(honest[Q.individualRatings] as Record<string, string>), [schoolYearRow(2022)]: RATING_CHOICES.none, [schoolYearRow(2023)]: RATING_CHOICES.none };
    const r = evaluated(honest, d(2022, 10, 2, 8));
    expect(earlyRatingsNote(r)).toBeNull();
    expect(r.notes).toEqual([]);
  });
});

describe('a Party or union rating written before its calendar year ended', () => {
  const collective = (cfg: OfficeConfig): FormAnswers => {
    const a = collectiveAnswers(cfg);
    a[Q.partyRatings] = { ...(a[Q.partyRatings] as Record<string, string>), [yearRow(2022)]: RATING_CHOICES.excellent };
    return a;
  };

  it('is not counted once the year counts: "Cần bổ sung", and the school is told which grid and year', () => {
    const r = evaluated(collective(JULY), d(2022, 11, 30, 8));
    expect(r.orgRatings[Q.partyRatings][2022]).toBe('none');
    expect(r.orgRatings[Q.partyRatings][2021]).toBe('excellent');
    expect(status(r, 'TT-10-DANG-DOAN-THE')).toBe('missing');
    expect(earlyRatingsNote(r)).toBe(
      'Kết quả xếp loại năm 2022 (được tính từ ngày 01/12/2022) ở mục “Xếp loại tổ chức đảng hằng năm (nếu có)”, mục “Xếp loại công đoàn hằng năm (nếu có)” được ghi trên phiếu gửi ngày 30/11/2022, trước ngày kết quả của năm đó được tính, nên chưa được tính (xem như “Chưa đánh giá”) và không được ghi vào văn bản đề nghị khen thưởng; khi có kết quả chính thức, trường sửa phiếu bằng đường dẫn sửa của phiếu này để ghi lại kết quả.',
    );
  });

  it('counts when sent from 1 December of the year, when organisations are rated (review school #1)', () => {
    const r = evaluated(collective(JULY), d(2022, 12, 1));
    expect(r.orgRatings[Q.partyRatings][2022]).toBe('excellent');
    expect(status(r, 'TT-10-DANG-DOAN-THE')).toBe('met');
    expect(earlyRatingsNote(r)).toBeNull();
  });
});

describe('an initiative recognised in a year after the response was sent', () => {
  const t = initiativeTitles(1);
  const withYear = (cfg: OfficeConfig, year: string): FormAnswers => ({ ...collectiveAnswers(cfg), [t.year]: year });

  it('is no recognition: not complete, a problem naming the slot and the year, "Cần bổ sung"', () => {
    const r = evaluated(withYear(JULY, '2023'), d(2022, 10, 2, 8));
    expect(r.initiatives[0]).toMatchObject({ slot: 1, year: 2023, afterSent: true });
    expect(completeInitiatives(r)).toEqual([]);
    expect(status(r, 'TT-04-SANG-KIEN')).toBe('missing');
    expect(r.problems.map((p) => p.message)).toEqual([
      '“Sáng kiến, giải pháp 1: năm công nhận” ghi năm 2023, sau ngày gửi phiếu (02/10/2022): quyết định công nhận chưa thể có khi gửi phiếu nên sáng kiến, giải pháp này chưa được tính là đã được công nhận. Kiểm tra lại năm công nhận (năm của quyết định) và sửa phiếu.',
    ]);
    expect(r.verdict).toBe('canBoSung');
    // Still a named initiative (CN-02 counts those, recognised or not).
    const body = confirmationEmail(r, JULY.organisation, null).body;
    expect(body).toContain('“Sáng kiến, giải pháp 1: năm công nhận” ghi năm 2023');
    // The criterion it leaves open says the year is to check, never that the filled field is missing (review
    // read-outputs H3).
    const finding = r.results.find((x) => x.criterionId === 'TT-04-SANG-KIEN')!.message;
    expect(finding).toContain('chưa được tính là đã được công nhận vì mục “Sáng kiến, giải pháp 1: năm công nhận” ghi năm sau ngày gửi phiếu');
    expect(finding).not.toMatch(/thiếu|bổ sung/);
    expect(body).not.toMatch(/cần bổ sung (mục )?“Sáng kiến, giải pháp 1: năm công nhận”/);
  });

  it('is one when the decision is of the year the response was sent, or earlier', () => {
    for (const year of ['2022', '2021']) {
      const r = evaluated(withYear(JULY, year), d(2022, 10, 2, 8));
      expect(r.problems).toEqual([]);
      expect(completeInitiatives(r)).toHaveLength(1);
      expect(status(r, 'TT-04-SANG-KIEN')).toBe('met');
    }
    // Edited in 2023 to give the 2023 decision: counted.
    expect(completeInitiatives(evaluated(withYear(JULY, '2023'), d(2023, 2, 1)))).toHaveLength(1);
  });
});

describe('the documents print neither', () => {
  const propose = (r: EvaluatedRegistration) => {
    const tab = mergeReview([], [r]);
    tab.rows[0][tab.columns.decision] = REVIEW_DECISIONS.propose;
    return selectNominees(tab, [r]).nominees[0];
  };

  it('no rating written before its year counted, no decision of a later year', () => {
    const a = { ...manager(JULY), [initiativeTitles(1).year]: '2023' };
    const early = evaluated(a, d(2022, 10, 2, 8));
    const s = achievementSummary(early, JULY);
    expect(s).toContain('Xếp loại: Hoàn thành tốt nhiệm vụ (2021-2022).');
    expect(s).not.toContain('2022-2023');
    expect(s).not.toContain('năm 2023');
    // A teacher (no rating criterion): Đạt, proposed, and its Báo cáo prints only the rating that counts.
    const teacher = evaluated({ ...manager(JULY), [Q.role]: individualAnswers('teacher', JULY)[Q.role] }, d(2022, 10, 2, 8));
    expect(teacher.verdict).toBe('dat');
    const v = nomineeValues(propose(teacher), JULY);
    expect(v.xep_loai).toBe('Kết quả đánh giá, xếp loại các năm: Hoàn thành tốt nhiệm vụ (2021-2022).');
    // The decision of a later year is no recognition: the registration is "Cần bổ sung", not proposed.
    expect(early.verdict).toBe('canBoSung');
    const tab = mergeReview([], [early]);
    tab.rows[0][tab.columns.decision] = REVIEW_DECISIONS.propose;
    expect(selectNominees(tab, [early]).nominees).toEqual([]);
    // Sent once both existed: printed.
    const later = evaluated(a, d(2023, 6, 2, 8));
    expect(achievementSummary(later, JULY)).toContain('Xếp loại: Hoàn thành xuất sắc nhiệm vụ (2022-2023), Hoàn thành tốt nhiệm vụ (2021-2022).');
    expect(achievementSummary(later, JULY)).toContain('năm 2023');
  });

  it('documents dated after the rows were read: a year that counts only by their date is checked against the response too', () => {
    // Read on 20/05/2023 (2022-2023 does not count yet: its rating is left as written), printed as of 18/06/2023.
    const may = config(d(2023, 5, 20));
    const r = evaluated(manager(may), d(2022, 10, 2, 8), may);
    expect(ratingOf(r, 2022)).toBe('excellent');
    const june = config(d(2023, 6, 18));
    expect(achievementSummary(r, june)).toContain('Xếp loại: Hoàn thành tốt nhiệm vụ (2021-2022).');
    expect(achievementSummary(evaluated(manager(may), d(2023, 6, 1, 8), may), june)).toContain('Hoàn thành xuất sắc nhiệm vụ (2022-2023)');
  });
});

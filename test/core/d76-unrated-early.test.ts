// Review d76 F5. Who is hurt: the council and the office, which propose a manager or a Party member on a year nobody
// rated yet; and the rule of II.2.b ("hằng năm phải được xếp loại hoàn thành tốt nhiệm vụ trở lên").
// Now: "Không xếp loại (công tác chưa đủ 06 tháng)" (WORK_CHOICES.notRated) can be chosen for a school year that has not
// ended — a teacher on long sick leave in January. Whether she will have worked less than six months of the year is
// known only when it ends (NĐ 90/2020/NĐ-CP Điều 2 khoản 3: the year's work time), like the year's rating itself. A
// rating written before its year counts is read as "Chưa đánh giá" and asked again (registration.ts: ratings "written
// before their year counts"; isRatingIndex covers only the four ratings), but the new column is taken at its word:
// the year is never asked again (validate.ts `worked`), CN-09 is met, the registration "Đạt". If she comes back in
// February and the year is rated "Hoàn thành nhiệm vụ", nobody is asked, and she is proposed though the plan excludes her.
// Should: "Không xếp loại" written before its school year counts is read as a rating written early (not counted, the
// school asked to confirm it once the year counts), as "Hoàn thành tốt nhiệm vụ" written then is.
// Severity: Medium.
import { describe, expect, it } from 'vitest';
import { RATING_CHOICES, WORK_CHOICES } from '../../src/core/registration-form';
import { config } from './helpers';
import { partyMember, statusIn, viaSheet } from './ratings-lib';

const d = (y: number, m: number, day: number, h = 0) => new Date(y, m - 1, day, h);
const CN09 = 'CN-09-XEP-LOAI';
const { good, excellent } = RATING_CHOICES;

describe('"Không xếp loại" written for a school year that has not ended (d76 F5)', () => {
  // At the final conference: every school year 2021-2022 … 2023-2024 counts; the response was sent in January 2024,
  // in the middle of 2023-2024, and never edited.
  const cfg = config(d(2025, 3, 20));
  const sent = d(2024, 1, 10, 9);

  it('is not counted, as a rating written then is not', () => {
    // A rating written early: not counted, asked again.
    const early = viaSheet(partyMember(cfg, { 2021: excellent, 2022: good, 2023: good }), sent, cfg);
    expect(statusIn(early, CN09)).toBe('missing');
    // "Không xếp loại" written early for the same year: should be the same.
    const predicted = viaSheet(partyMember(cfg, { 2021: excellent, 2022: good, 2023: WORK_CHOICES.notRated }), sent, cfg);
    expect(statusIn(predicted, CN09)).toBe('missing');
    expect(predicted.verdict).not.toBe('dat');
  });
});

// A school year in service but not rated by law (worked less than six months of it: NĐ 90/2020/NĐ-CP Điều 2 khoản 3;
// review r75f F2): the grid's column "Không xếp loại (công tác chưa đủ 06 tháng)" is read as a year not worked by the
// rating criteria (CN-09, CN-10: neither below "tốt" nor one to fill in), and the dossier prints it, so the receiving
// level reads why the year has no rating.
import { describe, expect, it } from 'vitest';
import { ratingsText } from '../../src/core/proposals';
import { RATING_CHOICES, WORK_CHOICES } from '../../src/core/registration-form';
import { ratingOf } from '../../src/core/registration';
import { config, evaluate, statusOf } from './helpers';
import { partyMember, statusIn, viaSheet } from './ratings-lib';

const d = (y: number, m: number, day: number, h = 0) => new Date(y, m - 1, day, h);
const CN09 = 'CN-09-XEP-LOAI';
const CN10 = 'CN-10-XUAT-SAC';
const { good, excellent, none } = RATING_CHOICES;

describe('a school year not rated because the person worked less than six months of it', () => {
  // At the final conference: every school year 2021-2022 … 2023-2024 counts and is due.
  const cfg = config(d(2025, 3, 20));
  const sent = d(2025, 1, 10, 9);

  it('is neither a year below "tốt" nor a rating to fill in: CN-09 and CN-10 are met, the registration "Đạt"', () => {
    const a = partyMember(cfg, { 2021: excellent, 2022: WORK_CHOICES.notRated, 2023: good });
    expect(statusOf(evaluate(a, cfg), CN09)).toBe('met');
    expect(statusOf(evaluate(a, cfg), CN10)).toBe('met');
    const r = viaSheet(a, sent, cfg);
    expect(ratingOf(r, 2022)).toBe('notRated');
    expect([statusIn(r, CN09), statusIn(r, CN10)]).toEqual(['met', 'met']);
    expect(r.verdict).toBe('dat');
    // The same year left "Chưa đánh giá" is one to fill in.
    const blank = viaSheet(partyMember(cfg, { 2021: excellent, 2022: none, 2023: good }), sent, cfg);
    expect(statusIn(blank, CN09)).toBe('missing');
    // Every year not rated: nothing rated to meet CN-09 with (not applicable, as for years not worked), nor CN-10.
    const never = viaSheet(partyMember(cfg, { 2021: WORK_CHOICES.notRated, 2022: WORK_CHOICES.notRated, 2023: WORK_CHOICES.notRated }), sent, cfg);
    expect(statusIn(never, CN09)).toBe('notApplicable');
    expect(never.results.find((x) => x.criterionId === CN10)!.message).toContain('“Không xếp loại (công tác chưa đủ 06 tháng)”');
  });

  it('is printed in the dossier\'s ratings as a year not rated, with why', () => {
    const r = viaSheet(partyMember(cfg, { 2021: excellent, 2022: WORK_CHOICES.notRated, 2023: good }), sent, cfg);
    expect(ratingsText(r, cfg)).toBe('Hoàn thành xuất sắc nhiệm vụ (2021-2022), Hoàn thành tốt nhiệm vụ (2023-2024), Không xếp loại do công tác chưa đủ 06 tháng (2022-2023)');
  });

  it('counts as no "xuất sắc" year: with no other, CN-10 is not met once judged (a year not rated is not one rated "xuất sắc")', () => {
    const r = viaSheet(partyMember(cfg, { 2021: good, 2022: WORK_CHOICES.notRated, 2023: good }), sent, cfg);
    expect([statusIn(r, CN09), statusIn(r, CN10)]).toEqual(['met', 'notMet']);
  });
});

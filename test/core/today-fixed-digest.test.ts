// Review now N7: "Ngày kiểm tra" left at last year's 20/11/2025 in a 2026–2030 file. The digest says so at its top,
// with the day each of its parts uses, and judges the schools' duties (minimum, overdue reports) both as of today —
// never "every school has its collective and individual" while one registered nothing. A day outside the period or in
// a school year over is warned of (todayFixedStale), wherever the note is said.
import { describe, expect, it } from 'vitest';
import { todayFixedNote, todayFixedStale, type OfficeConfig } from '../../src/core/config';
import { digestEmail } from '../../src/core/digest';
import { evaluateAll } from '../../src/core/evaluate';
import { districtSummary } from '../../src/core/summaries';
import { DIGEST_EMAIL } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { answersToRow, collectiveAnswers, config2026, directoryRows, form, headerRow, individualAnswers, SCHOOLS } from './helpers';

const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;
const NOW = new Date(2026, 11, 7, 7, 0, 0); // Monday 07/12/2026

/** The 2026–2030 office checked as of `fixed` ("Ngày kiểm tra" on row 30), or as of today. */
function office(fixed: Date | null): OfficeConfig {
  const cfg = config2026(NOW);
  if (fixed) (cfg.today = fixed), (cfg.todayFixed = { row: 30 });
  return cfg;
}

/** Hoa Sen registers a collective and an individual, Hòa Bình an individual, Quang Minh nothing (in November 2026). */
function evaluated(cfg: OfficeConfig) {
  const f = form(cfg);
  const rows = [
    answersToRow(f, { ...collectiveAnswers(cfg), [Q.school]: HOA_SEN.name }, new Date(2026, 10, 20, 9), HOA_SEN.emails[0]),
    answersToRow(f, { ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name }, new Date(2026, 10, 21, 9), HOA_SEN.emails[0]),
    answersToRow(f, { ...individualAnswers('teacher', cfg), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Lê Văn Cường' }, new Date(2026, 10, 22, 9), HOA_BINH.emails[0]),
  ];
  return evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), ...rows] });
}

const digestOf = (cfg: OfficeConfig) => digestEmail({ output: evaluated(cfg), config: cfg, now: NOW, base: null, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;

describe('"Ngày kiểm tra" left at 20/11/2025 (review now N7)', () => {
  const fixed = office(new Date(2025, 10, 20));

  it('the evaluation made as of 20/11/2025 finds no school short of the minimum (the scenario)', () => {
    expect(evaluated(fixed).schoolDuties.every((d) => d.lacking.length === 0)).toBe(true);
  });

  it('the digest says the fixed day at its top, with a warning, and which day each part uses', () => {
    const b = digestOf(fixed);
    const note = todayFixedNote(fixed, NOW)!;
    expect(note).toMatch(/^Cảnh báo: ngày 20\/11\/2025 ở mục “Ngày kiểm tra” nằm ngoài giai đoạn 2026-2030 và thuộc năm học 2025-2026 đã qua/);
    expect(b).toContain(note);
    expect(b).toContain(DIGEST_EMAIL.todayFixed('20/11/2025', '07/12/2026'));
    // At the top: before the counts.
    expect(b.indexOf(note)).toBeLessThan(b.indexOf(DIGEST_EMAIL.countsTitle));
  });

  it('the minimum is judged as of today, as the reports due are: Quang Minh and Hòa Bình are listed, no "all met"', () => {
    const b = digestOf(fixed);
    expect(b).not.toContain(DIGEST_EMAIL.minimumAllMet);
    // 2026-2027 is open as of today: listed as yet to register for it (review openyear).
    expect(b).toContain(DIGEST_EMAIL.minimumOpenTitle('2026-2027', '31/08/2027', 2));
    expect(b).toContain(`${QUANG_MINH.name}: chưa có tập thể và cá nhân`);
    expect(b).toContain(`${HOA_BINH.name}: chưa có tập thể`);
    // The same lines as without the fixed day.
    const today = digestOf(office(null));
    expect(today).toContain(`${QUANG_MINH.name}: chưa có tập thể và cá nhân`);
    expect(today).not.toContain('Ngày kiểm tra');
  });

  it('"Tổng hợp" carries the note under its "Số liệu tính đến ngày" line', () => {
    const rows = districtSummary(evaluated(fixed), fixed, undefined, NOW).rows.map((r) => String(r[0]));
    const at = rows.findIndex((r) => r.startsWith('Số liệu tính đến ngày 20/11/2025'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(rows[at + 1]).toBe(todayFixedNote(fixed, NOW));
    expect(districtSummary(evaluated(office(null)), office(null)).rows.some((r) => String(r[0]).includes('Ngày kiểm tra'))).toBe(false);
  });
});

describe('todayFixedStale: a "Ngày kiểm tra" likely left behind', () => {
  it('warns of a day outside the period or in a school year over; not of one in the current school year', () => {
    expect(todayFixedStale(office(new Date(2026, 8, 30)), NOW)).toBeNull();
    expect(todayFixedStale(office(new Date(2027, 0, 15)), NOW)).toBeNull();
    expect(todayFixedStale(office(new Date(2026, 4, 31)), NOW)).toMatch(/ngày 31\/05\/2026 ở mục “Ngày kiểm tra” thuộc năm học 2025-2026 đã qua/);
    expect(todayFixedStale(office(new Date(2031, 0, 1)), NOW)).toMatch(/nằm ngoài giai đoạn 2026-2030,/);
    expect(todayFixedStale(office(null), NOW)).toBeNull();
    // Without the day of the run: the note alone, as before.
    expect(todayFixedNote(office(new Date(2025, 10, 20)))).not.toMatch(/^Cảnh báo/);
  });

  it('no registration year begun by the day of the checks: the digest says so, not that every school has its minimum', () => {
    // 01/03/2026: the period has begun, its first registration year (2026-2027) has not.
    const march = new Date(2026, 2, 1, 7, 0, 0);
    const cfg = config2026(march);
    const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(form(cfg))] });
    const b = digestEmail({ output: out, config: cfg, now: march, base: null, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(b).toContain(DIGEST_EMAIL.minimumNoYear('01/03/2026'));
    expect(b).not.toContain(DIGEST_EMAIL.minimumAllMet);
  });
});

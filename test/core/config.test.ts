import { configLabel } from '../../src/core/messages';
import { describe, expect, it } from 'vitest';
import {
  configFromRows,
  configToRows,
  defaultConfig,
  endedYears,
  milestone,
  periodConfig,
  reportingPeriods,
} from '../../src/core/config';
import { Q, RATING_CHOICES, buildRegistrationForm, buildReportForm, formItems, initiativeTitles, schoolYearRow } from '../../src/core/registration-form';
import { formatDate } from '../../src/core/text';
import { collectiveAnswers, evaluate, individualAnswers, SCHOOLS } from './helpers';

describe('default configuration (a Sở GD&ĐT, the plan 2021–2025 period)', () => {
  const cfg = defaultConfig(new Date(2023, 6, 1));
  it('has the plan milestones', () => {
    // A new Sheet belongs to the kind of office that runs the sector since 1/7/2025, with generic names to complete.
    expect(cfg.organisation.kind).toBe('so');
    expect(cfg.organisation.name).toBe('Sở Giáo dục và Đào tạo');
    expect(cfg.organisation.signer.title).toBe('Giám đốc');
    expect(cfg.organisation.parentAuthority).toBe('Ủy ban nhân dân tỉnh');
    expect(formatDate(milestone(cfg, 'KE-HOACH').date)).toBe('30/09/2021');
    expect(formatDate(milestone(cfg, 'SO-KET').date)).toBe('11/06/2023');
    expect(milestone(cfg, 'BIEU-DUONG').date.getFullYear()).toBe(2024);
    expect(formatDate(milestone(cfg, 'TONG-KET').date)).toBe('31/03/2025');
    for (const m of cfg.period.milestones) {
      expect(m.planSection).toMatch(/^(II|III)\./);
      expect(m.label.length).toBeGreaterThan(10);
    }
  });
  it('counts a year as ended only after 31/12', () => {
    expect(endedYears(cfg.period, new Date(2023, 11, 31, 23, 59))).toEqual([2021, 2022]);
    expect(endedYears(cfg.period, new Date(2024, 0, 1))).toEqual([2021, 2022, 2023]);
    expect(endedYears(cfg.period, new Date(2021, 5, 1))).toEqual([]);
    expect(endedYears(cfg.period, new Date(2030, 0, 1))).toEqual([2021, 2022, 2023, 2024, 2025]);
  });
  it('lists the plan, then six-monthly and annual reports from the plan on', () => {
    const p = reportingPeriods(cfg.period).map((x) => x.label);
    expect(p[0]).toBe('Kế hoạch giai đoạn 2021-2025 của đơn vị');
    expect(p).not.toContain('6 tháng đầu năm 2021');
    expect(p).toContain('Năm 2021');
    expect(p).toContain('6 tháng đầu năm 2023');
    expect(p[p.length - 1]).toBe('Năm 2025');
  });
});

describe('a 2026–2030 period by configuration alone', () => {
  const cfg = defaultConfig(new Date(2028, 8, 1), periodConfig(2026, 2030));
  const form = buildRegistrationForm(cfg, SCHOOLS.map((s) => s.name));
  it('rates the new years on the form', () => {
    const grid = formItems(form).find((i) => i.title === Q.individualRatings)!;
    // Teachers are rated per school year (năm học), the years starting in the period.
    expect(grid.rows).toEqual(['Năm học 2026-2027', 'Năm học 2027-2028', 'Năm học 2028-2029', 'Năm học 2029-2030']);
    const party = formItems(form).find((i) => i.title === Q.partyRatings)!;
    expect(party.rows).toEqual(['Năm 2026', 'Năm 2027', 'Năm 2028', 'Năm 2029', 'Năm 2030']);
    expect(formItems(form).find((i) => i.title === initiativeTitles(1).year)!.choices).toEqual(['2026', '2027', '2028', '2029', '2030']);
    expect(form.title).toContain('2026-2030');
  });
  it('checks the ended years of the new period', () => {
    expect(endedYears(cfg.period, cfg.today)).toEqual([2026, 2027]);
    const a = individualAnswers('manager', cfg);
    expect(evaluate(a, cfg).verdict).toBe('dat');
    (a[Q.individualRatings] as Record<string, string>)[schoolYearRow(2027)] = RATING_CHOICES.done;
    const e = evaluate(a, cfg);
    expect(e.verdict).toBe('chuaDat');
    expect(e.findings.find((f) => f.criterionId === 'CN-09-XEP-LOAI')!.message).toContain('năm học 2027-2028');
    // A school year in progress (2028-2029 at 01/09/2028) is not judged.
    (a[Q.individualRatings] as Record<string, string>)[schoolYearRow(2027)] = RATING_CHOICES.good;
    (a[Q.individualRatings] as Record<string, string>)[schoolYearRow(2028)] = RATING_CHOICES.failed;
    expect(evaluate(a, cfg).verdict).toBe('dat');
    expect(evaluate(collectiveAnswers(cfg), cfg).verdict).toBe('dat');
  });
  it('moves the milestones and the report periods', () => {
    expect(formatDate(milestone(cfg, 'KE-HOACH').date)).toBe('30/09/2026');
    expect(formatDate(milestone(cfg, 'SO-KET').date)).toBe('11/06/2028');
    expect(milestone(cfg, 'BIEU-DUONG').date.getFullYear()).toBe(2029);
    expect(formatDate(milestone(cfg, 'TONG-KET').date)).toBe('31/03/2030');
    const report = buildReportForm(cfg, ['Trường A']);
    const choices = formItems(report)[1].choices!;
    expect(choices[0]).toBe('Kế hoạch giai đoạn 2026-2030 của đơn vị');
    expect(choices).toContain('6 tháng đầu năm 2028');
    expect(choices.some((c) => c.includes('2025'))).toBe(false);
  });
  it('reads the new period from the "Cấu hình" tab', () => {
    const rows = configToRows(defaultConfig(new Date(2028, 8, 1))).map((r) => [...r]);
    rows.find((r) => r[0] === configLabel('period.startYear'))![1] = 2026;
    rows.find((r) => r[0] === configLabel('period.endYear'))![1] = '2030';
    rows.find((r) => r[0] === configLabel('period.name'))![1] = '2026-2030';
    // Milestone rows still carry 2021–2025 dates: clear them so the new defaults apply.
    for (const r of rows) if (String(r[0]).startsWith('Mốc:')) r[1] = '';
    const { config, errors } = configFromRows(rows, new Date(2028, 8, 1));
    expect(errors).toEqual([]);
    expect(config.period.startYear).toBe(2026);
    expect(formatDate(milestone(config, 'TONG-KET').date)).toBe('31/03/2030');
  });
});

describe('"Cấu hình" tab', () => {
  it('refuses a day for counting a school year\'s rating before the school year can have ended (01/06 read as 6 January)', () => {
    const rows = configToRows(defaultConfig(new Date(2024, 2, 3))).map((r) => [...r] as unknown[]);
    const row = rows.findIndex((r) => r[0] === configLabel('ratings.schoolYearFrom'));
    for (const typed of [new Date(2024, 0, 6), '01/01', '30/04']) {
      rows[row][1] = typed;
      const back = configFromRows(rows, new Date(2024, 2, 15));
      expect(back.config.ratedFrom, String(typed)).toEqual({ day: 1, month: 6 });
      expect(back.errors).toHaveLength(1);
      expect(back.errors[0]).toMatch(new RegExp(`^Trang tính “Cấu hình”, dòng ${row + 1}, mục “Ngày tính kết quả xếp loại năm học”: giá trị “\\d\\d/0[1-4]” là ngày trước khi năm học kết thúc`));
    }
    rows[row][1] = '15/07';
    expect(configFromRows(rows, new Date(2024, 2, 15)).config.ratedFrom).toEqual({ day: 15, month: 7 });
  });

  it('a setting\'s name typed otherwise (case, spaces) still names it; a name of none is refused', () => {
    const rows = configToRows(defaultConfig(new Date(2024, 2, 3))).map((r) => [...r] as unknown[]);
    const row = rows.findIndex((r) => r[0] === configLabel('organisation.signerTitle'));
    // "Chức vụ người ký" typed in capitals, with spaces around and between its words.
    rows[row][0] = `  ${configLabel('organisation.signerTitle').toUpperCase().replace(/ /, '  ')} `;
    rows[row][1] = 'Phó Trưởng phòng';
    const back = configFromRows(rows, new Date(2024, 2, 15));
    expect(back.errors).toEqual([]);
    expect(back.config.organisation.signer.title).toBe('Phó Trưởng phòng');
    rows[row][0] = 'Chức vụ của người không ký';
    expect(configFromRows(rows, new Date(2024, 2, 15)).errors).toHaveLength(1);
  });

  it('round-trips', () => {
    const cfg = defaultConfig(new Date(2024, 2, 3));
    cfg.organisation.signer = { name: 'Đỗ Văn Bình', title: 'Phó Trưởng phòng' };
    cfg.period.milestones.find((m) => m.id === 'SO-KET')!.date = new Date(2023, 5, 9);
    cfg.period.reports.halfYear = { day: 20, month: 6 };
    cfg.scoring.excellentYear = 7;
    const rows = configToRows(cfg, true);
    expect(rows[0]).toEqual(['Mục', 'Giá trị', 'Giải thích']);
    expect(rows[1][0]).toBe('Loại cơ quan');
    expect(rows[2][0]).toBe('Tên cơ quan');
    for (const r of rows.slice(1)) expect(r[2].length).toBeGreaterThan(5);
    const back = configFromRows(rows, new Date(2000, 0, 1));
    expect(back.errors).toEqual([]);
    // The day written (configToRows with todayIsFixed) is a fixed day of the checks, known by its row.
    expect(back.config).toEqual({ ...cfg, todayFixed: { row: rows.findIndex((r) => r[0] === 'Ngày kiểm tra') + 1 } });
  });
  it('blank "today" means now', () => {
    const now = new Date(2025, 1, 1);
    const back = configFromRows(configToRows(defaultConfig(new Date(2024, 0, 1))), now);
    expect(back.config.today.getTime()).toBe(now.getTime());
  });
  it('names the row and key of every bad value, keeping defaults', () => {
    const rows: unknown[][] = [
      ['Khóa', 'Giá trị', 'Giải thích'],
      ['organisation.name', 'Phòng GD&ĐT huyện Mới', ''],
      ['period.startYear', 'hai nghìn', ''],
      ['milestone.SO-KET', '31/02/2023', ''],
      ['reports.annualDeadline', '40/12', ''],
      ['mauSac', 'xanh', ''],
      ['organisation.name', 'Lặp', ''],
    ];
    const { config, errors } = configFromRows(rows, new Date(2024, 0, 1));
    expect(config.organisation.name).toBe('Phòng GD&ĐT huyện Mới');
    expect(config.period.startYear).toBe(2021);
    expect(formatDate(milestone(config, 'SO-KET').date)).toBe('11/06/2023');
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(/dòng 6.*“mauSac”/);
    // The code's own keys and the old header "Khóa" are still read; messages use the office's names.
    expect(errors[1]).toMatch(/dòng 7.*“Tên cơ quan”.*dòng 2/);
    expect(errors.some((e) => /dòng 3.*“Năm bắt đầu giai đoạn”.*“hai nghìn”/.test(e))).toBe(true);
    // A date that is written right but does not exist: said so, with what is used until it is corrected.
    expect(errors.some((e) => /dòng 4.*“Mốc: sơ kết”.*không đọc được thành một ngày có thật.*tạm dùng ngày 11\/06\/2023/.test(e))).toBe(true);
    expect(errors.some((e) => /dòng 5.*“Hạn báo cáo năm”.*ngày\/tháng \(ví dụ 01\/06\)/.test(e))).toBe(true);
  });
  it('accepts Date cells from the sheet', () => {
    const rows = configToRows(defaultConfig(new Date(2024, 0, 1))).map((r) => [...r] as unknown[]);
    rows.find((r) => r[0] === configLabel('milestone.TONG-KET'))![1] = new Date(2025, 2, 20);
    const { config, errors } = configFromRows(rows, new Date(2024, 0, 1));
    expect(errors).toEqual([]);
    expect(formatDate(milestone(config, 'TONG-KET').date)).toBe('20/03/2025');
  });
  it('refuses an inverted period', () => {
    const rows = configToRows(defaultConfig(new Date(2024, 0, 1))).map((r) => [...r] as unknown[]);
    rows.find((r) => r[0] === configLabel('period.endYear'))![1] = 2019;
    const { config, errors } = configFromRows(rows, new Date(2024, 0, 1));
    expect(config.period.endYear).toBe(2025);
    // Worded from what is written, with the period the run checks against meanwhile.
    expect(errors[0]).toMatch(/năm bắt đầu “2021” và năm kết thúc “2019”.*tạm kiểm tra theo giai đoạn 2021-2025/);
    expect(config.unsettled).toContain('period.years');
  });
});

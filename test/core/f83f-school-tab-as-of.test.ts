// Review r83q F1 (fix f83f): the office's school and group tabs say, under their counts, the moment the rebuild read the
// figures they show, as "Tổng hợp" does (summaryAsOf, review r80n F1), worded for the tab: a clerk answering a school
// that sent a registration since reads that it is not yet counted there, and where its row already is. The views,
// built from the same tabs, take no such line from them (their own, viewAsOf, is kept outside their fingerprint).
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { directoryToRows } from '../../src/core/directory';
import { Q, buildRegistrationForm } from '../../src/core/registration-form';
import { GENERATED_NOTICE_ROWS, districtSummary, isGeneratedTab, schoolTabs } from '../../src/core/summaries';
import { SCHOOL_TAB_COUNCIL_HEAD, SUMMARY_GENERATED_NOTICE, summaryAsOf } from '../../src/core/messages';
import { answersToRow, collectiveAnswers, config, config2026, evaluateOffice, headerRow, individualAnswers, SCHOOLS } from './helpers';

const readAt = new Date(2024, 6, 1, 6, 30);
const firstColumn = (t: { header: unknown[]; rows: unknown[][] }) => [t.header, ...t.rows].map((r) => String(r[0]));
const asOfLines = (t: { header: unknown[]; rows: unknown[][] }) => firstColumn(t).filter((l) => l.startsWith('Số liệu tính đến'));

function office(threshold: number, extra: Record<string, unknown> = {}) {
  const cfg = { ...config(), perSchoolTabThreshold: threshold, ...extra };
  const f = buildRegistrationForm(cfg, SCHOOLS.map((s) => s.name));
  const rows: unknown[][] = [headerRow(f)];
  rows.push(answersToRow(f, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Trần Thị Bình' }, new Date(2023, 0, 5, 8), SCHOOLS[0].emails[0]));
  return { cfg, out: evaluateAll({ config: cfg, directoryRows: directoryToRows(SCHOOLS), responseValues: rows }) };
}

describe("the office's school and group tabs say when their figures were read", () => {
  it('a school tab: right under its counts, the run\'s moment in the words of "Tổng hợp", worded for the tab', () => {
    const { cfg, out } = office(100);
    const tabs = schoolTabs(out, cfg, { readAt });
    expect(tabs.mode).toBe('perSchool');
    for (const tab of tabs.tabs) {
      const lines = firstColumn(tab);
      const counts = lines.findIndex((l) => /^\d+ phiếu đăng ký|^Đơn vị chưa có phiếu đăng ký nào\.$/.test(l));
      expect(counts, tab.name).toBe(2);
      expect(lines[counts + 1]).toBe(summaryAsOf('06:30 ngày 01/07/2024', 0, undefined, 'school'));
      expect(asOfLines(tab)).toHaveLength(1);
    }
    const line = asOfLines(tabs.tabs[1])[0];
    expect(line).toBe(
      'Số liệu tính đến 06:30 ngày 01/07/2024 (lần “Cập nhật tổng hợp” gần nhất; phiếu đăng ký, báo cáo gửi hoặc sửa và quyết định của Hội đồng sau giờ đó được tính ở lần cập nhật sau; phiếu vừa gửi hoặc sửa có ngay ở trang “Kết quả kiểm tra”); không tính các phiếu cũ đã được đăng ký lại (thay thế).',
    );
    // The same moment as "Tổng hợp" written by the same run.
    const summary = districtSummary(out, cfg, undefined, readAt);
    expect(firstColumn(summary).find((l) => l.startsWith('Số liệu tính đến'))).toContain('06:30 ngày 01/07/2024');
  });

  it('a council line stays right under the counts, the moment under it', () => {
    const { cfg, out } = office(100);
    const id = out.registrations[0].id;
    const tab = schoolTabs(out, cfg, { readAt, council: { notProposed: new Set([id]), requested: new Set() } }).tabs.find((t) => t.schoolCodes[0] === SCHOOLS[0].code)!;
    const lines = firstColumn(tab);
    expect(lines[2]).toMatch(/^1 phiếu đăng ký/);
    expect(lines[3].startsWith(SCHOOL_TAB_COUNCIL_HEAD)).toBe(true);
    expect(lines[4].startsWith('Số liệu tính đến 06:30 ngày 01/07/2024')).toBe(true);
  });

  it('a group tab: under its counts too', () => {
    const { cfg, out } = office(1);
    const tabs = schoolTabs(out, cfg, { readAt });
    expect(tabs.mode).toBe('grouped');
    for (const tab of tabs.tabs) {
      const lines = firstColumn(tab);
      expect(lines[1]).toMatch(/^\d+ phiếu đăng ký|^Đơn vị chưa có phiếu đăng ký nào\.$/);
      expect(lines[2]).toBe(summaryAsOf('06:30 ngày 01/07/2024', 0, undefined, 'school'));
      expect(lines[3]).toBe(SUMMARY_GENERATED_NOTICE);
    }
  });

  it('no moment given (the views build on these tabs): no line', () => {
    const { cfg, out } = office(100);
    expect(schoolTabs(out, cfg).tabs.every((t) => asOfLines(t).length === 0)).toBe(true);
    expect(schoolTabs({ ...out }, { ...cfg, perSchoolTabThreshold: 1 }).tabs.every((t) => asOfLines(t).length === 0)).toBe(true);
  });

  it('"Ngày kiểm tra" fixed: the day of the checks first, then the run\'s moment, as "Tổng hợp" says it', () => {
    const { cfg, out } = office(100, { todayFixed: { row: 5 }, today: new Date(2024, 5, 15) });
    const line = asOfLines(schoolTabs(out, cfg, { readAt }).tabs[0])[0];
    expect(line).toBe(summaryAsOf('06:30 ngày 01/07/2024', 0, '15/06/2024', 'school'));
    expect(line.startsWith('Số liệu tính đến ngày 15/06/2024 (lần “Cập nhật tổng hợp” lúc 06:30 ngày 01/07/2024;')).toBe(true);
  });

  it('the tallest head of a school tab (council line, replaced ones and the years they count for, three duties) keeps its notice where a tab is recognised as generated', () => {
    const day = new Date(2027, 11, 1, 8, 40);
    const cfg = config2026(day);
    const hb = SCHOOLS[1];
    const toan = (at: Date) => ({ answers: { ...collectiveAnswers(cfg), [Q.school]: hb.name, [Q.collectiveName]: 'Tổ Toán Hòa Bình' }, at });
    const cuong = { answers: { ...individualAnswers('teacher', cfg), [Q.school]: hb.name, [Q.individualName]: 'Lê Văn Cường' }, at: new Date(2026, 9, 16, 9) };
    const out = evaluateOffice(cfg, [toan(new Date(2026, 9, 16, 9)), cuong, toan(new Date(2027, 9, 10, 9))], []);
    const cuongId = out.registrations.find((r) => r.name === 'Lê Văn Cường')!.id;
    const tab = schoolTabs(out, cfg, { readAt: day, council: { notProposed: new Set([cuongId]), requested: new Set() } }).tabs.find((t) => t.schoolCodes[0] === hb.code)!;
    const lines = firstColumn(tab);
    expect(lines.some((l) => l.startsWith(SCHOOL_TAB_COUNCIL_HEAD))).toBe(true);
    expect(lines.some((l) => l.startsWith('Trong số phiếu cũ đó'))).toBe(true);
    expect(asOfLines(tab)).toHaveLength(1);
    // The replaced one is said on its own line: not again in the moment's.
    expect(asOfLines(tab)[0]).not.toContain('không tính các phiếu cũ');
    // Row 12 of the sheet: a line more above it than this wants GENERATED_NOTICE_ROWS looked at again.
    expect(lines.indexOf(SUMMARY_GENERATED_NOTICE)).toBe(11);
    expect(lines.indexOf(SUMMARY_GENERATED_NOTICE)).toBeLessThan(GENERATED_NOTICE_ROWS);
    expect(isGeneratedTab(lines)).toBe(true);
  });
});

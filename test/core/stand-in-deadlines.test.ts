// Review now N3: a deadline "Cấu hình" does not hold as a usable date is replaced by a stand-in (config.ts unsettled),
// which Thiết lập promises is not sent to schools. The report confirmation, the reminders' overdue line, the school's
// duty lines and the digest do not state it as the school's deadline, nor call the period overdue.
import { describe, expect, it } from 'vitest';
import { milestone, type OfficeConfig } from '../../src/core/config';
import { evaluateAll } from '../../src/core/evaluate';
import { reportReceipts } from '../../src/core/notices';
import { overdueReports } from '../../src/core/reminders';
import { schoolSummaries } from '../../src/core/summaries';
import { digestEmail } from '../../src/core/digest';
import { buildReportForm, responseHeaders } from '../../src/core/registration-form';
import { formatDate } from '../../src/core/text';
import { config2026, directoryRows, SCHOOLS } from './helpers';

const DAY = 86_400_000;
const PLAN = 'Kế hoạch giai đoạn 2026-2030 của đơn vị';
const NOW = new Date(2026, 11, 5, 9, 0, 0);

/** The 2026–2030 office on 05/12/2026; `standIn`: "Mốc: hạn kế hoạch của đơn vị" could not be read. */
function office(standIn: boolean): OfficeConfig {
  const cfg = config2026(NOW);
  if (standIn) cfg.unsettled = ['milestone.KE-HOACH'];
  return cfg;
}

/** The offices' evaluation with the report tab holding `rows` (time, sender, school, period, number, summary, link). */
function withReports(cfg: OfficeConfig, rows: unknown[][]) {
  const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
  return evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [], reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)], ...rows] });
}

describe('a stand-in deadline of the schools\' plan (review now N3)', () => {
  const sent = new Date(2026, 11, 4, 10, 0, 0);
  // The school sends its annual report 2026 (with evidence), and its plan without evidence, after the stand-in passed.
  const rows = [
    [sent, SCHOOLS[2].emails[0], SCHOOLS[2].name, 'Năm 2026', '20/BC-THCS', 'Tóm tắt', ''],
    [sent, SCHOOLS[1].emails[0], SCHOOLS[1].name, PLAN, 'Chưa có', 'Tóm tắt', ''],
  ];
  const standInDate = formatDate(milestone(office(true), 'KE-HOACH').date);

  it('the stand-in has passed on 05/12/2026 (the scenario)', () => {
    expect(milestone(office(true), 'KE-HOACH').date.getTime()).toBeLessThan(sent.getTime());
  });

  it('the report confirmation does not list the plan as overdue with the stand-in date; with a settled date it does', () => {
    const receiptOf = (cfg: OfficeConfig) => reportReceipts(withReports(cfg, rows), cfg, new Date(sent.getTime() + DAY)).find((n) => n.email.to.includes(SCHOOLS[2].emails[0]))!;
    const settled = receiptOf(office(false));
    expect(settled.email.body).toContain(`“${PLAN}” (hạn ${standInDate})`);
    expect(settled.email.body).toContain('Các kỳ báo cáo còn thiếu (đã quá hạn)');
    const held = receiptOf(office(true));
    expect(held.email.body).toContain('đã nhận báo cáo “Năm 2026”');
    expect(held.email.body).not.toContain(standInDate);
    expect(held.email.body).not.toContain('đã quá hạn');
  });

  it('a plan sent after the stand-in is not told it was late, nor given the stand-in to send again before', () => {
    const cfg = office(true);
    const receipt = reportReceipts(withReports(cfg, rows), cfg, new Date(sent.getTime() + DAY)).find((n) => n.email.to.includes(SCHOOLS[1].emails[0]))!;
    expect(receipt.email.body).toContain('chưa được tính là đã nộp');
    expect(receipt.email.body).not.toContain('sau hạn');
    expect(receipt.email.body).not.toContain(standInDate);
  });

  it("the reminders' overdue line leaves the plan out", () => {
    const cfg = office(true);
    const out = withReports(cfg, rows);
    const school = out.directory.schools.find((s) => s.name === SCHOOLS[0].name)!;
    expect(overdueReports(school, out, cfg, null)).toEqual([]);
    const settled = office(false);
    expect(overdueReports(school, withReports(settled, rows), settled, null)).toEqual([`“${PLAN}” (hạn ${standInDate})`]);
  });

  it("the school's duty lines (its tab, its view, Tổng hợp) say the deadline is being set again, without a date, and not 'Chưa đạt'", () => {
    const cfg = office(true);
    const out = withReports(cfg, rows);
    const s = schoolSummaries(out, cfg).find((x) => x.school.name === SCHOOLS[0].name)!;
    const planLine = s.dutyLines[1];
    expect(planLine).toContain(`${PLAN} (hạn đang được Phòng xác định lại)`);
    expect(planLine).not.toContain(standInDate);
    expect(planLine).not.toMatch(/Chưa đạt/);
    expect(s.missing).not.toContain(PLAN);
    const duty = out.schoolDuties.find((d) => d.schoolName === SCHOOLS[0].name)!;
    const planResult = duty.results.find((r) => r.message.includes(PLAN))!;
    expect(planResult.status).toBe('notApplicable');
    expect(planResult.message).toContain('hạn gửi đang được Phòng xác định lại');
    expect(duty.actionable.map((f) => f.message).join('\n')).not.toContain(PLAN);
  });

  it('the digest lists no school as missing the plan (office and school alike are told nothing is overdue)', () => {
    const digestOf = (cfg: OfficeConfig) => digestEmail({ output: withReports(cfg, rows), config: cfg, now: NOW, base: null, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(digestOf(office(false))).toContain(`thiếu “${PLAN}”`);
    expect(digestOf(office(true))).not.toContain(`thiếu “${PLAN}”`);
  });
});

describe('a stand-in deadline of the annual report, passed (mutants63 M48)', () => {
  it("a school without the report: its duty names the period, the deadline being set again, not left out nor 'Chưa đạt'", () => {
    const day = new Date(2027, 0, 10, 9);
    const cfg = config2026(day);
    cfg.unsettled = ['reports.annualDeadline'];
    const out = withReports(cfg, []);
    const duty = out.schoolDuties.find((d) => d.schoolName === SCHOOLS[0].name)!;
    const result = duty.results.find((r) => r.message.includes('“Năm 2026”'))!;
    expect(result, 'the 2026 annual report is named').toBeDefined();
    expect(result.status).toBe('notApplicable');
    expect(result.message).toContain('đang được Phòng xác định lại');
  });
});

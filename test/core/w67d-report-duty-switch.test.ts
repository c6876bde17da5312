// Review r67t #5 for the other school duties: the plan (TR-03) and the reports (TR-04, TR-05) switched to "Không" in
// "Tiêu chí" are not asked for by the reminders, listed as overdue, named in the digest, or shown "Chưa đạt" on the
// school's lines.
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { CRITERIA_HEADERS, criteriaToRows } from '../../src/core/criteria-tab';
import { catalogueFor } from '../../src/core/criteria';
import { deadlines, outstandingItems, overdueReports, reminderContent } from '../../src/core/reminders';
import { districtSummary, schoolSummaries } from '../../src/core/summaries';
import { digestEmail } from '../../src/core/digest';
import { buildReportForm, responseHeaders } from '../../src/core/registration-form';
import { config2026, directoryRows, form, headerRow, SCHOOLS } from './helpers';

const OFF = ['TR-03-KE-HOACH', 'TR-04-BAO-CAO-6-THANG', 'TR-05-BAO-CAO-NAM'];

describe('the plan and reports switched to "Không" in "Tiêu chí" (review r67t #5)', () => {
  // Mid-2028: the plan and the reports of 2026 and 2027 are past their deadline, none sent.
  const cfg = config2026(new Date(2028, 5, 20));
  const run = (off: boolean) => {
    const rows: unknown[][] = criteriaToRows(catalogueFor(cfg));
    const k = rows[0].indexOf(CRITERIA_HEADERS[4]);
    if (off) for (const r of rows) if (OFF.includes(String(r[0]))) r[k] = 'Không';
    const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
    return evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(form(cfg))], criteriaRows: rows, reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)]] });
  };
  const reportDeadlines = deadlines(cfg).filter((d) => d.periodId !== null);
  const digest = (off: boolean) => digestEmail({ output: run(off), config: cfg, now: cfg.today, base: null, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;

  it('precondition: required, each report deadline asks the school for its report, and the overdue ones are listed', () => {
    const out = run(false);
    const school = out.directory.byCode.get('CS01')!;
    expect(reportDeadlines.every((d) => outstandingItems(school, d, out).some((i) => i.about === 'report'))).toBe(true);
    expect(overdueReports(school, out, cfg, null).length).toBeGreaterThan(2);
    expect(digest(false)).toContain('Đơn vị chưa gửi đủ kế hoạch, báo cáo đã đến hạn');
  });

  it('switched off: no reminder asks for the plan or a report, none is listed as overdue', () => {
    const out = run(true);
    const school = out.directory.byCode.get('CS01')!;
    for (const d of reportDeadlines) {
      expect(outstandingItems(school, d, out)).toEqual([]);
      expect(reminderContent(school, d, out, cfg).items.filter((i) => i.about === 'report')).toEqual([]);
    }
    expect(overdueReports(school, out, cfg, null)).toEqual([]);
  });

  it('switched off: the digest names no school as late, the school\'s lines say "Không bắt buộc"', () => {
    expect(digest(true)).not.toContain('Đơn vị chưa gửi đủ kế hoạch, báo cáo đã đến hạn');
    const out = run(true);
    const s = schoolSummaries(out, cfg).find((x) => x.school.code === 'CS01')!;
    expect([s.plan, s.reports]).toEqual(['notRequired', 'notRequired']);
    // The minimum (still required here) is the only duty line "Chưa đạt", the only thing missing.
    expect(s.dutyLines.filter((l) => l.includes('Chưa đạt') && !l.includes('mục III.1'))).toEqual([]);
    expect(s.dutyLines.filter((l) => /mục (III\.4|IV\.2)\): Không bắt buộc/.test(l))).toHaveLength(2);
    expect(s.missing).toBe(s.minimumMissing);
    expect([s.planCell, s.reportsCell]).toEqual(['Không bắt buộc', 'Không bắt buộc']);
    const t = districtSummary(out, cfg).rows.map((r) => r.join(' | ')).join('\n');
    expect(t).not.toMatch(/\d+\/\d+ đã gửi/);
  });
});

// Review d67 (fails today): the office keeps the annual reports required (TR-05 "Có") but switches the half-year
// reports off (TR-04 "Không" in "Tiêu chí"). The reminders, the receipts' list of overdue reports and the digest leave
// the half-year reports out (reportRequired by kind), but the school's lines, its tab and "Tổng hợp" still count them
// among the reports due and list each missing half-year report as something the school lacks — the school's page
// tells it to send reports the office no longer asks for, and the counts ("x/y đã gửi") disagree with the reminders.
// Today: "chưa gửi: Năm 2026 …; 6 tháng đầu năm 2027 …; Năm 2027 …; 6 tháng đầu năm 2028 …", cell "Thiếu 4/4 kỳ".
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { CRITERIA_HEADERS, criteriaToRows } from '../../src/core/criteria-tab';
import { catalogueFor } from '../../src/core/criteria';
import { overdueReports } from '../../src/core/reminders';
import { schoolSummaries } from '../../src/core/summaries';
import { buildReportForm, responseHeaders } from '../../src/core/registration-form';
import { config2026, directoryRows, form, headerRow, SCHOOLS } from './helpers';

describe('review d67: half-year reports switched off, annual reports still required', () => {
  // Mid-2028: the plan and the reports of 2026 and 2027 are past their deadline, none sent.
  const cfg = config2026(new Date(2028, 5, 20));
  const rows: unknown[][] = criteriaToRows(catalogueFor(cfg));
  const k = rows[0].indexOf(CRITERIA_HEADERS[4]);
  for (const r of rows) if (String(r[0]) === 'TR-04-BAO-CAO-6-THANG') r[k] = 'Không';
  const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
  const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(form(cfg))], criteriaRows: rows, reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)]] });
  const school = out.directory.byCode.get('CS01')!;

  it('precondition: the reminders list the annual reports overdue, no half-year one', () => {
    const overdue = overdueReports(school, out, cfg, null).join(' | ');
    expect(overdue).toMatch(/năm/i);
    expect(overdue).not.toMatch(/6 tháng/);
  });

  it('the school\'s lines and its reports cell leave the half-year reports out, as the reminders do', () => {
    const s = schoolSummaries(out, cfg).find((x) => x.school.code === 'CS01')!;
    expect(s.missing).not.toMatch(/6 tháng/);
    expect(s.dutyLines.join('\n')).not.toMatch(/6 tháng/);
    // Two annual reports due (2026, 2027), none sent.
    expect(s.reportsCell).toBe('Thiếu 2/2 kỳ');
  });
});

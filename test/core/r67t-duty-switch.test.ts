// Review r67t: "Tiêu chí" lists the schools' duties (TR-01 … TR-05) with a "Bắt buộc" the office may switch, as README
// says of every criterion ("đổi “Có”/“Không” ở cột Bắt buộc để chuyển một tiêu chí giữa bắt buộc và chỉ tính điểm ưu
// tiên"). Switched to "Không" (the office no longer requires, say, a collective every school year), the duty's verdict
// follows — and nothing the school sees does: the reminders still ask it for the registration, the school's lines
// still say "Chưa đạt".
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { CRITERIA_HEADERS, criteriaToRows } from '../../src/core/criteria-tab';
import { catalogueFor } from '../../src/core/criteria';
import { deadlines, outstandingItems } from '../../src/core/reminders';
import { schoolSummaries } from '../../src/core/summaries';
import { buildReportForm, responseHeaders } from '../../src/core/registration-form';
import { config2026, directoryRows, form, headerRow, SCHOOLS } from './helpers';

describe('a school duty switched to "Không" in "Tiêu chí" (review r67t)', () => {
  const cfg = config2026(new Date(2028, 4, 20), { 'mail.reminderDaysBefore': '14; 3' });
  const rows: unknown[][] = criteriaToRows(catalogueFor(cfg));
  const k = rows[0].indexOf(CRITERIA_HEADERS[4]);
  for (const r of rows) if (r[0] === 'TR-01-TAP-THE' || r[0] === 'TR-02-CA-NHAN') r[k] = 'Không';
  const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
  // No school has registered anything yet.
  const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(form(cfg))], criteriaRows: rows, reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)]] });

  it('is read: the duty no longer decides the school\'s verdict', () => {
    expect(out.errors).toEqual([]);
    const duty = out.schoolDuties.find((x) => x.schoolCode === 'CS01')!;
    expect(duty.results.filter((r) => r.criterionId === 'TR-01-TAP-THE').every((r) => !r.mandatory)).toBe(true);
  });

  it('the reminder before the end of registration does not ask the school for a registration the office no longer requires', () => {
    const school = out.directory.byCode.get('CS01')!;
    const d = deadlines(cfg).find((x) => x.id === 'DANG-KY-DONG-2028')!;
    expect(outstandingItems(school, d, out).filter((i) => i.about === 'minimum').map((i) => i.text)).toEqual([]);
  });

  it('the school\'s lines do not say the minimum is "Chưa đạt"', () => {
    const s = schoolSummaries(out, cfg).find((x) => x.school.code === 'CS01')!;
    expect(s.minimum).not.toBe('notMet');
    expect(s.dutyLines.filter((l) => l.includes('mục III.1') && l.includes('Chưa đạt'))).toEqual([]);
  });
});

// Review r67s: the office switched the schools' plan (TR-03) to "Không" in "Tiêu chí" (review r67t #5): no school is
// reminded of it, none is listed late for it, its cell on "Tổng hợp" reads "Không bắt buộc". The digest's "Các mốc trong
// 30 ngày tới" still announces "Hạn nộp Kế hoạch … — 0/3 đơn vị đã gửi", as if the schools owed it.
import { expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { CRITERIA_HEADERS, criteriaToRows } from '../../src/core/criteria-tab';
import { catalogueFor } from '../../src/core/criteria';
import { digestEmail } from '../../src/core/digest';
import { schoolSummaries } from '../../src/core/summaries';
import { buildReportForm, responseHeaders } from '../../src/core/registration-form';
import { config2026, directoryRows, form, headerRow, SCHOOLS } from './helpers';

it('a plan the office no longer requires is not announced as a deadline the schools owe, with a count of those that sent it', () => {
  const cfg = config2026(new Date(2026, 8, 7, 7)); // Monday 07/09/2026: the plans are due on 30/09/2026
  const run = (off: boolean) => {
    const rows: unknown[][] = criteriaToRows(catalogueFor(cfg));
    const k = rows[0].indexOf(CRITERIA_HEADERS[4]);
    if (off) for (const r of rows) if (r[0] === 'TR-03-KE-HOACH') r[k] = 'Không';
    const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
    return evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(form(cfg))], criteriaRows: rows, reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)]] });
  };
  const body = (off: boolean) => digestEmail({ output: run(off), config: cfg, now: cfg.today, base: null, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
  const announced = '30/09/2026 (còn 23 ngày): Hạn nộp Kế hoạch giai đoạn 2026-2030 của đơn vị — 0/3 đơn vị đã gửi';
  // Required: announced with the count (precondition).
  expect(body(false)).toContain(announced);
  // Switched off: the schools' lines say so…
  expect(schoolSummaries(run(true), cfg).every((s) => s.planCell === 'Không bắt buộc')).toBe(true);
  // …and the digest does not count them as owing it.
  expect(body(true)).not.toContain(announced);
});

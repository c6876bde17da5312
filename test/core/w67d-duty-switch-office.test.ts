// Review r67t #5, what the office reads: with the minimum's criteria (TR-01, TR-02) switched to "Không" in "Tiêu chí",
// "Tổng hợp" lists no school below the minimum and says why, and the digest names no school as short of it — nor claims
// every school registered a collective and an individual.
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { CRITERIA_HEADERS, criteriaToRows } from '../../src/core/criteria-tab';
import { catalogueFor } from '../../src/core/criteria';
import { districtSummary, schoolSummaries } from '../../src/core/summaries';
import { digestEmail } from '../../src/core/digest';
import { buildReportForm, responseHeaders } from '../../src/core/registration-form';
import { config2026, directoryRows, form, headerRow, SCHOOLS } from './helpers';

describe('the minimum switched to "Không" in "Tiêu chí", as the office reads it (review r67t #5)', () => {
  const cfg = config2026(new Date(2028, 4, 20));
  const run = (off: boolean) => {
    const rows: unknown[][] = criteriaToRows(catalogueFor(cfg));
    const k = rows[0].indexOf(CRITERIA_HEADERS[4]);
    if (off) for (const r of rows) if (r[0] === 'TR-01-TAP-THE' || r[0] === 'TR-02-CA-NHAN') r[k] = 'Không';
    const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
    return evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(form(cfg))], criteriaRows: rows, reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)]] });
  };
  const text = (tab: { rows: readonly (readonly unknown[])[] }) => tab.rows.map((r) => r.join(' | ')).join('\n');

  it('precondition: required, every school is below the minimum', () => {
    const out = run(false);
    expect(schoolSummaries(out, cfg).filter((s) => !s.school.office).every((s) => !s.meetsMinimum)).toBe(true);
    expect(digestEmail({ output: out, config: cfg, now: cfg.today, base: null, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body).toContain('chưa có tập thể và cá nhân');
  });

  it('"Tổng hợp": no school below the minimum, its cells and total say "Không bắt buộc", no "đã đăng ký đủ" for all', () => {
    const out = run(true);
    const sums = schoolSummaries(out, cfg).filter((s) => !s.school.office);
    expect(sums.every((s) => s.minimum === 'notRequired' && s.minimumMissing === '')).toBe(true);
    const t = text(districtSummary(out, cfg));
    expect(t).toContain('Đăng ký tối thiểu 01 tập thể và 01 cá nhân mỗi năm học (mục III.1) không bắt buộc theo trang “Tiêu chí”.');
    expect(t).not.toContain('Tất cả các đơn vị đã đăng ký đủ tối thiểu');
    expect(t).toContain(`0/${sums.length} đơn vị đã đăng ký đủ tối thiểu 01 tập thể và 01 cá nhân (không bắt buộc theo trang “Tiêu chí”).`);
    expect(t).toContain('Không bắt buộc');
    expect(t).not.toMatch(/\d+\/\d+ đã đủ/);
  });

  it('the digest names no school short of the minimum and says it is not required', () => {
    const body = digestEmail({ output: run(true), config: cfg, now: cfg.today, base: null, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(body).not.toContain('chưa có tập thể và cá nhân');
    expect(body).not.toContain('Tất cả các đơn vị đã có ít nhất một tập thể và một cá nhân đăng ký.');
    expect(body).toContain('không bắt buộc theo trang “Tiêu chí”');
  });
});

// Review d67 (fails today, Low): the office requires an individual a school year but no longer a collective (TR-01
// "Không", TR-02 "Có" in "Tiêu chí"). The school's details say right what is missing ("không có cá nhân"), but the
// duty line, "Tổng hợp" and the digest still state the duty as "01 tập thể và 01 cá nhân" — the office reading
// "Các đơn vị chưa đăng ký đủ tối thiểu 01 tập thể và 01 cá nhân" asks schools for a collective it does not require.
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { CRITERIA_HEADERS, criteriaToRows } from '../../src/core/criteria-tab';
import { catalogueFor } from '../../src/core/criteria';
import { districtSummary, schoolSummaries } from '../../src/core/summaries';
import { digestEmail } from '../../src/core/digest';
import { buildReportForm, responseHeaders } from '../../src/core/registration-form';
import { config2026, directoryRows, form, headerRow, SCHOOLS } from './helpers';

describe('review d67: the minimum\'s collective switched off, its individual kept', () => {
  const cfg = config2026(new Date(2028, 4, 20));
  const rows: unknown[][] = criteriaToRows(catalogueFor(cfg));
  const k = rows[0].indexOf(CRITERIA_HEADERS[4]);
  for (const r of rows) if (r[0] === 'TR-01-TAP-THE') r[k] = 'Không';
  const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
  const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(form(cfg))], criteriaRows: rows, reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)]] });

  it('precondition (holds today): the school\'s details ask for an individual only', () => {
    const s = schoolSummaries(out, cfg).find((x) => x.school.code === 'CS01')!;
    expect(s.minimumMissing).toContain('không có cá nhân');
    expect(s.minimumMissing).not.toContain('tập thể');
  });

  it('"Tổng hợp", the school\'s duty line and the digest do not name a collective as part of the duty', () => {
    const s = schoolSummaries(out, cfg).find((x) => x.school.code === 'CS01')!;
    expect(s.dutyLines[0]).not.toContain('01 tập thể');
    const t = districtSummary(out, cfg).rows.map((r) => r.join(' | ')).join('\n');
    expect(t).not.toContain('01 tập thể và 01 cá nhân');
    const body = digestEmail({ output: out, config: cfg, now: cfg.today, base: null, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(body).not.toMatch(/một tập thể và một cá nhân/);
  });
});

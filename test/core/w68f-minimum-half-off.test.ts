// d67 #8, fixed (w68f): with one part of the school's minimum switched to "Không" in "Tiêu chí", every text states only
// the part still required — the registration form's description, the school's notice told once after the window closed, "Tổng hợp"'s block title and its
// "all met" line, and the digest's lines — and with both required, the texts are as before.
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { CRITERIA_HEADERS, criteriaToRows } from '../../src/core/criteria-tab';
import { catalogueFor } from '../../src/core/criteria';
import { milestone } from '../../src/core/config';
import { districtSummary } from '../../src/core/summaries';
import { windowClosedNotice } from '../../src/core/reminders';
import { DIGEST_EMAIL, minimumDuty } from '../../src/core/messages';
import { buildReportForm, responseHeaders } from '../../src/core/registration-form';
import { config2026, directoryRows, form, headerRow, SCHOOLS } from './helpers';

function office(off: string | null) {
  const base = config2026(new Date(2028, 4, 20));
  const close = milestone(base, 'DANG-KY-DONG').date;
  const cfg = config2026(new Date(close.getFullYear(), close.getMonth(), close.getDate() + 2));
  const rows: unknown[][] = criteriaToRows(catalogueFor(cfg));
  const k = rows[0].indexOf(CRITERIA_HEADERS[4]);
  if (off) for (const r of rows) if (r[0] === off) r[k] = 'Không';
  const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
  const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(form(cfg))], criteriaRows: rows, reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)]] });
  return { cfg, out };
}

describe('w68f: the minimum as the office requires it, in every text', () => {
  it('the individual switched off: the notice after the window and "Tổng hợp" ask for a collective only', () => {
    const { cfg, out } = office('TR-02-CA-NHAN');
    const school = out.directory.schools.find((s) => !s.office)!;
    const notice = windowClosedNotice(school, out, cfg, cfg.today).join(' ');
    expect(notice).toContain('chưa đủ tối thiểu 01 tập thể đăng ký');
    expect(notice).not.toContain('cá nhân');
    const t = districtSummary(out, cfg).rows.map((r) => r.join(' | ')).join('\n');
    expect(t).toContain('Các đơn vị chưa đăng ký đủ tối thiểu 01 tập thể |');
    expect(t).not.toContain('01 cá nhân');
    // The registration form's description, which the rebuild keeps the form's in step with.
    expect(out.registrationForm.description).toContain('gửi phiếu đăng ký ít nhất 01 tập thể; mỗi tập thể');
  });

  it('both required: the texts name both, as before', () => {
    const { cfg, out } = office(null);
    const school = out.directory.schools.find((s) => !s.office)!;
    expect(windowClosedNotice(school, out, cfg, cfg.today).join(' ')).toContain('chưa đủ tối thiểu 01 tập thể và 01 cá nhân đăng ký');
    expect(districtSummary(out, cfg).rows.map((r) => r.join(' | ')).join('\n')).toContain('Các đơn vị chưa đăng ký đủ tối thiểu 01 tập thể và 01 cá nhân');
    expect(out.registrationForm.description).toContain('gửi phiếu đăng ký ít nhất 01 tập thể và 01 cá nhân; mỗi tập thể');
  });

  it("the digest's lines", () => {
    expect(DIGEST_EMAIL.minimumAllMetOf({ collective: false, individual: true })).toBe('Tất cả các đơn vị đã có ít nhất một cá nhân đăng ký.');
    expect(DIGEST_EMAIL.minimumTitle(2, { collective: true, individual: false })).toContain('không đủ tối thiểu một tập thể đăng ký');
    expect(DIGEST_EMAIL.minimumOpenTitle('2027-2028', '', 1, { collective: false, individual: true })).toContain('chưa đăng ký đủ một cá nhân cho');
    expect(minimumDuty({ collective: false, individual: false })).toBe('01 tập thể và 01 cá nhân');
  });
});

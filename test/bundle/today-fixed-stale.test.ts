// Review now N7: "Ngày kiểm tra" left at last year's 20/11/2025 in a 2026–2030 file. Thiết lập opens its alert with the
// warning, the daily rebuild logs it ("Nhật ký lỗi", counted in "Tình trạng"), and "Tổng hợp" says it under its date.
import { describe, expect, it } from 'vitest';
import { officeAfterSetup, SCHOOLS, setConfigValues } from './helpers';
import { sampleConfig, sampleProfile } from '../../sample/profiles';

const NOW = new Date(2026, 11, 5, 8, 0, 0);
const WARNING = 'Cảnh báo: ngày 20/11/2025 ở mục “Ngày kiểm tra” nằm ngoài giai đoạn 2026-2030 và thuộc năm học 2025-2026 đã qua';

describe('"Ngày kiểm tra" outside the period, in a school year over', () => {
  const cfg = sampleConfig(sampleProfile('xa-2026-2030'), NOW);
  const o = officeAfterSetup(SCHOOLS, { now: NOW }, cfg);
  setConfigValues(o.emu, { 'today': '20/11/2025' });
  o.bundle.call('setup', undefined, { kind: 'menu' });
  const alert = o.emu.spreadsheets.ui[o.emu.spreadsheets.ui.length - 1].message;
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });

  it('Thiết lập opens its alert with the warning', () => {
    expect(alert.startsWith(WARNING)).toBe(true);
  });

  it('the rebuild logs it once in "Nhật ký lỗi" and counts it in "Tình trạng"', () => {
    const logged = o.emu.spreadsheets.values('Nhật ký lỗi').slice(1).filter((r) => String(r[2]).startsWith(WARNING));
    expect(logged).toHaveLength(1);
    const health = o.emu.spreadsheets.values('Tình trạng').find((r) => r[0] === 'Cập nhật tổng hợp')!;
    expect(String(health[3])).toMatch(/vấn đề dữ liệu/);
  });

  it('"Tổng hợp" says it under "Số liệu tính đến ngày 20/11/2025"', () => {
    const first = o.emu.spreadsheets.values('Tổng hợp').map((r) => String(r[0]));
    const at = first.findIndex((r) => r.startsWith('Số liệu tính đến ngày 20/11/2025'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(first[at + 1].startsWith(WARNING)).toBe(true);
  });
});

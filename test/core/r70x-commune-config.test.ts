// Review r70x: what the clerk of a UBND xã/phường reads in "Cấu hình".
import { describe, expect, it } from 'vitest';
import { configToRows, defaultConfig, periodConfig } from '../../src/core/config';

const NOW = new Date(2027, 0, 10, 8, 0, 0);

describe('"Cấu hình" of a UBND xã/phường', () => {
  it('the example of "Số Kế hoạch của cơ quan" is a commune\'s plan number (…/KH-UBND), not a Sở\'s "KH-SGDĐT" (r70x L1)', () => {
    const rows = configToRows(defaultConfig(NOW, periodConfig(2026, 2030), 'xa'));
    const row = rows.find((r) => String(r[2]).startsWith('Số, ký hiệu Kế hoạch'));
    expect(row).toBeDefined();
    expect(String(row![2])).not.toContain('SGDĐT');
    expect(String(row![2])).toMatch(/\/KH-UBND\b/);
  });
});

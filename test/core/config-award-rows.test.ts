// The "Cấu hình" rows of the award documents: the Quyết định's căn cứ of competence and reward article, the Bằng khen
// UBND tỉnh Tờ trình's "Kính gửi" line; a tab written before them reads as before.
import { describe, expect, it } from 'vitest';
import { configFromRows, configToRows, defaultConfig } from '../../src/core/config';
import { configLabel, DEFAULT_LEGAL_BASES, LEGACY_LEGAL_DEFAULTS } from '../../src/core/messages/validation';

const NOW = new Date(2026, 0, 5);
const LABELS = ['Căn cứ chức năng, nhiệm vụ của cơ quan', 'Tiền thưởng', 'Nơi nhận tờ trình Bằng khen UBND tỉnh'];

describe('"Cấu hình": the award documents\' rows', () => {
  it('a new tab has the three rows, blank, each with its help', () => {
    const rows = configToRows(defaultConfig(NOW));
    for (const label of LABELS) {
      const row = rows.find((r) => r[0] === label);
      expect(row, label).toBeDefined();
      expect(row![1]).toBe('');
      expect(row![2]).toMatch(/Để trống/);
    }
    expect(configLabel('legal.competence')).toBe(LABELS[0]);
  });

  it('reads what the office writes, and a tab without the rows as before (no value: the defaults)', () => {
    const rows = configToRows(defaultConfig(NOW)).map((r) => [...r] as unknown[]);
    const set = (label: string, v: string) => (rows.find((r) => r[0] === label)![1] = v);
    set(LABELS[0], '  Quyết định số 12/2025/QĐ-UBND ngày 01/7/2025 …  ');
    set(LABELS[1], 'Mức thưởng theo Nghị định 152/2025/NĐ-CP; nguồn: Quỹ thi đua, khen thưởng.');
    set(LABELS[2], 'Ủy ban nhân dân tỉnh Lào Cai (qua Sở Nội vụ)');
    const read = configFromRows(rows, NOW);
    expect(read.errors).toEqual([]);
    expect(read.config.organisation).toMatchObject({
      competenceBasis: 'Quyết định số 12/2025/QĐ-UBND ngày 01/7/2025 …',
      reward: 'Mức thưởng theo Nghị định 152/2025/NĐ-CP; nguồn: Quỹ thi đua, khen thưởng.',
      provinceAddressee: 'Ủy ban nhân dân tỉnh Lào Cai (qua Sở Nội vụ)',
    });
    // Written back as read.
    const again = configToRows(read.config);
    expect(LABELS.map((l) => again.find((r) => r[0] === l)![1])).toEqual([
      'Quyết định số 12/2025/QĐ-UBND ngày 01/7/2025 …',
      'Mức thưởng theo Nghị định 152/2025/NĐ-CP; nguồn: Quỹ thi đua, khen thưởng.',
      'Ủy ban nhân dân tỉnh Lào Cai (qua Sở Nội vụ)',
    ]);
    // An office's tab from before these rows: no error, nothing set.
    const old = configToRows(defaultConfig(NOW)).filter((r) => LABELS.indexOf(String(r[0])) < 0);
    const before = configFromRows(old, NOW);
    expect(before.errors).toEqual([]);
    expect(before.config.organisation.competenceBasis ?? '').toBe('');
    expect(before.config.organisation.reward ?? '').toBe('');
    expect(before.config.organisation.provinceAddressee ?? '').toBe('');
  });

  it('the decree cited by default gives its number, date and title; the default an earlier version wrote reads as it', () => {
    expect(DEFAULT_LEGAL_BASES.decreeBasis).toMatch(/^Nghị định số 152\/2025\/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ /);
    const rows = configToRows(defaultConfig(NOW)).map((r) => [...r] as unknown[]);
    const decree = rows.find((r) => r[0] === configLabel('legal.decree'))!;
    decree[1] = LEGACY_LEGAL_DEFAULTS.decreeBasis[0];
    expect(configFromRows(rows, NOW).config.organisation.decreeBasis).toBe(DEFAULT_LEGAL_BASES.decreeBasis);
    // An office's own text stays.
    decree[1] = 'Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ';
    expect(configFromRows(rows, NOW).config.organisation.decreeBasis).toBe('Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ');
  });
});

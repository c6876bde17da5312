// r72g: the explanations of "Cấu hình" about the schools' tabs. Past "Số đơn vị tối đa có trang riêng" the office's
// tabs are one a commune/ward, or one a cụm thi đua when every school is in one commune (a UBND xã's: src/core/summaries.ts
// schoolTabs); "Trang theo dõi riêng cho từng trường" said "kể cả khi các trang của cơ quan được gộp theo xã/phường" only,
// and the threshold's own line did not say what happens past it.
import { describe, expect, it } from 'vitest';
import { numberedSchools, officeAfterSetup, setConfigValues } from './helpers';

// Four schools of one commune, in two clusters.
const schools = numberedSchools(4).map((s, i) => ({ ...s, ward: 'Xã Suối Ngọc', cluster: i < 2 ? 'Cụm 1' : 'Cụm 2' }));

describe('r72g: "Cấu hình" on per-school and grouped tabs', () => {
  const o = officeAfterSetup(schools);
  setConfigValues(o.emu, { perSchoolTabThreshold: '2' });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const help = (label: string) => String(o.emu.spreadsheets.values('Cấu hình').find((r) => r[0] === label)![2]);

  it('past the threshold, the schools of one commune get one tab a cluster (fact)', () => {
    const tabs = o.emu.spreadsheets.sheetNames();
    expect(tabs).toContain('Cụm 1');
    expect(tabs).toContain('Cụm 2');
    expect(tabs.filter((t) => t.startsWith('Trường Tiểu học'))).toEqual([]);
  });

  it('the threshold\'s explanation says what comes past it', () => {
    expect(help('Số đơn vị tối đa có trang riêng')).toContain('xã/phường hoặc cụm thi đua');
  });

  it('the views\' explanation names both groupings', () => {
    expect(help('Trang theo dõi riêng cho từng trường')).toContain('gộp theo xã/phường hoặc cụm thi đua');
  });
});

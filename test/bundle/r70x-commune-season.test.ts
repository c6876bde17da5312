// Review r70x: the clerk of a UBND xã/phường reads the "Đề nghị khen thưởng" tab after making the proposals, and its
// schools' tabs.
import { describe, expect, it } from 'vitest';
import { officeAfterSetup, SCHOOLS, setConfigValues } from './helpers';
import { proposalOffice, xa } from './r68d-lib';

const NOW = new Date(2027, 11, 20, 8, 0, 0);

describe('a UBND xã/phường: the proposals of a unit inside a school', () => {
  it('the note of a "Tổ chuyên môn" report does not say the school\'s "Hiệu trưởng" column is empty when it is filled (r70x M1)', () => {
    const unit = `Tổ chuyên môn Mẫu giáo lớn - ${SCHOOLS[0].name}`;
    const o = proposalOffice(xa(NOW), NOW, [{ school: 0, collective: unit, level: 'giayKhen' }]);
    o.generate();
    // The school's principal is in "Đơn vị" (SCHOOLS[0].principal): the directory is not where anything is missing.
    expect(SCHOOLS[0].principal).not.toBe('');
    const report = o.progress().find((r) => r['Văn bản'].startsWith('Báo cáo thành tích') && r['Tên tập thể, cá nhân'] === unit);
    expect(report, JSON.stringify(o.progress())).toBeDefined();
    expect(report!['Ghi chú']).not.toContain('cột “Hiệu trưởng” ở trang “Đơn vị” (để trống)');
  });
});

describe('a UBND xã/phường with more schools than "Số đơn vị tối đa có trang riêng"', () => {
  it('groups its schools by cluster, not into one tab named after its own commune that holds them all (r70x L2)', () => {
    const cfg = xa(NOW);
    // All the commune's schools are in the commune (since 1/7/2025 it manages only its own); three emulation clusters.
    const schools = SCHOOLS.map((s) => ({ ...s, ward: 'Xã Suối Ngọc' }));
    const o = officeAfterSetup(schools, { now: NOW }, cfg);
    setConfigValues(o.emu, { perSchoolTabThreshold: '2' });
    o.bundle.call('setup', undefined, { kind: 'menu' });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const names = o.emu.spreadsheets.sheetNames();
    // The guide promises "trang của từng xã/phường hoặc cụm thi đua"; one tab "Xã Suối Ngọc" of every school is no grouping.
    expect(names).not.toContain('Xã Suối Ngọc');
    expect(names).toEqual(expect.arrayContaining(['Cụm 1', 'Cụm 2', 'Cụm 3']));
  });
});

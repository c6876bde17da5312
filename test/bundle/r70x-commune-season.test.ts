// Review r70x: the clerk of a UBND xã/phường reads the "Đề nghị khen thưởng" tab after making the proposals.
import { describe, expect, it } from 'vitest';
import { officeAfterSetup, SCHOOLS, collectiveAnswers, setConfigValues } from './helpers';
import { defaultConfig, periodConfig } from '../../src/core/config';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';

const NOW = new Date(2027, 11, 20, 8, 0, 0);
function commune() {
  const cfg = defaultConfig(NOW, periodConfig(2026, 2030), 'xa');
  Object.assign(cfg.organisation, { name: 'Ủy ban nhân dân xã Suối Ngọc', shortName: 'UBND xã Suối Ngọc', parentAuthority: 'Ủy ban nhân dân tỉnh Hà Sơn', place: 'Suối Ngọc' });
  cfg.organisation.signer = { ...cfg.organisation.signer, name: 'Nguyễn Văn Hải' };
  return cfg;
}
const SUMMARY = 'Tổ xây dựng vườn rau, tổ chức cho trẻ trải nghiệm trồng và chăm sóc cây; tỷ lệ trẻ tham gia đạt 100%, được phụ huynh đánh giá cao và nhân rộng ra các lớp trong trường.';

describe('a UBND xã/phường: the proposals of a unit inside a school', () => {
  it('the note of a "Tổ chuyên môn" report does not say the school\'s "Hiệu trưởng" column is empty when it is filled (r70x M1)', () => {
    const cfg = commune();
    const o = officeAfterSetup(SCHOOLS, { now: NOW }, cfg);
    const unit = `Tổ chuyên môn Mẫu giáo lớn - ${SCHOOLS[0].name}`;
    o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(cfg), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: unit, [Q.summary]: SUMMARY } as never, { email: SCHOOLS[0].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
    const col = (h: string) => header.indexOf(h) + 1;
    typeCell(o.emu, 'Thẩm định', 2, col('Quyết định của Hội đồng'), 'Đề nghị khen');
    typeCell(o.emu, 'Thẩm định', 2, col('Nhận xét'), 'Đủ tiêu chuẩn');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    // The school's principal is in "Đơn vị" (SCHOOLS[0].principal): the directory is not where anything is missing.
    expect(SCHOOLS[0].principal).not.toBe('');
    const rows = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.map(String).join(' ‖ '));
    const report = rows.find((r) => r.includes('Báo cáo thành tích') && r.includes(unit));
    expect(report, rows.join('\n')).toBeDefined();
    expect(report).not.toContain('cột “Hiệu trưởng” ở trang “Đơn vị” (để trống)');
  });
});

describe('a UBND xã/phường with more schools than "Số đơn vị tối đa có trang riêng"', () => {
  it('groups its schools by cluster, not into one tab named after its own commune that holds them all (r70x L2)', () => {
    const cfg = commune();
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

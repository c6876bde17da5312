// Review r70x: a UBND xã/phường whose "Đơn vị" lists an upper-secondary school (THPT: the Sở GD&ĐT manages it since
// 1/7/2025, the commune the kindergartens, primary and lower-secondary schools) is told to check its competence before
// its chair signs a Giấy khen for that school's staff — as a Sở is told for the commune's schools (communeOwnAward).
import { describe, expect, it } from 'vitest';
import { SCHOOLS } from './helpers';
import { proposalOffice, xa } from './r68d-lib';

const NOW = new Date(2027, 11, 20, 8, 0, 0);

describe('a UBND xã/phường proposing its own Giấy khen for a THPT teacher', () => {
  it('the Giấy khen Tờ trình carries a "Kiểm tra thẩm quyền" note naming the THPT school (r70x M3)', () => {
    const cfg = xa(NOW);
    Object.assign(cfg.organisation, { planNumber: '52/KH-UBND', planDate: '25/09/2026' });
    const thpt = { ...SCHOOLS[2], code: 'C3', name: 'Trường THPT Suối Ngọc', level: 'THPT' };
    const schools = [SCHOOLS[0], SCHOOLS[1], thpt].map((s) => ({ ...s, ward: 'Xã Suối Ngọc' }));
    const o = proposalOffice(cfg, NOW, [{ school: 2, teacher: 'Nguyễn Văn An', level: 'giayKhen' }], false, schools);
    o.generate();
    const toTrinh = o.progress().find((r) => r['Văn bản'] === 'Tờ trình đề nghị khen thưởng (Giấy khen)');
    expect(toTrinh, JSON.stringify(o.progress())).toBeDefined();
    expect(toTrinh!['Ghi chú']).toContain('Kiểm tra thẩm quyền');
    expect(toTrinh!['Ghi chú']).toContain(thpt.name);
  });
});

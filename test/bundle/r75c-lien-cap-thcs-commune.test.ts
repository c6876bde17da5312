// Review r75c F3 (Medium). Who is hurt: a primary-and-lower-secondary school ("Trường Tiểu học và THCS …", Cấp học
// "Liên cấp") — the commune's school since 1/7/2025 — its principal who signs its Báo cáo thành tích, and the Sở whose
// director signs a Giấy khen for its teacher. Nghị định 142/2025/NĐ-CP gives the chair of the commune's People's Committee
// the founding, merging and closing of "trường tiểu học …; trường trung học cơ sở và trường phổ thông có nhiều cấp học có
// cấp học cao nhất là trung học cơ sở" (in force 1/7/2025; e.g. ngaynay.vn "Tăng tính tự chủ, sáng tạo của địa phương
// trong quản lý giáo dục, đào tạo", cafef.vn on NĐ 142/2025): a TH&THCS school is managed by its commune exactly like a
// primary or lower-secondary school. What happens now: the tool treats every "Liên cấp" school as possibly reaching THPT
// (proposals.ts COMMUNE_SCHOOL_LEVELS: "left as it was"), although its name says "Tiểu học và THCS"; so a Sở's documents
// dated 2027 head that school's report "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ SƠN / TRƯỜNG TIỂU HỌC VÀ THCS HÒA BÌNH" while
// the kindergarten beside it gets "ỦY BAN NHÂN DÂN XÃ SUỐI NGỌC", and the Tờ trình's "Kiểm tra thẩm quyền" note names
// the kindergarten but not the TH&THCS school. What should happen: a Liên cấp school whose name (or level) shows its
// highest level is THCS is treated as the commune's, like a THCS school.
import { describe, expect, it } from 'vitest';
import { SCHOOLS } from './helpers';
import { proposalOffice, so, xa } from './r68d-lib';

const NOW = new Date(2027, 11, 20, 8, 0, 0);

describe('a Sở GD&ĐT proposing its Giấy khen for teachers of a kindergarten and a TH&THCS school of Xã Suối Ngọc', () => {
  it('treats the "Trường Tiểu học và THCS" school as the commune\'s, as it does the kindergarten (r75c F3)', () => {
    const cfg = so(NOW);
    Object.assign(cfg.organisation, { planNumber: '52/KH-SGDĐT', planDate: '25/09/2026' });
    const lienCap = { ...SCHOOLS[1], code: 'LC01', name: 'Trường Tiểu học và THCS Hòa Bình', level: 'Liên cấp', ward: 'Xã Suối Ngọc' };
    const schools = [{ ...SCHOOLS[0], ward: 'Xã Suối Ngọc' }, lienCap, SCHOOLS[2]];
    const o = proposalOffice(cfg, NOW, [
      { school: 0, teacher: 'Nguyễn Văn An', level: 'giayKhen' },
      { school: 1, teacher: 'Trần Thị Bình', level: 'giayKhen' },
    ], true, schools);
    o.generate();
    const report = (who: string) => o.docs().find((d) => d.name.startsWith('Báo cáo thành tích') && d.name.endsWith(who))!;
    // The kindergarten's report is headed by its commune (the tool's rule since 1/7/2025) …
    expect(report('Nguyễn Văn An').text.split('\n')[0]).toBe('ỦY BAN NHÂN DÂN XÃ SUỐI NGỌC');
    // … and so must the TH&THCS school's be, not by the Sở.
    expect(report('Trần Thị Bình').text.split('\n').slice(0, 2).join(' / ')).toBe('ỦY BAN NHÂN DÂN XÃ SUỐI NGỌC / TRƯỜNG TIỂU HỌC VÀ THCS HÒA BÌNH');
    const toTrinh = o.progress().find((r) => r['Văn bản'] === 'Tờ trình đề nghị khen thưởng (Giấy khen)')!;
    expect(toTrinh['Ghi chú']).toContain('Kiểm tra thẩm quyền');
    expect(toTrinh['Ghi chú']).toContain(lienCap.name);
  });

  it('keeps a Liên cấp school reaching THPT ("THCS và THPT") the Sở\'s own (r75c F3, fix)', () => {
    const cfg = so(NOW);
    Object.assign(cfg.organisation, { planNumber: '52/KH-SGDĐT', planDate: '25/09/2026' });
    const upper = { ...SCHOOLS[1], code: 'LC02', name: 'Trường THCS và THPT Hòa Bình', level: 'Liên cấp', ward: 'Xã Suối Ngọc' };
    const o = proposalOffice(cfg, NOW, [{ school: 1, teacher: 'Trần Thị Bình', level: 'giayKhen' }], true, [SCHOOLS[0], upper, SCHOOLS[2]]);
    o.generate();
    const report = o.docs().find((d) => d.name.startsWith('Báo cáo thành tích') && d.name.endsWith('Trần Thị Bình'))!;
    expect(report.text.split('\n')[0]).not.toContain('XÃ SUỐI NGỌC');
    const toTrinh = o.progress().find((r) => r['Văn bản'] === 'Tờ trình đề nghị khen thưởng (Giấy khen)')!;
    expect(toTrinh['Ghi chú'] ?? '').not.toContain(upper.name);
  });
});

describe('a UBND xã proposing its own Giấy khen for teachers of its Liên cấp schools', () => {
  it('notes a "THCS và THPT" school (the Sở\'s) for its competence, not a "Tiểu học và THCS" one (r75c F3, mirror)', () => {
    const cfg = xa(NOW);
    Object.assign(cfg.organisation, { planNumber: '52/KH-UBND', planDate: '25/09/2026' });
    const own = { ...SCHOOLS[1], code: 'LC01', name: 'Trường Tiểu học và THCS Hòa Bình', level: 'Liên cấp' };
    const upper = { ...SCHOOLS[2], code: 'LC02', name: 'Trường THCS và THPT Suối Ngọc', level: 'Liên cấp' };
    const schools = [SCHOOLS[0], own, upper].map((s) => ({ ...s, ward: 'Xã Suối Ngọc' }));
    const o = proposalOffice(cfg, NOW, [
      { school: 1, teacher: 'Trần Thị Bình', level: 'giayKhen' },
      { school: 2, teacher: 'Nguyễn Văn An', level: 'giayKhen' },
    ], false, schools);
    o.generate();
    const toTrinh = o.progress().find((r) => r['Văn bản'] === 'Tờ trình đề nghị khen thưởng (Giấy khen)')!;
    expect(toTrinh['Ghi chú']).toContain('Kiểm tra thẩm quyền');
    expect(toTrinh['Ghi chú']).toContain(upper.name);
    expect(toTrinh['Ghi chú']).not.toContain(own.name);
  });
});

// Review d75 F4 (Low). Who is hurt: the Trưởng phòng of a Phòng GD&ĐT (2021–2025) who signs the new "Giấy khen của Giám
// đốc Sở GD&ĐT" dossier (35a8997f), and the Sở officer who receives it. Scenario: "Cơ quan cấp trên" typed as district
// clerks write it, "Sở GD&ĐT tỉnh Hà Sơn". The same stop's 6a624723 writes the issuing body's abbreviations out ("Sở
// GD&ĐT …" → "Sở Giáo dục và Đào tạo …", and the Tờ trình's "Kính gửi" of the other levels, commonValues); the new
// level's addressee and award name (sectorDepartment) take "Cơ quan cấp trên" verbatim.
// What happens now: the Tờ trình reads "Kính gửi: Giám đốc Sở GD&ĐT tỉnh Hà Sơn" and proposes "Giấy khen của Giám đốc Sở
// GD&ĐT tỉnh Hà Sơn"; the Danh sách, the reports and the Biên bản print the award so; no note.
// What should happen: the award and the addressee in full — "Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Sơn" — as the same
// file's Bằng khen Tờ trình and its own header already print names (fullBodyName).
// Severity: Low (the receiving level asks for the award's exact name; the clerk retypes it in four documents).
import { describe, expect, it } from 'vitest';
import { phong, proposalOffice } from './r68d-lib';

describe('a Phòng whose "Cơ quan cấp trên" reads "Sở GD&ĐT tỉnh Hà Sơn" proposing the Giám đốc Sở’s Giấy khen', () => {
  it('names the director and the award in full', () => {
    const now = new Date(2025, 2, 15, 8);
    const cfg = phong(now);
    cfg.organisation.parentAuthority = 'Sở GD&ĐT tỉnh Hà Sơn';
    const o = proposalOffice(cfg, now, [{ teacher: 'Nguyễn Thị Hằng', school: 1, level: 'giayKhenSo' }, { school: 2, level: 'giayKhenSo' }], true);
    o.generate();
    const toTrinh = o.docs().find((d) => d.name.startsWith('Tờ trình'))!;
    expect(toTrinh, o.docs().map((d) => d.name).join('\n')).toBeDefined();
    const lines = toTrinh.text.split('\n').filter((l) => /Kính gửi|kính trình/.test(l));
    // Today: "Kính gửi: Giám đốc Sở GD&ĐT tỉnh Hà Sơn." / "… tặng Giấy khen của Giám đốc Sở GD&ĐT tỉnh Hà Sơn cho …".
    expect(lines.join('\n')).toMatch(/Kính gửi: Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Sơn/);
    expect(lines.join('\n')).toMatch(/tặng Giấy khen của Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Sơn cho/);
    const named = o.docs().filter((d) => d.text.includes('Giám đốc Sở GD&ĐT')).map((d) => d.name);
    expect(named).toEqual([]);
  });
});

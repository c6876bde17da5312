// Review r75s (the award dossier as the thi đua – khen thưởng officer of the receiving level reads it).
//
// Who is hurt: the plan's own kind of office — a Phòng GD&ĐT of the 2021–2025 period, before 1/7/2025 — and the Sở
// officer who should receive its proposals. The plan (III.4, shared/plan/ke-hoach-dien-hinh-tien-tien-2021-2025.txt):
// “Ngành lựa chọn và giới thiệu các tập thể, cá nhân điển hình tiên tiến đề nghị giám đốc Sở tặng giấy khen”, and
// design.md §2 “Rewards (III.4): the office's council proposes the Sở director's Giấy khen”. The Luật Thi đua, khen
// thưởng 2022, Điều 80 khoản 1 gives the Giấy khen to the head of a cơ quan chuyên môn thuộc UBND cấp tỉnh (the Sở's
// director), not to a Trưởng phòng of a district (docs/award-documents.md, confirmed against Công báo 571–572/2022;
// the tool's own note on the Phòng's Tờ trình says so).
// What happens now: the “Hình thức khen thưởng đề nghị” dropdown of “Thẩm định” offers only “Giấy khen của thủ
// trưởng cơ quan” (for a Phòng: the Trưởng phòng's Giấy khen, with a draft Quyết định the tool itself flags “Kiểm tra
// thẩm quyền”), “Bằng khen của Chủ tịch UBND tỉnh” and “Bằng khen của Bộ trưởng Bộ GD&ĐT”. There is no way to make the
// dossier the plan asks for: a Tờ trình of the Phòng to the Giám đốc Sở proposing the Giám đốc Sở's Giấy khen (with its
// Danh sách, báo cáo thành tích, biên bản). The Phòng's clerk writes it by hand, or sends the Sở a Giấy khen dossier of
// an authority the law does not give.
// Should: offer, for a Phòng (and any office under a Sở), the level “Giấy khen của Giám đốc Sở …” — Tờ trình of the
// office (“Kính gửi: Giám đốc Sở Giáo dục và Đào tạo tỉnh …”), signed by its head, no draft Quyết định.
// Severity: High (the award the programme is built to propose cannot be proposed by the office the plan is written for).
import { describe, expect, it } from 'vitest';
import { phong, proposalOffice, so } from './r68d-lib';
import { typeCell } from '../../scripts/user';
import { holdCouncilMeeting, reviewNames } from '../../scripts/documents';

describe('a Phòng GD&ĐT (2021–2025) proposing the Giám đốc Sở’s Giấy khen, as the plan says', () => {
  it('can choose that level in “Thẩm định” and gets a Tờ trình to the Giám đốc Sở', () => {
    const now = new Date(2025, 2, 15, 8);
    const cfg = phong(now);
    const o = proposalOffice(cfg, now, [{ teacher: 'Nguyễn Thị Hằng', school: 1, level: 'giayKhen' }, { school: 2, level: 'giayKhen' }]);
    const review = o.emu.spreadsheets.sheet('Thẩm định')!;
    const choices = review.validations
      .map((v) => (Array.isArray(v.values[0]) ? (v.values[0] as unknown[]).map(String) : []))
      .find((list) => list.some((c) => /Bằng khen của Chủ tịch UBND tỉnh/.test(c)))!;
    expect(choices).toBeDefined();
    const soLevel = choices.find((c) => /Giấy khen/.test(c) && /Giám đốc Sở|Sở GD&ĐT|Sở Giáo dục/.test(c));
    // Today: ["Giấy khen của thủ trưởng cơ quan", "Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen của Bộ trưởng Bộ GD&ĐT"].
    expect({ choices, soLevel: soLevel !== undefined }).toEqual({ choices, soLevel: true });
    for (const row of [2, 3]) typeCell(o.emu, 'Thẩm định', row, o.col('Hình thức khen thưởng đề nghị'), soLevel!);
    const reviewed = reviewNames(o.emu);
    holdCouncilMeeting(o.emu, [...reviewed.keys()], reviewed, 0, cfg.organisation.signer.name, 'phong');
    o.generate();
    const toTrinh = o.docs().find((d) => d.name.startsWith('Tờ trình') && /Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Sơn/.test(d.text))!;
    expect(toTrinh).toBeDefined();
    expect(toTrinh.text).toMatch(/Kính gửi: Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Sơn/);
    expect(toTrinh.text).toMatch(/tặng Giấy khen của Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Sơn cho 1 tập thể và 1 cá nhân/);
  });
});

describe('a Sở choosing “Giấy khen của Giám đốc Sở GD&ĐT”', () => {
  it('gets its own Giấy khen (the council’s Tờ trình and a draft Quyết định), the same award under either choice', () => {
    const now = new Date(2027, 11, 20, 8);
    const cfg = so(now);
    const o = proposalOffice(cfg, now, [{ teacher: 'Nguyễn Thị Hằng', school: 1, level: 'giayKhen' }, { school: 2, level: 'giayKhen' }]);
    typeCell(o.emu, 'Thẩm định', 2, o.col('Hình thức khen thưởng đề nghị'), 'Giấy khen của Giám đốc Sở GD&ĐT');
    const reviewed = reviewNames(o.emu);
    holdCouncilMeeting(o.emu, [...reviewed.keys()], reviewed, 0, cfg.organisation.signer.name, 'so');
    o.generate();
    const names = o.docs().map((d) => d.name);
    expect(names.filter((n) => n.startsWith('Tờ trình'))).toEqual([expect.stringMatching(/^Tờ trình đề nghị tặng Giấy khen - /)]);
    expect(names.some((n) => /Quyết định/.test(n))).toBe(true);
    const toTrinh = o.docs().find((d) => d.name.startsWith('Tờ trình'))!;
    expect(toTrinh.text).toMatch(/cho 1 tập thể và 1 cá nhân/);
  });
});

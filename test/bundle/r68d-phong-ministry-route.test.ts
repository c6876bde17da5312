// Review r68d: a Phòng GD&ĐT (district level, kept for its 2021–2025 records) proposing the Bộ trưởng's Bằng khen. The
// tool routes a district office's Bằng khen UBND tỉnh through its district's People's Committee, and a commune's
// Bằng khen Bộ through its province with "Kiểm tra đường trình trước khi ký" (docs/award-documents.md: the law lets no
// lower level send straight to a Bộ — Luật Thi đua, khen thưởng 2022, Điều 83). The district office's Bằng khen Bộ
// Tờ trình is addressed straight to "Bộ trưởng Bộ Giáo dục và Đào tạo", its Sở ("Cơ quan cấp trên") nowhere, and the
// clerk is told nothing.
import { describe, expect, it } from 'vitest';
import { phong, proposalOffice } from './r68d-lib';

describe('a Phòng GD&ĐT’s Tờ trình for the Bằng khen of the Bộ trưởng', () => {
  it('goes through the level above it (“qua …”), or its row tells the clerk to check the route before signing', () => {
    const now = new Date(2025, 4, 20, 8);
    const o = proposalOffice(phong(now), now, [
      { teacher: 'Nguyễn Thị Hằng', school: 1, level: 'bangKhenBo' },
      { school: 0, level: 'bangKhenBo' },
    ], true);
    o.generate();
    const toTrinh = o.docs().find((d) => d.name.startsWith('Tờ trình đề nghị tặng Bằng khen Bộ'))!;
    expect(toTrinh).toBeDefined();
    const addressed = toTrinh.text.split('\n').find((l) => l.startsWith('Kính gửi:'))!;
    const row = o.progress().find((r) => r['Văn bản'].startsWith('Tờ trình') && r['Văn bản'].includes('Bộ'))!;
    const routed = /\(qua /.test(addressed);
    const told = row['Ghi chú'].includes('Kiểm tra đường trình');
    // Today: "Kính gửi: Bộ trưởng Bộ Giáo dục và Đào tạo." and nothing in the row.
    expect({ addressed, routedOrTold: routed || told }).toEqual({ addressed, routedOrTold: true });
  });
});

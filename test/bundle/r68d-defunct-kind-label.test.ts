// Review r68d: a district office (Phòng GD&ĐT, kept for its 2021–2025 records) making its documents after 1/7/2025 is
// told to check its "Loại cơ quan" — the note must name the row of "Cấu hình" as the clerk sees it.
import { describe, expect, it } from 'vitest';
import { phong, proposalOffice } from './r68d-lib';

describe('a Phòng GD&ĐT making its Tờ trình after the district level ended', () => {
  it('the note names the row “Loại cơ quan” of “Cấu hình”, not the internal key “organisation.kind”', () => {
    const now = new Date(2025, 8, 15, 8);
    const o = proposalOffice(phong(now), now, [{ teacher: 'Nguyễn Thị Hằng', school: 1, level: 'bangKhenTinh' }]);
    o.generate();
    const toTrinh = o.progress().find((r) => r['Văn bản'].startsWith('Tờ trình'))!;
    // The note is there (the district level ended on 01/07/2025)…
    expect(toTrinh['Ghi chú']).toContain('không còn từ 01/07/2025');
    // …but it sends the clerk to a row "Cấu hình" does not have.
    expect(toTrinh['Ghi chú']).not.toContain('organisation.kind');
    expect(toTrinh['Ghi chú']).toContain('mục “Loại cơ quan” ở trang “Cấu hình”');
    const rows = o.emu.spreadsheets.values('Cấu hình').map((r) => String(r[0]));
    expect(rows).toContain('Loại cơ quan');
  });
});

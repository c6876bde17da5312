// Review r73l (the award documents read by the office's records/legal officer before the leader signs them).
//
// A Phòng GD&ĐT's Giấy khen documents dated 20/6/2023: the Tờ trình rightly cites the law then in force ("Căn cứ Luật
// Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi … 2005 và … 2013;" and "Nghị định số 91/2017/NĐ-CP"),
// but its row in "Đề nghị khen thưởng" tells the clerk to check the Trưởng phòng's competence against "Luật Thi đua,
// khen thưởng 2022 (Điều 80)" — a law not yet in force on the document's date: Luật Thi đua, khen thưởng số
// 06/2022/QH15 took effect on 01/01/2024 (the project's own LAW_2022_FROM, src/core/proposals.ts, and the căn cứ it
// prints). The note the clerk acts on should name the law the document is signed under (the 2003 law as amended, with
// Nghị định 91/2017/NĐ-CP), not a later one. Low: a note, not a printed document.
import { describe, expect, it } from 'vitest';
import { phong, proposalOffice } from './r68d-lib';

describe('the competence note of a Phòng’s Giấy khen dated before 01/01/2024', () => {
  it('cites the law in force on the document’s date', () => {
    const now = new Date(2023, 5, 20, 8);
    const o = proposalOffice(phong(now), now, [{ teacher: 'Nguyễn Thị Hằng', school: 1, level: 'giayKhen' }], true);
    o.generate();
    const toTrinh = o.docs().find((d) => d.name.startsWith('Tờ trình đề nghị tặng Giấy khen'))!;
    expect(toTrinh.text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003');
    const row = o.progress().find((r) => r['Văn bản'].startsWith('Tờ trình'))!;
    expect(row['Ghi chú']).toContain('Kiểm tra thẩm quyền');
    // Today: "Kiểm tra thẩm quyền trước khi ký: Luật Thi đua, khen thưởng 2022 (Điều 80) giao tặng Giấy khen …".
    expect({ citesLaterLaw: row['Ghi chú'].includes('Luật Thi đua, khen thưởng 2022') }).toEqual({ citesLaterLaw: false });
  });
});

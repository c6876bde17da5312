// Review r75c F2 (Medium). Who is hurt: the Chủ tịch of a UBND xã who signs the Quyết định tặng Giấy khen, and the clerk
// who prepares it. Scenario: the commune runs 2026–2030 in a file whose "Cấu hình" still has "Cơ quan chủ quản"
// "Ủy ban nhân dân huyện Suối Ngọc" — the row the former district office filled in (README, "Sang giai đoạn mới": a copy
// of the old file, the office changes "loại, tên cơ quan"), or a clerk who thinks the commune still has a district above
// it. What happens now: the draft Quyết định of the commune's chair, dated 2027, opens with "ỦY BAN NHÂN DÂN HUYỆN SUỐI
// NGỌC" above "ỦY BAN NHÂN DÂN XÃ SUỐI NGỌC" — a body abolished on 1/7/2025 (Luật Tổ chức chính quyền địa phương 2025:
// two levels, tỉnh and xã) — and "Đề nghị khen thưởng" says nothing about it, while it does warn a "Phòng GD&ĐT" office
// dated after 1/7/2025 (proposalNote.defunctOffice). A People's Committee has no cơ quan chủ quản at all (the README says
// to leave the row empty for a UBND xã). What should happen: the district body is not printed, or the document's row in
// "Đề nghị khen thưởng" tells the office to check "Cơ quan chủ quản" before signing.
import { describe, expect, it } from 'vitest';
import { communeDecision } from './r68d-lib';

describe('a UBND xã whose "Cơ quan chủ quản" still names the district People\'s Committee', () => {
  it('does not head its chair\'s Quyết định with the abolished district body unwarned (r75c F2)', () => {
    const { o, doc: made, row: madeRow } = communeDecision({ governingBody: 'Ủy ban nhân dân huyện Suối Ngọc' });
    const doc = made!;
    expect(doc, o.docs().map((d) => d.name).join('\n')).toBeDefined();
    expect(doc.text).toContain('ỦY BAN NHÂN DÂN XÃ SUỐI NGỌC');
    const row = madeRow!;
    const printsDistrict = doc.text.includes('ỦY BAN NHÂN DÂN HUYỆN SUỐI NGỌC');
    const warned = row['Ghi chú'].includes('Cơ quan chủ quản');
    expect(!printsDistrict || warned, `${doc.text.split('\n').slice(0, 3).join(' / ')}\n${row['Ghi chú']}`).toBe(true);
  });
});

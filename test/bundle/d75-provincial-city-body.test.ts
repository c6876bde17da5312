// Review d75 F3 (Medium). Who is hurt: the Chủ tịch of a UBND xã formed from communes of a former provincial city (a
// "thành phố thuộc tỉnh", district-level like a huyện), and the clerk preparing the Quyết định. Scenario: as r75c F2, the
// commune's "Cấu hình" keeps "Cơ quan chủ quản" from the former file: "Ủy ban nhân dân thành phố Bảo Lộc" (province
// Lâm Đồng in "Cơ quan cấp trên"). The 85 provincial cities ended with the district level on 1/7/2025
// (lawforlife.vn, "52 thị xã dừng hoạt động từ 01/07/2025 khi bỏ cấp huyện": "không còn 85 thành phố trực thuộc tỉnh";
// Luật Tổ chức chính quyền địa phương 2025: two levels, tỉnh and xã).
// What happens now: the fix of r75c F2 (f7c1e82d) leaves every "thành phố" alone ("a city under the central government is
// a province"), so the draft dated 2027 opens "ỦY BAN NHÂN DÂN THÀNH PHỐ BẢO LỘC / ỦY BAN NHÂN DÂN XÃ …" and the row in
// "Đề nghị khen thưởng" says nothing — while the same file with "huyện" is warned. (provinceRoute in the same module does
// read "Ủy ban nhân dân thành phố …" as a district body for a Phòng.)
// What should happen: a "thành phố" that is not the office's province (the province is named in "Cơ quan cấp trên") is a
// former district-level city: the same warning. A UBND xã has no cơ quan chủ quản at all (README), so for a commune any
// body printed above it could be told.
// Severity: Medium (a decision headed by an abolished body goes to signature unwarned; many communes were in such cities).
import { describe, expect, it } from 'vitest';
import { communeDecision } from './r68d-lib';

describe('a UBND xã whose "Cơ quan chủ quản" still names its former provincial city', () => {
  it('is warned before its chair signs a Quyết định headed by "Ủy ban nhân dân thành phố Bảo Lộc"', () => {
    const { o, doc: made, row: madeRow } = communeDecision({
      name: 'Ủy ban nhân dân xã Lộc Sơn', shortName: 'UBND xã Lộc Sơn', place: 'Lộc Sơn',
      parentAuthority: 'Ủy ban nhân dân tỉnh Lâm Đồng', governingBody: 'Ủy ban nhân dân thành phố Bảo Lộc',
    }, 'Xã Lộc Sơn');
    const doc = made!;
    expect(doc, o.docs().map((d) => d.name).join('\n')).toBeDefined();
    const row = madeRow!;
    const printsCity = doc.text.includes('ỦY BAN NHÂN DÂN THÀNH PHỐ BẢO LỘC');
    const warned = row['Ghi chú'].includes('Cơ quan chủ quản');
    // Today: printed above the commune, Ghi chú silent about it.
    expect({ printsCity, warned }, `${doc.text.split('\n').slice(0, 3).join(' / ')}\n${row['Ghi chú']}`).not.toEqual({ printsCity: true, warned: false });
  });
});

// Review d75b F6 (Low). Who is hurt: the clerk of a UBND xã (2026–2030) and its chair who signs the Quyết định.
// Scenario: the clerk filled "Cơ quan chủ quản" with the province's People's Committee, "Ủy ban nhân dân tỉnh Hà Sơn"
// (the commune's "cơ quan cấp trên"), so the draft Quyết định is headed "ỦY BAN NHÂN DÂN TỈNH HÀ SƠN" above the commune.
// What happens now: d790e19c flags any cơ quan chủ quản of a commune (rightly: the README says to leave it empty), but
// with the district wording: "văn bản in “Ủy ban nhân dân tỉnh Hà Sơn” … ở đầu văn bản, trong khi cấp huyện không còn từ
// 01/07/2025 (chính quyền địa phương hai cấp)". The province has not gone and is not a district: the reason given is
// false, and a clerk who knows the UBND tỉnh still exists may take the note for the tool's mistake and sign.
// What should happen: for a body that is not a former district (or city of a province), the note gives the true reason
// — a commune's Ủy ban prints no cơ quan chủ quản above its name — without "cấp huyện không còn".
// Severity: Low.
import { describe, expect, it } from 'vitest';
import { communeDecision } from './r68d-lib';

describe('a UBND xã whose "Cơ quan chủ quản" names its province’s People’s Committee', () => {
  it('is told to leave it empty without being told that the district level ended', () => {
    const { o, doc: made, row: madeRow } = communeDecision({ governingBody: 'Ủy ban nhân dân tỉnh Hà Sơn' });
    const doc = made!;
    expect(doc, o.docs().map((d) => d.name).join('\n')).toBeDefined();
    expect(doc.text).toContain('ỦY BAN NHÂN DÂN TỈNH HÀ SƠN');
    const note = madeRow!['Ghi chú'];
    expect(note).toContain('Ủy ban nhân dân tỉnh Hà Sơn');
    // Today: "… trong khi cấp huyện không còn từ 01/07/2025 (chính quyền địa phương hai cấp). Ủy ban nhân dân xã, phường
    // không có cơ quan chủ quản: để trống mục đó …".
    expect(note).not.toContain('cấp huyện không còn');
  });
});

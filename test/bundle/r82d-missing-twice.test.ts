// Review r82d F2 (Low): a school under its ward proposing the Giám đốc Sở's Giấy khen, with its "Cơ quan cấp trên"
// filled ("Ủy ban nhân dân phường Minh Tân") and no province anywhere: the Tờ trình is refused, and its row of "Đề nghị
// khen thưởng" reads «Chưa tạo văn bản này vì còn thiếu: mục “Cơ quan cấp trên” ở trang “Cấu hình”; mục “Cơ quan cấp
// trên” ở trang “Cấu hình” (cần tên tỉnh, ví dụ “Sở Giáo dục và Đào tạo tỉnh Lào Cai”, …; trường thuộc Ủy ban nhân dân
// xã, phường ghi tỉnh ở mục “Nơi nhận tờ trình Bằng khen UBND tỉnh”, …)». The same setting is named twice, the first
// time bare, as if it were empty — it is not — and with the Sở as the example of what to write there; a ward's school
// that follows the first words puts the Sở in "Cơ quan cấp trên" (so its Bằng khen Bộ Tờ trình goes "qua" the Sở, and its
// Nơi nhận changes), where the second words tell it to write the province in another setting.
// Should: one line naming what is missing and where to write it (the province, in "Nơi nhận tờ trình Bằng khen UBND tỉnh"
// for a school under a commune), not the same setting twice.
import { beforeAll, describe, expect, it } from 'vitest';
import { AWARD_LEVEL_CHOICES } from '../../src/core/messages/proposals';
import { schoolSeason } from './r82d-lib';

describe('a ward\'s school proposing the Giám đốc Sở\'s Giấy khen, no province written', () => {
  let s: ReturnType<typeof schoolSeason>;
  beforeAll(() => {
    s = schoolSeason({ 'Vũ Thị Lan': AWARD_LEVEL_CHOICES.giayKhenSo, 'Tổ Khoa học tự nhiên': AWARD_LEVEL_CHOICES.giayKhenSo });
  }, 120_000);

  it('the refused Tờ trình names the missing setting once', () => {
    const r = s.row('Tờ trình đề nghị khen thưởng (Giấy khen Sở GD&ĐT)')!;
    expect(r).toBeDefined();
    expect(r.note).toMatch(/^Chưa tạo văn bản này vì còn thiếu: /);
    expect(r.note).toContain('Nơi nhận tờ trình Bằng khen UBND tỉnh');
    const missing = r.note.slice(0, r.note.indexOf('Bổ sung rồi'));
    expect(missing.split('mục “Cơ quan cấp trên” ở trang “Cấu hình”').length - 1).toBe(1);
  });
});

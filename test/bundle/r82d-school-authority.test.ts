// Review r82d F1 (Medium): a school's own Giấy khen — Tờ trình of its council and draft Quyết định "Tặng Giấy khen của
// Hiệu trưởng …" — is made with no word on the authority, while the same documents of a district Phòng say «Kiểm tra
// thẩm quyền trước khi ký: Luật Thi đua, khen thưởng 2022 (Điều 80) giao tặng Giấy khen cho thủ trưởng cơ quan chuyên
// môn thuộc Ủy ban nhân dân cấp tỉnh, Chủ tịch Ủy ban nhân dân cấp huyện, cấp xã…» (review docs H2). Điều 80 (Công báo
// 571–572/2022) gives the Giấy khen to the heads of legal-entity units under a Bộ, ban, ngành, of the provincial
// departments, and to the chairs of district and commune People's Committees: a lower-secondary school's principal, whose
// school the ward's People's Committee manages since 1/7/2025 (khoản 3: its Chủ tịch gives the Giấy khen), is not
// among them. The head signs a Quyết định the tool prints "Đã tạo", without the check it makes for a Phòng.
import { beforeAll, describe, expect, it } from 'vitest';
import { SCHOOL, schoolSeason } from './r82d-lib';

describe('a school under its ward making its own Giấy khen (December 2026)', () => {
  let s: ReturnType<typeof schoolSeason>;
  beforeAll(() => {
    s = schoolSeason();
  }, 120_000);

  it('the draft Quyết định is made as the school head\'s Giấy khen', () => {
    const qd = s.docs.find((d) => d.name.startsWith('Dự thảo Quyết định'))!.text;
    expect(qd).toContain(`Tặng Giấy khen của Hiệu trưởng ${SCHOOL}`);
  });

  it('its Tờ trình and draft Quyết định say to check the authority before signing, as a Phòng\'s do', () => {
    for (const doc of ['Tờ trình đề nghị khen thưởng (Giấy khen)', 'Dự thảo Quyết định khen thưởng (Giấy khen)']) {
      const r = s.row(doc)!;
      expect(r).toBeDefined();
      expect({ doc, note: /Kiểm tra thẩm quyền trước khi ký/.test(r.note) && /Điều 80/.test(r.note) }).toEqual({ doc, note: true });
    }
  });
});

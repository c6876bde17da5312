// Review r78p F4 (what Sheets turns typed text into), the award documents' side of F3: "Nơi nhận tờ trình Bằng khen UBND
// tỉnh" in "Cấu hình" typed as Vietnamese offices write a "Nơi nhận" line, with a leading dash ("- Ủy ban nhân dân tỉnh
// Hà Sơn (qua Sở Nội vụ)"), is read by Google Sheets as a formula that does not parse (facts file, "Sheets": writes are
// interpreted as typed by a user; text starting with = + - @ needs an apostrophe): the cell reads "#ERROR!". The Tờ
// trình for the province's Bằng khen is made with «Kính gửi: #ERROR!.» and «… kính trình #ERROR! xem xét, quyết định …»,
// and its row in "Đề nghị khen thưởng" says nothing of it.
import { describe, expect, it } from 'vitest';
import { proposalOffice, so } from './r68d-lib';

describe('r78p F4: the province addressee typed with a leading dash', () => {
  it('is printed as typed in the Tờ trình, never as "#ERROR!"', () => {
    const now = new Date(2027, 11, 20, 8);
    const cfg = so(now);
    cfg.organisation.provinceAddressee = '- Ủy ban nhân dân tỉnh Hà Sơn (qua Sở Nội vụ)';
    const o = proposalOffice(cfg, now, [{ teacher: 'Nguyễn Thị Hằng', school: 1, level: 'bangKhenTinh' }], true);
    o.generate();
    const toTrinh = o.docs().find((d) => d.name.startsWith('Tờ trình đề nghị tặng Bằng khen UBND tỉnh'));
    expect(toTrinh).toBeDefined();
    const lines = toTrinh!.text.split('\n').map((l) => l.trim());
    expect(lines.filter((l) => l.includes('#ERROR!'))).toEqual([]);
    expect(lines.find((l) => l.startsWith('Kính gửi:'))).toContain('Ủy ban nhân dân tỉnh Hà Sơn');
  });
});

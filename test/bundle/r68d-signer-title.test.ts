// Review r68d: the Giấy khen's authority is built from the signer's title and the office's name ("Chủ tịch" +
// "Ủy ban nhân dân xã Suối Ngọc"). A UBND xã whose clerk writes the signer's full title in “Chức vụ người ký” — as it
// reads under the signature, "Chủ tịch UBND xã" — gets "Giấy khen của Chủ tịch UBND xã Ủy ban nhân dân xã Suối Ngọc"
// in the Tờ trình, the draft Quyết định's title, authority line and list, and nothing tells the clerk.
import { describe, expect, it } from 'vitest';
import { proposalOffice, xa, so } from './r68d-lib';

const cases = [
  { office: 'a UBND xã', cfg: xa, title: 'Chủ tịch UBND xã', doubled: /xã\s+Ủy ban nhân dân xã/i },
  { office: 'a UBND xã', cfg: xa, title: 'Chủ tịch Ủy ban nhân dân xã', doubled: /xã\s+Ủy ban nhân dân xã/i },
  { office: 'a Sở', cfg: so, title: 'Giám đốc Sở GD&ĐT', doubled: /GD&ĐT\s+Sở Giáo dục/i },
];

describe('the signer’s full title typed in “Chức vụ người ký”', () => {
  for (const c of cases) {
    it(`${c.office}, “${c.title}”: the Giấy khen is not “… của ${c.title} <the office’s name again>” in the Tờ trình and the draft Quyết định`, () => {
      const now = new Date(2027, 11, 20, 8);
      const cfg = c.cfg(now);
      cfg.organisation.signer = { ...cfg.organisation.signer, title: c.title };
      const o = proposalOffice(cfg, now, [{ teacher: 'Nguyễn Thị Hằng', school: 1, level: 'giayKhen' }], true);
      o.generate();
      const docs = o.docs();
      const toTrinh = docs.find((d) => d.name.startsWith('Tờ trình đề nghị tặng Giấy khen'))!;
      const decision = docs.find((d) => d.name.startsWith('Dự thảo Quyết định'))!;
      expect(toTrinh.text).toContain('Giấy khen của');
      expect(decision.text).toContain('Giấy khen của');
      const told = o.progress().some((r) => r['Văn bản'].startsWith('Tờ trình') && r['Ghi chú'].includes('Chức vụ người ký'));
      // Either printed right, or the clerk is told to correct the setting before signing.
      expect({ toTrinh: c.doubled.test(toTrinh.text) && !told, decision: c.doubled.test(decision.text) && !told }).toEqual({ toTrinh: false, decision: false });
    });
  }
});

describe('a Sở led by a “Phó Giám đốc phụ trách” (common after the 2025 mergers)', () => {
  it('the Giấy khen stays the Giám đốc’s: not “Giấy khen của Giám đốc phụ trách Sở …”, nor “KT. GIÁM ĐỐC PHỤ TRÁCH”', () => {
    const now = new Date(2027, 11, 20, 8);
    const cfg = so(now);
    cfg.organisation.signer = { ...cfg.organisation.signer, title: 'Phó Giám đốc phụ trách' };
    const o = proposalOffice(cfg, now, [{ teacher: 'Nguyễn Thị Hằng', school: 1, level: 'giayKhen' }], true);
    o.generate();
    const docs = o.docs();
    const toTrinh = docs.find((d) => d.name.startsWith('Tờ trình đề nghị tặng Giấy khen'))!;
    const decision = docs.find((d) => d.name.startsWith('Dự thảo Quyết định'))!;
    expect(decision.text).toContain('Giấy khen của');
    expect(toTrinh.text).not.toContain('Giám đốc phụ trách Sở');
    expect(decision.text).not.toContain('Giám đốc phụ trách Sở');
    expect(decision.text).not.toContain('KT. GIÁM ĐỐC PHỤ TRÁCH');
  });
});

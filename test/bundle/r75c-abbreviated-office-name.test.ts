// Review r75c F6 (Low). Who is hurt: the Chủ tịch of a UBND xã who signs the Quyết định tặng Giấy khen, and the clerk.
// Scenario: the commune clerk types "Tên cơ quan" as commune staff write it every day, "UBND xã Suối Ngọc" (the tool
// itself recognises that spelling as a commune: messages/profiles.ts KIND_BY_NAME). What happens now: every document is
// headed "UBND XÃ SUỐI NGỌC", the draft decision is issued by "CHỦ TỊCH UBND XÃ SUỐI NGỌC" and awards "Giấy khen của
// Chủ tịch UBND xã Suối Ngọc" — an abbreviation in the issuing body's name and in the award's name — and "Đề nghị khen
// thưởng" says nothing, although the project's own account of the award documents promises the office's name "in hoa đầy
// đủ" in the header (docs/award-documents.md, "Tờ trình và Danh sách Giấy khen là văn bản của Hội đồng"; the Nghị định
// 30/2020/NĐ-CP rule it follows could not be retrieved with the search tool). What should happen: "UBND" is written out
// as "Ủy ban nhân dân" where the office's name is printed (or the office is told, in the document's "Ghi chú" or at
// Thiết lập, to write "Tên cơ quan" in full).
import { describe, expect, it } from 'vitest';
import { SCHOOLS } from './helpers';
import { proposalOffice, xa } from './r68d-lib';

const NOW = new Date(2027, 11, 20, 8, 0, 0);

describe('a UBND xã whose "Tên cơ quan" is typed "UBND xã Suối Ngọc"', () => {
  it('does not head its chair\'s Quyết định "UBND XÃ SUỐI NGỌC" unwarned (r75c F6)', () => {
    const cfg = xa(NOW);
    Object.assign(cfg.organisation, { name: 'UBND xã Suối Ngọc', planNumber: '52/KH-UBND', planDate: '25/09/2026' });
    const schools = SCHOOLS.map((s) => ({ ...s, ward: 'Xã Suối Ngọc' }));
    const o = proposalOffice(cfg, NOW, [{ school: 0, teacher: 'Nguyễn Văn An', level: 'giayKhen' }], true, schools);
    o.generate();
    const doc = o.docs().find((d) => d.name.startsWith('Dự thảo Quyết định'))!;
    expect(doc, o.docs().map((d) => d.name).join('\n')).toBeDefined();
    const row = o.progress().find((r) => r['Văn bản'].startsWith('Dự thảo Quyết định'))!;
    const head = doc.text.split('\n')[0];
    const fullName = head === 'ỦY BAN NHÂN DÂN XÃ SUỐI NGỌC' && doc.text.includes('Giấy khen của Chủ tịch Ủy ban nhân dân xã Suối Ngọc');
    const warned = row['Ghi chú'].includes('Tên cơ quan');
    expect(fullName || warned, `${head}\n${row['Ghi chú']}`).toBe(true);
  });

  it('prints the body\'s name in full in every document it makes (r75c F6, fix)', () => {
    const cfg = xa(NOW);
    Object.assign(cfg.organisation, { name: 'UBND xã Suối Ngọc', planNumber: '52/KH-UBND', planDate: '25/09/2026' });
    const schools = SCHOOLS.map((s) => ({ ...s, ward: 'Xã Suối Ngọc' }));
    const o = proposalOffice(cfg, NOW, [
      { school: 0, teacher: 'Nguyễn Văn An', level: 'giayKhen' },
      { school: 1, teacher: 'Trần Thị Bình', level: 'bangKhenTinh' },
    ], true, schools);
    o.generate();
    const docs = o.docs();
    expect(docs.length).toBeGreaterThan(3);
    // The Nơi nhận's copy to the council is by short names ("- Hội đồng TĐKT <Tên viết tắt>;"), as the docs say.
    for (const d of docs) for (const line of d.text.split('\n').filter((l) => !l.startsWith('- Hội đồng TĐKT'))) expect(line, d.name).not.toMatch(/UBND\s+xã/i);
    expect(docs.some((d) => d.text.includes('Hội đồng Thi đua - Khen thưởng Ủy ban nhân dân xã Suối Ngọc'))).toBe(true);
  });
});


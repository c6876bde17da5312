// Review r70x: before the council's meeting is recorded, a UBND xã/phường's Giấy khen Tờ trình is addressed to
// "Chủ tịch Ủy ban nhân dân xã Suối Ngọc" and signed "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG / CHỦ TỊCH" by that same
// Chủ tịch (the signer of "Cấu hình", who chairs the council): a Tờ trình from a man to himself. When a Phó Chủ tịch is
// listed the tool has him sign "KT. CHỦ TỊCH" (review r68d H1/H2); with none, the office must at least be told.
import { describe, expect, it } from 'vitest';
import { SCHOOLS } from './helpers';
import { proposalOffice, xa } from './r68d-lib';

const NOW = new Date(2027, 11, 20, 8, 0, 0);

describe('a UBND xã/phường\'s Giấy khen Tờ trình with no council deputy known', () => {
  it('is not silently signed by the very Chủ tịch it is addressed to (r70x L5)', () => {
    const cfg = xa(NOW);
    Object.assign(cfg.organisation, { planNumber: '52/KH-UBND', planDate: '25/09/2026' });
    const schools = SCHOOLS.map((s) => ({ ...s, ward: 'Xã Suối Ngọc' }));
    const o = proposalOffice(cfg, NOW, [{ school: 1, teacher: 'Nguyễn Văn An', level: 'giayKhen' }], false, schools);
    o.generate();
    const doc = o.emu.docs.list().find((d) => !d.trashed && d.name.startsWith('Tờ trình'))!;
    const text = o.emu.docs.text(doc.id).replace(/\u00a0/g, ' ');
    // Today: addressed to the Chủ tịch, signed by him for the council.
    expect(text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân xã Suối Ngọc.');
    const signedBySelf = /TM\. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\nCHỦ TỊCH\n[\s\S]*Nguyễn Văn Hải/.test(text);
    const row = o.progress().find((r) => r['Văn bản'] === 'Tờ trình đề nghị khen thưởng (Giấy khen)')!;
    // Either someone else signs, or the office is told who should (the council's Phó Chủ tịch, "Họp Hội đồng TĐKT").
    expect(!signedBySelf || /Phó Chủ tịch/.test(row['Ghi chú']), JSON.stringify(row)).toBe(true);
  });
});

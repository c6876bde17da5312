// Review r70x: a UBND xã/phường's report for one of its schools names the commune once. Its header reads
// "ỦY BAN NHÂN DÂN XÃ SUỐI NGỌC" and it is dated at "Suối Ngọc" (the tool takes a commune's schools to be in the
// commune, whatever an old "Xã/phường" column still says: schoolPlace); its body must not then place the school
// "trên địa bàn phường Đồng Tâm" — or the office is told to check that column.
import { describe, expect, it } from 'vitest';
import { SCHOOLS } from './helpers';
import { proposalOffice, xa } from './r68d-lib';

const NOW = new Date(2027, 11, 20, 8, 0, 0);

describe('a UBND xã/phường: the report of a school whose "Xã/phường" still names another commune', () => {
  it('does not contradict its own header and place, or says why (r70x L3)', () => {
    const cfg = xa(NOW);
    Object.assign(cfg.organisation, { planNumber: '52/KH-UBND', planDate: '25/09/2026' });
    // SCHOOLS[0] is "Phường Đồng Tâm" in "Đơn vị" (a list made before the 2025 mergers).
    const o = proposalOffice(cfg, NOW, [{ school: 0, level: 'giayKhen' }]);
    o.generate();
    const doc = o.emu.docs.list().find((d) => !d.trashed && d.name.startsWith('Báo cáo thành tích'))!;
    const text = o.emu.docs.text(doc.id).replace(/\u00a0/g, ' ');
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ SUỐI NGỌC');
    expect(text).toContain('Suối Ngọc, ngày');
    const rows = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.map(String).join(' ‖ '));
    const note = rows.find((r) => r.includes('Báo cáo thành tích'))!;
    const consistent = !text.includes('địa bàn phường Đồng Tâm') || note.includes('Xã/phường');
    expect(consistent, `${text.split('\n').find((l) => l.includes('Đặc điểm'))}\n${note}`).toBe(true);
    expect(SCHOOLS[0].ward).toBe('Phường Đồng Tâm');
  });
});

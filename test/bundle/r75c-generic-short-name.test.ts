// Review r75c F5 (Low). Who is hurt: the Chủ tịch of a UBND xã signing the Tờ trình đề nghị Bằng khen of the province,
// and the clerk. Scenario: the clerk sets the tool up as the README's commune paragraph says — "Loại cơ quan" "UBND
// xã/phường", "Tên cơ quan" "Ủy ban nhân dân xã Suối Ngọc", "Cơ quan cấp trên", "Địa danh", "Người ký tờ trình" — and
// leaves "Tên viết tắt" as Thiết lập wrote it when the kind changed: the kind's generic default "UBND xã" (a new Sheet
// run through Thiết lập, kind switched from "Sở GD&ĐT", gets exactly that; the README's list of rows to fill does not name
// this one). What happens now: the Tờ trình's "Nơi nhận" prints "- Hội đồng TĐKT UBND xã;" — a council of no commune in
// particular — while the same document's căn cứ says "Hội đồng Thi đua - Khen thưởng Ủy ban nhân dân xã Suối Ngọc"; the
// weekly digest's subject likewise reads "Tổng hợp hằng tuần — UBND xã — …". What should happen: a short name that is
// only the kind's generic default is not printed for the office (use the full name, or derive "UBND xã Suối Ngọc"), or
// Thiết lập asks for it.
import { describe, expect, it } from 'vitest';
import { SCHOOLS } from './helpers';
import { proposalOffice, xa } from './r68d-lib';
import { OFFICE_PROFILES } from '../../src/core/messages/profiles';

const NOW = new Date(2027, 11, 20, 8, 0, 0);

describe('a UBND xã whose "Tên viết tắt" is still the generic default of its kind', () => {
  it('does not address its Tờ trình\'s copy to the council of "UBND xã" with no commune named (r75c F5)', () => {
    const cfg = xa(NOW);
    Object.assign(cfg.organisation, { shortName: OFFICE_PROFILES.xa.shortName, planNumber: '52/KH-UBND', planDate: '25/09/2026' });
    expect(cfg.organisation.shortName).toBe('UBND xã');
    const schools = SCHOOLS.map((s) => ({ ...s, ward: 'Xã Suối Ngọc' }));
    const o = proposalOffice(cfg, NOW, [{ school: 0, teacher: 'Nguyễn Văn An', level: 'bangKhenTinh' }], true, schools);
    o.generate();
    const toTrinh = o.docs().find((d) => d.name.startsWith('Tờ trình đề nghị tặng Bằng khen UBND tỉnh'))!;
    expect(toTrinh, o.docs().map((d) => d.name).join('\n')).toBeDefined();
    expect(toTrinh.text).toContain('Hội đồng Thi đua - Khen thưởng Ủy ban nhân dân xã Suối Ngọc');
    const copyTo = toTrinh.text.split('\n').filter((l) => l.startsWith('- Hội đồng'));
    expect(copyTo.length).toBe(1);
    expect(copyTo[0]).toContain('Suối Ngọc');
  });
});

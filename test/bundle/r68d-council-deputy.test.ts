// Review r68d: the Giấy khen Tờ trình is the council's, proposed to the office's head; when the head chairs the council,
// the council's Phó Chủ tịch signs it "KT. CHỦ TỊCH". The tool takes as that deputy the first member whose "Chức vụ"
// merely contains "Phó Chủ tịch": a union's vice-chair sitting as an ordinary member ("Phó Chủ tịch Công đoàn ngành,
// Ủy viên") then signs for the council as its "PHÓ CHỦ TỊCH" — a signer the council does not have.
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { COUNCIL_TAB } from '../../src/core/messages/proposals';
import { giayKhenMeeting } from './r68d-lib';

describe('the Giấy khen Tờ trình of a council without a Phó Chủ tịch', () => {
  it('is not signed “KT. CHỦ TỊCH / PHÓ CHỦ TỊCH” by an ordinary member who is a union’s vice-chair', () => {
    const o = giayKhenMeeting();
    // The council has no Phó Chủ tịch: its second member is the sector union's vice-chair, an ordinary member.
    const tab = o.emu.spreadsheets.values(COUNCIL_TAB).map((r) => r.map(String));
    const row = tab.findIndex((r) => /Phó Chủ tịch Hội đồng/.test(r[1])) + 1;
    expect(row).toBeGreaterThan(0);
    const member = tab[row - 1][0];
    typeCell(o.emu, COUNCIL_TAB, row, 2, 'Phó Chủ tịch Công đoàn ngành, Ủy viên');
    o.generate();
    const toTrinh = o.docs().find((d) => d.name.startsWith('Tờ trình đề nghị tặng Giấy khen'))!;
    expect(toTrinh).toBeDefined();
    // The union's vice-chair is no deputy of the council: not printed as signing for its chair.
    expect(toTrinh.text).not.toMatch(/KT\. CHỦ TỊCH\s*\n\s*PHÓ CHỦ TỊCH/);
    expect(toTrinh.text).not.toContain(member);
  });
});

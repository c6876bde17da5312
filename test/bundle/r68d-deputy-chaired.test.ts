// Review r68d: the council's meeting chaired by its Phó Chủ tịch (the director away: "Chủ trì" and "Chức vụ của người
// chủ trì" in "Họp Hội đồng TĐKT" say so). The Giấy khen Tờ trình and Danh sách are the council's and signed by that
// meeting's chair — printed "TM. HỘI ĐỒNG … / CHỦ TỊCH" above the Phó Chủ tịch's name: a title she does not hold
// (Nghị định 30/2020/NĐ-CP: a deputy signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), while the Biên bản beside it names her
// "Phó Giám đốc Sở, Phó Chủ tịch Hội đồng".
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { COUNCIL_FIELDS, COUNCIL_TAB } from '../../src/core/messages/proposals';
import { giayKhenMeeting } from './r68d-lib';

describe('a meeting chaired by the council’s Phó Chủ tịch', () => {
  it('her signature on the Giấy khen Tờ trình and Danh sách is not titled “CHỦ TỊCH”', () => {
    const o = giayKhenMeeting();
    const tab = o.emu.spreadsheets.values(COUNCIL_TAB).map((r) => r.map(String));
    const [deputy, deputyTitle] = tab.find((r) => /Phó Chủ tịch Hội đồng/.test(r[1]))!;
    typeCell(o.emu, COUNCIL_TAB, tab.findIndex((r) => r[0] === COUNCIL_FIELDS.chair) + 1, 2, deputy);
    typeCell(o.emu, COUNCIL_TAB, tab.findIndex((r) => r[0] === COUNCIL_FIELDS.chairTitle) + 1, 2, deputyTitle);
    o.generate();
    const docs = o.docs();
    expect(docs.find((d) => d.name.startsWith('Biên bản'))!.text).toContain(`Chủ trì: ${deputy}, ${deputyTitle}`);
    for (const prefix of ['Tờ trình đề nghị tặng Giấy khen', 'Danh sách đề nghị tặng Giấy khen']) {
      const doc = docs.find((d) => d.name.startsWith(prefix))!;
      const lines = doc.text.split('\n').map((l) => l.split('\t').pop()!.trim()).filter((l) => l !== '');
      const at = lines.lastIndexOf(deputy);
      expect(at, prefix).toBeGreaterThan(0);
      // The title printed above her name.
      expect({ doc: prefix, title: lines[at - 1] }).toEqual({ doc: prefix, title: 'PHÓ CHỦ TỊCH' });
    }
  });
});

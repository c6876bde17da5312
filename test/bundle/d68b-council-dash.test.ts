// Review d68b: the council's roles read from "Chức vụ" in "Họp Hội đồng TĐKT" (w68d's councilRole, review r68d H1, H2)
// only where post and role are parted by a comma, a semicolon or a bracket. Clerks just as often part them with a dash
// ("Phó Giám đốc Sở - Phó Chủ tịch Hội đồng", "… – Phó Chủ tịch HĐ"). Such a deputy was read before w68d (the title
// contained "Phó Chủ tịch") and no longer is:
// - the director chairs: the council's Giấy khen Tờ trình is signed by the director herself as "CHỦ TỊCH", proposing
//   to herself, where before it was "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" above the deputy (a regression, a note beside it);
// - the deputy chairs: her signature is titled "CHỦ TỊCH", a title she does not hold, with no note (r68d H1 unfixed).
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { COUNCIL_FIELDS, COUNCIL_TAB } from '../../src/core/messages/proposals';
import { giayKhenMeeting } from './r68d-lib';

const lines = (text: string) => text.split('\n').map((l) => l.split('\t').pop()!.trim()).filter((l) => l !== '');

describe('a council deputy whose role follows her post after a dash', () => {
  for (const dash of [' - ', ' – ']) {
    it(`the director chairing: the deputy (“Phó Giám đốc Sở${dash}Phó Chủ tịch Hội đồng”) signs the Giấy khen Tờ trình for her`, () => {
      const o = giayKhenMeeting();
      const tab = o.emu.spreadsheets.values(COUNCIL_TAB).map((r) => r.map(String));
      const row = tab.findIndex((r) => /Phó Chủ tịch Hội đồng/.test(r[1])) + 1;
      expect(row).toBeGreaterThan(0);
      const deputy = tab[row - 1][0];
      typeCell(o.emu, COUNCIL_TAB, row, 2, `Phó Giám đốc Sở${dash}Phó Chủ tịch Hội đồng`);
      o.generate();
      const toTrinh = o.docs().find((d) => d.name.startsWith('Tờ trình đề nghị tặng Giấy khen'))!;
      const l = lines(toTrinh.text);
      const at = l.lastIndexOf(deputy);
      expect({ signedByDeputy: at > 0, title: at > 0 ? l[at - 1] : null }).toEqual({ signedByDeputy: true, title: 'PHÓ CHỦ TỊCH' });
    });
    it(`the deputy chairing (“Phó Giám đốc Sở${dash}Phó Chủ tịch Hội đồng”): her signature is not titled “CHỦ TỊCH”`, () => {
      const o = giayKhenMeeting();
      const tab = o.emu.spreadsheets.values(COUNCIL_TAB).map((r) => r.map(String));
      const row = tab.findIndex((r) => /Phó Chủ tịch Hội đồng/.test(r[1])) + 1;
      const deputy = tab[row - 1][0];
      const title = `Phó Giám đốc Sở${dash}Phó Chủ tịch Hội đồng`;
      typeCell(o.emu, COUNCIL_TAB, row, 2, title);
      typeCell(o.emu, COUNCIL_TAB, tab.findIndex((r) => r[0] === COUNCIL_FIELDS.chair) + 1, 2, deputy);
      typeCell(o.emu, COUNCIL_TAB, tab.findIndex((r) => r[0] === COUNCIL_FIELDS.chairTitle) + 1, 2, title);
      o.generate();
      for (const prefix of ['Tờ trình đề nghị tặng Giấy khen', 'Danh sách đề nghị tặng Giấy khen']) {
        const l = lines(o.docs().find((d) => d.name.startsWith(prefix))!.text);
        const at = l.lastIndexOf(deputy);
        expect(at, prefix).toBeGreaterThan(0);
        expect({ doc: prefix, title: l[at - 1] }).toEqual({ doc: prefix, title: 'PHÓ CHỦ TỊCH' });
      }
    });
  }
});

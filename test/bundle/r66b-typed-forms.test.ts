// Review r66b: what the clerk and the secretary type, however typed — NFD (a Mac, a phone keyboard), odd case and spacing.
import { describe, expect, it } from 'vitest';
import { holdCouncilMeeting, reviewNames } from '../../scripts/documents';
import { typeCell } from '../../scripts/user';
import { COUNCIL_FIELDS, COUNCIL_MEMBERS_HEADER, COUNCIL_TAB, COUNCIL_VOTES_HEADER } from '../../src/core/messages/proposals';
import { councilOffice } from './helpers';
import { live, text } from './r66b-lib';
const nfd = (s: string) => s.normalize('NFD');

describe('r66b: decisions and the meeting tab typed in NFD, odd case and spacing (sound)', () => {
  it('"  đề  NGHỊ khen " in NFD in "Thẩm định"; the meeting tab\'s headings and presence in NFD: the three teachers are proposed, the one voted down is not', () => {
    const o = councilOffice();
    const cfg = o.emu.spreadsheets.values('Cấu hình').findIndex((r) => r[0] === 'Người ký tờ trình') + 1;
    typeCell(o.emu, 'Cấu hình', cfg, 2, 'Trần Văn Minh');
    o.decide([2, 3]);
    const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
    typeCell(o.emu, 'Thẩm định', 4, header.indexOf('Quyết định của Hội đồng') + 1, nfd('  đề  NGHỊ khen '));
    typeCell(o.emu, 'Thẩm định', 4, header.indexOf('Nhận xét') + 1, 'Đủ tiêu chuẩn');
    o.rebuild();
    const reviewed = reviewNames(o.emu);
    const [down] = holdCouncilMeeting(o.emu, [...reviewed.keys()].reverse(), reviewed, 1);
    expect(down).toBe('DK-000002');
    // The secretary retypes the headings and the presence cells on her Mac (NFD).
    const values = o.emu.spreadsheets.values(COUNCIL_TAB);
    values.forEach((r, i) => {
      const first = String(r[0]);
      if ([...Object.values(COUNCIL_FIELDS), COUNCIL_MEMBERS_HEADER[0], COUNCIL_VOTES_HEADER[0]].includes(first)) typeCell(o.emu, COUNCIL_TAB, i + 1, 1, nfd(first.toUpperCase()));
      if (String(r[2]) === 'Có') typeCell(o.emu, COUNCIL_TAB, i + 1, 3, nfd('có mặt'));
    });
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const list = live(o).find((d) => d.name.startsWith('Danh sách'))!;
    expect(list).toBeDefined();
    for (const [id, name] of reviewed) {
      if (id === down) expect(text(o, list.id)).not.toContain(name);
      else expect(text(o, list.id), name).toContain(name);
    }
    expect(live(o).some((d) => d.name.startsWith('Biên bản'))).toBe(true);
  });
});

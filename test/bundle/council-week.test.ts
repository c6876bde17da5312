// The council's day and the week after, as the secretary and the chair live it (review council58): an award level
// changed after the vote, a meeting day typed as text.
import { describe, expect, it } from 'vitest';
import { holdCouncilMeeting, reviewNames } from '../../scripts/documents';
import { typeCell } from '../../scripts/user';
import { COUNCIL_FIELDS, COUNCIL_TAB } from '../../src/core/messages/proposals';
import { councilOffice } from './helpers';

type Office = ReturnType<typeof councilOffice>;
const TAB = 'Đề nghị khen thưởng';

function setConfig(o: Office, label: string, value: string): void {
  const rows = o.emu.spreadsheets.values('Cấu hình');
  const row = rows.findIndex((r) => r[0] === label) + 1;
  expect(row).toBeGreaterThan(0);
  typeCell(o.emu, 'Cấu hình', row, 2, value);
}
/** The secretary types over one field of the meeting (column B of the row named `label`). */
function setMeetingField(o: Office, label: string, value: unknown): void {
  const row = o.emu.spreadsheets.values(COUNCIL_TAB).findIndex((r) => r[0] === label) + 1;
  expect(row).toBeGreaterThan(0);
  typeCell(o.emu, COUNCIL_TAB, row, 2, value);
}
const column = (o: Office, header: string) => o.emu.spreadsheets.values('Thẩm định')[0].map(String).indexOf(header) + 1;
const live = (o: Office) => o.emu.docs.list().filter((d) => !d.trashed && !d.name.startsWith('Mẫu - '));
const text = (o: Office, id: string) => o.emu.docs.text(id).replace(/\r/g, '\n').replace(/\u00a0/g, ' ');
/** The newest document whose name starts with `prefix`. */
const newest = (o: Office, prefix: string) => live(o).filter((d) => d.name.startsWith(prefix)).slice(-1)[0];

/** Three teachers proposed, the council met and voted today (all carried), the signer set; documents made. */
function meetingDay(): Office & { reviewed: Map<string, string> } {
  const o = councilOffice();
  setConfig(o, 'Người ký tờ trình', 'Trần Văn Minh');
  o.decide([2, 3, 4]);
  const reviewed = reviewNames(o.emu);
  holdCouncilMeeting(o.emu, [...reviewed.keys()], reviewed, 0);
  return { ...o, reviewed };
}

describe('the week after the council\'s meeting', () => {
  it('an award level changed the day after: "Thẩm định" does not claim a Tờ trình of the first day proposed the new level (review council58 M1)', () => {
    const o = meetingDay();
    o.bundle.call('generateProposals', undefined, { kind: 'menu' }); // 01/07: everyone Giấy khen
    o.rebuild();
    o.emu.clock.advance(24 * 3600_000);
    // A member asks to move Lê Văn Cường (row 4) up to the provincial Bằng khen; the secretary makes the documents again.
    typeCell(o.emu, 'Thẩm định', 4, column(o, 'Hình thức khen thưởng đề nghị'), 'Bằng khen của Chủ tịch UBND tỉnh');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' }); // 02/07
    o.rebuild();
    const bangKhen = newest(o, 'Tờ trình đề nghị tặng Bằng khen UBND tỉnh');
    expect(bangKhen.name).toBe('Tờ trình đề nghị tặng Bằng khen UBND tỉnh - 02-07-2024');
    const row = o.emu.spreadsheets.values('Thẩm định').find((r) => r[0] === 'DK-000004')!;
    const note = String(row[column(o, 'Ghi chú') - 1]);
    // The only Tờ trình of 01/07 proposed Giấy khen; the Bằng khen one is of 02/07 (and "Lịch sử thẩm định" says so).
    expect(note).not.toContain('Bằng khen UBND tỉnh trong tờ trình ngày 01/07/2024');
    expect(note).toContain('02/07/2024');
  });

  it('an award level changed after the meeting: the Biên bản of that meeting, made again with the new level, and the office is told so, the Biên bản and Tờ trình to check before signing (review council58 H1)', () => {
    const o = meetingDay();
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const first = text(o, newest(o, 'Biên bản').id);
    expect(first.split('\n').find((l) => l.includes('Lê Văn Cường'))).toContain('Giấy khen');
    o.rebuild();
    o.emu.clock.advance(24 * 3600_000);
    typeCell(o.emu, 'Thẩm định', 4, column(o, 'Hình thức khen thưởng đề nghị'), 'Bằng khen của Chủ tịch UBND tỉnh');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    // The new Biên bản (still the meeting of 01/07) now records the 7–1 vote as a vote for the Bằng khen.
    const again = text(o, newest(o, 'Biên bản').id);
    expect(again.split('\n').find((l) => l.includes('Lê Văn Cường'))).toContain('Bằng khen');
    // The office should be told that the vote of 01/07 was taken on Giấy khen: the level changed after it.
    const said = o.emu.spreadsheets
      .values(TAB)
      .filter((r) => r.some((c) => String(c).includes('Lê Văn Cường') || String(c).includes('DK-000004')))
      .map((r) => r.join(' '))
      .join('\n');
    expect(said).toMatch(/biểu quyết[^\n]*Giấy khen|Giấy khen[^\n]*biểu quyết/);
    // On the rows of the Biên bản and of the Bằng khen's Tờ trình made now: the change, and "to correct before signing".
    const rows = o.emu.spreadsheets.values(TAB).map((r) => r.map(String).join(' | '));
    const change = 'Lê Văn Cường (từ Giấy khen thành Bằng khen UBND tỉnh)';
    for (const doc of ['Biên bản họp Hội đồng', 'Tờ trình đề nghị khen thưởng (Bằng khen UBND tỉnh)']) {
      const row = rows.filter((r) => r.includes(doc) && r.includes(change));
      expect(row, doc).toHaveLength(1);
      expect(row[0], doc).toContain('cần sửa nội dung trước khi trình ký');
    }
    // Not on the Giấy khen's Tờ trình, whose nominees kept their level.
    expect(rows.filter((r) => r.includes('Tờ trình đề nghị khen thưởng (Giấy khen)') && r.includes(change))).toEqual([]);
  });

  it('the meeting day typed as text ("ngày 01/07/2024"): no "ngày ngày" in the Tờ trình and Quyết định, and the Biên bản carries the meeting day (review council58 M2)', () => {
    const o = meetingDay();
    setMeetingField(o, COUNCIL_FIELDS.date, 'ngày 01/07/2024');
    // The documents are made the next morning.
    o.emu.clock.advance(24 * 3600_000);
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    for (const prefix of ['Tờ trình', 'Dự thảo Quyết định']) {
      const doc = newest(o, prefix);
      expect(doc, prefix).toBeDefined();
      expect(text(o, doc.id), prefix).not.toContain('ngày ngày');
    }
    // The Biên bản is dated the meeting's day (docs/award-documents.md: "ngày của Biên bản là ngày họp"), not the day it was typed up.
    const bb = text(o, newest(o, 'Biên bản').id);
    expect(bb).toContain('Yên Bái, ngày 01 tháng 7 năm 2024');
  });

  it('the meeting day typed "01.07.2024": the Tờ trình does not print it raw in its căn cứ (review council58 M2)', () => {
    const o = meetingDay();
    setMeetingField(o, COUNCIL_FIELDS.date, '01.07.2024');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const ttr = text(o, newest(o, 'Tờ trình').id);
    // Printed as typed, in an official document's căn cứ ("ngày 01.07.2024"), where a day reads "ngày 01 tháng 7 năm 2024".
    expect(ttr).not.toContain('ngày 01.07.2024');
  });

  it('the chair and secretary typed in another case than the member list: the Biên bản prints and signs them as the member list spells them (review council58 L1)', () => {
    const o = meetingDay();
    setMeetingField(o, COUNCIL_FIELDS.chair, 'trần văn minh');
    setMeetingField(o, COUNCIL_FIELDS.secretary, 'ĐẶNG VĂN LONG');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const bb = text(o, newest(o, 'Biên bản').id);
    // The member list has them as "Trần Văn Minh" and "Đặng Văn Long": the official record prints their names so.
    expect(bb).not.toContain('trần văn minh');
    expect(bb).not.toContain('ĐẶNG VĂN LONG');
    expect(bb).toContain('Chủ trì: Trần Văn Minh');
    expect(bb).toContain('Thư ký: Đặng Văn Long');
  });
});

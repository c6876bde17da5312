// Review r66b: the secretary inserts an "STT" column at the left of "Họp Hội đồng TĐKT" (as every Vietnamese table
// has one) after typing the meeting. The tab still holds the meeting, its members and its votes, one column to the right.
import { describe, expect, it } from 'vitest';
import { clearTabRow, insertTabColumn, typeCell } from '../../scripts/user';
import { COUNCIL_MEMBERS_HEADER, COUNCIL_TAB, COUNCIL_VOTES_HEADER } from '../../src/core/messages/proposals';
import { alertsShown } from './helpers';
import { live, meetingOffice, text, type Office } from './r66b-lib';

const TAB = 'Đề nghị khen thưởng';

/** Three teachers proposed; the council voted the last one down (3 of 9). */
function meeting(): Office & { down: string; reviewed: Map<string, string> } {
  const o = meetingOffice(1);
  return { ...o, down: o.down[0] };
}

/** The secretary numbers the rows: a column inserted before A, "1, 2, 3…" typed beside the votes. */
function insertStt(o: Office): void {
  insertTabColumn(o.emu, COUNCIL_TAB, 0);
  const values = o.emu.spreadsheets.values(COUNCIL_TAB);
  let n = 0;
  values.forEach((r, i) => {
    if (/^DK-/.test(String(r[1]))) typeCell(o.emu, COUNCIL_TAB, i + 1, 1, ++n);
  });
  expect(n).toBe(3);
}

describe('r66b: a column inserted at the left of the meeting tab', () => {
  it('control: without the column, the nominee voted down is not in the Danh sách', () => {
    const o = meeting();
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const list = live(o).find((d) => d.name.startsWith('Danh sách'))!;
    expect(text(o, list.id)).not.toContain(o.reviewed.get(o.down)!);
    expect(live(o).some((d) => d.name.startsWith('Biên bản'))).toBe(true);
  });

  it('the meeting is still in the tab, one column over: read under its headers, the nominee the council voted down is never proposed', () => {
    const o = meeting();
    insertStt(o);
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    // Whatever the tool does, it must not put before the signer a Danh sách proposing whom the council voted down.
    for (const d of live(o).filter((x) => x.name.startsWith('Danh sách') || x.name.startsWith('Tờ trình'))) {
      expect(text(o, d.id), d.name).not.toContain(o.reviewed.get(o.down)!);
    }
    // Nor tell the office that the council has not met, when its meeting is right there.
    const said = o.emu.spreadsheets.values(TAB).map((r) => r.join(' ')).join('\n');
    expect(said).not.toContain('Chưa có kết quả họp Hội đồng');
    // The meeting is read under its headers, one column over: the two nominees voted for are proposed, and its Biên bản made.
    const list = live(o).find((d) => d.name.startsWith('Danh sách'))!;
    for (const [code, name] of o.reviewed) if (code !== o.down) expect(text(o, list.id)).toContain(name);
    expect(live(o).some((d) => d.name.startsWith('Biên bản'))).toBe(true);
  });

  it('a batch already made with the vote, the column inserted afterwards: a second click does not replace the Tờ trình by one proposing the nominee voted down', () => {
    const o = meeting();
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    insertStt(o);
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    for (const d of live(o).filter((x) => !x.name.startsWith('[KHÔNG DÙNG]') && (x.name.startsWith('Danh sách') || x.name.startsWith('Tờ trình')))) {
      expect(text(o, d.id), d.name).not.toContain(o.reviewed.get(o.down)!);
    }
    // The documents of the meeting (perhaps already being signed) are not renamed "[KHÔNG DÙNG]" for a column.
    expect(live(o).filter((d) => d.name.startsWith('[KHÔNG DÙNG]')).map((d) => d.name)).toEqual([]);
  });

  it('the same cause, no column: the member list cleared to be typed again (votes still there) — the votes are not ignored', () => {
    const o = meeting();
    const values = o.emu.spreadsheets.values(COUNCIL_TAB);
    const from = values.findIndex((r) => r[0] === COUNCIL_MEMBERS_HEADER[0]) + 2;
    const to = values.findIndex((r) => r[0] === COUNCIL_VOTES_HEADER[0]);
    for (let row = from; row < to; row++) clearTabRow(o.emu, COUNCIL_TAB, row);
    const alerts = alertsShown(o.emu).length;
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    for (const d of live(o).filter((x) => x.name.startsWith('Danh sách') || x.name.startsWith('Tờ trình'))) {
      expect(text(o, d.id), d.name).not.toContain(o.reviewed.get(o.down)!);
    }
    // Nothing made, and the office told why and what to do.
    expect(live(o).filter((d) => /^(Danh sách|Tờ trình|Biên bản)/.test(d.name))).toEqual([]);
    expect(alertsShown(o.emu).slice(alerts).join('\n')).toContain(`có 3 dòng biểu quyết nhưng danh sách thành viên Hội đồng (các dòng dưới “${COUNCIL_MEMBERS_HEADER[0]}”) đang trống`);
  });
});

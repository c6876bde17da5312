// Review r77c F2: the council changes its mind after "Tạo văn bản đề nghị khen thưởng" made the Tờ trình — one nominee
// taken out ("Không đề nghị"), another moved up to a Bằng khen. The nightly rebuild leaves "Thẩm định" saying only
// "Đã đề nghị tặng Giấy khen trong tờ trình ngày …" on both rows, and "Đề nghị khen thưởng" still lists the old Tờ trình
// as "Đã tạo": nothing tells the secretary that the documents in the folder no longer say what the council decided, nor
// that the menu must be run again before anything is signed.
// What should happen: each row whose decision or award level no longer matches the documents made says so, and names the
// menu that makes them again.
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { meetingOffice } from './r66b-lib';

const REVIEW = 'Thẩm định';

describe('a decision changed after the documents were made', () => {
  it('the rows say the Tờ trình made no longer matches and to make the documents again', () => {
    const o = meetingOffice(0);
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    o.rebuild();
    const header = o.emu.spreadsheets.values(REVIEW)[0].map(String);
    const col = (h: string) => header.indexOf(h);
    const [out, up, kept] = o.emu.spreadsheets.values(REVIEW).slice(1, 4).map((r) => String(r[0]));
    const rowOf = (code: string) => o.emu.spreadsheets.values(REVIEW).findIndex((r) => r[0] === code) + 1;
    // The documents as made: all three proposed for a Giấy khen.
    for (const code of [out, up, kept]) expect(String(o.emu.spreadsheets.values(REVIEW)[rowOf(code) - 1][col('Ghi chú')])).toMatch(/^Đã đề nghị tặng Giấy khen trong tờ trình ngày/);
    o.emu.clock.advance(3600_000);
    typeCell(o.emu, REVIEW, rowOf(out), col('Quyết định của Hội đồng') + 1, 'Không đề nghị');
    typeCell(o.emu, REVIEW, rowOf(up), col('Hình thức khen thưởng đề nghị') + 1, 'Bằng khen của Chủ tịch UBND tỉnh');
    o.rebuild();
    const note = (code: string) => String(o.emu.spreadsheets.values(REVIEW)[rowOf(code) - 1][col('Ghi chú')]);
    // Today: "Đã đề nghị tặng Giấy khen trong tờ trình ngày 01/07/2024 (Hội đồng họp ngày 01/07/2024)." and nothing more.
    for (const code of [out, up]) expect(note(code), code).toContain('Tạo văn bản đề nghị khen thưởng');
    // The nominee nobody touched needs nothing new.
    expect(note(kept)).not.toContain('Tạo văn bản đề nghị khen thưởng');
  });
});

// Review r77c F4: a council member jots a note in "Ghi chú" the way lists are written — "- Đã gọi điện cho trường, hẹn
// bổ sung". Sheets reads it as a formula that does not parse: the cell shows "#ERROR!" and keeps the text only in its
// formula. The tool's next update, which promises to keep what a person typed there ("công cụ giữ nguyên"), writes the
// cell over as text with "#ERROR!" under its line: the member's words are gone from the sheet, and "Nhật ký lỗi" quotes
// "#ERROR!" as the cell's verbatim content.
// What should happen: the words typed survive the update (in the cell, or quoted in the log for the office to put back).
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { councilOffice } from './helpers';

const REVIEW = 'Thẩm định';
const TYPED = 'Đã gọi điện cho trường, hẹn bổ sung';

describe('a note typed into "Ghi chú" as "- …"', () => {
  it('is not lost when the tool rewrites the cell', () => {
    const o = councilOffice();
    const header = o.emu.spreadsheets.values(REVIEW)[0].map(String);
    const col = header.indexOf('Ghi chú') + 1;
    typeCell(o.emu, REVIEW, 2, col, `- ${TYPED}`);
    const cell = () => o.emu.spreadsheets.sheet(REVIEW)!.cell(2, col) as { value: unknown; formula?: string };
    // As Sheets keeps it: the value an error, the words only in the formula.
    expect(cell().value).toBe('#ERROR!');
    expect(cell().formula).toContain(TYPED);
    o.rebuild();
    const kept = `${String(cell().value)}\n${cell().formula ?? ''}`;
    const log = o.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])).join('\n') : '';
    // Today the cell is the tool's line then "#ERROR!", and the log quotes “#ERROR!”.
    expect(kept.includes(TYPED) || log.includes(TYPED)).toBe(true);
  });
});

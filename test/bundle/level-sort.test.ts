// "Thẩm định" sorted over every column but the award level (the last one, right of the tool's "Ghi chú", off screen on
// a laptop) with one Bằng khen among Giấy khen: the level stays on its row and passes to another person (review office
// M1). Two rows change, fewer than a move of decisions needs; their levels are held, and the history does not say the
// council changed them.
import { describe, expect, it } from 'vitest';
import { councilOffice } from './helpers';

const REVIEW = 'Thẩm định';
const LEVEL = 'Hình thức khen thưởng đề nghị';

function reviewRows(o: ReturnType<typeof councilOffice>): Record<string, string>[] {
  const [header, ...rows] = o.emu.spreadsheets.values(REVIEW).map((r) => r.map(String));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe('"Thẩm định" sorted by "Tên" over A:J, the award level left where it was', () => {
  it('the Bằng khen does not pass silently to another teacher: both rows held with a note, nothing in the history says the council did it', () => {
    const o = councilOffice();
    o.decide([2, 3, 4]);
    const header = o.emu.spreadsheets.values(REVIEW)[0].map(String);
    const level = header.indexOf(LEVEL) + 1;
    expect(level).toBe(header.length);
    o.emu.runtime.execute(() => o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(REVIEW)!.getRange(2, level).setValue('Bằng khen của Bộ trưởng Bộ GD&ĐT'), { kind: 'node', label: 'user typing' });
    o.rebuild();
    const an = reviewRows(o).find((r) => r[LEVEL] !== '')!;
    expect(an['Tên']).toBe('Nguyễn Văn An');
    const history = () => o.emu.spreadsheets.values('Lịch sử thẩm định').length;
    const lines = history();
    // Data → Sort range over A2:J4 by "Tên", Z → A: codes, names and decisions move together; column K stays.
    o.emu.runtime.execute(
      () => {
        const range = o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(REVIEW)!.getRange(2, 1, 3, level - 1);
        range.setValues(range.getValues().sort((a, b) => -String(a[3]).localeCompare(String(b[3]), 'vi')));
      },
      { kind: 'node', label: 'user typing' },
    );
    o.rebuild();
    const rows = reviewRows(o);
    const now = rows.find((r) => r[LEVEL] !== '')!;
    expect(now['Tên']).not.toBe('Nguyễn Văn An');
    for (const r of [now, rows.find((x) => x['Tên'] === 'Nguyễn Văn An')!]) expect(r['Ghi chú'], r['Tên']).toMatch(/^Hình thức khen thưởng ở dòng này đã đổi từ/);
    expect(history()).toBe(lines);
  });
});

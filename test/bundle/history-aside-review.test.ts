// A history tab under the earlier heading ("Thời điểm ghi nhận") — one an earlier version set aside keeps it for good —
// is still the history, not a "Thẩm định" renamed (src/jobs/summaries.ts renamedReview; review diff58 M1).
import { describe, expect, it } from 'vitest';
import { HISTORY_HEADERS_EARLIER, HISTORY_TAB } from '../../src/core/messages';
import { deleteTab } from '../../scripts/user';
import { councilOffice } from './helpers';

describe('"Thẩm định" deleted, an earlier version\'s set-aside history in the file', () => {
  it('the set-aside history is not taken for the review renamed', () => {
    const o = councilOffice();
    o.decide([2]);
    o.rebuild();
    const aside = `${HISTORY_TAB} cũ 01/03/2026`;
    const lines = o.emu.spreadsheets.values(HISTORY_TAB).slice(1);
    o.emu.runtime.execute(
      () => {
        const ss = o.emu.globals.SpreadsheetApp.getActiveSpreadsheet();
        const sheet = ss.insertSheet(aside);
        const grid = [HISTORY_HEADERS_EARLIER[0].slice(), ...lines.map((r) => r.slice(0, HISTORY_HEADERS_EARLIER[0].length))];
        sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid as never);
      },
      { kind: 'node', label: 'an earlier version setting the history aside' },
    );
    deleteTab(o.emu, 'Thẩm định');
    o.rebuild();
    expect(o.logged(`trang “${aside}” có các cột của trang này`)).toEqual([]);
  });
});

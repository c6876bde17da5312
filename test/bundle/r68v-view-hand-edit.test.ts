// Review r68v: a school's view edited by hand. The office's account owns every view and can type in it (a clerk who opens
// Hoa Sen's view "to fix it for the school", or a principal the office once made an editor of it by hand: README). The
// office's own tabs are rewritten at every update (their notice: edited by hand is overwritten); a view is written only
// when its content changed since the tool last wrote it (its hash on record), and the run's check of a view looks at the
// trash and its sharing, never at its cells. So a verdict typed over, or a table sorted by hand, stays in front of the
// school day after day, while the view says it is "do công cụ … tự cập nhật mỗi ngày".
import { describe, expect, it } from 'vitest';
import { VIEW_TAB } from '../../src/core/messages';
import { SCHOOLS } from './helpers';
import { DAY, officeWithViews, rebuild, viewLedger, viewText } from './period-end-lib';

const HOA_BINH = SCHOOLS[1];

describe('r68v: a school\'s view typed over by hand', () => {
  it('the next day\'s update, nothing else changed, leaves the hand-typed verdict in front of the school', () => {
    const o = officeWithViews();
    const id = viewLedger(o).get(`S:${HOA_BINH.code}`)!.id;
    const values = o.emu.spreadsheets.values(VIEW_TAB, id);
    const row = values.findIndex((r) => /^DK-\d+$/.test(String(r[0])));
    const verdictCol = values[2].map(String).indexOf('Kết luận');
    expect(String(values[row][verdictCol])).toBe('Đạt');
    // Typed into the view's spreadsheet (not the office's), as its owner can.
    o.emu.runtime.execute(
      () => {
        o.emu.globals.SpreadsheetApp.openById(id).getSheets()[0].getRange(row + 1, verdictCol + 1).setValue('Không đạt');
      },
      { kind: 'node', label: 'clerk types in a view' },
    );
    expect(viewText(o, HOA_BINH.code)).toContain('Không đạt');
    o.emu.clock.advance(DAY);
    rebuild(o);
    expect(o.emu.runtime.executions.at(-1)!.error).toBeUndefined();
    expect(String(o.emu.spreadsheets.values(VIEW_TAB, id)[row][verdictCol])).toBe('Đạt');
  });
});

describe("the views' cells compared once a day", () => {
  it('the first update of a day compares them; a second one from the menu the same day does not (two calls a view saved)', () => {
    const o = officeWithViews();
    const reads = () => o.emu.runtime.count('Spreadsheet.getSheets');
    o.emu.clock.advance(DAY);
    const before = reads();
    rebuild(o);
    const first = reads() - before;
    rebuild(o);
    const second = reads() - before - first;
    expect(first).toBeGreaterThan(second);
  });
});

// w68v (fix of review r68v #8): a view's cells are compared with what the tool wrote (every view every day while there
// are at most 30; else each once in a few days): a view edited by hand is written again, one left alone is not.
import { describe, expect, it } from 'vitest';
import { VIEW_TAB } from '../../src/core/messages';
import { SCHOOLS } from './helpers';
import { DAY, officeWithViews, rebuild, viewLedger } from './period-end-lib';

const [HOA_SEN, HOA_BINH] = SCHOOLS;
type O = ReturnType<typeof officeWithViews>;
/** The view spreadsheets' tabs this run wrote cells to. */
const viewsWritten = (o: O) => {
  const ids = [...viewLedger(o).values()].map((e) => e.id);
  return [...(o.emu.runtime.executions.at(-1)!.tabsWritten ?? [])].filter((t) => ids.includes(t.split(':')[0])).length;
};

describe('w68v: a view edited by hand', () => {
  it('a view left alone is not written again; one whose rows were cleared, or whose tab was renamed, is', () => {
    const o = officeWithViews();
    o.emu.clock.advance(DAY);
    rebuild(o);
    // (Nothing changed: neither view is written.)
    expect(viewsWritten(o)).toBe(0);
    const id = viewLedger(o).get(`S:${HOA_BINH.code}`)!.id;
    // (f83b, review r83s F3: but for the line saying when its data was read, which a later day's run updates.)
    const asOfLess = () => o.emu.spreadsheets.values(VIEW_TAB, id).map((r) => r.map(String)).filter((r) => !r[0].startsWith('Số liệu tính đến'));
    const before = asOfLess();
    o.emu.runtime.execute(
      () => {
        const sheet = o.emu.globals.SpreadsheetApp.openById(id).getSheets()[0];
        sheet.getRange(4, 1, 1, 3).clearContent();
        sheet.setName('Của tôi');
      },
      { kind: 'node', label: 'clerk edits a view' },
    );
    o.emu.clock.advance(DAY);
    rebuild(o);
    expect(viewsWritten(o)).toBe(1);
    expect(asOfLess()).toEqual(before);
    // Put right: the next run writes nothing.
    o.emu.clock.advance(DAY);
    rebuild(o);
    expect(viewsWritten(o)).toBe(0);
    expect(viewLedger(o).get(`S:${HOA_SEN.code}`)).toBeDefined();
  });
});

// Review d69b of w69v (followCorrectedCodes): a school's code corrected in "Đơn vị" and corrected back. The view follows
// the correction (its ledger entry moved to S:MN01) and is renamed "(MN01)" in the same run — unless Drive fails on the
// view that run (or the run dies after the move): the entry then sits under S:MN01 still named "(MN1)". Corrected back to
// MN1 the next day, followCorrectedCodes no longer takes it (it wants the file name's code to be its key's): the school
// is given a new view, its saved link stops opening its page, and the office is asked to pass a new link on — for a code
// that ends as it began.
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { HOA_SEN, TEAM, TYPO, ledger, officeWithTypo, rebuild, viewText as text, viewers, type Office } from './view-code-lib';

const hoaSenRow = (o: Office) => o.emu.spreadsheets.values('Đơn vị').findIndex((r) => String(r[1]) === HOA_SEN.name) + 1;

/** The code put back to MN1 the next day: the school's view (`id`) is kept — none made, no reader taken off, its readers Hoa Sen's. */
function backToTypo(o: Office, id: string): void {
  typeCell(o.emu, 'Đơn vị', hoaSenRow(o), 1, TYPO);
  o.emu.clock.advance(24 * 3_600_000);
  o.emu.runtime.resetCalls();
  rebuild(o);
  expect({ created: o.emu.runtime.count('SpreadsheetApp.create'), unshared: o.emu.runtime.count('Spreadsheet.removeViewer') }).toEqual({ created: 0, unshared: 0 });
  expect(ledger(o).get(`S:${TYPO}`)?.id).toBe(id);
  expect(viewers(o, id).sort()).toEqual([...HOA_SEN.emails].sort());
}

describe('d69b: a school code corrected, then corrected back', () => {
  it('MN1 → MN01 one day, back to MN1 the next: the school keeps the same view and link both times', () => {
    const o = officeWithTypo();
    const before = ledger(o).get(`S:${TYPO}`)!;
    typeCell(o.emu, 'Đơn vị', hoaSenRow(o), 1, HOA_SEN.code);
    o.emu.clock.advance(24 * 3_600_000);
    rebuild(o);
    expect(ledger(o).get(`S:${HOA_SEN.code}`)?.id).toBe(before.id);
    backToTypo(o, before.id);
    expect(text(o, before.id)).toContain(TEAM);
  });

  it('MN1 → MN01 on a day Drive fails on the view (moved, not yet renamed), back to MN1 the next: the school keeps its view and link', () => {
    const o = officeWithTypo();
    const before = ledger(o).get(`S:${TYPO}`)!;
    typeCell(o.emu, 'Đơn vị', hoaSenRow(o), 1, HOA_SEN.code);
    o.emu.clock.advance(24 * 3_600_000);
    o.emu.runtime.failOn('Spreadsheet.getViewers', 1, 'Đã xảy ra lỗi máy chủ. Vui lòng thử lại.');
    rebuild(o);
    // (Moved to the new key, still named for the old code: Drive failed before the rename.)
    const moved = ledger(o).get(`S:${HOA_SEN.code}`)!;
    expect({ id: moved.id, old: moved.name.endsWith(`(${TYPO})`) }).toEqual({ id: before.id, old: true });
    o.emu.runtime.clearFaults();
    // The clerk finds the code was right the first time and puts it back.
    backToTypo(o, before.id);
  });
});

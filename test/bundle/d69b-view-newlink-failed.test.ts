// Review d69b of w69v (VIEW_NOTE.newLink): a school given a new view in place of one the tool could not tell was its own
// (its code corrected and its name changed too) is named to the office "when the school is actually given the view" — at
// the end of that view's turn in the run. If Drive fails on the new view in that turn (after it was made: sharing it,
// writing it), the view is the run's failure (VIEW_NOTE.failed: tried again next run) — but its entry is recorded "made"
// under the school's name, so at the next run followCorrectedCodes no longer counts it as "to be made or changing hands"
// and the line is never written. The old view was unshared in the first run: the school's saved link stopped opening its
// page, and the office is never told which school has a new link (w69v's finding 2 again, after one passing error).
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { HOA_SEN, TYPO, dirCell, ledger, logLines as log, officeWithTypo, rebuild, viewers } from './view-code-lib';

describe('d69b: a school given a new view, Drive failing on it the run it is made', () => {
  it('the office is still told once which school has a new link', () => {
    const o = officeWithTypo();
    const before = ledger(o).get(`S:${TYPO}`)!;
    const renamed = 'Trường Mầm non Hoa Sen Mới';
    const { row, col: nameCol } = dirCell(o, 'Tên đơn vị');
    typeCell(o.emu, 'Đơn vị', row, 1, HOA_SEN.code);
    typeCell(o.emu, 'Đơn vị', row, nameCol, renamed);
    typeCell(o.emu, 'Đơn vị', row, dirCell(o, 'Tên cũ').col, HOA_SEN.name);
    o.emu.clock.advance(3_600_000);
    // A passing Drive error on the new view's first look at its readers (the old view's retirement looked first).
    o.emu.runtime.failOn('Spreadsheet.getViewers', 2, 'Đã xảy ra lỗi máy chủ. Vui lòng thử lại.');
    rebuild(o);
    o.emu.runtime.clearFaults();
    const made = ledger(o).get(`S:${HOA_SEN.code}`)!;
    // (The case: the new view made and recorded, the old one unshared, the run's failure told.)
    expect({ st: made.st, other: made.id !== before.id }).toEqual({ st: 'made', other: true });
    expect(viewers(o, before.id)).toEqual([]);
    expect(log(o).filter((m) => m.includes('Vui lòng thử lại') && m.includes(renamed))).toHaveLength(1);
    o.emu.clock.advance(3_600_000);
    rebuild(o);
    expect(viewers(o, made.id)).toContain(HOA_SEN.emails[0]);
    // Told which school has a new link, with the link.
    expect(log(o).filter((m) => m.includes(renamed) && m.includes(made.url))).toHaveLength(1);
  });
});

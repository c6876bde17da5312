// f83b (fix of review r83s F3): the line of a view saying when its data was read is kept current without rewriting the
// view: the first run of a day writes that one cell of each view whose content did not change; a later run the same day
// writes nothing; the daily comparison of a view's cells does not take that line for a hand edit.
import { describe, expect, it } from 'vitest';
import { VIEW_TAB } from '../../src/core/messages';
import { SCHOOLS, officeAfterSetup, setConfigValues } from './helpers';
import { ledger, nightly, rebuild } from './view-code-lib';

const NOW = new Date(2026, 11, 8, 6, 30, 0);
const HOA_SEN = SCHOOLS[0];

describe('f83b: the view says when its data was read', () => {
  it('unchanged the next morning: that line alone written (one cell a view), nothing by a later run of the day', () => {
    const o = officeAfterSetup(SCHOOLS, { now: NOW });
    setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
    nightly(o);
    const id = ledger(o).get(`S:${HOA_SEN.code}`)!.id;
    const asOf = () => o.emu.spreadsheets.values(VIEW_TAB, id).map((r) => String(r[0])).filter((l) => l.startsWith('Số liệu tính đến'));
    expect(asOf()).toEqual(['Số liệu tính đến 06:30 ngày 08/12/2026; phiếu đăng ký, báo cáo gửi hoặc sửa sau giờ đó được tính ở lần cập nhật sau.']);
    const views = ledger(o).size;
    o.emu.clock.advance(86_400_000);
    o.emu.runtime.resetCalls();
    nightly(o);
    expect(asOf()[0]).toContain('06:30 ngày 09/12/2026');
    // One cell a view, no view written again (its cells compared that day: the line is not a hand edit).
    expect(o.emu.runtime.count('Range.setValue')).toBe(views);
    expect(ledger(o).get(`S:${HOA_SEN.code}`)!.id).toBe(id);
    o.emu.clock.advance(4 * 3_600_000);
    o.emu.runtime.resetCalls();
    rebuild(o);
    expect(o.emu.runtime.count('Range.setValue')).toBe(0);
    expect(asOf()[0]).toContain('06:30 ngày 09/12/2026');
  });
});

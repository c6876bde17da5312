// Review d64b of 84f53a0: the views' continuation that finds the script lock held reschedules itself and ends quiet
// when scheduleViewsRun says a continuation is listed. In that run the firing trigger is itself listed (a one-shot
// trigger stays listed until deleted), so the check cannot tell "a new one made" from "the spent one left": when the
// deletion fails (a passing service error, swallowed by rescheduleContinuation) no new trigger is made, yet the run
// ends quiet — the views keep the closed forms' links after the end, nothing runs again, and nothing is said.
import { describe, expect, it } from 'vitest';
import { setConfigValues } from './helpers';
import { FORM_LINK, endPeriod, lateOffice, viewLedger, viewText, type Office } from './period-end-lib';

const logOf = (o: Office) => (o.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []);

describe('d64b: the views run after the end finds the lock held and its trigger cannot be deleted', () => {
  it('is tried again, or the office is told — not a quiet end with nothing scheduled', () => {
    const o = lateOffice();
    setConfigValues(o.emu, { 'schoolViews.enabled': 'Có', 'schoolViews.contact': 'Bà Nguyễn Thị Lan, 0912 000 111' });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const code = [...viewLedger(o).keys()][0].slice(2);
    endPeriod(o);
    const logAt = logOf(o).length;
    expect(o.emu.triggers.triggers.map((t) => t.handler)).toEqual(['continueSchoolViews']);
    o.emu.locks.state('script').holder = 999_999;
    o.emu.runtime.failOn('ScriptApp.deleteTrigger', 1, 'Service error: Script');
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 5 * 60_000);
    o.emu.locks.state('script').holder = null;
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 24 * 60 * 60_000);
    // Either the views were written again (no link to a closed form), or the office was told (a line in the log).
    const deadLink = FORM_LINK.test(viewText(o, code));
    const told = logOf(o).length > logAt;
    expect({ deadLink, told }, 'the spent trigger is all that is listed').not.toEqual({ deadLink: true, told: false });
  });
});

// Review d64 of cb3daec: the end of the period schedules one run of continueSchoolViews a minute later and tells the
// office "công cụ tự cập nhật một lần cuối trong vài phút tới". That run, like any continuation, is not retried when
// another execution holds the script lock for its whole wait (schoolViews is not in run.ts RETRIED_WHEN_BUSY), and after
// the end nothing else runs by itself: the views keep the closed forms' links, no trigger is left to write them, and the
// log tells the office the job "tự chạy lại theo Lịch chạy" — a schedule the end removed.
import { describe, expect, it } from 'vitest';
import { setConfigValues } from './helpers';
import { FORM_LINK, endPeriod, lateOffice, viewLedger, viewText } from './period-end-lib';


describe('d64: the one-off views run after the end finds the lock held', () => {
  it('is tried again (or the office told to run the rebuild), not dropped with a log line naming a schedule that no longer exists', () => {
    const o = lateOffice();
    setConfigValues(o.emu, { 'schoolViews.enabled': 'Có', 'schoolViews.contact': 'Bà Nguyễn Thị Lan, 0912 000 111' });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const code = [...viewLedger(o).keys()][0].slice(2);
    endPeriod(o);
    expect(o.emu.triggers.triggers.map((t) => t.handler)).toEqual(['continueSchoolViews']);
    // Another execution holds the script lock when the one-off run fires (for longer than its wait).
    o.emu.locks.state('script').holder = 999_999;
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 5 * 60_000);
    o.emu.locks.state('script').holder = null;
    // Nothing runs by itself any more...
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 24 * 60 * 60_000);
    const log = o.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : [];
    // ...and the office is not told to act: the log says the job reruns on its schedule.
    const view = viewText(o, code);
    const rerunPromised = log.some((m) => m.includes('Công việc tự chạy lại theo “Lịch chạy”'));
    expect({ deadLink: FORM_LINK.test(view), rerunPromised }).toEqual({ deadLink: false, rerunPromised: false });
  });
});

// Review r68v: a period ended by mistake and reopened by Thiết lập, with the schools' views on. The end took care of the
// views (a one-off run a minute later rewrote them: the period ended, the forms take no answers, "Phiếu đã gửi không sửa
// được nữa"). The reopen gives the forms back and the triggers, but neither rewrites the views nor tells the clerk to:
// until the next morning's rebuild every school reads that its registrations can no longer be edited and to contact the
// office, while the forms take answers and edits again — on the day the office reopened them so that schools could.
import { describe, expect, it } from 'vitest';
import { SCHOOLS } from './helpers';
import { endPeriod, officeWithViews, viewText } from './period-end-lib';

const CLOSED = 'không nhận phiếu nữa';

describe('r68v: the schools\' views after "Kết thúc giai đoạn…" is undone by Thiết lập', () => {
  it('keep saying the forms are closed after the reopen, and the clerk is not told to update them', () => {
    const o = officeWithViews();
    endPeriod(o);
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 5 * 60_000);
    // (The end's one-off run wrote the views.)
    expect(viewText(o, SCHOOLS[0].code)).toContain(CLOSED);
    o.emu.clock.advance(3600_000);
    o.emu.spreadsheets.active.answers.push('YES');
    o.bundle.call('setup', undefined, { kind: 'menu' });
    const alert = o.emu.spreadsheets.ui.at(-1)!.message;
    expect(alert).toContain('được mở lại');
    // An hour on, the same day: the forms take answers again.
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 60 * 60_000);
    const stillClosed = viewText(o, SCHOOLS[0].code).includes(CLOSED);
    const told = alert.includes('trang theo dõi');
    expect({ stillClosed, told }).not.toEqual({ stillClosed: true, told: false });
  });
});

// w68v (fix of review r68v #6): the period reopened by Thiết lập, the schools' views are written again by a one-off run
// within minutes (as the end's are), and the alert says so.
import { describe, expect, it } from 'vitest';
import { SCHOOLS } from './helpers';
import { endPeriod, officeWithViews, viewText } from './period-end-lib';
import { PERIOD_END } from '../../src/core/messages';

const CLOSED = 'không nhận phiếu nữa';

describe('w68v: the schools\' views after the period is reopened', () => {
  it('no longer say the forms are closed a few minutes on, and the alert says they are being updated; no e-mail goes', () => {
    const o = officeWithViews();
    endPeriod(o);
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 5 * 60_000);
    expect(viewText(o, SCHOOLS[0].code)).toContain(CLOSED);
    expect(viewText(o, SCHOOLS[0].code)).toContain('giai đoạn 2021-2025 đã kết thúc');
    o.emu.clock.advance(3600_000);
    const mails = o.emu.mail.sent.length;
    o.emu.spreadsheets.active.answers.push('YES');
    o.bundle.call('setup', undefined, { kind: 'menu' });
    const alert = o.emu.spreadsheets.ui.at(-1)!.message;
    expect(alert).toContain('Trang theo dõi của các trường được công cụ cập nhật lại trong vài phút tới');
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 5 * 60_000);
    expect(viewText(o, SCHOOLS[0].code)).not.toContain(CLOSED);
    expect(viewText(o, SCHOOLS[0].code)).not.toContain('giai đoạn 2021-2025 đã kết thúc');
    expect(viewText(o, SCHOOLS[0].code)).toContain('Muốn sửa phiếu, dùng đường dẫn sửa phiếu');
    expect(o.emu.mail.sent.length).toBe(mails);
    expect(PERIOD_END.reopened([], [], '01/01/2025', 'manual')).toContain('Cập nhật tổng hợp');
  });
});

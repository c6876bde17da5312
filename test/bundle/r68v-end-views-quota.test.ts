// Review r68v: "Kết thúc giai đoạn…" while the schools' views wait for Google's daily quota of spreadsheets created.
// The end rightly refuses while a views continuation is scheduled (PERIOD_END.pendingViews), but says "công cụ tự làm tiếp
// trong vài phút. Chờ xong rồi chọn lại mục này." — the continuation is set for when the quota's window ends, up to a day
// later (the documents' twin message, pendingProposals, says so for the quota). The clerk on the last day chooses the item
// again and again, refused each time with the same "vài phút", and is never told when it can end.
import { describe, expect, it } from 'vitest';
import { madeEarlierToday, setConfigValues } from './helpers';
import { endPeriod, lateOffice, rebuild } from './period-end-lib';

describe('r68v: the end refused while the views wait for the quota of spreadsheets', () => {
  it('says the views go on "in a few minutes" while their continuation is hours away', () => {
    const o = lateOffice();
    // (officeAfterSetup's account is a Workspace one: 3,200 a day.)
    madeEarlierToday(o.emu, 'sheet', 3199);
    setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
    rebuild(o);
    const cont = o.emu.triggers.triggers.filter((t) => t.handler === 'continueSchoolViews');
    expect(cont).toHaveLength(1);
    const hoursAway = (cont[0].clock!.nextAt - o.emu.clock.now()) / 3600_000;
    // (Waiting for the quota: the continuation is hours away.)
    expect(hoursAway).toBeGreaterThan(1);
    endPeriod(o);
    const told = o.emu.spreadsheets.ui.at(-1)!.message;
    expect(told).toContain('Trang theo dõi của các trường đang được cập nhật dở');
    expect(told).not.toContain('trong vài phút');
    // When it will be, as the continuation is set.
    const at = new Date(cont[0].clock!.nextAt);
    expect(told).toContain(`vào khoảng ${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')} ngày`);
  });
});

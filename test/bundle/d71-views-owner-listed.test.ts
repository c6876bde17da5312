// Reviewer d71: the office's own account typed as a school's address in "Đơn vị" (a school without an address of its own
// yet) when the views are first made, then replaced by the school's address. The view was made with the owner among its
// "wanted" readers; a view just made is not asked for its editors (addWantedViewers newFile), so the owner is recorded as
// an address the tool shared with (`sh`), and once "Đơn vị" drops it the tool asks Drive to take the owner off as an
// editor — refused, the view counted as not shared right and the owner's address named in "Nhật ký lỗi".
import { afterEach, describe, expect, it, vi } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { SharingOps } from '../../emulator/sharing';
import { directoryRows, numberedSchools, officeAfterSetup, setConfigValues } from './helpers';
import { ledger, nightly as rebuild, viewsLine, logLines as log } from './view-code-lib';

type Ctx = ReturnType<typeof officeAfterSetup>;

afterEach(() => vi.restoreAllMocks());

describe('d71: the owner listed as a school\'s address when its view is made', () => {
  it('is never taken off the view nor named once "Đơn vị" gives the school its own address', () => {
    const list = numberedSchools(2);
    const ctx0 = officeAfterSetup(list);
    const owner = ctx0.emu.identity.activeUser.toLowerCase();
    const ctx = officeAfterSetup(list.map((s, i) => (i === 1 ? { ...s, emails: [owner] } : s)));
    setConfigValues(ctx.emu, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const v2 = ledger(ctx).get('S:TH02')!.id;
    const editors = vi.spyOn(SharingOps.prototype, 'removeEditor');
    const viewers = vi.spyOn(SharingOps.prototype, 'removeViewer');
    typeIntoTab(ctx.emu, 'Đơn vị', directoryRows(list));
    rebuild(ctx);
    rebuild(ctx);
    expect(ctx.emu.sharing.role(owner, v2)).toBe('owner');
    expect(ctx.emu.sharing.canOpen('th02@example.edu.vn', v2)).toBe(true);
    expect([...editors.mock.calls, ...viewers.mock.calls].map((c) => String(c[0]).toLowerCase())).not.toContain(owner);
    for (const text of log(ctx)) expect(text).not.toContain(owner);
    expect(viewsLine(ctx)).toBe('2/2 trang theo dõi đã cập nhật và chia sẻ đúng.');
  });

  it('while listed, with someone else to take off the same view: not shared with again (it owns the view)', () => {
    const list = numberedSchools(2);
    const owner = officeAfterSetup(list).emu.identity.activeUser.toLowerCase();
    const ctx = officeAfterSetup(list.map((s, i) => (i === 1 ? { ...s, emails: [owner] } : s)));
    setConfigValues(ctx.emu, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const v2 = ledger(ctx).get('S:TH02')!.id;
    const stranger = 'nguoingoai@example.com';
    ctx.emu.runtime.execute(() => ctx.emu.globals.SpreadsheetApp.openById(v2).addViewer(stranger), { kind: 'node', label: 'office staff' });
    const added = [vi.spyOn(SharingOps.prototype, 'addViewer'), vi.spyOn(SharingOps.prototype, 'addViewers')];
    rebuild(ctx);
    expect(ctx.emu.sharing.canOpen(stranger, v2)).toBe(false);
    expect(added.flatMap((s) => s.mock.calls.flat(2)).map((a) => String(a).toLowerCase())).not.toContain(owner);
    expect(viewsLine(ctx)).toBe('2/2 trang theo dõi đã cập nhật và chia sẻ đúng.');
  });
});

// Review r71e: the schools' views under getViewers as live Apps Script gives it. Live, getViewers lists everyone with at
// least view access — the owner and the editors too (@mcpher/gas-fakes notes/oddities.md "DriveApp vs Drive API Role
// Hierarchy", and its test/testdocs.js run on live Apps Script: "all viewers should be removed except owner, who is also
// a viewer"). The review made getViewers answer so here with a spy; the emulator now answers so itself (emulator/sharing.ts
// SharingOps.getViewers), and each test first checks that it does (else it would test the lenient answer again).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SharingOps } from '../../emulator/sharing';
import { numberedSchools, officeAfterSetup, setConfigValues } from './helpers';
import { ledger, nightly as rebuild, viewsLine, logLines as log } from './view-code-lib';

type Ctx = ReturnType<typeof officeAfterSetup>;

/** The view's readers as the office's account gets them from getViewers (live: owner, editors and viewers). */
function listedViewers(ctx: Ctx, id: string): string[] {
  return ctx.emu.runtime.execute(
    () => ctx.emu.globals.SpreadsheetApp.openById(id).getViewers().map((u) => String(u.getEmail())),
    { kind: 'node', label: 'office staff' },
  ) as string[];
}


afterEach(() => vi.restoreAllMocks());

describe('r71e: the schools\' views with getViewers as live Apps Script answers it', () => {
  // The scenario of review views #5 (a school's address made an editor by hand, then dropped from "Đơn vị"), which
  // failed under live getViewers, is rev-views.test.ts "a school given edit rights on its view by hand": it runs under the
  // emulator's live answer now.
  // Live, every run lists the owner (the office's account) and the office's editors among the viewers, and the tool asks
  // Drive to take each of them off as a viewer "Đơn vị" does not list. Whatever Drive answers (nothing done, or a refusal
  // the tool would then log and count as a view not shared right), the tool should not be asking it.
  it('a rebuild with nothing changed asks Drive to take off no one: not the owner, not an office editor', () => {
    const removed = vi.spyOn(SharingOps.prototype, 'removeViewer');
    const removedEditors = vi.spyOn(SharingOps.prototype, 'removeEditor');
    const list = numberedSchools(2);
    const ctx = officeAfterSetup(list);
    setConfigValues(ctx.emu, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const view = ledger(ctx).get('S:TH01')!;
    ctx.emu.runtime.execute(() => ctx.emu.globals.SpreadsheetApp.openById(view.id).addEditor('chuyenvien@phong.example'), { kind: 'node', label: 'office staff' });
    expect(listedViewers(ctx, view.id)).toEqual(expect.arrayContaining([ctx.emu.identity.activeUser, 'chuyenvien@phong.example']));
    removed.mockClear();
    rebuild(ctx);
    expect(removed.mock.calls.map((c) => String(c[0]))).toEqual([]);
    expect(removedEditors.mock.calls.map((c) => String(c[0]))).toEqual([]);
  });
});

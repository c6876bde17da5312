// Review r71e: the schools' views under getViewers as live Apps Script gives it. The emulation's Spreadsheet/File
// getViewers lists only the explicit viewers; live, it lists everyone with at least view access — the owner and the
// editors too (@mcpher/gas-fakes notes/oddities.md "DriveApp vs Drive API Role Hierarchy", and its test/testdocs.js run
// on live Apps Script: "all viewers should be removed except owner, who is also a viewer"). Here getViewers is made to
// answer as live does (inside this file only; the emulator is not changed), to show what the product does on live.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { EmuSharedUser, SharingOps } from '../../emulator/sharing';
import { directoryRows, numberedSchools, officeAfterSetup, recordsOf, setConfigValues } from './helpers';

type Ctx = ReturnType<typeof officeAfterSetup>;
type Internals = { file: { acl: { owner: string; editors: Set<string>; viewers: Set<string>; role(u: string): string | null } }; user(): string; rt: never };

/** getViewers as live Apps Script answers it: owner, editors and viewers (nothing to one who cannot edit, as before). */
function liveGetViewers(): void {
  vi.spyOn(SharingOps.prototype, 'getViewers').mockImplementation(function (this: SharingOps) {
    const self = this as unknown as Internals;
    const acl = self.file.acl;
    const role = acl.role(self.user());
    if (role !== 'owner' && role !== 'editor') return [];
    const all = [...new Set([acl.owner, ...acl.editors, ...acl.viewers].filter((e) => e !== '').map((e) => e.toLowerCase()))].sort();
    return all.map((e) => new EmuSharedUser(self.rt, e) as unknown as GoogleAppsScript.Drive.User);
  });
}

const ledger = (ctx: Ctx) => new Map([...recordsOf(ctx.emu, 'views.v.')].map(([k, v]) => [k.slice('views.v.'.length), JSON.parse(v) as { id: string; url: string; st: string }]));
const rebuild = (ctx: Ctx) => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
const viewsLine = (ctx: Ctx) => String(ctx.emu.spreadsheets.values('Tình trạng').find((r) => r[0] === 'Trang theo dõi của các trường')![3]);
const log = (ctx: Ctx) => (ctx.emu.spreadsheets.sheet('Nhật ký lỗi') ? ctx.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2])) : []);

afterEach(() => vi.restoreAllMocks());

describe('r71e: the schools\' views with getViewers as live Apps Script answers it', () => {
  // The scenario of rev-views.test.ts "a school given edit rights on its view by hand" (review views #5), which passes
  // under the emulation's getViewers. Live, the school's address made an editor is among getViewers' answer, so
  // takeOffViewers (src/gas/sharing.ts) asks removeViewer for it — which "has no effect if the user is an editor"
  // (File/Spreadsheet.removeViewer reference) — and never removeEditor: the address "Đơn vị" dropped keeps reading.
  it('an address "Đơn vị" dropped that had been made an editor keeps no access to the view; an office editor stays', () => {
    liveGetViewers();
    const list = numberedSchools(2);
    const ctx = officeAfterSetup(list);
    setConfigValues(ctx.emu, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const view = ledger(ctx).get('S:TH01')!;
    ctx.emu.runtime.execute(
      () => {
        const ss = ctx.emu.globals.SpreadsheetApp.openById(view.id);
        ss.addEditor('th01@example.edu.vn');
        ss.addEditor('chuyenvien@phong.example');
      },
      { kind: 'node', label: 'office staff' },
    );
    rebuild(ctx);
    typeIntoTab(ctx.emu, 'Đơn vị', directoryRows(list.map((s, i) => (i === 0 ? { ...s, emails: ['moi.th01@example.edu.vn'] } : s))));
    rebuild(ctx);
    expect(ctx.emu.sharing.canOpen('moi.th01@example.edu.vn', view.id)).toBe(true);
    expect(ctx.emu.sharing.canOpen('chuyenvien@phong.example', view.id)).toBe(true);
    // Fails today under live getViewers: th01 is still an editor, and "Tình trạng" says every view is shared right.
    expect({ role: ctx.emu.sharing.role('th01@example.edu.vn', view.id), line: viewsLine(ctx), log: log(ctx) }).toMatchObject({ role: null });
  });

  // Live, every run lists the owner (the office's account) and the office's editors among the viewers, and the tool asks
  // Drive to take each of them off as a viewer "Đơn vị" does not list. Whatever Drive answers (nothing done, or a refusal
  // the tool would then log and count as a view not shared right), the tool should not be asking it.
  it('a rebuild with nothing changed asks Drive to take off no one: not the owner, not an office editor', () => {
    liveGetViewers();
    const removed = vi.spyOn(SharingOps.prototype, 'removeViewer');
    const list = numberedSchools(2);
    const ctx = officeAfterSetup(list);
    setConfigValues(ctx.emu, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const view = ledger(ctx).get('S:TH01')!;
    ctx.emu.runtime.execute(() => ctx.emu.globals.SpreadsheetApp.openById(view.id).addEditor('chuyenvien@phong.example'), { kind: 'node', label: 'office staff' });
    removed.mockClear();
    rebuild(ctx);
    expect(removed.mock.calls.map((c) => String(c[0]))).toEqual([]);
  });
});

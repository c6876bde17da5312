// Helper w71v (review r71e F1): with getViewers answering as live Apps Script does — the owner and the editors listed
// with the viewers (emulator/sharing.ts SharingOps.getViewers) — the views' sharing leaves the office's side alone, takes
// off whoever "Đơn vị" no longer lists, and reads a view's editors only when it must (src/gas/sharing.ts takeOffViewers, ownerOf).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { SharingOps } from '../../emulator/sharing';
import { directoryRows, numberedSchools, officeAfterSetup, setConfigValues } from './helpers';
import { ledger, nightly as rebuild, viewsLine, logLines as log } from './view-code-lib';

type Ctx = ReturnType<typeof officeAfterSetup>;

const STAFF = 'chuyenvien@phong.example';
const asOffice = (ctx: Ctx, fn: () => void) => ctx.emu.runtime.execute(fn, { kind: 'node', label: 'office staff' });

/** A member of the office's staff made an editor of every view (as an editor of the views' folder is of its files). */
function staffOnEveryView(ctx: Ctx): string[] {
  const ids = [...ledger(ctx).entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, e]) => e.id);
  asOffice(ctx, () => {
    for (const id of ids) ctx.emu.globals.SpreadsheetApp.openById(id).addEditor(STAFF);
  });
  return ids;
}

/** The addresses every removeViewer and removeEditor call was asked to take off. */
function removals(): () => string[] {
  const viewers = vi.spyOn(SharingOps.prototype, 'removeViewer');
  const editors = vi.spyOn(SharingOps.prototype, 'removeEditor');
  return () => [...viewers.mock.calls, ...editors.mock.calls].map((c) => String(c[0]).toLowerCase());
}

afterEach(() => vi.restoreAllMocks());

describe('w71v: the office side of the views is never taken off nor named', () => {
  it('the owner and an office editor keep their access through changes in "Đơn vị", a refusal and the views turned off; no message names them', () => {
    const list = numberedSchools(3);
    const ctx = officeAfterSetup(list);
    const owner = ctx.emu.identity.activeUser.toLowerCase();
    setConfigValues(ctx.emu, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const ids = staffOnEveryView(ctx);
    const asked = removals();
    // A school's address changes; Drive refuses the first removal of a reader (logged, naming whom).
    typeIntoTab(ctx.emu, 'Đơn vị', directoryRows(list.map((s, i) => (i === 1 ? { ...s, emails: ['moi.th02@example.edu.vn'] } : s))));
    ctx.emu.runtime.failOn('Spreadsheet.removeViewer', 1, 'Không thể xóa người xem này.');
    rebuild(ctx);
    rebuild(ctx);
    expect(ctx.emu.sharing.canOpen('th02@example.edu.vn', ids[1])).toBe(false);
    expect(ctx.emu.sharing.canOpen('moi.th02@example.edu.vn', ids[1])).toBe(true);
    expect(log(ctx).some((l) => l.includes('th02@example.edu.vn') && l.includes('Không thể xóa người xem này.'))).toBe(true);
    // Turned off: every school loses its view; the office's side keeps it.
    setConfigValues(ctx.emu, { 'schoolViews.enabled': 'Không' });
    rebuild(ctx);
    ids.forEach((id, i) => {
      expect(ctx.emu.sharing.role(owner, id)).toBe('owner');
      expect(ctx.emu.sharing.role(STAFF, id)).toBe('editor');
      expect(ctx.emu.sharing.canOpen(i === 1 ? 'moi.th02@example.edu.vn' : `th0${i + 1}@example.edu.vn`, id)).toBe(false);
    });
    expect([...ledger(ctx).values()].every((e) => e.st === 'retired')).toBe(true);
    // Drive was never asked to take them off, and no message names them as removed or refused.
    expect(asked().filter((e) => e === owner || e === STAFF)).toEqual([]);
    for (const text of [...log(ctx), viewsLine(ctx)]) {
      expect(text).not.toContain(owner);
      expect(text).not.toContain(STAFF);
    }
  });
});

describe('w71v: the calls a view\'s readers cost', () => {
  // Every view lists its owner among its readers (live getViewers): the owner is asked once an execution (getOwner), not
  // view by view (1,000 schools: 1,000 calls). A view read by its school and the owner alone costs no getEditors.
  /** Four views made, `meddle` done, then a rebuild with nothing changed in "Đơn vị", its calls counted. */
  function steadyRebuild(meddle: (ctx: Ctx) => void = () => undefined) {
    const ctx = officeAfterSetup(numberedSchools(4));
    setConfigValues(ctx.emu, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    meddle(ctx);
    const asked = removals();
    ctx.emu.runtime.resetCalls();
    rebuild(ctx);
    return { ctx, asked };
  }

  it('a rebuild with nothing changed over four views read by their schools: the owner asked once, no getEditors', () => {
    const { ctx, asked } = steadyRebuild();
    expect(ctx.emu.runtime.count('Spreadsheet.getViewers')).toBe(4);
    expect(ctx.emu.runtime.count('Spreadsheet.getOwner')).toBe(1);
    expect(ctx.emu.runtime.count('Spreadsheet.getEditors')).toBe(0);
    expect(asked()).toEqual([]);
    expect(viewsLine(ctx)).toBe('4/4 trang theo dõi đã cập nhật và chia sẻ đúng.');
  });

  // Someone else on a view (office staff made editors by hand) is asked about on that view itself, every run: an editor
  // of one view may be a mere viewer of another (review d71), so no answer is taken from another view.
  it('with an office editor on each of the four views: each view asked for its editors once, no one taken off', () => {
    const { ctx, asked } = steadyRebuild(staffOnEveryView);
    expect(ctx.emu.runtime.count('Spreadsheet.getViewers')).toBe(4);
    expect(ctx.emu.runtime.count('Spreadsheet.getEditors')).toBe(4);
    expect(asked()).toEqual([]);
    expect(viewsLine(ctx)).toBe('4/4 trang theo dõi đã cập nhật và chia sẻ đúng.');
  });

  // A school's address is never taken for an office editor because it is an editor of another view: th01's new address,
  // made an editor of its own view by hand before "Đơn vị" listed it (a hand editor, left alone there: review upgrade4),
  // then shared by hand with th02's view as a viewer, is taken off th02's view.
  it('a school address that is an editor of its own view is still taken off another school\'s view', () => {
    const list = numberedSchools(2);
    const ctx = officeAfterSetup(list);
    setConfigValues(ctx.emu, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const [v1, v2] = staffOnEveryView(ctx);
    const moved = 'moi.th01@example.edu.vn';
    asOffice(ctx, () => ctx.emu.globals.SpreadsheetApp.openById(v1).addEditor(moved));
    typeIntoTab(ctx.emu, 'Đơn vị', directoryRows(list.map((s, i) => (i === 0 ? { ...s, emails: ['th01@example.edu.vn', moved] } : s))));
    rebuild(ctx);
    expect(ledger(ctx).get('S:TH01')!.he).toEqual([moved]);
    asOffice(ctx, () => ctx.emu.globals.SpreadsheetApp.openById(v2).addViewer(moved));
    rebuild(ctx);
    expect(ctx.emu.sharing.role(moved, v1)).toBe('editor');
    expect(ctx.emu.sharing.canOpen(moved, v2)).toBe(false);
    expect(ctx.emu.sharing.role(STAFF, v2)).toBe('editor');
  });
});

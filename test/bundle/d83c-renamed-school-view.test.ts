// Review d83c F1 — a school renamed in "Đơn vị" (same code, same e-mail; "Tên cũ" left blank, as for a name typed wrong
// at setup and corrected) is treated as "another school" by f83b's handOffNone: its view's file is no longer its own, it
// is unshared and the school is given a new file — a new link, the one in its principal's bookmarks and in the
// reminders already sent now opening on «Bạn cần quyền truy cập». README promises a new page only when the code passes to
// another school or the code is corrected together with the name or e-mail; a school whose code and e-mail stay is the
// same school (a record is known by who it is: code and addresses), and before f83b its view was renamed in place.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/user';
import { directoryRows, numberedSchools, officeAfterSetup, setConfigValues } from './helpers';
import { ledger, nightly } from './view-code-lib';
import { xa } from './r68d-lib';

const DAY = 86_400_000;
const NOW = new Date(2026, 11, 8, 6, 30, 0);

describe('d83c F1: a school renamed in "Đơn vị", its code and e-mail unchanged', () => {
  it('keeps its view (same file, same link), renamed, still shared with it', () => {
    const list = numberedSchools(2);
    const cfg = xa(NOW);
    const ctx = officeAfterSetup(list, { now: NOW }, cfg);
    setConfigValues(ctx.emu, { 'schoolViews.enabled': 'Có' });
    nightly(ctx);
    const before = ledger(ctx).get('S:TH02')!;
    const address = list[1].emails[0];
    expect(ctx.emu.sharing.canOpen(address, before.id)).toBe(true);
    // The name was typed wrong at setup; the clerk corrects it (code and e-mail as they were, "Tên cũ" left blank).
    const renamed = list.map((s, i) => (i === 1 ? { ...s, name: 'Trường Tiểu học Suối Ngọc' } : s));
    typeIntoTab(ctx.emu, 'Đơn vị', directoryRows(renamed));
    ctx.bundle.call('setup', undefined, { kind: 'menu' });
    ctx.emu.clock.advance(DAY);
    nightly(ctx);
    const views = [...ctx.emu.spreadsheets.store.files.values()].filter((f) => f.name.startsWith('Trang theo dõi') && ctx.emu.sharing.canOpen(address, f.id));
    expect({
      sameLink: ledger(ctx).get('S:TH02')?.url === before.url,
      oldStillOpens: ctx.emu.sharing.canOpen(address, before.id),
      viewsItOpens: views.map((f) => f.name),
    }).toEqual({ sameLink: true, oldStillOpens: true, viewsItOpens: ['Trang theo dõi 2026-2030 — Trường Tiểu học Suối Ngọc (TH02)'] });
  });
});

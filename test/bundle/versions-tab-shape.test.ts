// Review of 2caf8c5 (review versions L1): recordVersions took row 1 for the header and column A for the keys, and a
// submission appended without looking at either: a tab the office cleared, typed over or gave a column of its own got
// sendings twice. Now a blank tab gets its header back, and a reshaped one is set aside (its lines kept) for a new one.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/form-titles';
import { VERSIONS_HEADER, VERSIONS_RESHAPED, VERSIONS_TAB } from '../../src/core/messages';
import { clearTabRow, insertTabColumn, typeCell } from '../../scripts/user';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

type Ctx = ReturnType<typeof officeAfterSetup>;
const filled = (ctx: Ctx) => ctx.emu.spreadsheets.values(VERSIONS_TAB).filter((r) => r.some((v) => v !== '' && v != null));
const keysIn = (ctx: Ctx) => filled(ctx).flat().map(String).filter((v) => /^DK-\d{6}:\d+$/.test(v));

/** Three registrations, their lines written, a rebuild. */
function office() {
  const ctx = officeAfterSetup(SCHOOLS);
  for (let i = 0; i < 3; i++) {
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[i].name, [Q.individualName]: `Người ${i}` } as never, { email: SCHOOLS[i].emails[0] });
  }
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  return ctx;
}
const rebuild = (ctx: Ctx) => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });

describe('versions (review): the tab as the office left it', () => {
  it('its contents cleared (select all, Delete): the header comes back, and the next sending is kept once', () => {
    const ctx = office();
    const n = ctx.emu.spreadsheets.sheet(VERSIONS_TAB)!.lastRow();
    for (let r = 1; r <= n; r++) clearTabRow(ctx.emu, VERSIONS_TAB, r);
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Người mới' } as never, { email: SCHOOLS[0].emails[0] });
    rebuild(ctx);
    rebuild(ctx);
    const keys = keysIn(ctx);
    expect(keys.filter((k) => k.startsWith('DK-000005:'))).toHaveLength(1);
    expect(filled(ctx)[0].map(String)).toEqual(VERSIONS_HEADER);
  });

  it('its header typed over: made again (as the code says), not read around at every run for good', () => {
    const ctx = office();
    const calls = () => {
      const before = ctx.emu.runtime.executions.length;
      rebuild(ctx);
      return ctx.emu.runtime.executions.slice(before).map((x) => x.calls)[0];
    };
    const untouched = calls();
    typeCell(ctx.emu, VERSIONS_TAB, 1, 1, 'Mã');
    calls();
    expect(ctx.emu.spreadsheets.values(VERSIONS_TAB)[0][0]).toBe(VERSIONS_HEADER[0]);
    expect(calls()).toBe(untouched);
  });

  it('a column of the office\'s inserted before column A ("STT"): no sending written a second time', () => {
    const ctx = office();
    insertTabColumn(ctx.emu, VERSIONS_TAB, 0);
    typeCell(ctx.emu, VERSIONS_TAB, 1, 1, 'STT');
    rebuild(ctx);
    const keys = keysIn(ctx);
    expect(keys).toHaveLength(3);
    // The office's tab is set aside under another name with every line it had, and the office told.
    const aside = ctx.emu.spreadsheets.sheetNames().find((n) => n.startsWith(`${VERSIONS_TAB} cũ `))!;
    expect(ctx.emu.spreadsheets.values(aside).flat().map(String).filter((v) => /^DK-\d{6}:\d+$/.test(v)).sort()).toEqual([...keys].sort());
    expect(ctx.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]))).toContain(VERSIONS_RESHAPED(aside));
  });
});

// Review two (/work/reviews/two.md): the count of lines of "Các lần gửi phiếu" (versionsLines) and the tab set aside.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/form-titles';
import { VERSIONS_REMADE, VERSIONS_RESHAPED, VERSIONS_TAB } from '../../src/core/messages';
import { clearTabRow, deleteTab, typeCell } from '../../scripts/user';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

type Ctx = ReturnType<typeof officeAfterSetup>;
const rebuild = (ctx: Ctx) => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
const log = (ctx: Ctx) => (ctx.emu.spreadsheets.sheet('Nhật ký lỗi') ? ctx.emu.spreadsheets.values('Nhật ký lỗi') : []).map((r) => String(r[2]));
const gone = (ctx: Ctx) => log(ctx).filter((m) => m.startsWith(`Trang “${VERSIONS_TAB}” thiếu`));

/** Three registrations, one edited twice: five lines, counted. */
function office() {
  const ctx = officeAfterSetup(SCHOOLS);
  let first: { responseId: string } | null = null;
  for (let i = 0; i < 3; i++) {
    ctx.emu.clock.advance(60_000);
    const s = ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[i].name, [Q.individualName]: `Người ${i}` } as never, { email: SCHOOLS[i].emails[0] });
    first ??= s;
  }
  for (const text of ['Bản hai', 'Bản ba']) {
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: `Người 0`, [Q.summary]: text } as never, { email: SCHOOLS[0].emails[0], editResponseId: first!.responseId });
  }
  rebuild(ctx);
  return ctx;
}

describe('versions (review two): the count of lines kept', () => {
  it('(control) the same, the reminders starting after the rebuild: nothing said deleted', () => {
    const ctx = office();
    typeCell(ctx.emu, VERSIONS_TAB, 1, 1, 'Mã');
    ctx.emu.clock.advance(3_600_000);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    ctx.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    expect(gone(ctx)).toEqual([]);
  });

  it('the tab set aside by a rebuild the reminders waited for: no lines are said to be deleted', () => {
    const ctx = office();
    expect(ctx.emu.properties.script.get('versions.lines')).toBe('5');
    typeCell(ctx.emu, VERSIONS_TAB, 1, 1, 'Mã');
    ctx.emu.clock.advance(3_600_000);
    // The daily rebuild holds the lock when the reminders start: they read the script's properties, then wait for it.
    ctx.emu.runtime.interleave(() => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' }), { afterCalls: 5 });
    ctx.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    expect(ctx.emu.runtime.interleaveErrors).toEqual([]);
    expect(ctx.emu.spreadsheets.sheetNames().some((n) => n.startsWith(`${VERSIONS_TAB} cũ `))).toBe(true);
    // Every line is kept (in the tab set aside); none was deleted.
    expect(gone(ctx)).toEqual([]);
  });

  it('the tab deleted, made again by a rebuild the reminders waited for: told it was made again, not that lines were deleted', () => {
    const ctx = office();
    deleteTab(ctx.emu, VERSIONS_TAB);
    ctx.emu.clock.advance(3_600_000);
    ctx.emu.runtime.interleave(() => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' }), { afterCalls: 5 });
    ctx.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    expect(ctx.emu.runtime.interleaveErrors).toEqual([]);
    expect(gone(ctx)).toEqual([]);
  });

  it('its contents cleared (select all, Delete): the lines lost are told, as lines deleted one by one are', () => {
    const ctx = office();
    const n = ctx.emu.spreadsheets.sheet(VERSIONS_TAB)!.lastRow();
    for (let r = 1; r <= n; r++) clearTabRow(ctx.emu, VERSIONS_TAB, r);
    rebuild(ctx);
    rebuild(ctx);
    // Five lines (two of them earlier sendings no response holds any more) are gone: "Nhật ký lỗi" says so (it said nothing).
    expect(log(ctx).filter((m) => m.includes(VERSIONS_TAB))).not.toEqual([]);
  });

  it('the lines a rebuild was appending not written (a service error): the next rebuild does not call them deleted', () => {
    const ctx = office();
    // The tab deleted: the next rebuild makes it again (and says so), and writes each registration's last sending.
    deleteTab(ctx.emu, VERSIONS_TAB);
    ctx.emu.clock.advance(3_600_000);
    // The line in "Nhật ký lỗi" and the tab's header are written, then the three lines' write fails (Sheets timed out): the run ends in error.
    ctx.emu.runtime.failOn('Range.setValues', 3, 'Service Spreadsheets timed out while accessing document');
    expect(() => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' })).toThrow(/timed out/);
    ctx.emu.runtime.clearFaults();
    expect(ctx.emu.spreadsheets.sheet(VERSIONS_TAB)!.lastRow()).toBe(1);
    ctx.emu.clock.advance(3_600_000);
    rebuild(ctx);
    // No line was ever deleted: the three were not written, and the rebuild writes them now.
    expect(gone(ctx)).toEqual([]);
  });

  it('a reshaped tab set aside by the tool: told it was set aside, not also that it was deleted or renamed', () => {
    const ctx = office();
    typeCell(ctx.emu, VERSIONS_TAB, 1, 1, 'Mã');
    rebuild(ctx);
    const aside = ctx.emu.spreadsheets.sheetNames().find((n) => n.startsWith(`${VERSIONS_TAB} cũ `))!;
    expect(log(ctx)).toContain(VERSIONS_RESHAPED(aside));
    // The tool renamed it itself: "không còn (đã bị xóa hoặc đổi tên) … nếu đã bị xóa, hãy lấy lại" is a false alarm.
    expect(log(ctx)).not.toContain(VERSIONS_REMADE);
  });
});

// Review d64b F4, left open at stop 64: a run that tells "Nhật ký lỗi" two lines of one "Ghi chú" (the lines a person
// typed, and the tool's notes a full cell could not hold) wrote the log twice — two appends, each with its calls, in a
// submission too. Now the lines a run tells together go in one write.
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS } from './helpers';
import { LAN, REVIEW, col, lanOffice, log, rebuild, rowOf, typeLanNote, type Ctx } from './review-note-lib';

/** How many calls of the last execution of `label` wrote cells of "Nhật ký lỗi". */
function logWrites(ctx: Ctx, label: string): number {
  const exec = ctx.emu.runtime.executions.filter((e) => e.label === label).at(-1)!;
  const tab = `${ctx.emu.spreadsheets.active.id}:${ctx.emu.spreadsheets.sheet('Nhật ký lỗi')!.id}`;
  return exec.writesByTab?.get(tab) ?? 0;
}
const typedTold = (ctx: Ctx) => log(ctx).filter((l) => l.includes('có nội dung không phải do công cụ ghi'));
const leftOutTold = (ctx: Ctx) => log(ctx).filter((l) => l.includes('ghi chú của công cụ không ghi được vào ô'));

describe('the lines a run tells the log together', () => {
  it('a full "Ghi chú" cell with a line typed and a note left out: both lines in one write, by a rebuild and by a submission', () => {
    const ctx = lanOffice();
    const pasted = (mark: string) => `Biên bản ${mark}: ${'y'.repeat(49877 - `Biên bản ${mark}: `.length)}`;
    // Typed, and a decision the tool does not know (its note would not fit beside the text): two lines to tell.
    typeLanNote(ctx, pasted('A'));
    typeCell(ctx.emu, REVIEW, rowOf(ctx, LAN), col(ctx, 'Quyết định của Hội đồng'), 'Đề nghị BK tỉnh');
    ctx.emu.clock.advance(60_000);
    rebuild(ctx);
    expect([typedTold(ctx).length, leftOutTold(ctx).length]).toEqual([1, 1]);
    expect(logWrites(ctx, 'rebuildSummaries')).toBe(1);
    // Typed over again, then the school's edit merges the row before any rebuild: the submission tells both, once.
    typeLanNote(ctx, pasted('B'));
    typeCell(ctx.emu, REVIEW, rowOf(ctx, LAN), col(ctx, 'Quyết định của Hội đồng'), 'Đề nghị CSTĐ');
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...ctx.lan, [Q.birthYear]: '1986' }, { email: SCHOOLS[0].emails[0], editResponseId: ctx.sent.responseId });
    expect([typedTold(ctx).length, leftOutTold(ctx).length]).toEqual([2, 2]);
    expect(logWrites(ctx, 'onFormSubmit')).toBe(1);
  });
});

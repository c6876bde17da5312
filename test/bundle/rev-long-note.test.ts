// Review d61b D3: a long note typed into "Ghi chú" of "Thẩm định" (a minute pasted, near the 50,000 characters a cell
// holds) lost its end at the next rebuild: the tool put its own lines above it and the writer cut the cell at the limit,
// telling nobody. Now the tool's lines make room (a short line of its own, or its notes left out), and the person's text
// stays whole, rebuild after rebuild, in the emulated sheet the bundle writes.
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS } from './helpers';
import { REVIEW, col, lanOffice, log, note, rebuild, rowOf, typeLanNote } from './review-note-lib';

describe('a long note typed into "Ghi chú" of "Thẩm định" (review d61b D3)', () => {
  it('survives whole across two rebuilds, under a short line of the tool\'s; told once', () => {
    const ctx = lanOffice();
    // A pasted minute of the council's meeting: 49,800 characters, one line.
    const pasted = `Biên bản họp tổ: ${'nội dung thảo luận, '.repeat(2489)}hết.`;
    typeLanNote(ctx, pasted);
    rebuild(ctx);
    const kept = note(ctx);
    expect(kept.length).toBeLessThanOrEqual(50000);
    expect(kept.endsWith(`\n${pasted}`)).toBe(true);
    expect(kept.split('\n')).toEqual([expect.stringMatching(/^1 dòng dưới đây không phải do công cụ ghi: công cụ giữ nguyên \(ô gần đầy/), pasted]);
    const told = log(ctx).filter((l) => l.includes('Biên bản họp tổ: nội dung'));
    expect(told).toHaveLength(1);
    // The next rebuilds read it back as it is: the same cell, nothing told again.
    ctx.emu.clock.advance(86_400_000);
    rebuild(ctx);
    rebuild(ctx);
    expect(note(ctx)).toBe(kept);
    expect(log(ctx).filter((l) => l.includes('Biên bản họp tổ: nội dung'))).toHaveLength(1);
  });

  it('a cell filled to its limit keeps every character across two rebuilds (no line of the tool\'s fits above it)', () => {
    const ctx = lanOffice();
    const whole = `Biên bản: ${'x'.repeat(50000 - 'Biên bản: '.length)}`;
    typeLanNote(ctx, whole);
    rebuild(ctx);
    expect(note(ctx)).toBe(whole);
    ctx.emu.clock.advance(86_400_000);
    rebuild(ctx);
    expect(note(ctx)).toBe(whole);
  });

  it("survives the school's edit of the registration (the submission merges its row) and the rebuild after it, with the tool's notes left out", () => {
    const ctx = lanOffice();
    // 49,877 characters: the short line of the tool's fits above it; with the note the council's decision below brings, it would not.
    const pasted = `Biên bản: ${'y'.repeat(49877 - 'Biên bản: '.length)}`;
    typeLanNote(ctx, pasted);
    rebuild(ctx);
    expect(note(ctx).endsWith(`\n${pasted}`)).toBe(true);
    // The council asks for more, its comment not typed yet (the tool's note says so), and the school edits its
    // registration: the submission merges the row, the note no longer fits with the person's text.
    typeCell(ctx.emu, REVIEW, rowOf(ctx, 'Trần Thị Lan'), col(ctx, 'Quyết định của Hội đồng'), 'Yêu cầu bổ sung');
    ctx.emu.forms.submitAsUser(ctx.formId, { ...ctx.lan, [Q.birthYear]: '1986' }, { email: SCHOOLS[0].emails[0], editResponseId: ctx.sent.responseId });
    const after = note(ctx);
    expect(after.split('\n')).toEqual([expect.stringMatching(/^Ô gần đầy: công cụ không ghi được ghi chú của mình vào đây\. 1 dòng dưới đây/), pasted]);
    expect(log(ctx).filter((l) => l.includes('gần đầy (một ô giữ tối đa 50.000 ký tự)'))).toHaveLength(1);
    ctx.emu.clock.advance(86_400_000);
    rebuild(ctx);
    rebuild(ctx);
    expect(note(ctx)).toBe(after);
    expect(log(ctx).filter((l) => l.includes('gần đầy (một ô giữ tối đa 50.000 ký tự)'))).toHaveLength(1);
  });
});

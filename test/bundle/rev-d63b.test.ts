// Review d63b of notes63 (review d61b D3/D2: "Ghi chú" of "Thẩm định", the lines a person typed kept whole and told
// once, their prints kept by code in the script property review.notes-told). Each case is a finding: it fails on the
// commits reviewed.
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers } from './helpers';
import { REVIEW, col, lanOffice, log, noteAt, rebuild, rowOf, typeLanNote, values } from './review-note-lib';

describe('review d63b', () => {
  it('F1: a pasted minute of many lines filling the cell (no line of the tool fits above it) is told once, not at every rebuild', () => {
    const ctx = lanOffice();
    // A minute pasted into "Ghi chú": 1,350 short lines, 49,990 characters in all (a cell holds 50,000). No line of the
    // tool's fits above it, so the cell keeps the person's lines alone; "told" rests on the prints alone, one a line.
    const lines = Array.from({ length: 1350 }, (_, i) => `Ý kiến ${String(i + 1).padStart(4, '0')}: thống nhất đề nghị.`);
    let minute = lines.join('\n');
    minute += 'x'.repeat(49990 - minute.length);
    expect(minute.length).toBe(49990);
    typeLanNote(ctx, minute);
    rebuild(ctx);
    // Kept whole (notes63's D3 fix holds).
    expect(noteAt(ctx, rowOf(ctx, 'Trần Thị Lan'))).toBe(minute);
    expect(log(ctx).filter((l) => l.includes('Ý kiến 0001'))).toHaveLength(1);
    // The next nightly runs: nothing new was typed; the office must not be told again each night.
    ctx.emu.clock.advance(86_400_000);
    rebuild(ctx);
    ctx.emu.clock.advance(86_400_000);
    rebuild(ctx);
    expect(noteAt(ctx, rowOf(ctx, 'Trần Thị Lan'))).toBe(minute);
    expect(log(ctx).filter((l) => l.includes('Ý kiến 0001'))).toHaveLength(1);
  });

  it("F2: a registration on two rows: the school's edit does not make the next rebuild tell the other row's line again", () => {
    const ctx = lanOffice();
    const A = 'Chị Hà: đã gọi trường xác nhận';
    const B = 'Anh Minh: bản nháp đề nghị, chờ họp';
    // A line typed on Lan's row, told by the next rebuild.
    typeLanNote(ctx, A);
    rebuild(ctx);
    // The office copies Lan's row below the last one to draft a change (a registration on two rows), with its own line.
    const first = rowOf(ctx, 'Trần Thị Lan');
    const copy = [...values(ctx)[first - 1]];
    const at = values(ctx).length + 1;
    copy.forEach((v, j) => typeCell(ctx.emu, REVIEW, at, j + 1, j === col(ctx, 'Ghi chú') - 1 ? B : v));
    ctx.emu.clock.advance(60_000);
    rebuild(ctx);
    expect(noteAt(ctx, at).split('\n')).toContain(B);
    expect(log(ctx).filter((l) => l.includes(B))).toHaveLength(1);
    // The school edits its registration: the submission merges the first row only.
    ctx.emu.forms.submitAsUser(ctx.formId, { ...ctx.lan, [Q.birthYear]: '1986' }, { email: SCHOOLS[0].emails[0], editResponseId: ctx.sent.responseId });
    ctx.emu.clock.advance(60_000);
    rebuild(ctx);
    // B was typed once and told once; nothing about it changed.
    expect(noteAt(ctx, at).split('\n')).toContain(B);
    expect(log(ctx).filter((l) => l.includes(B))).toHaveLength(1);
  });

  // Checked, not a finding: the state is read from the properties the submission reads under its lock anyway, and written
  // only when it changes, with the run's other state. An edit of a registration with no typed note costs the same calls
  // whether another registration has told lines in the state or not, and so does one whose own lines were told already.
  it("guard: a school's edit with no new typed note costs no call more for the notes-told state", () => {
    const edit = (typed: 'none' | 'other' | 'own') => {
      const ctx = lanOffice();
      ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Lê Văn Nam' }, { email: SCHOOLS[1].emails[0] });
      ctx.emu.clock.advance(60_000);
      rebuild(ctx);
      if (typed !== 'none') typeCell(ctx.emu, REVIEW, rowOf(ctx, typed === 'own' ? 'Trần Thị Lan' : 'Lê Văn Nam'), col(ctx, 'Ghi chú'), 'Chị Hà: đã gọi trường');
      ctx.emu.clock.advance(60_000);
      rebuild(ctx);
      expect(ctx.emu.properties.script.has('review.notes-told')).toBe(typed !== 'none');
      const before = new Map(ctx.emu.runtime.callTable());
      ctx.emu.forms.submitAsUser(ctx.formId, { ...ctx.lan, [Q.birthYear]: '1986' }, { email: SCHOOLS[0].emails[0], editResponseId: ctx.sent.responseId });
      return Object.fromEntries(ctx.emu.runtime.callTable().map(([k, v]) => [k, v - (before.get(k) ?? 0)]).filter(([, v]) => Number(v) > 0));
    };
    const none = edit('none');
    expect(Object.keys(none).length).toBeGreaterThan(0);
    expect(edit('other')).toEqual(none);
    expect(edit('own')).toEqual(none);
  });
});

// Review d61b D2: the tool's line over a person's lines in "Ghi chú" of "Thẩm định" counted the lines the office was
// told of. A kept line deleted and a new one typed left the count right and the new line untold in "Nhật ký lỗi", for
// ever. Now the lines told are remembered by their registration's code (their prints, in the script's properties), so
// a sort of the tab between the runs changes nothing, and the submission's merge of the row keeps it too.
import { describe, expect, it } from 'vitest';
import { sortTab } from '../../scripts/user';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS } from './helpers';
import { REVIEW, col, lanOffice, log, note, rebuild, rowOf, typeLanNote } from './review-note-lib';

const DONE = 'Chị Hà: đã gọi trường xác nhận';
const KEPT = 'Gọi lại thứ Hai';
const NEW = 'Anh Minh: trường xin rút hồ sơ, chờ công văn';

function office() {
  const ctx = lanOffice({ collective: true });
  // Two lines typed into Lan's "Ghi chú", kept and told by the next rebuild.
  typeLanNote(ctx, `${DONE}\n${KEPT}`);
  rebuild(ctx);
  expect(note(ctx).split('\n').slice(1)).toEqual([DONE, KEPT]);
  expect(log(ctx).filter((l) => l.includes(DONE) && l.includes(KEPT))).toHaveLength(1);
  // The office deletes the first (done) and types a new one below: the count on the tool's line is still right.
  typeLanNote(ctx, note(ctx).replace(`${DONE}\n`, '') + `\n${NEW}`);
  return ctx;
}

describe('a line typed into "Ghi chú" after a kept line was deleted (review d61b D2)', () => {
  it('is told by the next rebuild, after a sort of the tab, once', () => {
    const ctx = office();
    // The tab sorted by name, A → Z: Lan's row moves below the other.
    const row = rowOf(ctx, 'Trần Thị Lan');
    sortTab(ctx.emu, REVIEW, [{ column: col(ctx, 'Tên'), ascending: true }]);
    expect(rowOf(ctx, 'Trần Thị Lan')).not.toBe(row);
    rebuild(ctx);
    expect(note(ctx).split('\n').slice(1)).toEqual([KEPT, NEW]);
    const told = log(ctx).filter((l) => l.includes(NEW));
    expect(told).toHaveLength(1);
    // Only the new line: the kept one was told before.
    expect(told[0]).not.toContain(KEPT);
    expect(told[0]).toContain(`dòng ${rowOf(ctx, 'Trần Thị Lan')}`);
    rebuild(ctx);
    expect(log(ctx).filter((l) => l.includes(NEW))).toHaveLength(1);
  });

  it("is told by the submission that merges the row (the school's edit), and not again by the rebuild after it", () => {
    const ctx = office();
    ctx.emu.forms.submitAsUser(ctx.formId, { ...ctx.lan, [Q.birthYear]: '1986' }, { email: SCHOOLS[0].emails[0], editResponseId: ctx.sent.responseId });
    expect(note(ctx).split('\n').slice(1)).toEqual([KEPT, NEW]);
    expect(log(ctx).filter((l) => l.includes(NEW))).toHaveLength(1);
    expect(log(ctx).filter((l) => l.includes(NEW))[0]).not.toContain(KEPT);
    rebuild(ctx);
    expect(log(ctx).filter((l) => l.includes(NEW))).toHaveLength(1);
    // What the submission was told of is kept: once more a line deleted and one typed, the rebuild tells the new one.
    const again = 'Chị Hà: công văn đã đến';
    typeLanNote(ctx, note(ctx).replace(`${KEPT}\n`, '') + `\n${again}`);
    rebuild(ctx);
    expect(note(ctx).split('\n').slice(1)).toEqual([NEW, again]);
    expect(log(ctx).filter((l) => l.includes(again))).toHaveLength(1);
    expect(log(ctx).filter((l) => l.includes(NEW))).toHaveLength(1);
  });
});

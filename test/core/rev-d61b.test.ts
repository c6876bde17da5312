// Review d61b: "Ghi chú" of "Thẩm định" (src/core/review-notes.ts) and the review "now" fixes, at the core. D1, D2 and
// D3 failed before their fixes (a quoted value's pattern ran past its closing quotation mark; a count of told lines could
// not tell a deleted line from a new one; a long note was cut at the cell's limit by the tool's lines above it).
import { describe, expect, it } from 'vitest';
import { isToolNote, linePrint, typedCell, typedLines, withTypedLines } from '../../src/core/review-notes';
import { reviewNoteKeptLines, reviewNoteKeptLinesNotesLeftOut, reviewNoteKeptLinesShort, reviewNoteProposeNotDat, reviewNoteUnverified } from '../../src/core/messages';
import { literalText } from '../../src/core/table';

const NOTE = 'Chị Hà: hồ sơ này đề nghị Bằng khen, cần gọi trường xác nhận';

describe('d61b: "Ghi chú" of "Thẩm định"', () => {
  it('D1: a person who adds to the tool\'s "Lưu ý" line a sentence ending in a quotation has the line silently dropped', () => {
    // The council proposes a row the tool judges "Cần bổ sung"; the tool writes its "Lưu ý" note. A member completes that
    // line with why the council still proposes, quoting the paper the school brought.
    const tool = reviewNoteProposeNotDat('Cần bổ sung');
    const typed = `${tool} Hội đồng vẫn đề nghị: trường đã nộp bản giấy “Quyết định 45/QĐ-UBND”.`;
    // The same line ending on a full stop outside the quotes is kept (the module's own test): this one is not.
    expect(isToolNote(`${tool} Hội đồng vẫn đề nghị.`)).toBe(false);
    expect(isToolNote(typed)).toBe(false);
    // So the cell read as the tool's note and the person's line keeps only the tool's: the person's line is gone, untold.
    expect(typedLines(`${tool}\n${typed}`, [tool])?.lines).toEqual([typed]);
  });

  // D2 failed before its fix: the count of told lines could not tell a deleted line from a new one; the new line was kept,
  // never told. The lines told are now known by their prints (what the merges before recorded, by code).
  it("D2: a kept line deleted and a new one typed under the tool's line: the new line is told", () => {
    // Told once: the tool's line counted 2 lines; the office deletes the first (done) and types a new one below.
    const told = withTypedLines(reviewNoteUnverified, [NOTE, 'Gọi lại thứ Hai']);
    expect(told.split('\n')[1]).toBe(reviewNoteKeptLines(2));
    const edited = told.replace(`${NOTE}\n`, '') + '\nAnh Minh: trường xin rút hồ sơ, chờ công văn';
    const read = typedLines(edited, [reviewNoteUnverified], new Set([NOTE, 'Gọi lại thứ Hai'].map(linePrint)));
    expect(read?.lines).toEqual(['Gọi lại thứ Hai', 'Anh Minh: trường xin rút hồ sơ, chờ công văn']);
    expect(read?.fresh).toEqual(['Anh Minh: trường xin rút hồ sơ, chờ công văn']);
    // Without what was told (a tab from before, the state lost), the count is all there is: as before.
    expect(typedLines(edited, [reviewNoteUnverified])?.fresh).toEqual([]);
  });

  // D3 failed before its fix: the cell was cut at its end by literalText, the person's text lost, nobody told.
  it("D3: a long note typed into the cell is kept whole: the tool's own lines above it make room, and the next run reads it back the same", () => {
    // A pasted minute of the council's meeting (49,800 characters: a cell holds 50,000).
    const pasted = `Biên bản họp tổ: ${'nội dung thảo luận, '.repeat(2489)}hết.`;
    expect(pasted.length).toBeLessThanOrEqual(50000);
    const text = withTypedLines(reviewNoteUnverified, [pasted]);
    const cell = literalText(text);
    // What the cell holds after the write is what was meant: it ends with what the person typed, whole.
    expect(cell).toBe(text);
    expect(cell.endsWith(`\n${pasted}`)).toBe(true);
    // The tool's note stays, under it a short line of the tool's (its usual one does not fit), which the next run reads as
    // the tool's: the person's line told already, the cell written the same again.
    expect(cell.split('\n')).toEqual([reviewNoteUnverified, reviewNoteKeptLinesShort(1), pasted]);
    expect(typedLines(cell, [reviewNoteUnverified])).toEqual({ lines: [pasted], fresh: [] });
    expect(withTypedLines(reviewNoteUnverified, [pasted])).toBe(cell);
  });

  it("D3: a note that leaves no room for the tool's notes keeps the person's text whole; the notes are left out, said once", () => {
    const pasted = `Biên bản họp tổ: ${'nội dung thảo luận, '.repeat(2490)}hết.`;
    const notes = [reviewNoteUnverified, reviewNoteProposeNotDat('Cần bổ sung')].join('\n');
    const first = typedCell(notes, [pasted]);
    expect(first.notesLeftOut).toBe(true);
    expect(literalText(first.text)).toBe(first.text);
    expect(first.text.split('\n')).toEqual([reviewNoteKeptLinesNotesLeftOut(1), pasted]);
    // Read back: the person's line, told; the cell says the notes are left out (the office is not told again).
    expect(typedLines(first.text, notes.split('\n'))).toEqual({ lines: [pasted], fresh: [], notesLeftOut: true });
    expect(typedCell(notes, [pasted])).toEqual(first);
    // A cell the person filled whole: their text alone, every character of it (told at every run until moved).
    const whole = `Biên bản: ${'x'.repeat(50000 - 'Biên bản: '.length)}`;
    expect(whole.length).toBe(50000);
    const alone = typedCell(notes, [whole]);
    expect(alone).toEqual({ text: whole, notesLeftOut: true });
    expect(typedLines(alone.text, notes.split('\n'))).toEqual({ lines: [whole], fresh: [whole] });
  });
});

// Review d63b of notes63 (review d61b D3/D2), at the core: the office's log line about a "Ghi chú" cell too full for the
// tool's notes. F3 failed on the commits reviewed: the line said the person's lines stay under the tool's notes.
import { describe, expect, it } from 'vitest';
import { REVIEW_NOTES_TYPED } from '../../src/core/messages';

describe('d63b: REVIEW_NOTES_TYPED when the tool left its notes out of the cell', () => {
  it('F3: does not tell the office the lines are kept "dưới ghi chú của công cụ" when the cell holds no note of the tool', () => {
    // The cell holds the person's text alone (or under "Ô gần đầy: công cụ không ghi được ghi chú của mình vào đây…"), and a
    // new line was typed into it: both are said in one log line.
    const text = REVIEW_NOTES_TYPED([{ id: 'DK-000001', row: 2, lines: ['Anh Minh: chờ công văn'], notesLeftOut: true }]);
    expect(text).toContain('không ghi được ghi chú của mình vào ô');
    expect(text).not.toContain('dưới ghi chú của công cụ');
  });
});

// Review d64b of 5ff160e..49404bf: an earlier version's note on a value typed with a lone quotation mark, recognised after the update.
import { describe, expect, it } from 'vitest';
import { plainRegistrations, writeThenRead } from './helpers';
import { REVIEW_DECISIONS, REVIEW_HEADERS, mergeReview } from '../../src/core/review';
import { isToolNote } from '../../src/core/review-notes';
import { reviewNoteUnknownDecision } from '../../src/core/messages';


describe('d64b: a note on a lone quotation mark written by the version before the update (962fbc2 covers only new ones)', () => {
  // The version before 962fbc2 wrote «Quyết định “Đề nghị “khen” không thuộc danh sách …» (no quotable). After the
  // update the tool writes «… “Đề nghị "khen” …» instead; the old line in the cell is neither the note of now (text) nor
  // any shape (the lone mark), so it is kept as a person's line and told to the office as typed by someone.
  it('the old note is recognised as the tool\'s', () => {
    // What the cell holds after a merge of the version before the update: a lone opening or closing mark.
    expect(isToolNote(reviewNoteUnknownDecision('Đề nghị “khen'))).toBe(true);
    expect(isToolNote(reviewNoteUnknownDecision('Đề nghị khen”'))).toBe(true);
    // Control: a person's line with a lone mark is still theirs, and so are their words after a note of the tool's.
    expect(isToolNote('Chị Hà: “hồ sơ chờ công văn')).toBe(false);
    expect(isToolNote(`${reviewNoteUnknownDecision('Đề nghị “khen')} Chị Hà: “hồ sơ chờ`)).toBe(false);
  });

  it('after the update, the council fixing the decision: the stale note is dropped, not told', () => {
    const regs = plainRegistrations();
    const first = writeThenRead(mergeReview([], regs));
    const header = first[0] as string[];
    const [dec, note] = [REVIEW_HEADERS.decision, REVIEW_HEADERS.note].map((h) => header.indexOf(h));
    const typed = first.map((r) => r.slice());
    typed[1][dec] = REVIEW_DECISIONS.propose;
    typed[1][note] = reviewNoteUnknownDecision('Đề nghị “khen');
    const next = mergeReview(typed, regs);
    expect(next.typedNotes).toEqual([]);
    expect(String(next.rows[0][note])).not.toContain('không thuộc danh sách');
  });
});


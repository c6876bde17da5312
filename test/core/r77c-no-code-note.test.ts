// A council decision typed on a row of "Thẩm định" without a code (review r77c F3): the row is not read, and its "Ghi
// chú" says so — only where the cell is empty or holds that note, taken back once the decision is.
import { describe, expect, it } from 'vitest';
import { plainRegistrations, writeThenRead } from './helpers';
import { REVIEW_DECISIONS, REVIEW_HEADERS, mergeReview } from '../../src/core/review';
import { reviewNoteNoCode } from '../../src/core/messages';
import { isToolNote } from '../../src/core/review-notes';

describe('a decision on a row without a code', () => {
  const regs = plainRegistrations();
  const first = writeThenRead(mergeReview([], regs));
  const header = first[0] as string[];
  const [id, name, dec, note] = [REVIEW_HEADERS.id, REVIEW_HEADERS.name, REVIEW_HEADERS.decision, REVIEW_HEADERS.note].map((h) => header.indexOf(h));
  const withRow = (decision: string, noteText = '') => {
    const row: unknown[] = header.map(() => '');
    row[name] = 'Phạm Thị Dung';
    row[dec] = decision;
    row[note] = noteText;
    return [...first.map((r) => r.slice()), row];
  };
  const last = (values: unknown[][]) => mergeReview(values, regs).rows.find((r) => r[name] === 'Phạm Thị Dung')!;

  it('is told on its row, which stays the office\'s own (no code given, nothing else changed)', () => {
    const row = last(withRow(REVIEW_DECISIONS.propose));
    expect(row[note]).toBe(reviewNoteNoCode);
    expect(row[id]).toBe('');
    expect(row[dec]).toBe(REVIEW_DECISIONS.propose);
    expect(isToolNote(reviewNoteNoCode)).toBe(true);
  });
  it('"Chờ thẩm định" or no decision: no note; the note taken back once the decision is', () => {
    expect(last(withRow(REVIEW_DECISIONS.pending))[note]).toBe('');
    expect(last(withRow(''))[note]).toBe('');
    expect(last(withRow('', reviewNoteNoCode))[note]).toBe('');
  });
  it('what a person typed in its "Ghi chú" stays as typed', () => {
    expect(last(withRow(REVIEW_DECISIONS.propose, 'Hồ sơ giấy, chị Hà giữ'))[note]).toBe('Hồ sơ giấy, chị Hà giữ');
  });
});

// Review notes63, left open (notes64): "Ghi chú" of "Thẩm định" (src/core/review-notes.ts). N1: a person's text lost its
// blank lines and indentation at every rebuild (a minute in paragraphs, a numbered list with indented sub-lines came back
// squashed). Failed before the fix.
import { describe, expect, it } from 'vitest';
import { writeThenRead } from './helpers';
import { linePrint, typedCell, typedLines, wholePrint } from '../../src/core/review-notes';
import { reviewNoteKeptLines, reviewNotesLog, reviewNoteKeptLinesNotesLeftOut, reviewNoteProposeNotDat, reviewNoteRequestNoComment, reviewNoteUnknownDecision, reviewNoteUnverified } from '../../src/core/messages';
import { literalText } from '../../src/core/table';
import { responseTabs } from '../../sample/response-tabs';
import { makeSampleOffice } from '../../sample/office';
import { evaluateAll, type EvaluatedRegistration } from '../../src/core/evaluate';
import { REVIEW_DECISIONS, REVIEW_HEADERS, mergeReview } from '../../src/core/review';

const office = makeSampleOffice({ schools: 10, registrations: 60 });
const tabs = responseTabs(office);
const all: EvaluatedRegistration[] = evaluateAll({ config: office.config, directoryRows: office.directoryRows, responseValues: tabs.responseValues, reportValues: tabs.reportValues, firstSent: tabs.firstSent }).registrations;
/** What getValues returns after the writer wrote the tab (strings made literal are read back without the apostrophe). */

const MINUTE = [
  'Biên bản họp Hội đồng ngày 12/6:',
  '',
  '1. Hồ sơ đủ minh chứng.',
  '   a) Sáng kiến đã được công nhận.',
  '   b) Cần bản sao quyết định.',
  '',
  '',
  '2. Đề nghị Bằng khen.',
  '    - Chị Hà theo dõi.',
].join('\n');
const WORDS = MINUTE.split('\n').map((l) => l.trim()).filter((l) => l !== '');

describe('notes64 N1: what a person typed into "Ghi chú" keeps its layout', () => {
  it('blank lines and leading spaces survive the read and the write, and a second merge writes the same cell', () => {
    const notes = reviewNoteUnverified;
    // Typed under the tool's note (a blank line between them, and one after the text, are not the person's text).
    const read = typedLines(`${notes}\n\n${MINUTE}\n\n`, [notes]);
    expect(read?.lines.join('\n')).toBe(MINUTE);
    // Every line new: told as words (trimmed, no blank line).
    expect(read?.fresh).toEqual(WORDS);
    const cell = typedCell(notes, read!.lines).text;
    expect(cell).toBe(`${notes}\n${reviewNoteKeptLines(WORDS.length)}\n${MINUTE}`);
    expect(literalText(cell)).toBe(cell);
    // Read back: the same text, told already (by the count, and by the prints of its lines).
    const again = typedLines(cell, [notes]);
    expect(again).toEqual({ lines: MINUTE.split('\n'), fresh: [] });
    expect(typedLines(cell, [notes], new Set(WORDS.map(linePrint)))).toEqual({ lines: MINUTE.split('\n'), fresh: [] });
    expect(typedCell(notes, again!.lines).text).toBe(cell);
    // A tool's note that comes and goes does not move the person's text.
    const more = [notes, reviewNoteProposeNotDat('Cần bổ sung')].join('\n');
    const grown = typedCell(more, typedLines(cell, more.split('\n'))!.lines).text;
    expect(grown).toBe(`${more}\n${reviewNoteKeptLines(WORDS.length)}\n${MINUTE}`);
    expect(typedCell(notes, typedLines(grown, [notes])!.lines).text).toBe(cell);
  });

  it('CRLF is read as a line break; a cell of the text alone (no line of the tool fits) keeps it too', () => {
    expect(typedLines(MINUTE.replace(/\n/g, '\r\n'), [])?.lines.join('\n')).toBe(MINUTE);
    const long = `${MINUTE}\n\n${'x'.repeat(50000 - MINUTE.length - 2)}`;
    const alone = typedCell(reviewNoteUnverified, typedLines(long, [])!.lines);
    expect(alone).toEqual({ text: long, notesLeftOut: true });
    expect(typedLines(alone.text, [reviewNoteUnverified])!.lines.join('\n')).toBe(long);
  });

  it('a cell an earlier version wrote (its lines trimmed, no blank line) is read as before: told, and written the same', () => {
    const before = [reviewNoteUnverified, reviewNoteKeptLines(WORDS.length), ...WORDS].join('\n');
    expect(typedLines(before, [reviewNoteUnverified])).toEqual({ lines: WORDS, fresh: [] });
    expect(typedLines(before, [reviewNoteUnverified], new Set(WORDS.map(linePrint)))).toEqual({ lines: WORDS, fresh: [] });
    expect(typedCell(reviewNoteUnverified, WORDS).text).toBe(before);
    // The state of an earlier version knows a cell of many lines by the print of its lines, trimmed, without blank lines.
    const many = Array.from({ length: 30 }, (_, i) => `${i % 3 === 0 ? '' : '  '}Ý kiến ${i + 1}`);
    const spaced = many.flatMap((l, i) => (i % 5 === 4 ? [l, ''] : [l])).join('\n');
    const earlier = new Set([wholePrint(many.map((l) => l.trim()))]);
    expect(typedLines([reviewNoteKeptLinesNotesLeftOut(30), spaced].join('\n'), [], earlier)?.fresh).toEqual([]);
  });
});

describe('notes64 N3: the tool\'s notes left out of a full cell, changed since the office was told', () => {
  it('are told again, quoted (a request with no comment sends no letter: said nowhere but in the cell)', () => {
    const regs = all.filter((r) => !r.flags.supersededBy && !r.flags.unverified && !r.flags.alike && !r.flags.otherName).slice(0, 3);
    const first = writeThenRead(mergeReview([], regs));
    const header = first[0] as string[];
    const [dec, note] = [REVIEW_HEADERS.decision, REVIEW_HEADERS.note].map((h) => header.indexOf(h));
    const id = String(first[1][0]);
    // 49,877 characters typed: the tool's short line fits above them, its notes with them would not.
    const pasted = `Biên bản: ${'x'.repeat(49877 - 'Biên bản: '.length)}`;
    const values = first.map((r) => r.slice());
    values[1][note] = pasted;
    const kept = mergeReview(values, regs);
    // A decision the tool does not know: its note left out, told once.
    const odd = writeThenRead(kept);
    odd[1][dec] = 'Đề nghị BK tỉnh';
    const one = mergeReview(odd, regs, kept.snapshots, [], undefined, undefined, kept.notesTold);
    expect(one.typedNotes).toEqual([{ id, row: 2, lines: [], notesLeftOut: true, notes: reviewNoteUnknownDecision('Đề nghị BK tỉnh') }]);
    const same = mergeReview(writeThenRead(one), regs, one.snapshots, [], undefined, undefined, one.notesTold);
    expect(same.typedNotes).toEqual([]);
    // The council corrects it to "Yêu cầu bổ sung" without a comment: no letter goes, and only the left-out note says why.
    const asked = writeThenRead(same);
    asked[1][dec] = REVIEW_DECISIONS.request;
    const two = mergeReview(asked, regs, same.snapshots, [], undefined, undefined, same.notesTold);
    expect(two.typedNotes).toEqual([{ id, row: 2, lines: [], notesLeftOut: true, notes: reviewNoteRequestNoComment }]);
    const text = reviewNotesLog(two.typedNotes).join('\n');
    expect(text).toContain(`“${reviewNoteRequestNoComment}”`);
    // Not again while it stays so.
    expect(mergeReview(writeThenRead(two), regs, two.snapshots, [], undefined, undefined, two.notesTold).typedNotes).toEqual([]);
    // A state of a version before, whose mark of notes left out carried no print of them (it never quoted them): quoted
    // once (review upgrade8 U8-1), then not again.
    const older = new Map([[id, [...two.notesTold.get(id)!.filter((p) => !p.startsWith('!')), '!']]]);
    const upgraded = mergeReview(writeThenRead(two), regs, two.snapshots, [], undefined, undefined, older);
    expect(upgraded.typedNotes).toEqual([{ id, row: 2, lines: [], notesLeftOut: true, notes: reviewNoteRequestNoComment }]);
    expect(mergeReview(writeThenRead(upgraded), regs, upgraded.snapshots, [], undefined, undefined, upgraded.notesTold).typedNotes).toEqual([]);
  });
});

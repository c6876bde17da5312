// "Ghi chú" of "Thẩm định" (src/core/review-notes.ts, review office L1): the tool's lines are told from a person's by
// their shape; a person's are kept, after the tool's notes, under the tool's line saying how many; the office is told
// of each once.
import { describe, expect, it } from 'vitest';
import { writeThenRead } from './helpers';
import { responseTabs } from '../../sample/response-tabs';
import { makeSampleOffice } from '../../sample/office';
import { evaluateAll, type EvaluatedRegistration } from '../../src/core/evaluate';
import { REVIEW_DECISIONS, REVIEW_HEADERS, mergeReview } from '../../src/core/review';
import { isToolNote, linePrint, toolNoteShapes, typedLines, withTypedLines } from '../../src/core/review-notes';
import { KEPT_LINES_EARLIER, REVIEW_NOTES_EARLIER } from '../../src/core/review-notes-earlier';
import * as messages from '../../src/core/messages';
import {
  COUNCIL_NOTE,
  PROPOSAL_EARLIER,
  reviewNoteAfterPeriod,
  reviewNoteAlike,
  reviewNoteCodeTyped,
  reviewNoteCopiesDisagree,
  reviewNoteDecisionMoved,
  reviewNoteDecisionReset,
  reviewNoteDuplicateRow,
  reviewNoteEditedAfterReview,
  reviewNoteKeptLines,
  reviewNoteKeptLinesNotesLeftOut,
  reviewNoteKeptLinesShort,
  reviewNoteOtherName,
  reviewNoteProposeNotDat,
  reviewNoteRequestNoComment,
  reviewNoteSuperseded,
  reviewNoteUnknownDecision,
  reviewNoteUnverified,
  reviewNoteVanished,
  REVIEW_NOTES_TYPED,
} from '../../src/core/messages';
import { literalText } from '../../src/core/table';
import { fnv1a32 } from '../../src/core/text';

const office = makeSampleOffice({ schools: 10, registrations: 60 });
const tabs = responseTabs(office);
const all: EvaluatedRegistration[] = evaluateAll({ config: office.config, directoryRows: office.directoryRows, responseValues: tabs.responseValues, reportValues: tabs.reportValues, firstSent: tabs.firstSent }).registrations;


const NOTE = 'Chị Hà: hồ sơ này đề nghị Bằng khen, cần gọi trường xác nhận';
const refs = [
  { id: 'DK-000012', school: 'Trường THCS Lê Lợi, TP. Yên Bái' },
  { id: 'DK-000140', school: 'Trường Tiểu học “Hoa Sen”' },
];

/** Every note the tool writes, with what it names as the tool names it (codes, rows, days, levels, schools). */
const written = [
  reviewNoteCodeTyped("'DK-3 (sửa)", 'DK-000003'),
  reviewNoteVanished('DK-000017'),
  reviewNoteDecisionReset,
  reviewNoteSuperseded('DK-000101'),
  reviewNoteUnknownDecision('đề nghị BK'),
  reviewNoteDuplicateRow('DK-000004', 17),
  reviewNoteCopiesDisagree('DK-000004', 230),
  reviewNoteRequestNoComment,
  reviewNoteProposeNotDat('Cần bổ sung'),
  reviewNoteDecisionMoved('Đề nghị khen', 'Không đề nghị', 5),
  reviewNoteDecisionMoved(null, 'Đề nghị khen', 1),
  reviewNoteDecisionMoved('Đề nghị khen', 'Đề nghị khen', 2, { was: '', now: 'Bằng khen UBND tỉnh' }),
  reviewNoteDecisionMoved('Đề nghị khen', 'Đề nghị khen', 2, { was: 'Bằng khen Bộ GD&ĐT', now: '' }),
  reviewNoteEditedAfterReview,
  reviewNoteAlike(refs),
  reviewNoteOtherName(refs.slice(0, 1)),
  reviewNoteUnverified,
  COUNCIL_NOTE.badLevel('Bằng khen tỉnh'),
  COUNCIL_NOTE.noExcellentYear,
  COUNCIL_NOTE.failedYear('năm học 2022-2023, 2023-2024'),
  PROPOSAL_EARLIER.reviewNote('Giấy khen', '01/07/2024', '28/06/2024'),
  PROPOSAL_EARLIER.reviewNote('Bằng khen Bộ GD&ĐT', '15/10/2024', ''),
  PROPOSAL_EARLIER.reviewNoteWithdrawn('Bằng khen UBND tỉnh', '01/07/2024', '28/06/2024', '03/07/2024'),
  reviewNoteKeptLines(2),
  PROPOSAL_EARLIER.reviewNoteDecisionChanged('Giấy khen', '01/07/2024', 'Không đề nghị'),
  PROPOSAL_EARLIER.reviewNoteLevelChanged('Giấy khen', '01/07/2024', 'Bằng khen UBND tỉnh'),
];

describe("the tool's notes in \"Ghi chú\"", () => {
  it('every note the tool writes is its own, in this wording and in earlier ones, alone or joined by a space', () => {
    for (const n of written) expect(isToolNote(n), n).toBe(true);
    for (const n of REVIEW_NOTES_EARLIER({ code: 'DK-000009', num: '3', text: 'Đề nghị khen', list: 'DK-000010 (Trường A), DK-000011 (Trường B)' })) expect(isToolNote(n), n).toBe(true);
    // A note put on top of the others joined the row's lines into one, before this version.
    expect(isToolNote(`${reviewNoteDecisionReset} ${written[20]} ${reviewNoteUnverified}`)).toBe(true);
  });

  it('every reviewNote… of the message catalogue is known as the tool\'s once the tool no longer writes it (review r83o F2)', () => {
    // reviewNoteAfterPeriod was missing from toolNoteShapes: once a late registration's row was deleted, its note was
    // taken for a person's line. A note added to the catalogue needs a sample here, and its shape in toolNoteShapes.
    const sample: Record<string, string> = {
      reviewNoteCodeTyped: reviewNoteCodeTyped("'DK-3 (sửa)", 'DK-000003'),
      reviewNoteVanished: reviewNoteVanished('DK-000017'),
      reviewNoteErased: messages.reviewNoteErased('DK-000017'),
      reviewNoteVanishedHowToErase: messages.reviewNoteVanishedHowToErase,
      reviewNoteErasedBack: messages.reviewNoteErasedBack('DK-000017'),
      reviewNoteDecisionReset,
      reviewNoteDecisionRowLost: messages.reviewNoteDecisionRowLost,
      reviewNoteSuperseded: reviewNoteSuperseded('DK-000101'),
      reviewNoteUnknownDecision: reviewNoteUnknownDecision('đề nghị BK'),
      reviewNoteNoCode: messages.reviewNoteNoCode,
      reviewNoteDuplicateRow: reviewNoteDuplicateRow('DK-000004', 17),
      reviewNoteCopiesDisagree: reviewNoteCopiesDisagree('DK-000004', 230),
      reviewNoteRequestNoComment,
      reviewNoteProposeNotDat: reviewNoteProposeNotDat('Cần bổ sung'),
      reviewNoteDecisionMoved: reviewNoteDecisionMoved('Đề nghị khen', 'Không đề nghị', 5),
      reviewNoteEditedAfterReview,
      reviewNoteSupplied: messages.reviewNoteSupplied,
      reviewNoteAlike: reviewNoteAlike(refs, true),
      reviewNoteOtherName: reviewNoteOtherName(refs),
      reviewNoteAfterPeriod,
      reviewNoteUnverified,
      reviewNoteKeptLines: reviewNoteKeptLines(3),
      reviewNoteKeptLinesShort: reviewNoteKeptLinesShort(3),
      reviewNoteKeptLinesNotesLeftOut: reviewNoteKeptLinesNotesLeftOut(3),
    };
    const catalogue = Object.keys(messages).filter((k) => /^reviewNote[A-Z]/.test(k));
    expect(Object.keys(sample).sort()).toEqual(catalogue.sort());
    for (const [name, n] of Object.entries(sample)) expect(isToolNote(n), name).toBe(true);
    // As the rebuild finds it: the tool's note alone in the cell, the tool writing none for the row any more.
    expect(typedLines(reviewNoteAfterPeriod, [])).toBeNull();
  });

  it("a person's line is not, even one that starts as a note of the tool's or copies one and adds to it", () => {
    for (const line of [
      NOTE,
      'Lưu ý: hồ sơ thiếu ảnh',
      'Mã phiếu DK-000002 cần xem lại',
      `${written[20]} Đã gửi Sở.`,
      `${PROPOSAL_EARLIER.reviewNote('Giấy khen', '01/07/2024', '')} — chị Hà theo dõi.`,
      `${reviewNoteProposeNotDat('Cần bổ sung')} Hội đồng vẫn đề nghị.`,
      `Gọi lại trường. ${reviewNoteUnverified}`,
      '=HYPERLINK("x")',
    ]) {
      expect(isToolNote(line), line).toBe(false);
    }
  });

  it("the shapes of this version's notes are pinned: a wording changed keeps its old one among the earlier", () => {
    // A failure here means a note of "Ghi chú" was reworded: add its old wording (as the tool wrote it, with the stand-ins)
    // to REVIEW_NOTES_EARLIER in src/core/review-notes-earlier.ts — the tabs the old version wrote still hold it, and it
    // must not be taken for a person's note — then update the fingerprint. A note added (reviewNoteErased, review r76p F2;
    // reviewNoteErasedBack, review d76 F3; reviewNoteVanishedHowToErase; reviewNoteDecisionChanged and reviewNoteLevelChanged, review r77c F2; reviewNoteNoCode, r77c F3; reviewNoteAfterPeriod, missing until r83o F2) changes it too, with nothing to keep.
    const earlier = REVIEW_NOTES_EARLIER({ code: '\uE000', num: '\uE001', text: '\uE004', list: '\uE005' }).length + KEPT_LINES_EARLIER('\uE001').length;
    const current = toolNoteShapes().slice(0, -earlier);
    expect(fnv1a32(current.join('\n')).toString(16)).toBe('4b45227b');
  });
});

describe('typedLines', () => {
  it('none in an empty cell, nor in the notes the tool writes now or wrote before', () => {
    expect(typedLines('', [])).toBeNull();
    expect(typedLines(written[14], [written[14]])).toBeNull();
    // A note of an earlier state (the row was held, no longer is) and of an earlier wording: the tool's, dropped.
    expect(typedLines(`${reviewNoteEditedAfterReview}\n${REVIEW_NOTES_EARLIER({ code: 'DK-1', num: '1', text: 'x', list: 'y' })[11]}`, [])).toBeNull();
  });

  it("a person's lines, among the tool's, as typed; those under the tool's line of kept lines were told, up to its count", () => {
    // As typed (a blank line between two of them, spaces around the second: review notes63 N1); told trimmed.
    const cell = `${reviewNoteUnverified}\n${NOTE}\n\n  Gọi lại thứ Hai  `;
    expect(typedLines(cell, [reviewNoteUnverified])).toEqual({ lines: [NOTE, '', '  Gọi lại thứ Hai  '], fresh: [NOTE, 'Gọi lại thứ Hai'] });
    const kept = withTypedLines(reviewNoteUnverified, [NOTE, 'Gọi lại thứ Hai']);
    expect(kept.split('\n')).toEqual([reviewNoteUnverified, reviewNoteKeptLines(2), NOTE, 'Gọi lại thứ Hai']);
    expect(typedLines(kept, [reviewNoteUnverified])).toEqual({ lines: [NOTE, 'Gọi lại thứ Hai'], fresh: [] });
    // The tool no longer writes its note: the person's lines stay, still told.
    expect(typedLines(kept, [])).toEqual({ lines: [NOTE, 'Gọi lại thứ Hai'], fresh: [] });
    // One more typed below them, one above the tool's line: those two are new.
    expect(typedLines(`Trên cùng\n${kept}\nThêm`, [])).toEqual({ lines: ['Trên cùng', NOTE, 'Gọi lại thứ Hai', 'Thêm'], fresh: ['Trên cùng', 'Thêm'] });
  });

  it("the tool's line of kept lines in its wording before 'tên khác với' (vntext4 B) still counts the lines told, and is rewritten in today's", () => {
    const before = (n: number) => reviewNoteKeptLines(n).replace('(đặt tên khác với “', '(đặt tên khác “');
    expect(before(2)).not.toBe(reviewNoteKeptLines(2));
    const cell = [reviewNoteUnverified, before(2), NOTE, 'Gọi lại thứ Hai'].join('\n');
    expect(typedLines(cell, [reviewNoteUnverified])).toEqual({ lines: [NOTE, 'Gọi lại thứ Hai'], fresh: [] });
    expect(isToolNote(before(2))).toBe(true);
    expect(withTypedLines(reviewNoteUnverified, [NOTE, 'Gọi lại thứ Hai']).split('\n')[1]).toContain('(đặt tên khác với “');
  });

  it('a date or a number typed alone is kept as the cell shows it', () => {
    expect(typedLines(new Date(2024, 11, 15), [])).toEqual({ lines: ['15/12/2024'], fresh: ['15/12/2024'] });
    expect(typedLines(3, [])).toEqual({ lines: ['3'], fresh: ['3'] });
  });
});

describe('mergeReview and a person\'s note in "Ghi chú"', () => {
  // Registrations the tool has no note for (none replaced, unverified or alike), so that each row's notes are the test's.
  const regs = all.filter((r) => !r.flags.supersededBy && !r.flags.unverified && !r.flags.alike && !r.flags.otherName).slice(0, 6);
  const first = writeThenRead(mergeReview([], regs));
  const header = first[0] as string[];
  const [dec, comment, note] = [REVIEW_HEADERS.decision, REVIEW_HEADERS.comment, REVIEW_HEADERS.note].map((h) => header.indexOf(h));

  it('keeps it after the tool\'s notes, tells it once with the code and the row as read, touches no council cell', () => {
    const values = first.map((r) => r.slice());
    // A blank row left among the rows: the rows below keep their places.
    values.splice(3, 0, new Array(header.length).fill(''));
    values[1][note] = NOTE;
    values[4][dec] = REVIEW_DECISIONS.request;
    values[4][note] = `=1+1 ghi tạm\n${String(values[4][note])}`;
    const merged = mergeReview(values, regs);
    expect(merged.typedNotes).toEqual([
      { id: String(values[1][0]), row: 2, lines: [NOTE] },
      { id: String(values[4][0]), row: 5, lines: ['=1+1 ghi tạm'] },
    ]);
    const row = (i: number) => merged.rows[i - 1];
    expect(String(row(1)[note]).split('\n')).toEqual([reviewNoteKeptLines(1), NOTE]);
    // The request's own note first (it waits for a comment), then the person's line.
    expect(String(row(4)[note]).split('\n')).toEqual([reviewNoteRequestNoComment, reviewNoteKeptLines(1), '=1+1 ghi tạm']);
    expect(merged.rows.map((r) => r[comment])).toEqual(first.slice(1).flatMap((r, i) => (i === 2 ? ['', r[comment]] : [r[comment]])));
    expect(row(4)[dec]).toBe(REVIEW_DECISIONS.request);
    // Written as text (the cell starts with the tool's line, never with what was typed, which the writer would make
    // literal anyway), and the next merge finds nothing new to tell or change.
    const again = writeThenRead(merged);
    expect(again[4][note]).toBe(row(4)[note]);
    const next = mergeReview(again, regs, merged.snapshots);
    expect(next.typedNotes).toEqual([]);
    expect(next.rows.map((r) => r[note])).toEqual(merged.rows.map((r) => r[note]));
  });

  it("a note the tool puts on top later (decisions reset) goes above the tool's line; a row whose registration is gone keeps it too", () => {
    const values = first.map((r) => r.slice());
    for (const i of [1, 2]) {
      values[i][dec] = REVIEW_DECISIONS.propose;
      values[i][comment] = `Nhận xét ${i}`;
    }
    const decided = mergeReview(values, regs);
    const typed = first.map((r) => r.slice());
    typed[1][note] = NOTE;
    const reset = mergeReview(typed, regs, decided.snapshots);
    expect(reset.decisionsReset).toHaveLength(2);
    expect(String(reset.rows[0][note]).split('\n')).toEqual([reviewNoteDecisionReset, reviewNoteKeptLines(1), NOTE]);
    // The registration's response deleted: its row is kept, flagged, and so is the note.
    const gone = mergeReview(writeThenRead(reset), regs.filter((r) => r.id !== String(typed[1][0])), reset.snapshots);
    expect(String(gone.rows[0][note]).split('\n')).toEqual([reviewNoteVanished(String(typed[1][0])), reviewNoteKeptLines(1), NOTE]);
    expect(gone.typedNotes).toEqual([]);
  });

  it("a note near the cell's limit (review d61b D3): whole; the tool's notes left out when they no longer fit, the office told once", () => {
    // 49,877 characters: with the tool's short line it fits; with the request's note too, it would not.
    const pasted = `Biên bản: ${'x'.repeat(49877 - 'Biên bản: '.length)}`;
    const values = first.map((r) => r.slice());
    values[1][note] = pasted;
    const kept = mergeReview(values, regs);
    expect(String(kept.rows[0][note]).split('\n')).toEqual([reviewNoteKeptLinesShort(1), pasted]);
    expect(kept.typedNotes).toEqual([{ id: String(values[1][0]), row: 2, lines: [pasted] }]);
    // The council asks for more without a comment yet: the tool's note no longer fits; the person's text does.
    const asked = writeThenRead(kept);
    asked[1][dec] = REVIEW_DECISIONS.request;
    const full = mergeReview(asked, regs, kept.snapshots);
    const cell = String(full.rows[0][note]);
    expect(literalText(cell)).toBe(cell);
    expect(cell.split('\n')).toEqual([reviewNoteKeptLinesNotesLeftOut(1), pasted]);
    expect(full.typedNotes).toEqual([{ id: String(values[1][0]), row: 2, lines: [], notesLeftOut: true, notes: reviewNoteRequestNoComment }]);
    expect(REVIEW_NOTES_TYPED(full.typedNotes)).toMatch(/^Trang “Thẩm định”: ô “Ghi chú” ở dòng 2 \(phiếu [^)]+\) gần đầy \(một ô giữ tối đa 50\.000 ký tự\): công cụ giữ nguyên nội dung đã gõ và không ghi được ghi chú của mình vào ô[^]*\.$/);
    // Read back: the same cell, nothing told again.
    const next = mergeReview(writeThenRead(full), regs, full.snapshots);
    expect(next.rows[0][note]).toBe(cell);
    expect(next.typedNotes).toEqual([]);
    // The note moved out (the cell emptied): the tool writes its note again.
    const emptied = writeThenRead(next);
    emptied[1][note] = '';
    expect(mergeReview(emptied, regs, next.snapshots).rows[0][note]).toBe(reviewNoteRequestNoComment);
  });

  it('a kept line deleted and a new one typed (review d61b D2): the new one told, known by what was told of the code, wherever its row is', () => {
    const values = first.map((r) => r.slice());
    values[1][note] = `${NOTE}\nGọi lại thứ Hai`;
    const kept = mergeReview(values, regs);
    const id = String(values[1][0]);
    expect(kept.typedNotes).toEqual([{ id, row: 2, lines: [NOTE, 'Gọi lại thứ Hai'] }]);
    expect(kept.notesTold).toEqual(new Map([[id, [NOTE, 'Gọi lại thứ Hai'].map(linePrint)]]));
    // The rows swapped (a sort), the first line deleted, a new one typed.
    const read = writeThenRead(kept);
    const edited = [read[0], read[2], read[1], ...read.slice(3)];
    edited[2][note] = String(edited[2][note]).replace(`${NOTE}\n`, '') + '\nAnh Minh: trường xin rút hồ sơ';
    const next = mergeReview(edited, regs, kept.snapshots, [], undefined, undefined, kept.notesTold);
    expect(next.typedNotes).toEqual([{ id, row: 3, lines: ['Anh Minh: trường xin rút hồ sơ'] }]);
    expect(next.notesTold).toEqual(new Map([[id, ['Gọi lại thứ Hai', 'Anh Minh: trường xin rút hồ sơ'].map(linePrint)]]));
    // Read again, nothing more to tell; the lines moved out, nothing is kept of them.
    const again = mergeReview(writeThenRead(next), regs, next.snapshots, [], undefined, undefined, next.notesTold);
    expect(again.typedNotes).toEqual([]);
    const cleared = writeThenRead(again);
    cleared[2][note] = '';
    expect(mergeReview(cleared, regs, again.snapshots, [], undefined, undefined, again.notesTold).notesTold).toEqual(new Map());
  });

  it("a cell the person filled whole, beside the tool's notes: kept alone, told once, known by the state (no line of the tool's says it)", () => {
    const whole = `Biên bản: ${'x'.repeat(50000 - 'Biên bản: '.length)}`;
    const values = first.map((r) => r.slice());
    values[1][dec] = REVIEW_DECISIONS.request;
    values[1][note] = whole;
    const id = String(values[1][0]);
    const kept = mergeReview(values, regs);
    expect(kept.rows[0][note]).toBe(whole);
    expect(kept.typedNotes).toEqual([{ id, row: 2, lines: [whole], notesLeftOut: true, notes: reviewNoteRequestNoComment }]);
    const next = mergeReview(writeThenRead(kept), regs, kept.snapshots, [], undefined, undefined, kept.notesTold);
    expect(next.rows[0][note]).toBe(whole);
    expect(next.typedNotes).toEqual([]);
  });
});

// Review d64 of notes64 N3: the tool's notes left out of a full "Ghi chú" cell are quoted in "Nhật ký lỗi" so that the
// office learns what the cell could not show — above all reviewNoteRequestNoComment (a request with no comment sends no
// letter and is said nowhere else). The quote is the whole notes cut at 300 characters, so a note the tool puts before
// it (a person alike in another school's registration, a decision held, moved…) pushes the new note out of the quote.
import { describe, expect, it } from 'vitest';
import { writeThenRead } from './helpers';
import { reviewNoteAlike, reviewNoteRequestNoComment, reviewNotesLog } from '../../src/core/messages';
import { responseTabs } from '../../sample/response-tabs';
import { makeSampleOffice } from '../../sample/office';
import { evaluateAll, type EvaluatedRegistration } from '../../src/core/evaluate';
import { REVIEW_DECISIONS, REVIEW_HEADERS, mergeReview } from '../../src/core/review';

const office = makeSampleOffice({ schools: 10, registrations: 60 });
const tabs = responseTabs(office);
const all: EvaluatedRegistration[] = evaluateAll({ config: office.config, directoryRows: office.directoryRows, responseValues: tabs.responseValues, reportValues: tabs.reportValues, firstSent: tabs.firstSent }).registrations;

describe('d64: a full cell\'s left-out notes, quoted in the log', () => {
  it('the request with no comment is quoted whole when another note of the tool comes before it', () => {
    const plain = all.filter((r) => !r.flags.supersededBy && !r.flags.unverified && !r.flags.alike && !r.flags.otherName).slice(0, 3);
    // The first registration's person is alike one of another school's (cùng họ tên, năm sinh): a note the tool writes.
    const alike = [{ id: plain[1].id, school: 'Trường Tiểu học Hoa Sen' }];
    const first = Object.assign(Object.create(Object.getPrototypeOf(plain[0])), plain[0], { flags: { ...plain[0].flags, alike } }) as EvaluatedRegistration;
    const regs = [first, ...plain.slice(1)];
    const tab = writeThenRead(mergeReview([], regs));
    const header = tab[0] as string[];
    const [dec, note] = [REVIEW_HEADERS.decision, REVIEW_HEADERS.note].map((h) => header.indexOf(h));
    const id = String(tab[1][0]);
    expect(id).toBe(first.id);
    // A minute pasted into the cell: the tool's notes no longer fit with it.
    tab[1][note] = `Biên bản: ${'x'.repeat(49800 - 'Biên bản: '.length)}`;
    const kept = mergeReview(tab, regs);
    // The office was told the cell is full; the alike note quoted.
    expect(kept.typedNotes.map((t) => t.notes)).toEqual([reviewNoteAlike(alike)]);
    // The council chooses "Yêu cầu bổ sung" and writes no comment yet: no letter goes; told again, with the new note.
    const asked = writeThenRead(kept);
    asked[1][dec] = REVIEW_DECISIONS.request;
    const two = mergeReview(asked, regs, kept.snapshots, [], undefined, undefined, kept.notesTold);
    expect(two.typedNotes).toHaveLength(1);
    // Its own log line, each note quoted on its own: the request's note whole, after the alike note's start.
    const log = reviewNotesLog(two.typedNotes);
    expect(log).toHaveLength(2);
    expect(log[1]).toContain(`“${reviewNoteRequestNoComment}”`);
    expect(log[1]).toContain(`dòng 2 (phiếu ${id})`);
    expect(log.every((l) => l.length <= 2000)).toBe(true);
  });
});

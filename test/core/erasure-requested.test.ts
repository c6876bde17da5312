// Which registrations' erasure the person asked for (review d76 F2): "Không đề nghị" with the words of ERASURE_REQUESTED
// in "Nhận xét" (src/core/review.ts erasureRequestedIds, composed with notProposedIds); and which erased ones are back
// with a restored version (review d76 F3: src/core/versions.ts erasedBack).
import { describe, expect, it } from 'vitest';
import { responseTabs } from '../../sample/response-tabs';
import { makeSampleOffice } from '../../sample/office';
import { evaluateAll } from '../../src/core/evaluate';
import { ERASURE_REQUESTED, reviewNoteErasedBack } from '../../src/core/messages';
import { REVIEW_DECISIONS, erasureRequestedIds, mergeReview, notProposedIds, type ReviewTab } from '../../src/core/review';
import { gridFor } from '../../src/core/table';
import { erasedBack, erasedNow } from '../../src/core/versions';

const office = makeSampleOffice({ schools: 3, registrations: 12 });
const tabs = responseTabs(office);
const all = evaluateAll({ config: office.config, directoryRows: office.directoryRows, responseValues: tabs.responseValues, reportValues: tabs.reportValues, firstSent: tabs.firstSent }).registrations;

function read(tab: ReviewTab): unknown[][] {
  const grid = gridFor(tab.header, tab.rows, { rows: 0, cols: 0 });
  return grid.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)));
}

describe('erasureRequestedIds (review d76 F2)', () => {
  it('is the "Không đề nghị" codes whose comment carries the request, however its tones, case and spacing are typed', () => {
    const first = mergeReview([], all);
    const values = read(first);
    const c = first.columns;
    const ids = all.slice(0, 5).map((r) => r.id);
    const set = (id: string, decision: string, comment: string) => {
      const row = values.find((r) => r[c.id] === id)!;
      row[c.decision] = decision;
      row[c.comment] = comment;
    };
    set(ids[0], REVIEW_DECISIONS.reject, `Xin rút. ${ERASURE_REQUESTED} (đơn ngày 20/11/2026).`);
    set(ids[1], REVIEW_DECISIONS.reject, 'xin rút,   XOÁ dữ liệu  cá nhân theo   YÊU CẦU');
    // Turned down on merit: no request.
    set(ids[2], REVIEW_DECISIONS.reject, 'Chưa đạt tiêu chí CN-03.');
    // The words on another decision: not a request to erase.
    set(ids[3], REVIEW_DECISIONS.request, `${ERASURE_REQUESTED}?`);
    set(ids[4], REVIEW_DECISIONS.reject, 'Xóa dữ liệu cá nhân');
    const merged = mergeReview(values, all);
    expect([...notProposedIds(merged)].sort()).toEqual([ids[0], ids[1], ids[2], ids[4]].sort());
    expect([...erasureRequestedIds(merged)].sort()).toEqual([ids[0], ids[1]].sort());
    // A registration whose row is gone keeps its cells: its request still reads.
    const gone = mergeReview(read(merged), all.filter((r) => r.id !== ids[0]));
    expect(erasureRequestedIds(gone).has(ids[0])).toBe(true);
    // Its row back: the note says so while the caller holds it.
    const back = mergeReview(read(merged), all, undefined, [], undefined, undefined, undefined, new Set(), new Set([ids[0]]));
    expect(String(back.rows.find((r) => r[c.id] === ids[0])![c.note])).toContain(reviewNoteErasedBack(ids[0]));
    expect(String(back.rows.find((r) => r[c.id] === ids[1])![c.note])).not.toContain('nay có lại');
  });
});

describe('erasedNow and erasedBack (reviews r76p F2, d76 F2, F3)', () => {
  const asked = (...codes: string[]) => () => new Set(codes);
  it('erases only the gone codes whose erasure was asked, and only when every gone one is such', () => {
    expect(erasedNow(['DK-000002'], new Set(), asked('DK-000002'))).toEqual(['DK-000002']);
    expect(erasedNow(['DK-000002'], new Set(), asked())).toEqual([]);
  });
  it('tells an erased code whose row is back once, and holds it while its row stays and its erasure is still asked', () => {
    // Back now: fresh (told), held.
    expect(erasedBack([], new Set(['DK-000002']), new Set(), asked('DK-000002'))).toEqual({ fresh: ['DK-000002'], back: ['DK-000002'] });
    // Told before, still back: held, not fresh.
    expect(erasedBack([], new Set(), new Set(['DK-000002']), asked('DK-000002'))).toEqual({ fresh: [], back: ['DK-000002'] });
    // Its request taken out: no longer held.
    expect(erasedBack([], new Set(), new Set(['DK-000002']), asked())).toEqual({ fresh: [], back: [] });
    // Its row gone again: no longer held (erased again by erasedNow).
    expect(erasedBack(['DK-000002'], new Set(), new Set(['DK-000002']), () => { throw new Error('asked'); })).toEqual({ fresh: [], back: [] });
    // Still gone, still erased: nothing asked.
    expect(erasedBack(['DK-000002'], new Set(['DK-000002']), new Set(), () => { throw new Error('asked'); })).toEqual({ fresh: [], back: [] });
  });
});

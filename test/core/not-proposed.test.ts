// The codes the council decided "Không đề nghị" as the decisions in force say it (src/core/review.ts notProposedIds): a
// row held for confirmation (decisions moved by a sort of some columns) by its code's latest decision line of "Lịch sử
// thẩm định" — not a line of an automatic verdict after it, and by time when the history was sorted (review d74b).
import { describe, expect, it } from 'vitest';
import { notProposedIds, type ReviewTab } from '../../src/core/review';
import { HISTORY_CHANGE, HISTORY_HEADER, REVIEW_DECISIONS } from '../../src/core/messages';

const merged = (rows: [string, string][], stale: string[]): ReviewTab =>
  ({ error: undefined, columns: { id: 0, decision: 1 }, rows: rows.map(([id, d]) => [id, d]), stale: new Set(stale) }) as unknown as ReviewTab;
const line = (day: number, id: string, change: string, decision: string) => [new Date(2024, 10, day), id, '', '', change, decision, '', '', '', ''];

describe('notProposedIds', () => {
  it('a row in force by its cells; a held one by its latest decision line, whatever lines of verdicts follow or the order', () => {
    const history = [
      [...HISTORY_HEADER],
      line(20, 'DK-000003', HISTORY_CHANGE.decided, REVIEW_DECISIONS.reject),
      line(10, 'DK-000003', HISTORY_CHANGE.decided, REVIEW_DECISIONS.propose),
      line(22, 'DK-000003', HISTORY_CHANGE.verdict('Đạt', 'Cần bổ sung'), ''),
      line(12, 'DK-000004', HISTORY_CHANGE.decided, REVIEW_DECISIONS.reject),
      line(21, 'DK-000004', HISTORY_CHANGE.withdrawn, ''),
    ];
    const tab = merged([['DK-000002', REVIEW_DECISIONS.reject], ['DK-000003', REVIEW_DECISIONS.propose], ['DK-000004', REVIEW_DECISIONS.reject], ['DK-000005', REVIEW_DECISIONS.reject]], ['DK-000003', 'DK-000004', 'DK-000005']);
    expect([...notProposedIds(tab, () => history)].sort()).toEqual(['DK-000002', 'DK-000003']);
  });
});

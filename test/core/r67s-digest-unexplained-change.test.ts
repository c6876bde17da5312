// Review r67s: the digest says what changed since the last one. The clerk deletes a registration's response row during
// the week (Hòa Bình withdrew its collective; or a test row): next Monday the leader reads "Tổng cộng: 2 phiếu (-1)" and
// "Không có phiếu mới hay phiếu sửa nào" — which registration left the count is said nowhere in the digest, though
// "Thẩm định" (which the digest reads) marks its row "Dòng phiếu đã bị xóa".
import { expect, it } from 'vitest';
import { digestCounts, digestEmail, type DigestBaseline } from '../../src/core/digest';
import { evaluateAll } from '../../src/core/evaluate';
import { mergeReview, verdictChanges } from '../../src/core/review';
import { verdictLines } from '../../src/core/history';
import { HISTORY_HEADER } from '../../src/core/messages';
import { REVIEW_VERDICT_VANISHED } from '../../src/core/messages/summaries';
import { directoryRows, headerRow } from './helpers';
import { NOW, cfg, f, weekRows } from './digest-week-lib';

const rows = weekRows();
const ids = new Map([[2, 'DK-000002'], [3, 'DK-000003'], [4, 'DK-000004']]);
const first = new Map([['DK-000002', rows[0][0] as Date], ['DK-000003', rows[1][0] as Date], ['DK-000004', rows[2][0] as Date]].map(([k, d]) => [k as string, (d as Date).getTime()]));
const before = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), ...rows], responseIds: ids, firstSent: first });
// The row of DK-000004 deleted on 08/10: the two others stay on rows 2 and 3.
const after = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), rows[0], rows[1]], responseIds: new Map([[2, 'DK-000002'], [3, 'DK-000003']]), firstSent: first });

it('a registration whose row was deleted since the last digest is named where the counts fall', () => {
  expect(before.registrations.map((r) => r.id)).toEqual(['DK-000002', 'DK-000003', 'DK-000004']);
  // "Thẩm định" as the rebuild left it after the deletion.
  const tab0 = mergeReview([[]], before.registrations);
  const tab1 = mergeReview([tab0.header, ...tab0.rows], after.registrations);
  const reviewValues = [tab1.header, ...tab1.rows];
  expect(tab1.rows.find((r) => r[0] === 'DK-000004')?.includes(REVIEW_VERDICT_VANISHED)).toBe(true);

  const base: DigestBaseline = { at: new Date(2026, 9, 5, 7).getTime(), counts: digestCounts(before.registrations), maxRow: 4 };
  // "Lịch sử thẩm định" as the rebuild of 08/10 left it: a line for the registration whose row is gone.
  const historyValues = [[...HISTORY_HEADER], ...verdictLines(verdictChanges([tab0.header, ...tab0.rows], after.registrations), after.registrations, new Date(2026, 9, 8, 6))];
  const b = digestEmail({ output: after, config: cfg, now: NOW, base, reviewValues, historyValues, sheetUrl: '' }, 'x@y.vn').email.body;
  expect(b).toContain('Tổng cộng: 2 phiếu (-1)');
  // Which registration no longer counts, and why: said, not left for the leader to guess.
  expect(b).toMatch(/DK-000004 — Trường [^\n]*“Tổ Toán”: Kết luận tự động đổi [^\n]*dòng của phiếu ở trang câu trả lời đã bị xóa/);
  // A line from before the last digest is not news: not listed again.
  const older = digestEmail({ output: after, config: cfg, now: NOW, base: { ...base, at: new Date(2026, 9, 9, 7).getTime() }, reviewValues, historyValues, sheetUrl: '' }, 'x@y.vn').email.body;
  expect(older).not.toContain('DK-000004');
});

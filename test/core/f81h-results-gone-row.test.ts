// d81b F2 (fix f81h), r83o F1: "Kết quả kiểm tra" merged over the tab as read: the row of a registration whose row is
// gone, holding nothing of the office's, is left out of the rows and named in `emptied` — the caller deletes it from the
// tab, so that the rows below move up whole (their values, the office's cells, a row hidden or coloured), wherever the
// office's cells stand; a row holding a cell of hers stays.
import { expect, it } from 'vitest';
import { resultsTabUpdate } from '../../src/core/results-table';
import { RESULTS_HEADER, RESULTS_ROW_GONE } from '../../src/core/messages';

const line = (code: string, name: string) => RESULTS_HEADER.map((h, j) => (j === 0 ? code : j === 3 ? name : ''));

it('names the row left by a registration gone, and leaves it out: the order of the rows kept', () => {
  const read = [RESULTS_HEADER.slice(), line('DK-000004', 'D'), line('DK-000003', 'C'), line('DK-000002', 'B'), line('DK-000001', 'A')];
  const update = resultsTabUpdate(read, [line('DK-000001', 'A'), line('DK-000002', 'B'), line('DK-000004', 'D')])!;
  expect(update.emptied).toEqual([2]);
  expect(update.rows.map((r) => r[0])).toEqual(['Mã phiếu', 'DK-000004', 'DK-000002', 'DK-000001']);
});

it("the same above a row holding a cell of the office's: the whole row goes, hers moves up with its own row", () => {
  const header = [...RESULTS_HEADER, 'Ghi chú của phòng'];
  const read = [header, [...line('DK-000004', 'D'), ''], [...line('DK-000003', 'C'), ''], [...line('DK-000002', 'B'), 'gọi lại'], [...line('DK-000001', 'A'), '']];
  const update = resultsTabUpdate(read, [line('DK-000001', 'A'), line('DK-000002', 'B'), line('DK-000004', 'D')])!;
  expect(update.emptied).toEqual([2]);
  expect(update.rows.map((r) => [r[0], r[RESULTS_HEADER.length]])).toEqual([['Mã phiếu', 'Ghi chú của phòng'], ['DK-000004', ''], ['DK-000002', 'gọi lại'], ['DK-000001', '']]);
});

it("keeps the row of a registration gone that holds a cell of the office's, with its code and why it has no verdict", () => {
  const header = [...RESULTS_HEADER, 'Theo dõi'];
  const read = [header, [...line('DK-000002', 'B'), 'đã gọi'], [...line('DK-000001', 'A'), '']];
  const update = resultsTabUpdate(read, [line('DK-000001', 'A')])!;
  expect(update.emptied).toEqual([]);
  expect(update.rows[1][0]).toBe('DK-000002');
  expect(update.rows[1][RESULTS_HEADER.length]).toBe('đã gọi');
  expect(update.rows[1][11]).toBe(RESULTS_ROW_GONE);
});

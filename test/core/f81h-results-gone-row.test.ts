// d81b F2 (fix f81h): "Kết quả kiểm tra" merged in place (sorted by the clerk): the row of a registration whose row is
// gone, holding nothing of the office's, is removed (the rows below move up); beside a cell of the office's, never.
import { expect, it } from 'vitest';
import { resultsTabUpdate } from '../../src/core/results-table';
import { RESULTS_HEADER } from '../../src/core/messages';

const line = (code: string, name: string) => RESULTS_HEADER.map((h, j) => (j === 0 ? code : j === 3 ? name : ''));

it('removes a blank row left by a registration gone, the order of the rows kept', () => {
  const read = [RESULTS_HEADER.slice(), line('DK-000004', 'D'), line('DK-000003', 'C'), line('DK-000002', 'B'), line('DK-000001', 'A')];
  const update = resultsTabUpdate(read, [line('DK-000001', 'A'), line('DK-000002', 'B'), line('DK-000004', 'D')])!;
  expect(update.rows.map((r) => r[0])).toEqual(['Mã phiếu', 'DK-000004', 'DK-000002', 'DK-000001', '']);
});

it('keeps the row (blank) where a row below holds a cell of the office\'s: the tool\'s cells do not move beside hers', () => {
  const header = [...RESULTS_HEADER, 'Ghi chú của phòng'];
  const read = [header, [...line('DK-000004', 'D'), ''], [...line('DK-000003', 'C'), ''], [...line('DK-000002', 'B'), 'gọi lại'], [...line('DK-000001', 'A'), '']];
  const update = resultsTabUpdate(read, [line('DK-000001', 'A'), line('DK-000002', 'B'), line('DK-000004', 'D')])!;
  expect(update.rows.map((r) => r[0])).toEqual(['Mã phiếu', 'DK-000004', '', 'DK-000002', 'DK-000001']);
});

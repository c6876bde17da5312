// d83a F2 (fix f83e): a row the office typed without a code («↑ Trường xin rút phiếu này…») right beside a registration's
// row gone keeps that row (its code, RESULTS_ROW_GONE_BESIDE), so that her line never stands beside another teacher's;
// a gone row with no such row beside it is still deleted (r83o F1), and two gone rows side by side do not keep each other.
import { expect, it } from 'vitest';
import { resultsTabUpdate } from '../../src/core/results-table';
import { RESULTS_HEADER, RESULTS_ROW_GONE_BESIDE } from '../../src/core/messages';

const line = (code: string, name: string) => RESULTS_HEADER.map((h, j) => (j === 0 ? code : j === 3 ? name : ''));
const note = (text: string) => RESULTS_HEADER.map((h, j) => (j === 3 ? text : ''));
const codes = (rows: readonly (readonly unknown[])[]) => rows.map((r) => String(r[0] !== '' ? r[0] : r[3]));

it('a note row under a gone registration keeps that row, with its code and why; stable at the next run', () => {
  const read = [RESULTS_HEADER.slice(), line('DK-000002', 'An'), line('DK-000003', 'Bình'), note('↑ rút phiếu'), line('DK-000004', 'Cường')];
  const results = [line('DK-000002', 'An'), line('DK-000004', 'Cường')];
  const update = resultsTabUpdate(read, results)!;
  expect(update.emptied).toEqual([]);
  expect(codes(update.rows)).toEqual(['Mã phiếu', 'DK-000002', 'DK-000003', '↑ rút phiếu', 'DK-000004']);
  expect(update.rows[2][11]).toBe(RESULTS_ROW_GONE_BESIDE);
  expect(update.rows[2][7]).toBe('');
  const again = resultsTabUpdate(update.rows, results)!;
  expect(again.emptied).toEqual([]);
  expect(again.rows).toEqual(update.rows);
});

it('a note row above a gone registration («↓ …») keeps it too', () => {
  const read = [RESULTS_HEADER.slice(), line('DK-000002', 'An'), note('↓ rút phiếu'), line('DK-000003', 'Bình'), line('DK-000004', 'Cường')];
  const update = resultsTabUpdate(read, [line('DK-000002', 'An'), line('DK-000004', 'Cường')])!;
  expect(update.emptied).toEqual([]);
  expect(update.rows[3][0]).toBe('DK-000003');
  expect(update.rows[3][11]).toBe(RESULTS_ROW_GONE_BESIDE);
});

it('two gone rows side by side: only the one beside her note is kept; a gone row with a blank row between is deleted', () => {
  const read = [RESULTS_HEADER.slice(), line('DK-000002', 'An'), line('DK-000003', 'Bình'), line('DK-000005', 'Dung'), note('↑ rút phiếu'), line('DK-000004', 'Cường'), line('DK-000006', 'Em'), [], note('Tổng cộng')];
  const update = resultsTabUpdate(read, [line('DK-000002', 'An'), line('DK-000004', 'Cường')])!;
  expect(update.emptied).toEqual([2, 6]);
  expect(codes(update.rows)).toEqual(['Mã phiếu', 'DK-000002', 'DK-000005', '↑ rút phiếu', 'DK-000004', '', 'Tổng cộng']);
});

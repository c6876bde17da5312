// d83c F2 (fix f83i): a column is taken for the retyped «Mã phiếu» column (layoutByCodes) only when it surely is one —
// where the tool's code column belongs, its codes the tab's registrations one a row — else the tab is held (noCode).
import { expect, it } from 'vitest';
import { resultsTabHeld, resultsTabUpdate } from '../../src/core/results-table';
import { RESULTS_HEADER, RESULTS_NOT_WRITTEN } from '../../src/core/messages';

const line = (code: string, name: string) => RESULTS_HEADER.map((h, j) => (j === 0 ? code : j === 3 ? name : j === 7 ? 'Đạt' : ''));
const results = [line('DK-000001', 'An'), line('DK-000002', 'Bình'), line('DK-000003', 'Cường')];
/** The tab with column A («Mã phiếu») deleted, `own` (header, then a cell a row) inserted at `at`. */
const withoutCodes = (own: string[], at: number) =>
  [RESULTS_HEADER.slice(1), ...results.map((l) => l.slice(1))].map((r, i) => [...r.slice(0, at), own[i], ...r.slice(at)]);
const held = (read: unknown[][]) => {
  expect(resultsTabUpdate(read, results)).toBeNull();
  expect(resultsTabHeld(read)!.message).toBe(RESULTS_NOT_WRITTEN.noCode);
};

it('a column of hers where the code column belongs, one code in it: held', () => {
  held(withoutCodes(['Trùng với phiếu', '', '', 'DK-000001'], 0));
});

it('a column of hers where the code column belongs, a code on every row but not the row\'s registration: held', () => {
  held(withoutCodes(['Trùng với phiếu', 'DK-000002', 'DK-000003', 'DK-000001'], 0));
});

it('a code twice in it: held', () => {
  held(withoutCodes(['Mã số phiếu', 'DK-000001', 'DK-000002', 'DK-000001'], 0));
});

it('every code right but in a column elsewhere (not before «Đơn vị»): held', () => {
  held(withoutCodes(['Bản sao mã', 'DK-000001', 'DK-000002', 'DK-000003'], 13));
});

it('the code header retyped, with «STT» before it and the row of a gone registration: found, «Mã phiếu» spelt back', () => {
  const gone = RESULTS_HEADER.map((_, j) => (j === 0 ? 'DK-000009' : j === 11 ? 'Phiếu này không còn' : ''));
  const read = [['STT', 'Mã số phiếu', ...RESULTS_HEADER.slice(1)], ...[...results, gone].map((l, i) => [String(i + 1), ...l])];
  const update = resultsTabUpdate(read, results)!;
  expect(update.key).toBe(1);
  expect(update.rows[0][1]).toBe('Mã phiếu');
  expect(update.rows.slice(1, 4).map((r) => [r[0], r[1], r[4]])).toEqual([['1', 'DK-000001', 'An'], ['2', 'DK-000002', 'Bình'], ['3', 'DK-000003', 'Cường']]);
});

// d83a F1 (fix f83e): "Kết quả kiểm tra" as read, when its rows cannot be told by their codes: why it is left as it is
// (resultsTabHeld), and a code header retyped found by its codes (resultsTabUpdate).
import { expect, it } from 'vitest';
import { resultsTabHeld, resultsTabUpdate } from '../../src/core/results-table';
import { RESULTS_HEADER, RESULTS_NOT_WRITTEN } from '../../src/core/messages';

const line = (code: string, name: string) => RESULTS_HEADER.map((h, j) => (j === 0 ? code : j === 3 ? name : ''));

it('a blank tab is not held', () => {
  expect(resultsTabHeld([])).toBeNull();
  expect(resultsTabHeld([[''], []])).toBeNull();
});

it('a title above the header: delete the rows above it', () => {
  const read = [['BẢNG THEO DÕI'], [], RESULTS_HEADER.slice(), line('DK-000001', 'A')];
  expect(resultsTabUpdate(read, [])).toBeNull();
  expect(resultsTabHeld(read)).toEqual({ message: RESULTS_NOT_WRITTEN.headerBelow(3), cols: RESULTS_HEADER.map((_, j) => j) });
  expect(RESULTS_NOT_WRITTEN.headerBelow(3)).toContain('các dòng 1–2 phía trên dòng tiêu đề');
});

it('the header caught in a sort, registrations above it: put it back, never delete them', () => {
  const read = [['STT', ...line('DK-000002', 'B')], ['', ...RESULTS_HEADER], ['1', ...line('DK-000001', 'A')]];
  expect(resultsTabUpdate(read, [])).toBeNull();
  const held = resultsTabHeld(read)!;
  expect(held.message).toBe(RESULTS_NOT_WRITTEN.headerSorted(2));
  expect(held.message).toContain('Đừng xóa các dòng phía trên');
  expect(held.cols).toEqual(RESULTS_HEADER.map((_, j) => j + 1));
});

it('the code column deleted: no code anywhere, held and said', () => {
  const read = [[...RESULTS_HEADER.slice(1), 'Theo dõi'], [...line('', 'A').slice(1), 'gọi lại']];
  expect(resultsTabUpdate(read, [])).toBeNull();
  expect(resultsTabHeld(read)).toEqual({ message: RESULTS_NOT_WRITTEN.noCode, cols: null });
});

it('the code header retyped: its column found by its codes, the header spelt back, her column kept', () => {
  const read = [['Mã số phiếu', ...RESULTS_HEADER.slice(1), 'Theo dõi'], [...line('DK-000002', 'B'), ''], [...line('DK-000001', 'A'), 'gọi lại']];
  const update = resultsTabUpdate(read, [line('DK-000001', 'A'), line('DK-000002', 'B')])!;
  expect(update.key).toBe(0);
  expect(update.rows.map((r) => [r[0], r[3], r[14]])).toEqual([
    ['Mã phiếu', 'Tên tập thể / cá nhân', 'Theo dõi'],
    ['DK-000002', 'B', ''],
    ['DK-000001', 'A', 'gọi lại'],
  ]);
});

it('a row 1 that is not the header (no tool header in it) is not read by its codes', () => {
  const read = [['BẢNG THEO DÕI'], line('DK-000001', 'A')];
  expect(resultsTabUpdate(read, [])).toBeNull();
  expect(resultsTabHeld(read)!.message).toBe(RESULTS_NOT_WRITTEN.noCode);
});

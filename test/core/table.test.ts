// What the writer hands to setValues: text exactly as stored, never a formula, never longer than a cell.
import { describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS, gridFor, literalText, toCell } from '../../src/core/table';

describe('literalText', () => {
  it.each(['=IMPORTXML("http://x","//a")', '+84912345678', '-', '@chanh', '\tTab', '\rCR', '0912345678', '07', '1.5', 'TRUE', '12/05/2024', '50%', "'already"])(
    'makes %j literal with one apostrophe',
    (s) => expect(literalText(s)).toBe("'" + s),
  );
  it.each(['Trường Mầm non Hoa Sen', ' =not a formula', 'DK-000012', 'Năm 2023'])('leaves %j alone', (s) => {
    expect(literalText(s)).toBe(s);
  });
  it('cuts text at the cell limit with a visible ellipsis, the apostrophe included', () => {
    const out = literalText('ă'.repeat(MAX_CELL_CHARS + 10));
    expect(out.length).toBe(MAX_CELL_CHARS);
    expect(out.endsWith('…')).toBe(true);
    expect(literalText('a'.repeat(MAX_CELL_CHARS))).toBe('a'.repeat(MAX_CELL_CHARS));
    const withPrefix = literalText('=' + 'a'.repeat(MAX_CELL_CHARS));
    expect(withPrefix.length).toBe(MAX_CELL_CHARS);
    expect(withPrefix.startsWith("'=")).toBe(true);
  });
  it('does not split an emoji at the limit', () => {
    const out = literalText('a'.repeat(MAX_CELL_CHARS - 2) + '😀😀😀');
    expect(out.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(/[\uD800-\uDBFF]…$/.test(out)).toBe(false);
  });
});

describe('toCell and gridFor', () => {
  it('keeps numbers, booleans and dates (of any realm), empties the rest', () => {
    const d = new Date(2024, 0, 2);
    expect([toCell(3), toCell(true), toCell(d), toCell(null), toCell(undefined), toCell(NaN)]).toEqual([3, true, d, '', '', '']);
  });
  it('pads every row to the widest and over the old extent, so one write replaces everything', () => {
    const grid = gridFor(['A', 'B'], [['x'], ['y', 'z', 'w']], { rows: 5, cols: 4 });
    expect(grid).toHaveLength(5);
    for (const row of grid) expect(row).toHaveLength(4);
    expect(grid[1]).toEqual(['x', '', '', '']);
    expect(grid[4]).toEqual(['', '', '', '']);
  });
});

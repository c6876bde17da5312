// Review d64b F4, left open at stop 64: the log line quoting the tool's notes left out of full "Ghi chú" cells had no
// cap of its own under what "Nhật ký lỗi" keeps of a line (2,000 characters): ten rows of long notes were cut off by
// the log in the middle of a quote, the rows after it not even counted.
import { describe, expect, it } from 'vitest';
import { LOG_LINE_MAX, REVIEW_NOTES_LEFT_OUT } from '../../src/core/messages';

const notes = (n: number, mark: string) => Array.from({ length: n }, (_, i) => `${mark}-${i}: ${'ghi chú dài '.repeat(30)}`).join('\n');
const rows = (count: number, perRow: number) => Array.from({ length: count }, (_, i) => ({ id: `DK-${String(i + 1).padStart(6, '0')}`, row: i + 2, notesLeftOut: true, notes: notes(perRow, `N${i}`) }));

describe('the log line of notes left out of full cells', () => {
  it('twelve rows of long notes: the rows that fit, each quote whole, the rest counted — within what the log keeps', () => {
    const line = REVIEW_NOTES_LEFT_OUT(rows(12, 3));
    expect(line.length).toBeLessThanOrEqual(LOG_LINE_MAX);
    const shown = [...line.matchAll(/dòng (\d+) \(phiếu/g)].length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(12);
    expect(line.endsWith(`; và ${12 - shown} dòng khác.`)).toBe(true);
    // Every quote it opens, it closes.
    expect(line.split('“').length).toBe(line.split('”').length);
  });

  it('one row whose notes alone pass the limit: that row, cut to fit; a few short rows: all of them as before', () => {
    const one = REVIEW_NOTES_LEFT_OUT(rows(1, 20));
    expect(one.length).toBeLessThanOrEqual(LOG_LINE_MAX);
    expect(one).toContain('dòng 2 (phiếu DK-000001)');
    expect(one.endsWith('.')).toBe(true);
    const few = REVIEW_NOTES_LEFT_OUT(rows(3, 1).map((r) => ({ ...r, notes: `Ngắn ${r.row}` })));
    expect(few).toMatch(/dòng 2 \(phiếu DK-000001\): “Ngắn 2”; dòng 3 \(phiếu DK-000002\): “Ngắn 3”; dòng 4 \(phiếu DK-000003\): “Ngắn 4”\.$/);
  });
});

// Review d67 (fails today): the clerk sorts the "Bắt buộc" column alone ("Không" first). The next full run holds the
// values read before and its log lists the four criteria whose values moved, "cho đến khi cột được đặt lại (Hoàn tác,
// hoặc ghi lại)". The clerk starts putting them back by hand, from the top: TT-01 typed "Có" again. A full run now
// (the clerk still typing, or the next hourly run) no longer sees a sorted column — three values moved, one "Không"
// fewer — and takes the three still shuffled for the office's switches: TT-02 (mandatory in the plan) turns
// priority-only, TT-11 and CN-13 mandatory; verdicts turn and the print keeps the shuffle as the office's values.
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/criteria';
import { criteriaFromRows, criteriaToRows } from '../../src/core/criteria-tab';

describe('review d67: a column sorted alone, being put back by hand', () => {
  it('the criteria still shuffled keep the values read before', () => {
    const rows = criteriaToRows(CATALOGUE).map((r) => [...r]);
    const mand = rows[0].indexOf('Bắt buộc');
    const before = new Map(CATALOGUE.map((c) => [c.id, c.mandatory]));
    const recalled = (id: string) => before.get(id) ?? null;
    // Sorted alone, "Không" first: the two "Không" go to the first two rows.
    const column = rows.slice(1).map((r) => r[mand]).sort((a, b) => b.localeCompare(a, 'vi'));
    rows.slice(1).forEach((r, i) => (r[mand] = column[i]));
    expect(rows.slice(1, 3).map((r) => [r[0], r[mand]])).toEqual([
      ['TT-01-DANG-KY', 'Không'],
      ['TT-02-DAN-DAU', 'Không'],
    ]);
    const sorted = criteriaFromRows(rows, CATALOGUE, recalled);
    // Precondition (holds today): seen as the column sorted, the values read before kept.
    expect(sorted.errors.join('\n')).toContain('có vẻ đã được sắp xếp riêng');
    expect(sorted.catalogue.every((c) => c.mandatory === before.get(c.id))).toBe(true);
    // The clerk types TT-01 back to "Có" — the first of the four the log names.
    rows[1][mand] = 'Có';
    const half = criteriaFromRows(rows, CATALOGUE, recalled);
    const now = (id: string) => half.catalogue.find((c) => c.id === id)!.mandatory;
    expect(now('TT-02-DAN-DAU')).toBe(true);
    expect(now('TT-11-DANG-DOAN-THE-XS')).toBe(false);
    expect(now('CN-13-SANG-KIEN-CONG-NHAN')).toBe(false);
  });
});

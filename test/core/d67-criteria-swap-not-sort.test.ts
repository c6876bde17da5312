// Review d67 (fails today): the office changes its mind about four criteria in one sitting — two priority-only ones
// (TT-11, CN-13) become mandatory, and the half-year and annual reports (TR-04, TR-05, the last rows) are no longer
// required — each cell typed by hand. The tab then has as many "Có" as before and its "Không" in one block at the end:
// columnSortedAlone takes the four edits for the column sorted on its own and keeps the values read before, and its
// log line tells the office to "sửa từng ô" — which is what it did; doing it again changes nothing. Registrations
// lacking TT-11 stay "Đạt" and schools keep being asked for reports the office no longer requires.
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/criteria';
import { criteriaFromRows, criteriaToRows } from '../../src/core/criteria-tab';

describe('review d67: four criteria switched by hand are not a sorted column', () => {
  it('the office\'s switches count', () => {
    const rows = criteriaToRows(CATALOGUE).map((r) => [...r]);
    const mand = rows[0].indexOf('Bắt buộc');
    // What the last full run read: the plan's values.
    const before = new Map(CATALOGUE.map((c) => [c.id, c.mandatory]));
    const last2 = rows.slice(-2).map((r) => r[0]);
    expect(last2).toEqual(['TR-04-BAO-CAO-6-THANG', 'TR-05-BAO-CAO-NAM']);
    const set = (id: string, v: string) => (rows.find((r) => r[0] === id)![mand] = v);
    set('TT-11-DANG-DOAN-THE-XS', 'Có');
    set('CN-13-SANG-KIEN-CONG-NHAN', 'Có');
    set('TR-04-BAO-CAO-6-THANG', 'Không');
    set('TR-05-BAO-CAO-NAM', 'Không');
    const read = criteriaFromRows(rows, CATALOGUE, (id) => before.get(id) ?? null);
    const now = (id: string) => read.catalogue.find((c) => c.id === id)!.mandatory;
    expect(read.errors).toEqual([]);
    expect(now('TT-11-DANG-DOAN-THE-XS')).toBe(true);
    expect(now('CN-13-SANG-KIEN-CONG-NHAN')).toBe(true);
    expect(now('TR-04-BAO-CAO-6-THANG')).toBe(false);
    expect(now('TR-05-BAO-CAO-NAM')).toBe(false);
  });
});

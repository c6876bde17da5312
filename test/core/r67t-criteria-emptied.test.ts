// Review r67t: every row of "Tiêu chí" below its header cleared (the clerk selects the rows and presses Delete, meaning to
// clear one column): each criterion falls back to its default with no word in the log — one row deleted is named
// ("không có dòng của tiêu chí …"), all of them are not (criteriaFromRows names missing rows only when it read one).
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/criteria';
import { criteriaFromRows, criteriaToRows } from '../../src/core/criteria-tab';

describe('"Tiêu chí" with every criterion\'s row cleared (review r67t)', () => {
  it('says the criteria are judged by their defaults, as it says of one row deleted', () => {
    const rows = criteriaToRows(CATALOGUE);
    const one = criteriaFromRows(rows.filter((r) => r[0] !== 'CN-07-GDVH'));
    expect(one.errors).toHaveLength(1);
    const cleared = [rows[0], ...rows.slice(1).map((r) => r.map(() => ''))];
    expect(criteriaFromRows(cleared).errors.length).toBeGreaterThan(0);
    expect(criteriaFromRows([rows[0]]).errors.length).toBeGreaterThan(0);
  });
});

// Review r67t: what a clerk writes in "Bắt buộc" to make a criterion priority-only. "Không", "khong", "Ưu tiên" are
// read; "Không bắt buộc" — the plain Vietnamese for "not mandatory" — and "Ưu tiên xem xét", the plan's own words for
// its priority criteria (II.2.a "… (ưu tiên xem xét)", the label of TT-11), are not: the criterion stays mandatory
// (the default), its registrations judged against the office's intent until someone reads the log.
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/criteria';
import { CRITERIA_HEADERS, criteriaFromRows, criteriaToRows } from '../../src/core/criteria-tab';

describe('"Bắt buộc" written in words (review r67t)', () => {
  it.each(['Không bắt buộc', 'không bắt buộc', 'Ưu tiên xem xét'])('"%s" makes the criterion priority-only', (typed) => {
    const rows: unknown[][] = criteriaToRows(CATALOGUE);
    const k = rows[0].indexOf(CRITERIA_HEADERS[4]);
    rows.find((r) => r[0] === 'CN-07-GDVH')![k] = typed;
    const read = criteriaFromRows(rows);
    expect(read.errors).toEqual([]);
    expect(read.catalogue.find((c) => c.id === 'CN-07-GDVH')!.mandatory).toBe(false);
  });
});

// Review d73 (r73r F5's fix, adversarially): the same name at one school with two birth years is now "alike" (maybe one
// person). Two real teachers "Nguyễn Thị Hương", born 1975 and 1990, at one school, without gender or hometown answered:
// both are flagged — and the note the school's tab and the council read gives as the reason "cùng họ tên … và năm sinh,
// hoặc một phiếu không ghi năm sinh", which is untrue of them (two years, both given). The council, told the two share a
// birth year, drops one of two real people. The note should say what is true: the same name, two birth years.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, answersToRow, config, directoryRowsWithOffice, form, headerRow, individualAnswers } from './helpers';
import { evaluateAll } from '../../src/core/evaluate';
import { notesOf } from '../../src/core/results-table';
import { Q } from '../../src/core/registration-form';
import { REVIEW_DECISIONS, mergeReview } from '../../src/core/review';
import { planDocuments, selectNominees } from '../../src/core/proposals';

const cfg = config();

function regs(years: [string, string]) {
  const f = form(cfg);
  const email = SCHOOLS[0].emails[0];
  const values = [
    headerRow(f),
    answersToRow(f, { ...individualAnswers('teacher'), [Q.individualName]: 'Nguyễn Thị Hương', [Q.birthYear]: years[0] }, new Date(2024, 5, 2, 8), email),
    answersToRow(f, { ...individualAnswers('teacher'), [Q.individualName]: 'Nguyễn Thị Hương', [Q.birthYear]: years[1] }, new Date(2024, 5, 3, 8), email),
  ];
  return evaluateAll({ config: cfg, directoryRows: directoryRowsWithOffice(), responseValues: values }).registrations;
}

describe('d73: two teachers of one name at one school, two birth years', () => {
  it('are flagged alike (the fix), and the note does not claim they share a birth year', () => {
    const rs = regs(['1975', '1990']);
    const notes = rs.flatMap((r) => notesOf(r)).filter((n) => n.startsWith('Có thể trùng người'));
    expect(notes.length).toBe(2);
    for (const n of notes) expect(n).not.toMatch(/và năm sinh, hoặc một phiếu không ghi năm sinh/);
  });

  it('the council’s documents: the note on both nominees does not claim they share a birth year', () => {
    const rs = regs(['1975', '1990']);
    const tab = mergeReview([], rs);
    for (const row of tab.rows) row[tab.columns.decision] = REVIEW_DECISIONS.propose;
    const nominees = selectNominees(tab, rs).nominees;
    expect(nominees.length).toBe(2);
    const warnings = planDocuments(nominees, new Date(2024, 7, 5), cfg, null).flatMap((d) => d.warnings).filter((w) => w.startsWith('Có thể trùng người'));
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) expect(w).not.toMatch(/và năm sinh, hoặc một phiếu không ghi năm sinh/);
  });
});

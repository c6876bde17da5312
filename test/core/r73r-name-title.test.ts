// Review r73r F3 (the documents' side): "Cô Nguyễn Thị Hòa" or "Đ/c Nguyễn Thị Hòa" typed in the name question is
// printed as the nominee's name in the Quyết định, the Danh sách and the Báo cáo ("Cô Nguyễn Thị Hòa, giáo viên,
// Trường…"), with no word to the office before signing — while a capitalised name is told (nameCaseWrong), and the
// title words are known to the tool (duplicates.ts personWords drops them to match the person).
import { describe, expect, it } from 'vitest';
import { SCHOOLS, answersToRow, config, directoryRowsWithOffice, form, headerRow, individualAnswers } from './helpers';
import { evaluateAll } from '../../src/core/evaluate';
import { REVIEW_DECISIONS, mergeReview } from '../../src/core/review';
import { planDocuments, selectNominees } from '../../src/core/proposals';
import { Q } from '../../src/core/registration-form';

const cfg = config();

function warningsFor(name: string): string[] {
  const f = form(cfg);
  const values = [headerRow(f), answersToRow(f, { ...individualAnswers('teacher'), [Q.individualName]: name }, new Date(2024, 5, 2, 8), SCHOOLS[0].emails[0])];
  const regs = evaluateAll({ config: cfg, directoryRows: directoryRowsWithOffice(), responseValues: values }).registrations;
  const tab = mergeReview([], regs);
  for (const row of tab.rows) row[tab.columns.decision] = REVIEW_DECISIONS.propose;
  const n = selectNominees(tab, regs).nominees[0];
  return planDocuments([n], new Date(2024, 7, 5), cfg, null).flatMap((d) => d.warnings);
}

describe('a form of address typed before the name (r73r F3)', () => {
  it('the office is told before signing, as it is of a name in capitals', () => {
    expect(warningsFor('NGUYỄN THỊ HÒA').some((w) => w.includes('NGUYỄN THỊ HÒA'))).toBe(true);
    for (const name of ['Cô Nguyễn Thị Hòa', 'Đ/c Nguyễn Thị Hòa', 'Thầy Nguyễn Văn Bình']) expect(warningsFor(name).some((w) => w.includes(name)), name).toBe(true);
  });
});

describe('a position or a note typed after the name', () => {
  it('the office is told what is after the name and the name alone, not that the name is miscased', () => {
    const warnings = warningsFor('Nguyễn Thị Hòa (TPT Đội)');
    expect(warnings.some((w) => w.includes('“Nguyễn Thị Hòa (TPT Đội)”') && w.includes('có lẽ là “Nguyễn Thị Hòa”') && w.includes('sau họ tên'))).toBe(true);
    expect(warnings.some((w) => w.includes('không viết hoa'))).toBe(false);
  });
});

describe('a name typed without diacritics', () => {
  it('the office is told before signing', () => {
    expect(warningsFor('Nguyen Thi Hoa').some((w) => w.includes('“Nguyen Thi Hoa”') && w.includes('không dấu'))).toBe(true);
    expect(warningsFor('Nguyễn Thị Hòa').some((w) => w.includes('không dấu'))).toBe(false);
  });
});

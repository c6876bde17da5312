// Review d77b (adversarial reading of the fixes for d77) F2.
//
// Who is hurt: nominees with a recognised initiative, and the office that signs their Danh sách and Báo cáo thành
// tích. proposals.ts printedDecision (5d40bc29) prints, after the documents' own "Quyết định số", what follows the
// first "digits/letter" in the text once a decision's words ("Quyết định", "QĐ") are taken off. What stands before that
// number is dropped — and it may be the decision's date, or the number's own first part:
// - "QĐ ngày 20/5/2027 số 45/QĐ-PGDĐT" is printed "Quyết định số 45/QĐ-PGDĐT, năm 2027": the date is lost;
// - "Quyết định công nhận sáng kiến số 45/2027/QĐ-UBND" (a number with its year, as UBND decisions are often numbered)
//   is printed "Quyết định số 2027/QĐ-UBND": a decision number that does not exist.
// Should: the decision's date and its full number are printed ("… 45/QĐ-PGDĐT … 20/5/2027", "… số 45/2027/QĐ-UBND").
// Severity: Medium-Low (a wrong or incomplete reference in the signed list the province decides from).
import { describe, expect, it } from 'vitest';
import { teacherProposed } from './r77t-lib';
import { initiativeTitles, INITIATIVE_LEVELS } from '../../src/core/registration-form';

describe('an initiative decision typed with its date before the number, another with a number holding its year (d77b F2)', () => {
  it('neither the date nor the first part of the number is lost in the documents', () => {
    const [t, t2] = [initiativeTitles(1), initiativeTitles(2)];
    const { list, report } = teacherProposed({
      [t.name]: 'Vườn rau sạch của bé',
      [t.decision]: 'QĐ ngày 20/5/2027 số 45/QĐ-PGDĐT',
      [t.year]: '2027',
      [t2.name]: 'Góc đọc sách cùng con',
      [t2.level]: INITIATIVE_LEVELS[0],
      [t2.decision]: 'Quyết định công nhận sáng kiến số 45/2027/QĐ-UBND',
      [t2.year]: '2027',
    });
    for (const d of [list, report]) {
      // The control: both recognitions are printed.
      expect(d.text, d.name).toContain('45/QĐ-PGDĐT');
      expect(d.text, d.name).toContain('/QĐ-UBND');
      // Today: "…, Quyết định số 45/QĐ-PGDĐT, năm 2027" — the decision's date is gone.
      expect(d.text, d.name).toContain('20/5/2027');
      // Today: "…, Quyết định số 2027/QĐ-UBND, năm 2027" — the number's "45/" is gone.
      expect(d.text, d.name).toContain('45/2027/QĐ-UBND');
    }
  });
});

// Review d77 (adversarial reading of this session's changes) F4.
//
// Who is hurt: nominees with a recognised initiative, and the office that signs their Danh sách and Báo cáo thành
// tích. Commit 2817d7d7 prints an initiative's recognition from the first "digits/letter" number its text holds, after
// the documents' own "Quyết định số" (proposals.ts printedDecision). Two real answers go wrong:
// - an initiative recognised by a certificate, as the rules on initiatives provide ("Giấy chứng nhận sáng kiến số
//   05/GCN-SGDĐT ngày 3/6/2027"): the words that say it is a certificate are dropped and the signed documents print
//   "Quyết định số 05/GCN-SGDĐT ngày 3/6/2027", a decision that does not exist (before, the school's words showed);
// - a decision whose number has no "/QĐ-…" ("Quyết định khen thưởng số 45 ngày 20/5/2027", a school's own decision):
//   still printed "Quyết định số khen thưởng số 45 ngày 20/5/2027", the garble r77t F5 was about.
// Should: what is not a decision is not printed as "Quyết định số …" (the school's words kept, e.g. "Giấy chứng nhận
// sáng kiến số 05/GCN-SGDĐT …"); the words before a bare number's "số" are taken off as they are before "12/QĐ-…".
// Severity: Medium (a false reference in the list the province decides from, now without a visible sign).
import { describe, expect, it } from 'vitest';
import { teacherProposed } from './r77t-lib';
import { initiativeTitles, INITIATIVE_LEVELS } from '../../src/core/registration-form';

describe('an initiative recognised by a certificate, another by a decision numbered without "/QĐ-" (d77 F4)', () => {
  it('the certificate is not printed as a decision, and the decision not as "Quyết định số khen thưởng số …"', () => {
    const [t, t2] = [initiativeTitles(1), initiativeTitles(2)];
    const { list, report } = teacherProposed({
      [t.name]: 'Vườn rau sạch của bé',
      [t.decision]: 'Giấy chứng nhận sáng kiến số 05/GCN-SGDĐT ngày 3/6/2027',
      [t.year]: '2027',
      [t2.name]: 'Góc đọc sách cùng con',
      [t2.level]: INITIATIVE_LEVELS[0],
      [t2.decision]: 'Quyết định khen thưởng số 45 ngày 20/5/2027',
      [t2.year]: '2027',
    });
    for (const d of [list, report]) {
      // The control: both recognitions are printed.
      expect(d.text, d.name).toContain('05/GCN-SGDĐT ngày 3/6/2027');
      expect(d.text, d.name).toContain('45 ngày 20/5/2027');
      // Today: "…, Quyết định số 05/GCN-SGDĐT ngày 3/6/2027" — a certificate printed as a decision.
      expect(d.text, d.name).not.toContain('Quyết định số 05/GCN');
      // Today: "…, Quyết định số khen thưởng số 45 ngày 20/5/2027".
      expect(d.text, d.name).not.toContain('Quyết định số khen thưởng');
    }
  });
});

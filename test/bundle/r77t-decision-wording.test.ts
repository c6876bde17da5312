// Review r77t (Vietnamese as school clerks type it into the form's free-text answers) F5.
//
// Who is hurt: nominees with a recognised initiative, and the office that signs their Danh sách and Báo cáo thành
// tích. "Sáng kiến, giải pháp n: số quyết định công nhận" is answered as clerks write it in their own papers:
// "Quyết định công nhận sáng kiến số 12/QĐ-SGDĐT ngày 3/6/2027", "QĐ của Chủ tịch UBND phường số 45/QĐ-UBND ngày
// 20/5/2027". The documents print their own "Quyết định số" and take off what the school typed before the number
// (proposals.ts DECISION_LEAD) — but only its first words, when the number does not follow them: the list and the
// report print "Quyết định số sáng kiến số 12/QĐ-SGDĐT ngày 3/6/2027" and "Quyết định số của Chủ tịch UBND phường số
// 45/QĐ-UBND ngày 20/5/2027", with nothing said in "Đề nghị khen thưởng".
// Should: the decision printed reads as Vietnamese — "Quyết định số 12/QĐ-SGDĐT ngày 3/6/2027" (what precedes the
// number taken off up to its "số"), or the school's words kept whole without a second "Quyết định số" before them.
// Severity: Medium (a garbled reference in the list the province decides from and in the signed report).
import { describe, expect, it } from 'vitest';
import { teacherProposed } from './r77t-lib';
import { initiativeTitles, INITIATIVE_LEVELS } from '../../src/core/registration-form';

describe('a decision typed with words between "Quyết định" and its number (r77t F5)', () => {
  it('is printed without a second, misplaced "Quyết định số"', () => {
    const [t, t2] = [initiativeTitles(1), initiativeTitles(2)];
    const { list, report } = teacherProposed({
      [t.name]: 'Vườn rau sạch của bé',
      [t.decision]: 'Quyết định công nhận sáng kiến số 12/QĐ-SGDĐT ngày 3/6/2027',
      [t.year]: '2027',
      [t2.name]: 'Góc đọc sách cùng con',
      [t2.level]: INITIATIVE_LEVELS[0],
      [t2.decision]: 'QĐ của Chủ tịch UBND phường số 45/QĐ-UBND ngày 20/5/2027',
      [t2.year]: '2027',
    });
    for (const d of [list, report]) {
      // The control: both decisions' numbers are printed.
      expect(d.text, d.name).toContain('12/QĐ-SGDĐT ngày 3/6/2027');
      expect(d.text, d.name).toContain('45/QĐ-UBND ngày 20/5/2027');
      // Today: "Quyết định số sáng kiến số 12/QĐ-SGDĐT …", "Quyết định số của Chủ tịch UBND phường số 45/QĐ-UBND …".
      expect(d.text.match(/Quyết định số (?!\d)[^;.\n]*/g) ?? [], d.name).toEqual([]);
    }
  });
});

// Review d77 (adversarial reading of this session's changes) F5.
//
// Who is hurt: nominees whose school typed an initiative's or the model's name as a title in quotation marks, the way
// titles are written, when the title itself quotes a name — a game, a software, a slogan — or ends with a full stop:
// "Sử dụng trò chơi “Ai nhanh hơn” trong tiết Toán lớp 2" wrapped in “…”, "Ứng dụng phần mềm "Kahoot" trong dạy học"
// wrapped in "…", “Góc đọc sách cùng con”. (full stop after). Commit 2817d7d7 drops the school's pair only when the
// quotes inside hold no other quotation mark and nothing follows the closing one (proposals.ts titleText: its
// expression `^(?:"([^"]+)"|“([^“”]+)”|…)$`), so these titles are still printed in two pairs — the Danh sách and the
// Báo cáo thành tích print ““Sử dụng trò chơi “Ai nhanh hơn” trong tiết Toán lớp 2”” and “"Ứng dụng phần mềm "Kahoot"
// trong dạy học"”, the doubled marks r77t F3 was about.
// Should: a title the school wrapped in a pair of quotation marks is printed in the documents' one pair, whatever it
// quotes inside, a full stop after the pair left out.
// Severity: Low (a visible typing error in the signed list and report).
import { describe, expect, it } from 'vitest';
import { teacherProposed } from './r77t-lib';
import { Q, initiativeTitles, INITIATIVE_LEVELS } from '../../src/core/registration-form';

describe('a title in quotation marks that quotes a name inside, or ends with a full stop (d77 F5)', () => {
  it('is printed inside one pair of quotation marks in the Danh sách and the Báo cáo thành tích', () => {
    const [t, t2] = [initiativeTitles(1), initiativeTitles(2)];
    const { list, report } = teacherProposed({
      [Q.modelName]: '“Góc đọc sách cùng con”.',
      [t.name]: '“Sử dụng trò chơi “Ai nhanh hơn” trong tiết Toán lớp 2”',
      [t2.name]: '"Ứng dụng phần mềm "Kahoot" trong dạy học"',
      [t2.level]: INITIATIVE_LEVELS[0],
      [t2.decision]: 'Số 45/QĐ-UBND ngày 20/5/2027',
      [t2.year]: '2027',
    });
    for (const d of [list, report]) {
      // The control: the three titles are printed.
      expect(d.text, d.name).toContain('Góc đọc sách cùng con');
      expect(d.text, d.name).toContain('Ai nhanh hơn');
      expect(d.text, d.name).toContain('Kahoot');
      // Today: ““Sử dụng trò chơi “Ai nhanh hơn” trong tiết Toán lớp 2””, “"Ứng dụng phần mềm "Kahoot" trong dạy học"”,
      // “““Góc đọc sách cùng con”.”.
      expect(d.text, d.name).not.toMatch(/[“"]["“]|["”]["”]|”\.”/);
    }
  });
});

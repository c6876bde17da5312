// Review r77t (Vietnamese as school clerks type it into the form's free-text answers) F3.
//
// Who is hurt: every nominee whose school typed the model's or an initiative's name as a title is written in
// Vietnamese — in quotation marks: "Góc đọc sách cùng con" (straight quotes from a phone or an English keyboard),
// “Vườn rau sạch của bé” (curly quotes, pasted from Word). The documents put their own quotation marks around each
// name, so the Danh sách sent to the province and the Báo cáo thành tích print «Mô hình “"Góc đọc sách cùng con"”
// (Lớp học hạnh phúc). Sáng kiến, giải pháp: ““Vườn rau sạch của bé”” — cấp bộ, ngành, tỉnh, …» — doubled quotation
// marks in the document the Chủ tịch signs from, and nothing in "Đề nghị khen thưởng" points at them.
// Should: a name the school wrapped in quotation marks is printed inside the documents' one pair (“Góc đọc sách cùng
// con”, “Vườn rau sạch của bé”).
// Severity: Low (a visible typing error in every such nominee's line of the list and report).
import { describe, expect, it } from 'vitest';
import { teacherProposed } from './r77t-lib';
import { Q, initiativeTitles } from '../../src/core/registration-form';

describe('a model or an initiative named in quotation marks (r77t F3)', () => {
  it('is printed inside one pair of quotation marks in the Danh sách and the Báo cáo thành tích', () => {
    const { list, report } = teacherProposed({
      [Q.modelName]: '"Góc đọc sách cùng con"',
      [initiativeTitles(1).name]: '“Vườn rau sạch của bé”',
    });
    for (const d of [list, report]) {
      // The control: both names are printed.
      expect(d.text, d.name).toContain('Góc đọc sách cùng con');
      expect(d.text, d.name).toContain('Vườn rau sạch của bé');
      // Today: “"Góc đọc sách cùng con"” and ““Vườn rau sạch của bé””.
      expect(d.text, d.name).toContain('Mô hình “Góc đọc sách cùng con”');
      expect(d.text, d.name).toContain('“Vườn rau sạch của bé” —');
      expect(d.text, d.name).not.toMatch(/[“"]["“]|["”]["”]/);
    }
  });
});

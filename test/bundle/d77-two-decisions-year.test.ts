// Review d77 (adversarial reading of this session's changes) F2.
//
// Who is hurt: a teacher whose initiative was recognised by the district and then, within the period, by the province;
// the council that reads the notes of the documents. Commit 41765e6f makes the year of the first date the decision's
// text gives win over the year chosen in the list (registration.ts recognitionYear, decisionYear). A clerk who lists
// both decisions, as schools do for an initiative recognised at two levels ("Số 12/QĐ-PGDĐT ngày 5/6/2025 (cấp
// huyện); Số 45/QĐ-SGDĐT ngày 10/10/2026 (cấp tỉnh)"), and chooses the year of the level she chose (2026, within the
// period) now has the initiative taken as recognised in 2025: the Báo cáo thành tích's row in "Đề nghị khen thưởng"
// tells the council "Lưu ý cho Hội đồng: sáng kiến, giải pháp “Vườn rau sạch của bé” (công nhận năm 2025) được công
// nhận trước giai đoạn 2026-2030 …", which is false for the provincial recognition the school declared. Before the
// commit the year chosen stood.
// Should: a year chosen that one of the decision's dates agrees with is not a slip; it stands (only a date that no
// year chosen agrees with overrides it).
// Severity: Medium (a false warning to the council about a nominee's key achievement, against what the school chose).
import { describe, expect, it } from 'vitest';
import { teacherProposed } from './r77t-lib';
import { initiativeTitles } from '../../src/core/registration-form';

describe('an initiative whose decision lists a district and a provincial decision, the latter in the year chosen (d77 F2)', () => {
  it('is not told to the council as recognised before the period', () => {
    const t = initiativeTitles(1);
    const { report, progress } = teacherProposed({
      [t.name]: 'Vườn rau sạch của bé',
      [t.decision]: 'Số 12/QĐ-PGDĐT ngày 5/6/2025 (cấp huyện); Số 45/QĐ-SGDĐT ngày 10/10/2026 (cấp tỉnh)',
      [t.year]: '2026',
    });
    // The control: the initiative and both decisions are printed.
    expect(report.text).toContain('Vườn rau sạch của bé');
    expect(report.text).toContain('45/QĐ-SGDĐT ngày 10/10/2026');
    const row = progress.find((p) => p['Văn bản'].startsWith('Báo cáo thành tích'))!;
    // Today: "Lưu ý cho Hội đồng: sáng kiến, giải pháp “Vườn rau sạch của bé” (công nhận năm 2025) được công nhận trước
    // giai đoạn 2026-2030. …"
    expect(row['Ghi chú']).not.toContain('công nhận năm 2025');
    expect(row['Ghi chú']).not.toContain('được công nhận trước giai đoạn');
  });
});

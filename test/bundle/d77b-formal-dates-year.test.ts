// Review d77b (adversarial reading of the fixes for d77) F1.
//
// Who is hurt: a teacher whose initiative was recognised by the district and then, within the period, by the
// province; the council that reads the notes of the documents. The fix for d77 F2 (bdfcf214) lets the year chosen
// stand when one of the decision's dates has that year — but registration.ts decisionYears reads only dates typed
// "d/m/yyyy". A decision's date written as Vietnamese official papers write it ("ngày 10 tháng 10 năm 2026") falls
// back to decisionYear, which gives only the FIRST "năm …". So the d77 F2 scenario, typed with the dates as the
// decisions print them ("Số 12/QĐ-PGDĐT ngày 5 tháng 6 năm 2025 (cấp huyện); Số 45/QĐ-SGDĐT ngày 10 tháng 10 năm
// 2026 (cấp tỉnh)", 2026 chosen), is still taken as recognised in 2025, and the Báo cáo thành tích's row tells the
// council "Lưu ý cho Hội đồng: sáng kiến, giải pháp “Vườn rau sạch của bé” (công nhận năm 2025) được công nhận trước
// giai đoạn 2026-2030 …".
// Should: every date of the text counts, however it is written; a year chosen that one of them has stands.
// Severity: Medium (a false warning to the council about a nominee's key achievement, against what the school chose).
import { describe, expect, it } from 'vitest';
import { teacherProposed } from './r77t-lib';
import { initiativeTitles } from '../../src/core/registration-form';

describe('an initiative whose decision lists a district and a provincial decision dated "ngày … tháng … năm …" (d77b F1)', () => {
  it('is not told to the council as recognised before the period', () => {
    const t = initiativeTitles(1);
    const { report, progress } = teacherProposed({
      [t.name]: 'Vườn rau sạch của bé',
      [t.decision]: 'Số 12/QĐ-PGDĐT ngày 5 tháng 6 năm 2025 (cấp huyện); Số 45/QĐ-SGDĐT ngày 10 tháng 10 năm 2026 (cấp tỉnh)',
      [t.year]: '2026',
    });
    // The control: the initiative and the provincial decision are printed.
    expect(report.text).toContain('Vườn rau sạch của bé');
    expect(report.text).toContain('45/QĐ-SGDĐT ngày 10 tháng 10 năm 2026');
    const row = progress.find((p) => p['Văn bản'].startsWith('Báo cáo thành tích'))!;
    expect(row['Ghi chú']).not.toContain('công nhận năm 2025');
    expect(row['Ghi chú']).not.toContain('được công nhận trước giai đoạn');
  });
});

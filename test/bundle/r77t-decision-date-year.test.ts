// Review r77t (Vietnamese as school clerks type it into the form's free-text answers) F4.
//
// Who is hurt: the council and the signer, and the province that reads the Danh sách. The question "Sáng kiến, giải
// pháp 1: năm công nhận" lists only the period's years (2026…2030). A clerk whose teacher's initiative was recognised
// by "Số 123/QĐ-UBND ngày 5/9/2024" types the decision so and, on a deadline, picks the first year the list offers,
// 2026, instead of leaving it blank as its help says. The tool takes the year chosen over the date typed: the
// initiative counts as recognised within the period (CN-13, the score: "Số sáng kiến, giải pháp được công nhận"), the
// note the council gets for a recognition before the period ("Lưu ý cho Hội đồng: … được công nhận trước giai đoạn
// 2026-2030 …", proposals.ts earlyInitiativeWarnings) is not given, and the Danh sách and the Báo cáo thành tích print
// a line that contradicts itself: "“Vườn rau sạch của bé” — cấp bộ, ngành, tỉnh, Quyết định số 123/QĐ-UBND ngày
// 5/9/2024, năm 2026".
// Should: a decision whose typed date gives another year than the year chosen is not printed with both (the date it
// gives is the recognition's); a recognition dated before the period gets the council's note; the school is told of
// the two years when it sends the form.
// Severity: Medium (a self-contradicting line in the signed list; an old recognition counted as the period's, unsaid).
import { describe, expect, it } from 'vitest';
import { teacherProposed } from './r77t-lib';
import { initiativeTitles } from '../../src/core/registration-form';

describe('an initiative whose decision is dated 2024 and whose year is chosen as 2026 (r77t F4)', () => {
  it('is not printed with both years, and the council is told it was recognised before the period', () => {
    const t = initiativeTitles(1);
    const { report, list, progress } = teacherProposed({
      [t.name]: 'Vườn rau sạch của bé',
      [t.decision]: 'Số 123/QĐ-UBND ngày 5/9/2024',
      [t.year]: '2026',
    });
    // The control: the decision is printed.
    expect(report.text).toContain('Quyết định số 123/QĐ-UBND ngày 5/9/2024');
    // Today: "Quyết định số 123/QĐ-UBND ngày 5/9/2024, năm 2026" in both.
    expect(report.text).not.toContain('ngày 5/9/2024, năm 2026');
    expect(list.text).not.toContain('ngày 5/9/2024, năm 2026');
    // Today: no "Lưu ý cho Hội đồng: … được công nhận trước giai đoạn 2026-2030".
    const row = progress.find((p) => p['Văn bản'].startsWith('Báo cáo thành tích'))!;
    expect(row['Ghi chú']).toContain('được công nhận trước giai đoạn 2026-2030');
  });
});

// Review d62 (change 90cdef9..00a509e). F1: a report sent too early for its period (reportCountsFrom) no longer counts,
// but everything a school reads afterwards says it "has not sent" that report — the reminder, the duty line of its tab
// and view — while its own view lists that very report under that period as if it did. The receipt explained it once;
// an office upgrading mid-season from the bundle before the change never sent that receipt (the report counted then).
import { describe, expect, it } from 'vitest';
import type { OfficeConfig } from '../../src/core/config';
import { Q } from '../../src/core/registration-form';
import { dueReminders, reminderEmail } from '../../src/core/reminders';
import { planSchoolViews } from '../../src/core/school-views';
import { schoolTabs } from '../../src/core/summaries';
import { collectiveAnswers, config2026 as office2026, evaluateOffice, individualAnswers, SCHOOLS } from './helpers';

const [, HOA_BINH] = SCHOOLS;
const config = (today: Date): OfficeConfig => ({
  ...office2026(today, { 'mail.reminderDaysBefore': '14; 3' }),
  schoolViews: { enabled: true, publishComments: false, contact: '' },
});
const reportRow = (period: string, at: Date, docRef: string) => [at, 'x@example.edu.vn', HOA_BINH.name, period, docRef, 'Tóm tắt', ''];

// Hòa Bình registered a collective and an individual in October 2026, sent its plan and its 2026 report on time and, on
// 08/06/2027, its six-month report with "Kỳ báo cáo" = "Năm 2027" (chosen wrongly). Nothing else.
const sent = new Date(2026, 9, 16, 9);
const REGS = [
  { answers: { ...individualAnswers('teacher', config(sent)), [Q.school]: HOA_BINH.name }, at: sent },
  { answers: { ...collectiveAnswers(config(sent)), [Q.school]: HOA_BINH.name, [Q.collectiveName]: HOA_BINH.name }, at: sent },
];
const REPORTS = [
  reportRow('Kế hoạch giai đoạn 2026-2030 của đơn vị', new Date(2026, 8, 20), '1/KH'),
  reportRow('Năm 2026', new Date(2026, 11, 10), '5/BC'),
  reportRow('Năm 2027', new Date(2027, 5, 8, 8), '41/BC-TH ngày 8/6/2027'),
];

function run(day: Date) {
  const cfg = config(day);
  return { cfg, out: evaluateOffice(cfg, REGS, REPORTS) };
}

describe('F1: a report that does not count for being sent too early is not told as never sent', () => {
  it('the reminder of 01/12/2027 names the report of 08/06/2027 and why it does not count, not "Chưa gửi"', () => {
    const day = new Date(2027, 11, 1, 8, 40);
    const { cfg, out } = run(day);
    const r = dueReminders(out, cfg, day).find((x) => x.school.code === HOA_BINH.code && x.deadline.id === 'BC-2027-NAM')!;
    const texts = r.items.map((i) => i.text);
    expect(texts).not.toContain('Chưa gửi báo cáo “Năm 2027” qua biểu mẫu báo cáo.');
    const line = texts.find((t) => t.includes('“Năm 2027”'))!;
    expect(line).toContain('08/06/2027');
    expect(line).toContain('trước ngày 01/07/2027');
    expect(line).toContain('chưa được tính');
  });

  it("on 16/12/2027 the school's tab (and view) say the report of 08/06/2027 was too early, not 'chưa gửi' it", () => {
    const day = new Date(2027, 11, 16, 8);
    const { cfg, out } = run(day);
    const tab = schoolTabs(out, cfg).tabs.find((t) => t.schoolCodes[0] === HOA_BINH.code)!;
    const line = [tab.header, ...tab.rows].map((r) => String(r[0])).find((l) => l.startsWith('• Báo cáo 6 tháng'))!;
    expect(line).not.toMatch(/chưa gửi: [^;]*Năm 2027/);
    expect(line).toContain('Năm 2027 (hạn 15/12/2027) gửi ngày 08/06/2027, trước ngày 01/07/2027');
    const v = planSchoolViews(out, cfg).views.find((x) => x.schoolCodes[0] === HOA_BINH.code)!;
    const text = [v.header, ...v.rows].flat().map(String).join('\n');
    expect(text).toContain('Năm 2027 (hạn 15/12/2027) gửi ngày 08/06/2027, trước ngày 01/07/2027');
  });

  it("on 10/06/2027, its period not yet due, the school's tab already says why (the digest sends the office there)", () => {
    // The digest of the week lists the report "chưa được tính (lý do ở trang của đơn vị và trang “Nhật ký lỗi”)".
    const day = new Date(2027, 5, 10, 8);
    const { cfg, out } = run(day);
    const tab = schoolTabs(out, cfg).tabs.find((t) => t.schoolCodes[0] === HOA_BINH.code)!;
    const line = [tab.header, ...tab.rows].map((r) => String(r[0])).find((l) => l.startsWith('• Báo cáo 6 tháng'))!;
    expect(line).toContain('Năm 2027 (hạn 15/12/2027) gửi ngày 08/06/2027, trước ngày 01/07/2027');
  });

  it("the school's view marks the listed report as not counted, with the day it would have counted from", () => {
    const day = new Date(2027, 6, 10, 8);
    const { cfg, out } = run(day);
    const v = planSchoolViews(out, cfg).views.find((x) => x.schoolCodes[0] === HOA_BINH.code)!;
    const row = v.rows.find((r) => r[0] === 'Năm 2027')!;
    expect(String(row[1])).toContain('41/BC-TH ngày 8/6/2027');
    expect(String(row[1])).toContain('chưa được tính: gửi trước ngày 01/07/2027');
  });

  it('F2: a later reminder tells the overdue period with the report sent too early, not as never sent', () => {
    // 01/06/2028: the interim review's and the six-month report's reminders; "Năm 2027" is overdue (15/12/2027).
    const day = new Date(2028, 5, 1, 8, 40);
    const { cfg, out } = run(day);
    const body = dueReminders(out, cfg, day)
      .filter((x) => x.school.code === HOA_BINH.code)
      .map((r) => reminderEmail(r, cfg.organisation, 'https://forms.example/bc', 'https://forms.example/dk').body)
      .join('\n');
    expect(body).toContain('“Năm 2027”');
    expect(body).not.toMatch(/chưa gửi “Năm 2027”|“Năm 2027” \(hạn 15\/12\/2027\)[;.]/);
    // The annual report's duty line, and the list of overdue periods.
    expect(body).toContain('chưa có báo cáo “Năm 2027” được tính (hạn 15/12/2027) — báo cáo gửi ngày 08/06/2027 chọn kỳ này nhưng gửi trước ngày 01/07/2027');
    expect(body).toContain('“Năm 2027” (hạn 15/12/2027; báo cáo gửi ngày 08/06/2027 chưa được tính vì gửi trước ngày 01/07/2027)');
  });
});

describe('F1 with two early reports of one period (mutants63 M11/M17): the last sent is named', () => {
  // Hòa Bình chose "Năm 2027" twice in June 2027: on 08/06 and again on 20/06 (both before 01/07/2027).
  const reports = [...REPORTS, reportRow('Năm 2027', new Date(2027, 5, 20, 8), '45/BC-TH ngày 20/6/2027')];
  const at = (day: Date) => ({ cfg: config(day), out: evaluateOffice(config(day), REGS, reports) });

  it('the reminder of 01/12/2027 and the school\'s tab of 16/12/2027 name 20/06/2027, not 08/06/2027', () => {
    const dec1 = new Date(2027, 11, 1, 8, 40);
    const a = at(dec1);
    const r = dueReminders(a.out, a.cfg, dec1).find((x) => x.school.code === HOA_BINH.code && x.deadline.id === 'BC-2027-NAM')!;
    const line = r.items.map((i) => i.text).find((t) => t.includes('“Năm 2027”'))!;
    expect(line).toContain('20/06/2027');
    expect(line).not.toContain('08/06/2027');
    const dec16 = new Date(2027, 11, 16, 8);
    const b = at(dec16);
    const tab = schoolTabs(b.out, b.cfg).tabs.find((t) => t.schoolCodes[0] === HOA_BINH.code)!;
    const duty = [tab.header, ...tab.rows].map((x) => String(x[0])).find((l) => l.startsWith('• Báo cáo 6 tháng'))!;
    expect(duty).toContain('Năm 2027 (hạn 15/12/2027) gửi ngày 20/06/2027, trước ngày 01/07/2027');
    // The duty's finding itself (Tổng hợp, the view, a later reminder's overdue list read it).
    const finding = b.out.schoolDuties.find((d) => d.schoolCode === HOA_BINH.code)!.findings.map((f) => f.message).find((m) => m.includes('“Năm 2027”'))!;
    expect(finding).toContain('20/06/2027');
    expect(finding).not.toContain('08/06/2027');
  });
});

describe('an early report sent from another school\'s address (mutants63 M12)', () => {
  // The report of 08/06/2027 chosen "Năm 2027" under Hòa Bình's name comes from Hoa Sen's address: not Hòa Bình's report
  // (ProgressReport.sentFrom), so nothing Hòa Bình reads says Hòa Bình sent it — the reminder and the tab say "chưa gửi".
  const reports = [...REPORTS.slice(0, 2), [new Date(2027, 5, 8, 8), SCHOOLS[0].emails[0], HOA_BINH.name, 'Năm 2027', '41/BC', 'Tóm tắt', '']];
  const at = (day: Date) => ({ cfg: config(day), out: evaluateOffice(config(day), REGS, reports) });

  it('the reminder, the tab and the duty\'s finding agree: no report of Hòa Bình sent on 08/06/2027', () => {
    const dec1 = new Date(2027, 11, 1, 8, 40);
    const a = at(dec1);
    const r = dueReminders(a.out, a.cfg, dec1).find((x) => x.school.code === HOA_BINH.code && x.deadline.id === 'BC-2027-NAM')!;
    expect(r.items.map((i) => i.text).join('\n')).not.toContain('08/06/2027');
    const dec16 = new Date(2027, 11, 16, 8);
    const b = at(dec16);
    const tab = schoolTabs(b.out, b.cfg).tabs.find((t) => t.schoolCodes[0] === HOA_BINH.code)!;
    expect([tab.header, ...tab.rows].map((x) => String(x[0])).join('\n')).not.toContain('08/06/2027');
    const findings = b.out.schoolDuties.find((d) => d.schoolCode === HOA_BINH.code)!.findings.map((f) => f.message);
    expect(findings.find((m) => m.includes('“Năm 2027”'))).toBeDefined();
    expect(findings.join('\n')).not.toContain('08/06/2027');
  });
});

// Review "year ahead" (2026–2030, the months after 05/12/2026): what the dated duties do to a school and the office.
// One describe per finding; each test asserts what a user reads on the day named in it.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { reportCountsFrom, reportingPeriods } from '../../src/core/config';
import { dueReminders, reminderEmail } from '../../src/core/reminders';
import { reportReceipts } from '../../src/core/notices';
import { collectiveAnswers, config2026 as office2026, evaluateOffice, individualAnswers, SCHOOLS } from './helpers';

const [HOA_SEN, HOA_BINH] = SCHOOLS;
const config2026 = (today: Date) => office2026(today, { 'mail.reminderDaysBefore': '14; 3' });

function reportRow(school: string, period: string, at: Date, docRef = '12/BC', link = '') {
  return [at, 'x@example.edu.vn', school, period, docRef, 'Tóm tắt', link];
}

/** The school's plan (20/09/2026) and its 2026 report (10/12/2026), both on time. */
const planAnd2026 = (school: string) => [
  reportRow(school, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', new Date(2026, 8, 20), '1/KH'),
  reportRow(school, 'Năm 2026', new Date(2026, 11, 10), '5/BC'),
];

/** `at`: when a registration was first sent (and last edited: the tests here never edit). */
const run = evaluateOffice;

describe('R1: a report reminder to a school that has sent that report', () => {
  // Trường Tiểu học Hòa Bình registered a teacher in October 2026, no collective; it sent its plan, its 2026 report and,
  // on 06/06/2027, its report of the first half of 2027. On 12/06/2027 (3 days before 15/06) it is reminded of the
  // collective it still lacks in 2026-2027 — rightly — under the 15/06 deadline.
  const sent = new Date(2026, 9, 16, 9);
  const regs = [{ answers: { ...individualAnswers('teacher', config2026(sent)), [Q.school]: HOA_BINH.name }, at: sent }];
  const reports = [
    ...planAnd2026(HOA_BINH.name),
    reportRow(HOA_BINH.name, '6 tháng đầu năm 2027', new Date(2027, 5, 6, 8), '33/BC'),
  ];
  const now = new Date(2027, 5, 12, 8, 40);
  const cfg = config2026(now);
  const out = run(cfg, regs, reports);
  const reminder = () => dueReminders(out, cfg, now).find((r) => r.school.code === HOA_BINH.code)!;
  const mail = () => reminderEmail(reminder(), cfg.organisation, 'https://forms.example/bc', 'https://forms.example/dk');

  it('(fact) the school is reminded on 12/06/2027, of the collective it lacks in 2026-2027 only', () => {
    const r = reminder();
    expect(r.deadline.id).toBe('BC-2027-6T');
    expect(r.items.map((i) => i.about)).toEqual(['minimum']);
    expect(mail().body).toContain('năm học 2026-2027, đơn vị chưa gửi phiếu đăng ký tập thể nào');
  });

  it('the e-mail does not ask the school to send the report it has sent, and says it was received', () => {
    const m = mail();
    // Before the fix: subject "Nhắc hạn 15/06/2027: gửi báo cáo kết quả 6 tháng đầu năm 2027", and "Để gửi báo cáo, mở biểu
    // mẫu báo cáo … và chọn “Kỳ báo cáo” là “6 tháng đầu năm 2027”" — the school sends it again, or thinks it was lost.
    expect(m.subject).not.toContain('gửi báo cáo kết quả 6 tháng đầu năm 2027');
    expect(m.body).not.toContain('chọn “Kỳ báo cáo” là “6 tháng đầu năm 2027”');
    expect(m.body).toContain('đã nhận báo cáo “6 tháng đầu năm 2027” của đơn vị');
    // Nothing else to report (its items are the minimum only): no report form's address for overdue ones (mutants63 M47).
    expect(m.body).not.toContain('Biểu mẫu báo cáo: https://forms.example/bc');
  });

  it('with earlier reports still missing, it says how to send those, naming no period to send again', () => {
    const out2 = run(cfg, regs, reports.slice(2));
    const r = dueReminders(out2, cfg, now).find((x) => x.school.code === HOA_BINH.code)!;
    const m = reminderEmail(r, cfg.organisation, 'https://forms.example/bc', 'https://forms.example/dk');
    expect(m.body).toContain('“Kế hoạch giai đoạn 2026-2030 của đơn vị” (hạn 30/09/2026); “Năm 2026” (hạn 15/12/2026)');
    expect(m.body).toContain('Biểu mẫu báo cáo: https://forms.example/bc; khi gửi bổ sung, ghi');
    // Said once: the overdue line already says to choose the period in the form.
    expect(m.body.split('chọn đúng kỳ đó').length - 1).toBe(1);
    expect(m.body).not.toContain('chọn “Kỳ báo cáo” là “6 tháng đầu năm 2027”');
  });

  it('a school that has not sent the report is still asked for it, with the how-to', () => {
    const out2 = run(cfg, [...regs, { answers: { ...collectiveAnswers(config2026(sent)), [Q.school]: HOA_SEN.name }, at: sent }], reports.slice(0, 2));
    const r = dueReminders(out2, cfg, now).find((x) => x.school.code === HOA_BINH.code)!;
    const m = reminderEmail(r, cfg.organisation, 'https://forms.example/bc', 'https://forms.example/dk');
    expect(m.subject).toContain('Nhắc hạn 15/06/2027: gửi báo cáo kết quả 6 tháng đầu năm 2027');
    expect(m.body).toContain('chọn “Kỳ báo cáo” là “6 tháng đầu năm 2027”');
    expect(m.body).not.toContain('đã nhận báo cáo');
  });
});

describe('R2: an annual report sent at mid-year (the six-month one chosen wrongly) counts for the year', () => {
  // June 2027: the six-month report is due on 15/06, and the report form's "Kỳ báo cáo" offers “6 tháng đầu năm 2027”
  // next to “Năm 2027”. Trường Tiểu học Hòa Bình picks “Năm 2027” on 08/06/2027 for its six-month report.
  const sent = new Date(2026, 9, 16, 9);
  const regs = [
    { answers: { ...individualAnswers('teacher', config2026(sent)), [Q.school]: HOA_BINH.name }, at: sent },
    { answers: { ...collectiveAnswers(config2026(sent)), [Q.school]: HOA_BINH.name, [Q.collectiveName]: HOA_BINH.name }, at: sent },
  ];
  const reports = [
    ...planAnd2026(HOA_BINH.name),
    reportRow(HOA_BINH.name, 'Năm 2027', new Date(2027, 5, 8, 8), '41/BC-TH ngày 8/6/2027'),
  ];
  const dec1 = new Date(2027, 11, 1, 8, 40);
  const cfg = config2026(dec1);
  const out = run(cfg, regs, reports);

  it('on 01/12/2027 the school is reminded of its 2027 annual report, the one of June not counting', () => {
    // Before the fix: no reminder at all — the June report is taken as the year's. Not "Chưa gửi" either: it sent one (review d62 F1).
    const r = dueReminders(out, cfg, dec1).find((x) => x.school.code === HOA_BINH.code && x.deadline.id === 'BC-2027-NAM');
    expect(r?.items.map((i) => i.text)).toContain(
      'Báo cáo gửi ngày 08/06/2027 với “Kỳ báo cáo” là “Năm 2027” chưa được tính cho kỳ này vì gửi trước ngày 01/07/2027 (có thể đã chọn nhầm kỳ); đề nghị gửi báo cáo “Năm 2027” qua biểu mẫu báo cáo.',
    );
  });

  it("the school's annual-report duty is not met for 2027 on 16/12/2027", () => {
    const dec16 = new Date(2027, 11, 16, 8);
    const c = config2026(dec16);
    const o = run(c, regs, reports);
    const duty = o.schoolDuties.find((d) => d.schoolCode === HOA_BINH.code)!;
    expect(duty.results.some((x) => x.status === 'met' && x.message.includes('“Năm 2027”'))).toBe(false);
    // Not met, the report of 08/06/2027 named as too early (review d62 F2), not as never sent.
    expect(duty.findings.some((f) => f.status === 'notMet' && f.message.includes('chưa có báo cáo “Năm 2027” được tính (hạn 15/12/2027) — báo cáo gửi ngày 08/06/2027'))).toBe(true);
  });

  it('the receipt of 08/06/2027 tells the school the report does not count for “Năm 2027”, and why', () => {
    const at = new Date(2027, 5, 8, 9);
    const c = config2026(at);
    const receipt = reportReceipts(run(c, regs, reports), c, at).find((n) => n.key.startsWith('NBC:BC-2027-NAM:') && n.schoolCode === HOA_BINH.code)!;
    expect(receipt.subject).toContain('Chưa được tính');
    expect(receipt.email.body).toContain('trước ngày 01/07/2027');
  });
});

describe('R2 (bound): a report sent a few weeks before an early deadline the office set still counts', () => {
  // An office that sets the annual report for 05/07 (the earliest it may: 01/07) — the school year's report — and a school
  // that sends it on 25/06/2027, ten days early: what the office asked for, not the six-month one chosen wrongly.
  const sent = new Date(2026, 9, 16, 9);
  const early = (today: Date) => office2026(today, { 'mail.reminderDaysBefore': '14; 3', 'reports.annualDeadline': '05/07' });
  const regs = [
    { answers: { ...individualAnswers('teacher', early(sent)), [Q.school]: HOA_BINH.name }, at: sent },
    { answers: { ...collectiveAnswers(early(sent)), [Q.school]: HOA_BINH.name, [Q.collectiveName]: HOA_BINH.name }, at: sent },
  ];
  const reports = [
    reportRow(HOA_BINH.name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', new Date(2026, 8, 20), '1/KH'),
    reportRow(HOA_BINH.name, 'Năm 2026', new Date(2026, 6, 1), '5/BC'),
    reportRow(HOA_BINH.name, '6 tháng đầu năm 2027', new Date(2027, 5, 10), '30/BC'),
    reportRow(HOA_BINH.name, 'Năm 2027', new Date(2027, 5, 25, 8), '41/BC-TH ngày 25/6/2027'),
  ];

  it('counts for “Năm 2027” on 06/07/2027: the duty met, no reminder, no "Chưa được tính" receipt', () => {
    const jul6 = new Date(2027, 6, 6, 8);
    const c = early(jul6);
    const o = run(c, regs, reports);
    const duty = o.schoolDuties.find((d) => d.schoolCode === HOA_BINH.code)!;
    expect(duty.findings.some((f) => f.message.includes('“Năm 2027”'))).toBe(false);
    expect(o.reports.find((r) => r.period?.id === 'BC-2027-NAM')?.early).toBeUndefined();
    const at = new Date(2027, 5, 25, 9);
    const receipt = reportReceipts(run(early(at), regs, reports), early(at), at).find((n) => n.key.startsWith('NBC:BC-2027-NAM:') && n.schoolCode === HOA_BINH.code)!;
    expect(receipt.subject).not.toContain('Chưa được tính');
  });
});

describe('R3: a school short of the minimum in 2026-2027 is never told until when the school year can still be filled', () => {
  // Trường Tiểu học Hòa Bình has a teacher registered in October 2026, no collective. Its reminders of June 2027 ask for
  // a collective "in 2026-2027"; a registration counts for that school year until 31/08/2027 (school-duties.ts: school
  // years start on 1 September), after which the year is lost. The form says "Hạn đăng ký: hết ngày 31/05/2028".
  const sent = new Date(2026, 9, 16, 9);
  const regs = [{ answers: { ...individualAnswers('teacher', config2026(sent)), [Q.school]: HOA_BINH.name }, at: sent }];
  const now = new Date(2027, 5, 1, 8, 40);
  const cfg = config2026(now);
  const out = run(cfg, regs, []);

  it('the reminder of 01/06/2027 names the last day a registration counts for 2026-2027', () => {
    const r = dueReminders(out, cfg, now).find((x) => x.school.code === HOA_BINH.code)!;
    const minimum = r.items.filter((i) => i.about === 'minimum').map((i) => i.text);
    expect(minimum).toHaveLength(1);
    expect(minimum[0]).toContain('năm học 2026-2027');
    expect(minimum[0]).toContain('31/08/2027');
  });

  it("(fact) the school's tab, from 01/09/2027, records 2026-2027 as lost", () => {
    const sep = config2026(new Date(2027, 8, 1, 8));
    const duty = run(sep, regs, []).schoolDuties.find((d) => d.schoolCode === HOA_BINH.code)!;
    expect(duty.lacking).toEqual([
      { year: 2026, collective: true, individual: false, state: 'past' },
      { year: 2027, collective: true, individual: true, state: 'open' },
    ]);
  });

  it('the last school year of the window names the window\'s last day instead (31/05/2028)', () => {
    const oct = config2026(new Date(2027, 9, 5, 8));
    const duty = run(oct, regs, []).schoolDuties.find((d) => d.schoolCode === HOA_BINH.code)!;
    const open = duty.actionable.map((f) => f.message).filter((m) => m.includes('năm học 2027-2028'));
    expect(open.length).toBe(2);
    for (const m of open) expect(m).toContain('31/05/2028');
  });
});

describe('R4: on 01/09/2027 a school that met 2026-2027 is not "Chưa đạt" for the school year just begun', () => {
  // Trường Mầm non Hoa Sen registered a collective and an individual in October 2026 and sent its plan and every report
  // on time. On the first day of school year 2027-2028 its duties read "Chưa đạt" (tab, view, Tổng hợp "Đủ 1 tập thể +
  // 1 cá nhân: Chưa", the digest's list of schools short of the minimum), for a year whose registrations count until
  // 31/05/2028, while a report not yet due read "chưa đến hạn". Fixed (review openyear): the minimum of a school year
  // still open and not filled is "missing" ("Cần bổ sung"); one that closed short stays "Chưa đạt". The minimum stays
  // yearly: whether it is asked once in the window instead is the office's reading of III.1 (review criteria M2). Each
  // consumer (reminders, tab, view, Tổng hợp, digest, notices): test/core/rev-openyear.test.ts.
  const sent = new Date(2026, 9, 16, 9);
  const regs = [
    { answers: { ...collectiveAnswers(config2026(sent)), [Q.school]: HOA_SEN.name }, at: sent },
    { answers: { ...individualAnswers('teacher', config2026(sent)), [Q.school]: HOA_SEN.name }, at: sent },
  ];
  const reports = [
    ...planAnd2026(HOA_SEN.name),
    reportRow(HOA_SEN.name, '6 tháng đầu năm 2027', new Date(2027, 5, 8), '33/BC'),
  ];
  const duty = (d: Date) => run(config2026(d), regs, reports).schoolDuties.find((x) => x.schoolCode === HOA_SEN.code)!;

  it('(fact) on 31/08/2027 its duties are "Đạt"', () => {
    expect(duty(new Date(2027, 7, 31, 8)).verdict).toBe('dat');
  });

  it('on 06/09/2027 its duties are "Cần bổ sung", not "Chưa đạt", for a year that can still be filled until 31/05/2028', () => {
    expect(duty(new Date(2027, 8, 6, 8)).verdict).toBe('canBoSung');
  });
});

describe('R2 (the first day, mutants63 M9/M10): a report counts from the very start of its first day', () => {
  it('annual due 05/07: from 05/06/2027 00:00 (30 days before); six-month due 15/06: from 01/04/2027 00:00', () => {
    const today = new Date(2027, 6, 20, 8);
    const c = office2026(today, { 'mail.reminderDaysBefore': '14; 3', 'reports.annualDeadline': '05/07' });
    const annual = reportingPeriods(c.period).find((p) => p.id === 'BC-2027-NAM')!;
    expect(reportCountsFrom({ ...annual, kind: 'annual' })).toEqual(new Date(2027, 5, 5));
    const half = reportingPeriods(c.period).find((p) => p.kind === 'halfYear' && p.year === 2027)!;
    expect(reportCountsFrom({ ...half, kind: 'halfYear' })).toEqual(new Date(2027, 3, 1));
    const sent = new Date(2026, 9, 16, 9);
    const regs = [{ answers: { ...individualAnswers('teacher', c), [Q.school]: HOA_BINH.name }, at: sent }];
    const earlyOf = (period: string, at: Date) => {
      const o = run(c, regs, [reportRow(HOA_BINH.name, period, at, '41/BC')]);
      return o.reports.find((r) => r.period?.label === period)!.early === true;
    };
    expect(earlyOf('Năm 2027', new Date(2027, 5, 5, 0, 0, 0))).toBe(false);
    expect(earlyOf('Năm 2027', new Date(2027, 5, 4, 23, 59, 0))).toBe(true);
    expect(earlyOf('6 tháng đầu năm 2027', new Date(2027, 3, 1, 0, 0, 0))).toBe(false);
    expect(earlyOf('6 tháng đầu năm 2027', new Date(2027, 2, 31, 23, 59, 0))).toBe(true);
  });
});

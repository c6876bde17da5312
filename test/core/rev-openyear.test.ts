// Review "open year" (follow-up of review yearahead R4): a school year that is still open — a registration sent now
// counts for it — and has no collective (or no individual) yet is "Cần bổ sung" (missing: something the school can
// still add), not "Chưa đạt" (not met). A school year that closed short (over, or the window closed) stays "Chưa đạt".
// Each consumer of the duties' statuses is followed: the reminders, the school's tab and view, "Tổng hợp", the weekly
// digest and the notices. The days: 31/08/2027 (last day of 2026-2027), 06/09/2027 (a Monday, school year 2027-2028
// open until the window's close, 31/05/2028) and 01/06/2028 (the window closed).
import { describe, expect, it } from 'vitest';
import type { OfficeConfig } from '../../src/core/config';
import { digestEmail } from '../../src/core/digest';
import { DIGEST_EMAIL } from '../../src/core/messages';
import { schoolNotices } from '../../src/core/notices';
import { Q } from '../../src/core/registration-form';
import { dueReminders } from '../../src/core/reminders';
import { planSchoolViews } from '../../src/core/school-views';
import { districtSummary, schoolTabs } from '../../src/core/summaries';
import { collectiveAnswers, config2026 as office2026, evaluateOffice, individualAnswers, SCHOOLS } from './helpers';

const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;
const config2026 = (today: Date): OfficeConfig => ({
  ...office2026(today, { 'mail.reminderDaysBefore': '14; 3' }),
  schoolViews: { enabled: true, publishComments: false, contact: '' },
});

const AUG31 = new Date(2027, 7, 31, 8);
const SEP06 = new Date(2027, 8, 6, 7);
const JUN01 = new Date(2028, 5, 1, 8);

function reportRow(school: string, period: string, at: Date, docRef: string) {
  return { row: [at, 'x@example.edu.vn', school, period, docRef, 'Tóm tắt', ''], at };
}

// Hoa Sen registered a collective and an individual in October 2026, Hòa Bình an individual only; both sent their plan
// and every report on time; Quang Minh (in the directory too) sent nothing. None registered anything in 2027-2028.
const sent = new Date(2026, 9, 16, 9);
const REGS = [
  { answers: { ...collectiveAnswers(config2026(sent)), [Q.school]: HOA_SEN.name }, at: sent },
  { answers: { ...individualAnswers('teacher', config2026(sent)), [Q.school]: HOA_SEN.name }, at: sent },
  { answers: { ...individualAnswers('teacher', config2026(sent)), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Lê Văn Cường' }, at: sent },
];
const REPORTS = [HOA_SEN, HOA_BINH].flatMap((s) => [
  reportRow(s.name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', new Date(2026, 8, 20), '1/KH'),
  reportRow(s.name, 'Năm 2026', new Date(2026, 11, 10), '5/BC'),
  reportRow(s.name, '6 tháng đầu năm 2027', new Date(2027, 5, 8), '33/BC'),
  reportRow(s.name, 'Năm 2027', new Date(2027, 11, 8), '61/BC'),
]);

/** Everything as the office's run on `day` sees it (the reports sent by then). */
function run(day: Date) {
  const cfg = config2026(day);
  const out = evaluateOffice(cfg, REGS, REPORTS.filter((r) => r.at.getTime() <= day.getTime()).map((r) => r.row));
  return { cfg, out };
}

const dutyOf = (day: Date, code: string) => run(day).out.schoolDuties.find((d) => d.schoolCode === code)!;
/** The minimum's line of a school's tab ("• Đăng ký tối thiểu …"). */
function minimumLine(day: Date, code: string): string {
  const { cfg, out } = run(day);
  const tab = schoolTabs(out, cfg).tabs.find((t) => t.schoolCodes[0] === code)!;
  return [tab.header, ...tab.rows].map((r) => String(r[0])).find((l) => l.startsWith('• Đăng ký tối thiểu'))!;
}
/** The cell "Đủ 1 tập thể + 1 cá nhân" of a school in "Tổng hợp" › "Chi tiết từng đơn vị". */
function summaryCell(day: Date, code: string): string {
  const { cfg, out } = run(day);
  const t = districtSummary(out, cfg, undefined, day);
  const all = [t.header, ...t.rows];
  const b = t.blocks.schools;
  const header = all[b.headerRow - 1].map(String);
  const row = all.slice(b.firstDataRow - 1, b.lastDataRow).find((r) => r[1] === code)!;
  return String(row[header.indexOf('Đủ 1 tập thể + 1 cá nhân')]);
}
function digestBody(day: Date): string {
  const { cfg, out } = run(day);
  return digestEmail({ output: out, config: cfg, now: day, base: null, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
}

describe('the duties: an open school year not filled is "Cần bổ sung"', () => {
  it('(fact) on 31/08/2027 Hoa Sen\'s duties are "Đạt", Hòa Bình\'s "Cần bổ sung" (2026-2027 still open, until 31/08/2027)', () => {
    expect(dutyOf(AUG31, HOA_SEN.code).verdict).toBe('dat');
    const hb = dutyOf(AUG31, HOA_BINH.code);
    expect(hb.verdict).toBe('canBoSung');
    expect(hb.findings.map((f) => f.status)).toEqual(['missing']);
  });

  it('on 06/09/2027 the minimum of 2027-2028 is missing, not failed: Hoa Sen "Cần bổ sung"; Hòa Bình "Chưa đạt" for 2026-2027', () => {
    const hs = dutyOf(SEP06, HOA_SEN.code);
    expect(hs.verdict).toBe('canBoSung');
    expect(hs.findings.map((f) => f.status)).toEqual(['missing', 'missing']);
    for (const f of hs.findings) expect(f.message).toContain('Phiếu gửi đến hết ngày 31/05/2028 được tính cho năm học này.');
    const hb = dutyOf(SEP06, HOA_BINH.code);
    expect(hb.verdict).toBe('chuaDat');
    expect(hb.findings.map((f) => [f.status, f.message.includes('2026-2027 (đã qua)')])).toEqual([
      ['notMet', true],
      ['missing', false],
      ['missing', false],
    ]);
  });

  it('on 01/06/2028 (the window closed) a school year left short is "Chưa đạt", as before', () => {
    const hs = dutyOf(JUN01, HOA_SEN.code);
    expect(hs.verdict).toBe('chuaDat');
    expect(hs.findings.map((f) => f.status)).toEqual(['notMet', 'notMet']);
    expect(hs.actionable).toEqual([]);
  });
});

describe('the reminders still ask for the open school year', () => {
  it('the reminder of 01/12/2027 (annual report due 15/12) asks Hoa Sen for a collective and an individual of 2027-2028', () => {
    const day = new Date(2027, 11, 1, 8, 40);
    const { cfg, out } = run(day);
    const r = dueReminders(out, cfg, day).find((x) => x.school.code === HOA_SEN.code);
    expect(r).toBeDefined();
    const minimum = r!.items.filter((i) => i.about === 'minimum').map((i) => i.text);
    expect(minimum).toHaveLength(2);
    for (const m of minimum) expect(m).toContain('năm học 2027-2028');
  });

  it('the reminder of the window\'s close (17/05/2028) asks for them too', () => {
    const day = new Date(2028, 4, 17, 8, 40);
    const { cfg, out } = run(day);
    const r = dueReminders(out, cfg, day).find((x) => x.school.code === HOA_SEN.code);
    expect(r).toBeDefined();
    expect(r!.items.filter((i) => i.about === 'minimum')).toHaveLength(2);
  });
});

describe("the school's tab and view, and “Tổng hợp”", () => {
  it('31/08/2027: unchanged for Hoa Sen ("Đạt", "Có"); Hòa Bình\'s open 2026-2027 is "Cần bổ sung" with its last day', () => {
    expect(minimumLine(AUG31, HOA_SEN.code)).toContain('(mục III.1): Đạt — cả giai đoạn đã có 1 tập thể, 1 cá nhân.');
    expect(summaryCell(AUG31, HOA_SEN.code)).toBe('Có');
    expect(minimumLine(AUG31, HOA_BINH.code)).toContain(
      '(mục III.1): Cần bổ sung — năm học 2026-2027 chưa có tập thể, còn hạn đến hết ngày 31/08/2027 (cả giai đoạn đã có 0 tập thể, 1 cá nhân).',
    );
    expect(summaryCell(AUG31, HOA_BINH.code)).toBe('Cần bổ sung');
  });

  it('06/09/2027: Hoa Sen reads "Cần bổ sung", naming until when 2027-2028 can be filled; Hòa Bình "Chưa đạt"', () => {
    expect(minimumLine(SEP06, HOA_SEN.code)).toBe(
      '• Đăng ký tối thiểu 01 tập thể và 01 cá nhân mỗi năm học (mục III.1): Cần bổ sung — năm học 2027-2028 chưa có tập thể và cá nhân, còn hạn đến hết ngày 31/05/2028 (cả giai đoạn đã có 1 tập thể, 1 cá nhân).',
    );
    expect(summaryCell(SEP06, HOA_SEN.code)).toBe('Cần bổ sung');
    expect(minimumLine(SEP06, HOA_BINH.code)).toContain(
      '(mục III.1): Chưa đạt — năm học 2026-2027 (đã qua) không có tập thể; năm học 2027-2028 chưa có tập thể và cá nhân, còn hạn đến hết ngày 31/05/2028',
    );
    expect(summaryCell(SEP06, HOA_BINH.code)).toBe('Chưa');
  });

  it("06/09/2027: Hoa Sen's own view says the same, not \"Chưa đạt\"", () => {
    const { cfg, out } = run(SEP06);
    const v = planSchoolViews(out, cfg).views.find((x) => x.schoolCodes[0] === HOA_SEN.code)!;
    const text = [v.header, ...v.rows].flat().map(String).join('\n');
    expect(text).toContain('(mục III.1): Cần bổ sung — năm học 2027-2028 chưa có tập thể và cá nhân, còn hạn đến hết ngày 31/05/2028');
    expect(text).not.toContain('Chưa đạt');
  });

  it('01/06/2028: the year left short reads "Chưa đạt" and "Chưa", as before', () => {
    expect(minimumLine(JUN01, HOA_SEN.code)).toContain('(mục III.1): Chưa đạt — năm học 2027-2028 (đã hết hạn đăng ký) không có tập thể và cá nhân');
    expect(summaryCell(JUN01, HOA_SEN.code)).toBe('Chưa');
  });
});

describe('the weekly digest tells an open school year apart from one that closed short', () => {
  it('06/09/2027: Hoa Sen is not among the schools short of the minimum; it is among those yet to register for 2027-2028', () => {
    const b = digestBody(SEP06);
    expect(b).toContain(DIGEST_EMAIL.minimumTitle(2));
    expect(b).toContain(`${HOA_BINH.name}: năm học 2026-2027 (đã qua) không có tập thể\n`);
    expect(b).toContain(`${QUANG_MINH.name}: năm học 2026-2027 (đã qua) không có tập thể và cá nhân\n`);
    expect(b).not.toContain(`${HOA_SEN.name}: năm học`);
    expect(b).toContain(DIGEST_EMAIL.minimumOpenTitle('2027-2028', '31/05/2028', 3));
    for (const s of [HOA_SEN, HOA_BINH, QUANG_MINH]) expect(b).toContain(`${s.name}: chưa có tập thể và cá nhân`);
    // Under the subject: the two schools that closed a year short, not the three yet to register for 2027-2028.
    const { cfg, out } = run(SEP06);
    const html = digestEmail({ output: out, config: cfg, now: SEP06, base: null, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.htmlBody;
    expect(html).toContain('2 đơn vị không đủ số đăng ký tối thiểu.');
    expect(b).not.toContain(DIGEST_EMAIL.minimumAllMet);
  });

  it('06/09/2027 with Hoa Sen alone: no school closed short, so no such list, and no "all met" either', () => {
    const { cfg, out } = run(SEP06);
    const output = { ...out, schoolDuties: out.schoolDuties.filter((d) => d.schoolCode === HOA_SEN.code) };
    const b = digestEmail({ output, config: cfg, now: SEP06, base: null, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(b).not.toContain(DIGEST_EMAIL.minimumTitle(1).split(' — ')[0]);
    expect(b).not.toContain(DIGEST_EMAIL.minimumAllMet);
    expect(b).toContain(DIGEST_EMAIL.minimumOpenTitle('2027-2028', '31/05/2028', 1));
  });

  it('05/06/2028: the school years left short at the window\'s close are listed as such', () => {
    const day = new Date(2028, 5, 5, 7);
    const b = digestBody(day);
    expect(b).toContain(`${HOA_SEN.name}: năm học 2027-2028 (đã hết hạn đăng ký) không có tập thể và cá nhân`);
    expect(b).not.toContain(DIGEST_EMAIL.minimumOpenTitle('2027-2028', '31/05/2028', 2));
  });
});

describe('notices: the turn of 1 September sends no e-mail', () => {
  it('(fact) no notice to Hoa Sen or Hòa Bình on 01/09/2027: school duties are not among the notices (registrations only)', () => {
    const day = new Date(2027, 8, 1, 7);
    const { cfg, out } = run(day);
    const notices = schoolNotices(out, cfg, day);
    expect(notices.filter((n) => n.schoolCode === HOA_SEN.code || n.schoolCode === HOA_BINH.code)).toEqual([]);
  });
});

describe('a window close that is a stand-in (review now N3) is never told as the open year\'s last day', () => {
  it('06/09/2027: the tab and the digest name no day', () => {
    const { cfg, out } = run(SEP06);
    const held: OfficeConfig = { ...cfg, unsettled: ['milestone.DANG-KY-DONG'] };
    const tab = schoolTabs(out, held).tabs.find((t) => t.schoolCodes[0] === HOA_SEN.code)!;
    const line = [tab.header, ...tab.rows].map((r) => String(r[0])).find((l) => l.startsWith('• Đăng ký tối thiểu'))!;
    expect(line).toContain('Cần bổ sung — năm học 2027-2028 chưa có tập thể và cá nhân (cả giai đoạn');
    const b = digestEmail({ output: out, config: held, now: SEP06, base: null, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(b).toContain(DIGEST_EMAIL.minimumOpenTitle('2027-2028', '', 3));
    expect(b).not.toContain('còn hạn đến hết ngày');
  });
});

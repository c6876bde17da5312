// Review schoolyear63 (the two Lows left by review yearahead):
// - R5: the school's tab (and a group tab, and the school's view) lists every registration of the period with no school
//   year: an office reading "năm học 2027-2028 chưa có tập thể" could not see which registration counted for which
//   school year. A "Năm học" column now says it, by the rule the minimum (III.1) uses (school-duties.ts countedYears).
// - R6: a school year that closed short of the minimum (31 August, before the window's close) was told to the school
//   only by the notice after the window closed, nine months later. The first reminder after that school year closed
//   now says so once (as windowClosedNotice does for the window).
// The office: 2026–2030, window 01/10/2026–31/05/2028, reminders 14 and 3 days before. Hoa Sen registered a collective
// and an individual in October 2026, Hòa Bình an individual only, Quang Minh nothing.
import { describe, expect, it } from 'vitest';
import type { OfficeConfig } from '../../src/core/config';
import { makeDate } from '../../src/core/text';
import { SCHOOL_TAB_HEADER } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { dueReminders, planReminders, reminderEmail, reminderFor, reminderKey, schoolWho } from '../../src/core/reminders';
import { registrationSchoolYear } from '../../src/core/school-duties';
import { planSchoolViews } from '../../src/core/school-views';
import { schoolTabs } from '../../src/core/summaries';
import { collectiveAnswers, config2026 as office2026, evaluateOffice, individualAnswers, SCHOOLS } from './helpers';

const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;

type Variation = { days?: string; windowClose?: Date };
const config2026 = (today: Date, v: Variation = {}): OfficeConfig => {
  const cfg: OfficeConfig = {
    ...office2026(today, { 'mail.reminderDaysBefore': v.days ?? '14; 3' }),
    schoolViews: { enabled: true, publishComments: false, contact: '' },
  };
  if (v.windowClose) cfg.period.milestones.find((m) => m.id === 'DANG-KY-DONG')!.date = v.windowClose;
  return cfg;
};

const sent = new Date(2026, 9, 16, 9);
const base = (cfg: OfficeConfig) => [
  { answers: { ...collectiveAnswers(cfg), [Q.school]: HOA_SEN.name }, at: sent },
  { answers: { ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name }, at: sent },
  { answers: { ...individualAnswers('teacher', cfg), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Lê Văn Cường' }, at: sent },
];

/** Everything as the office's run on `day` sees it: the registrations sent by then. */
function run(day: Date, v: Variation = {}, more: (cfg: OfficeConfig) => { answers: Record<string, unknown>; at: Date }[] = () => []) {
  const cfg = config2026(day, v);
  const regs = [...base(cfg), ...more(cfg)].filter((r) => r.at.getTime() <= day.getTime());
  return { cfg, out: evaluateOffice(cfg, regs, []) };
}

// Hòa Bình's collective of 10/10/2027 (2027-2028), and Quang Minh's individual sent after the window (05/06/2028).
const later = (cfg: OfficeConfig) => [
  { answers: { ...collectiveAnswers(cfg), [Q.school]: HOA_BINH.name, [Q.collectiveName]: 'Tổ Toán Hòa Bình' }, at: new Date(2027, 9, 10, 9) },
  { answers: { ...individualAnswers('teacher', cfg), [Q.school]: QUANG_MINH.name, [Q.individualName]: 'Phạm Thị Hà' }, at: new Date(2028, 5, 5, 9) },
];

/** The registrations table of a school's tab as objects by header. */
function tableOf(day: Date, code: string): Record<string, string>[] {
  const { cfg, out } = run(day, {}, later);
  const tab = schoolTabs(out, cfg).tabs.find((t) => t.schoolCodes[0] === code)!;
  const all = [tab.header, ...tab.rows].map((r) => r.map(String));
  const header = all[tab.tableHeaderRow];
  return all.slice(tab.tableHeaderRow + 1, tab.tableHeaderRow + 1 + tab.registrationCount).map((r) => Object.fromEntries(header.map((h, j) => [h, r[j]])));
}

describe('R5: the school tab says which school year each registration counted for', () => {
  it('the header has "Năm học" after "Đối tượng"', () => {
    expect(SCHOOL_TAB_HEADER.slice(0, 3)).toEqual(['Mã phiếu', 'Đối tượng', 'Năm học']);
  });

  it('06/06/2028: Hòa Bình\'s individual of October 2026 reads 2026-2027, its collective of October 2027 2027-2028', () => {
    const rows = tableOf(new Date(2028, 5, 6, 8), HOA_BINH.code);
    expect(rows.map((r) => [r['Tên'], r['Năm học']])).toEqual([
      ['Lê Văn Cường', '2026-2027'],
      ['Tổ Toán Hòa Bình', '2027-2028'],
    ]);
  });

  it('a registration sent after the window counts for no school year, and says so', () => {
    const rows = tableOf(new Date(2028, 5, 6, 8), QUANG_MINH.code);
    expect(rows.map((r) => [r['Tên'], r['Năm học']])).toEqual([['Phạm Thị Hà', 'Gửi sau hạn, không tính vào tối thiểu']]);
  });

  it('the rule is the minimum\'s: judged by the first sending, the first year for an early one, none for a late one', () => {
    const cfg = config2026(new Date(2028, 0, 10));
    const r = (first: Date | null, at: Date | null, late = false) => ({ kind: 'collective' as const, late, firstSubmittedAt: first, submittedAt: at });
    // First sent on 20/08/2027, edited on 10/09/2027: 2026-2027, as the duties count it.
    expect(registrationSchoolYear(r(new Date(2027, 7, 20), new Date(2027, 8, 10)), cfg)).toBe(2026);
    expect(registrationSchoolYear(r(null, new Date(2027, 8, 1)), cfg)).toBe(2027);
    // Before the window opened (30/09/2026): the first year.
    expect(registrationSchoolYear(r(new Date(2026, 7, 1), new Date(2026, 7, 1)), cfg)).toBe(2026);
    // No readable time: the latest year begun.
    expect(registrationSchoolYear(r(null, null), cfg)).toBe(2027);
    expect(registrationSchoolYear(r(new Date(2028, 5, 2), new Date(2028, 5, 2), true), cfg)).toBeNull();
    expect(registrationSchoolYear({ ...r(sent, sent), kind: null }, cfg)).toBeNull();
  });

  it('a group tab (above the threshold) and the school\'s view carry the column too', () => {
    const day = new Date(2027, 10, 1, 8);
    const { cfg, out } = run(day, {}, later);
    const grouped = schoolTabs(out, { ...cfg, perSchoolTabThreshold: 1 });
    expect(grouped.mode).toBe('grouped');
    const g = grouped.tabs.find((t) => [t.header, ...t.rows].some((r) => r[0] === HOA_BINH.name && r.includes('Tổ Toán Hòa Bình')))!;
    const all = [g.header, ...g.rows].map((r) => r.map(String));
    const header = all[g.tableHeaderRow];
    expect(header.slice(0, 4)).toEqual(['Đơn vị', 'Mã phiếu', 'Đối tượng', 'Năm học']);
    const row = all.find((r) => r[header.indexOf('Tên')] === 'Tổ Toán Hòa Bình')!;
    expect(row[header.indexOf('Năm học')]).toBe('2027-2028');
    const v = planSchoolViews(out, cfg).views.find((x) => x.schoolCodes[0] === HOA_BINH.code)!;
    const lines = [v.header, ...v.rows].map((r) => r.map(String));
    const vh = lines[2];
    expect(vh).toContain('Năm học');
    expect(lines.find((r) => r[vh.indexOf('Tên')] === 'Lê Văn Cường')![vh.indexOf('Năm học')]).toBe('2026-2027');
    expect(v.widths.length).toBe(vh.filter((h) => h !== '').length);
  });
});

const notice = (what: string) =>
  `Năm học 2026-2027 đã kết thúc ngày 31/08/2027. Theo dữ liệu Phòng nhận được, đơn vị chưa đủ tối thiểu 01 tập thể và 01 cá nhân đăng ký mỗi năm học (mục III.1 của Kế hoạch): năm học 2026-2027 không đăng ký ${what}. ` +
  'Nhiệm vụ này của đơn vị được ghi là “Chưa đạt”; phiếu gửi sau ngày 31/08/2027 được tính cho năm học 2027-2028, không tính bù cho năm học đã kết thúc. Thông tin này chỉ báo một lần.';

/**
 * The notices of the reminders due on `day`, by school code; `went`: the days every school's earlier reminders were sent
 * (what is told once goes by the reminders sent: review d63 F1).
 */
function noticesOn(day: Date, v: Variation = {}, went: Date[] = []): Record<string, string[]> {
  const { cfg, out } = run(day, v);
  const out2: Record<string, string[]> = {};
  // Each of a school's reminders due the same day says its notices: they go in one e-mail (planReminders), so once.
  for (const r of dueReminders(out, cfg, day, () => went)) out2[r.school.code] = [...new Set([...(out2[r.school.code] ?? []), ...r.notices])];
  return out2;
}

describe('R6: the first reminder after a school year closed short says so, once', () => {
  it('01/12/2027 (14 days before the 2027 annual report): Hòa Bình and Quang Minh are told 2026-2027 closed short; Hoa Sen, which met it, is not', () => {
    const n = noticesOn(new Date(2027, 11, 1, 8, 40));
    expect(n[HOA_BINH.code]).toEqual([notice('tập thể')]);
    expect(n[QUANG_MINH.code]).toEqual([notice('tập thể và cá nhân')]);
    expect(n[HOA_SEN.code] ?? []).toEqual([]);
  });

  it('the e-mail opens with it and is named after it; its key is the reminder\'s own (sent once)', () => {
    const day = new Date(2027, 11, 1, 8, 40);
    const { cfg, out } = run(day);
    const r = reminderFor(reminderKey(HOA_BINH.code, 'BC-2027-NAM', 14), out, cfg, day)!;
    const m = reminderEmail(r, cfg.organisation, null, null);
    expect(m.subject).toBe(`[Điển hình tiên tiến] Chưa đạt yêu cầu đăng ký tối thiểu mỗi năm học (mục III.1) và nhắc hạn 15/12/2027: gửi báo cáo kết quả năm 2027 — ${HOA_BINH.name}`);
    expect(m.body.indexOf('Năm học 2026-2027 đã kết thúc ngày 31/08/2027.')).toBeLessThan(m.body.indexOf('xin nhắc'));
    // It still asks for the open year 2027-2028.
    expect(m.body).toContain('năm học 2027-2028');
    const planned = planReminders([], out, cfg, day, true).filter((e) => e.ref.startsWith(`${HOA_BINH.code} · `));
    expect(planned.map((e) => e.key)).toEqual([reminderKey(schoolWho(HOA_BINH.name), 'BC-2027-NAM', 14)]);
  });

  it('a school with nothing else to do on 01/12/2027 gets it alone, in an e-mail named after it', () => {
    const day = new Date(2027, 11, 1, 8, 40);
    const cfg = config2026(day);
    const regs = [
      ...base(cfg),
      { answers: { ...collectiveAnswers(cfg), [Q.school]: HOA_BINH.name, [Q.collectiveName]: 'Tổ Toán Hòa Bình' }, at: new Date(2027, 9, 10, 9) },
      { answers: { ...individualAnswers('teacher', cfg), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Đào Thị Mai' }, at: new Date(2027, 9, 10, 10) },
    ];
    const at = new Date(2027, 10, 20);
    const reports = ['Kế hoạch giai đoạn 2026-2030 của đơn vị', 'Năm 2026', '6 tháng đầu năm 2027', 'Năm 2027'].map((p) => [at, 'x@example.edu.vn', HOA_BINH.name, p, '3/BC', 'Tóm tắt', '']);
    const out = evaluateOffice(cfg, regs, reports);
    const due = dueReminders(out, cfg, day).filter((r) => r.school.code === HOA_BINH.code);
    expect(due.map((r) => `${r.deadline.id}:${r.offset} ${r.items.length} ${r.notices.length}`)).toEqual(['BC-2027-NAM:14 0 1']);
    const m = reminderEmail(due[0], cfg.organisation, null, null);
    expect(m.subject).toBe(`[Điển hình tiên tiến] Chưa đạt yêu cầu đăng ký tối thiểu mỗi năm học (mục III.1) — ${HOA_BINH.name}`);
    expect(m.body).toContain(notice('tập thể'));
    expect(m.body).not.toContain('xin nhắc');
    // The 3-day reminder: nothing to say, none.
    const dec12 = new Date(2027, 11, 12, 8, 40);
    expect(dueReminders(evaluateOffice(config2026(dec12), regs, reports), config2026(dec12), dec12, () => [day]).filter((r) => r.school.code === HOA_BINH.code)).toEqual([]);
  });

  it('not in the later reminders: 12/12/2027, 01/06/2028 (only the window\'s own notice), 12/06/2028', () => {
    const dec1 = new Date(2027, 11, 1, 8, 40);
    expect(Object.values(noticesOn(new Date(2027, 11, 12, 8, 40), {}, [dec1])).flat()).toEqual([]);
    const june = noticesOn(new Date(2028, 5, 1, 8, 40), {}, [dec1]);
    for (const code of [HOA_BINH.code, QUANG_MINH.code]) {
      expect(june[code]).toHaveLength(1);
      expect(june[code][0]).toMatch(/^Đợt đăng ký đã kết thúc ngày 31\/05\/2028\./);
    }
    expect(Object.values(noticesOn(new Date(2028, 5, 12, 8, 40), {}, [dec1, new Date(2028, 5, 1, 8, 40)])).flat()).toEqual([]);
  });

  it('not while the school year is open: the reminders of 01/06 and 12/06/2027', () => {
    expect(Object.values(noticesOn(new Date(2027, 5, 1, 8, 40))).flat()).toEqual([]);
    expect(Object.values(noticesOn(new Date(2027, 5, 12, 8, 40))).flat()).toEqual([]);
  });

  it('"Nhắc hạn trước (số ngày)" 30; 7; 1: the 30-day reminder of 15/11/2027 says it, not those of 08/12 or 14/12', () => {
    const v = { days: '30; 7; 1' };
    expect(noticesOn(new Date(2027, 10, 15, 8, 40), v)[HOA_BINH.code]).toEqual([notice('tập thể')]);
    const nov15 = new Date(2027, 10, 15, 8, 40);
    expect(Object.values(noticesOn(new Date(2027, 11, 8, 8, 40), v, [nov15])).flat()).toEqual([]);
    expect(Object.values(noticesOn(new Date(2027, 11, 14, 8, 40), v, [nov15])).flat()).toEqual([]);
  });

  it('a window that closed on 31/05/2027: 2026-2027 is the window\'s, told on 01/06/2027 by its notice; nothing on 01/12/2027', () => {
    const v = { windowClose: makeDate(2027, 5, 31) };
    const june = noticesOn(new Date(2027, 5, 1, 8, 40), v);
    expect(june[HOA_BINH.code]).toHaveLength(1);
    expect(june[HOA_BINH.code][0]).toMatch(/^Đợt đăng ký đã kết thúc ngày 31\/05\/2027\./);
    expect(Object.values(noticesOn(new Date(2027, 11, 1, 8, 40), v, [new Date(2027, 5, 1, 8, 40)])).flat()).toEqual([]);
  });

  it('a window that closes on 30/09/2027: the first reminder after both is one, and says the window\'s notice alone', () => {
    const n = noticesOn(new Date(2027, 11, 1, 8, 40), { windowClose: makeDate(2027, 9, 30) });
    expect(n[HOA_BINH.code]).toHaveLength(1);
    expect(n[HOA_BINH.code][0]).toMatch(/^Đợt đăng ký đã kết thúc ngày 30\/09\/2027\..*năm học 2026-2027 không đăng ký tập thể/);
  });
});

// Review d63 (of stop 63: schoolyear63, afterend63, mutants63). Each test here failed on 0673947.
// The office of rev-schoolyear63: 2026–2030, window 01/10/2026–31/05/2028, reminders 14 and 3 days before. Hoa Sen
// registered a collective and an individual in October 2026, Hòa Bình an individual only, Quang Minh nothing.
import { describe, expect, it } from 'vitest';
import type { OfficeConfig } from '../../src/core/config';
import type { OutboxEntry } from '../../src/core/outbox';
import { Q } from '../../src/core/registration-form';
import { planReminders, reminderEmail, reminderFor, sentReminders } from '../../src/core/reminders';
import { schoolTabs } from '../../src/core/summaries';
import { PERIOD_END, REMINDER_EMAIL, carriesNotice } from '../../src/core/messages';
import { reportReceipts } from '../../src/core/notices';
import { collectiveAnswers, config2026 as office2026, evaluateOffice, individualAnswers, SCHOOLS } from './helpers';

const [HOA_SEN, HOA_BINH] = SCHOOLS;

const config2026 = (today: Date): OfficeConfig => office2026(today, { 'mail.reminderDaysBefore': '14; 3' });
const sent = new Date(2026, 9, 16, 9);
const base = (cfg: OfficeConfig) => [
  { answers: { ...collectiveAnswers(cfg), [Q.school]: HOA_SEN.name }, at: sent },
  { answers: { ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name }, at: sent },
  { answers: { ...individualAnswers('teacher', cfg), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Lê Văn Cường' }, at: sent },
];
function run(day: Date) {
  const cfg = config2026(day);
  return { cfg, out: evaluateOffice(cfg, base(cfg), []) };
}

const isOpen = (e: OutboxEntry) => e.status === 'pending' || e.status === 'failed';
const YEAR_CLOSED = 'Năm học 2026-2027 đã kết thúc ngày 31/08/2027.';

/** What the open reminder entries of a school would say if sent at `day`: their notices. */
function openNotices(entries: readonly OutboxEntry[], code: string, day: Date): string[] {
  const { cfg, out } = run(day);
  return entries
    .filter((e) => e.kind === 'reminder' && isOpen(e) && e.ref.split(' · ')[0] === code)
    .flatMap((e) => reminderFor(e.key, out, cfg, day, sentReminders(entries))?.notices ?? []);
}

describe('d63 F1: the once-only notice of a school year closed short is lost when the daily quota runs out', () => {
  it('the 01/12/2027 reminder (carrying it) still waits on 12/12: retired as superseded, and the 3-day one does not say it', () => {
    const dec1 = new Date(2027, 11, 1, 8, 40);
    const a = run(dec1);
    // 01/12: queued, and the quota is spent for days (a Sở, a large Phòng on a consumer account): it stays pending.
    const queued = planReminders([], a.out, a.cfg, dec1, true);
    expect(openNotices(queued, HOA_BINH.code, dec1).some((n) => n.startsWith(YEAR_CLOSED))).toBe(true);
    // 12/12: the 3-day reminder is due; the still-waiting 14-day one is retired (review scale M1).
    const dec12 = new Date(2027, 11, 12, 8, 40);
    const b = run(dec12);
    const next = planReminders(queued, b.out, b.cfg, dec12, true);
    // Some e-mail still to go must tell Hòa Bình, once, that 2026-2027 closed short: none does.
    expect(openNotices(next, HOA_BINH.code, dec12).filter((n) => n.startsWith(YEAR_CLOSED))).toHaveLength(1);
  });
});

describe('d63 F2: a year told "only once" is told again', () => {
  it('Hòa Bình reads "năm học 2026-2027 … Thông tin này chỉ báo một lần." on 01/12/2027 and again on 01/06/2028', () => {
    // Each day's reminders are sent that day: the outbox carries what went.
    let box: OutboxEntry[] = [];
    const noticeOn = (day: Date) => {
      const { cfg, out } = run(day);
      box = planReminders(box, out, cfg, day, true);
      const said = openNotices(box, HOA_BINH.code, day);
      box = box.map((e) => (isOpen(e) ? { ...e, status: 'sent' as const, sentAt: day } : e));
      return said;
    };
    const told = [...noticeOn(new Date(2027, 11, 1, 8, 40)), ...noticeOn(new Date(2028, 5, 1, 8, 40))];
    expect(told).toHaveLength(2);
    // Both say 2026-2027 is short and that this is said once only: at most one of them may.
    expect(told.filter((n) => n.includes('năm học 2026-2027 không đăng ký tập thể') && n.includes('Thông tin này chỉ báo một lần.'))).toHaveLength(1);
  });
});

describe('d63 F3: a late registration\'s "Năm học" cell reads as if the registration did not count at all', () => {
  it('Quang Minh\'s individual sent 05/06/2028 reads Kết luận "Đạt" beside "Gửi sau hạn, không tính"; the cell must say it is the minimum (III.1) it does not count for', () => {
    const day = new Date(2028, 5, 6, 8);
    const cfg = config2026(day);
    const regs = [...base(cfg), { answers: { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[2].name, [Q.individualName]: 'Phạm Thị Hà' }, at: new Date(2028, 5, 5, 9) }];
    const out = evaluateOffice(cfg, regs, []);
    const tab = schoolTabs(out, cfg).tabs.find((t) => t.schoolCodes[0] === SCHOOLS[2].code)!;
    const all = [tab.header, ...tab.rows].map((r) => r.map(String));
    const header = all[tab.tableHeaderRow];
    const row = all.find((r) => r[header.indexOf('Tên')] === 'Phạm Thị Hà')!;
    // A late registration is evaluated as any other (docs/criteria.md "Late registrations"): it may be proposed.
    expect(row[header.indexOf('Kết luận')]).toBe('Đạt');
    expect(row[header.indexOf('Năm học')]).toMatch(/tối thiểu/);
  });
});

describe('d63 F4: after the end, a receipt whose period another report already met still asks, in its preheader, to send again', () => {
  it('Hòa Bình\'s plan is in; a second plan for it from Hoa Sen\'s address, answered after the end, is previewed "xem cách gửi lại trong thư"', () => {
    const cfg = office2026(new Date(2026, 8, 7, 7, 0, 0));
    const sent = new Date(2026, 8, 1, 9, 30);
    const plan = 'Kế hoạch giai đoạn 2026-2030 của đơn vị';
    const out = evaluateOffice(cfg, [], [
        [sent, HOA_BINH.emails[0], HOA_BINH.name, plan, '16/KH', 'Tóm tắt', ''],
        [new Date(sent.getTime() + 3_600_000), HOA_SEN.emails[0], HOA_BINH.name, plan, '17/KH', 'Tóm tắt', ''],
    ]);
    const closed = reportReceipts(out, cfg, new Date(sent.getTime() + 86_400_000), () => '2026-2030');
    const second = closed.find((n) => n.at === sent.getTime() + 3_600_000)!;
    expect(second.email.body).toContain(PERIOD_END.reportClosed('2026-2030', 'Phòng'));
    // The body no longer says how to send again (afterend63); its preheader (the hidden first line a phone shows) does.
    const ask = PERIOD_END.reportClosed('2026-2030', 'Phòng');
    expect(second.email.body.replace(ask, '')).not.toMatch(/gửi lại/);
    expect(second.email.htmlBody.replace(ask, '')).not.toMatch(/gửi lại/);
  });
});

describe('d63 F5: a registration replaced by the same subject a year later counts for its year, and the tab hid which', () => {
  const day = new Date(2027, 11, 1, 8, 40);
  const cfg = config2026(day);
  const tabOf = (regs: { answers: Record<string, unknown>; at: Date }[]) => {
    const out = evaluateOffice(cfg, regs, []);
    const tab = schoolTabs(out, cfg).tabs.find((t) => t.schoolCodes[0] === HOA_BINH.code)!;
    return { out, lines: [tab.header, ...tab.rows].slice(0, tab.tableHeaderRow).map((r) => r.filter((c) => c !== '').join(' ')) };
  };
  const toan = (at: Date) => ({ answers: { ...collectiveAnswers(cfg), [Q.school]: HOA_BINH.name, [Q.collectiveName]: 'Tổ Toán Hòa Bình' }, at });
  const cuong = { answers: { ...individualAnswers('teacher', cfg), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Lê Văn Cường' }, at: new Date(2026, 9, 16, 9) };

  it('Hòa Bình\'s "Tổ Toán" of 16/10/2026, sent again on 10/10/2027: the duty reads 2026-2027 met, and the tab says which hidden registration met it', () => {
    const { out, lines } = tabOf([toan(new Date(2026, 9, 16, 9)), cuong, toan(new Date(2027, 9, 10, 9))]);
    expect(out.registrations.filter((r) => r.flags.supersededBy).map((r) => r.name)).toEqual(['Tổ Toán Hòa Bình']);
    const duties = out.schoolDuties.find((d) => d.schoolCode === HOA_BINH.code)!;
    // The minimum counts the replaced one for 2026-2027: only 2027-2028's individual lacks.
    expect(duties.lacking.map((l) => [l.year, l.collective, l.individual])).toEqual([[2027, false, true]]);
    // Before the fix the tab said only "1 phiếu cũ … không hiển thị ở đây", its table showing no 2026-2027 collective.
    expect(lines).toContain('Trong số phiếu cũ đó, vẫn được tính vào yêu cầu đăng ký tối thiểu mỗi năm học (mục III.1): 1 tập thể của năm học 2026-2027.');
  });

  it('no such line when the registration replacing it is of the same school year (the table shows that year)', () => {
    const { lines } = tabOf([toan(new Date(2026, 9, 16, 9)), cuong, toan(new Date(2026, 10, 20, 9))]);
    expect(lines.some((l) => l.startsWith('1 phiếu cũ'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Trong số phiếu cũ đó'))).toBe(false);
  });
});

describe('d63 F6: a report with its document number, sent from another listed school\'s address, is told to the school as lacking that number', () => {
  it('Hòa Bình\'s "Năm 2026" (3/BC) came from Hoa Sen\'s address: its reminder of 01/06/2027 says "đã gửi nhưng chưa ghi mục “Số, ngày văn bản”…"', () => {
    const day = new Date(2027, 5, 1, 8, 40);
    const cfg = config2026(day);
    const regs = [
      { answers: { ...individualAnswers('teacher', cfg), [Q.school]: HOA_BINH.name }, at: sent },
      { answers: { ...collectiveAnswers(cfg), [Q.school]: HOA_BINH.name }, at: sent },
    ];
    const at = new Date(2026, 11, 10);
    const reports = [
      [at, HOA_SEN.emails[0], HOA_BINH.name, 'Năm 2026', '3/BC', 'Tóm tắt', ''],
      [at, HOA_BINH.emails[0], HOA_BINH.name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', '3/KH', 'Tóm tắt', ''],
    ];
    const out = evaluateOffice(cfg, regs, reports);
    const bodies = planReminders([], out, cfg, day, true)
      .filter((e) => e.ref.split(' · ')[0] === HOA_BINH.code)
      .map((e) => reminderEmail(reminderFor(e.key, out, cfg, day)!, cfg.organisation, null, null).body);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toContain('“Năm 2026” (hạn 15/12/2026');
    // It did write "3/BC"; what it lacks is a report sent from its own address (its receipt said so: receiptOtherSchool).
    expect(bodies[0]).not.toContain('đã gửi nhưng chưa ghi');
    expect(bodies[0]).toContain('“Năm 2026” (hạn 15/12/2026; báo cáo gửi ngày 10/12/2026 từ địa chỉ e-mail của “Trường Mầm non Hoa Sen” nên chưa được tính)');
    // Its tab (the duty's line) says the same, not "chưa ghi số, ngày văn bản".
    const duty = out.schoolDuties.find((d) => d.schoolCode === HOA_BINH.code)!.results.map((r) => r.message).find((m) => m.includes('“Năm 2026”'))!;
    expect(duty).not.toContain('chưa ghi');
    expect(duty).toContain('từ địa chỉ e-mail của “Trường Mầm non Hoa Sen”');
  });
});

describe('d63 F7: the once-only notice is said again when the office changes "Nhắc hạn trước" after it went', () => {
  it('sent on 01/12/2027 with "14; 3"; the office then sets "7; 3": on 08/12 Hòa Bình is told again', () => {
    const dec1 = new Date(2027, 11, 1, 8, 40);
    const a = run(dec1);
    const sentBox = planReminders([], a.out, a.cfg, dec1, true).map((e) => ({ ...e, status: 'sent' as const }));
    expect(openNotices(planReminders([], a.out, a.cfg, dec1, true), HOA_BINH.code, dec1).filter((n) => n.startsWith(YEAR_CLOSED))).toHaveLength(1);
    const dec8 = new Date(2027, 11, 8, 8, 40);
    const cfg = office2026(dec8, { 'mail.reminderDaysBefore': '7; 3' });
    const out = evaluateOffice(cfg, base(cfg), []);
    const next = planReminders(sentBox, out, cfg, dec8, true);
    const fresh = next.filter((e) => e.kind === 'reminder' && e.status === 'pending' && e.ref.split(' · ')[0] === HOA_BINH.code);
    // What is composed is decided by the outbox as it stands (the reminders sent: sentReminders).
    const again = fresh.flatMap((e) => reminderFor(e.key, out, cfg, dec8, sentReminders(next))?.notices ?? []).filter((n) => n.startsWith(YEAR_CLOSED));
    expect(again).toEqual([]);
  });
});

describe('d63 F1/F7, the record read: which sent reminders told the notice (carriesNotice)', () => {
  it('one whose subject names the notice, in this wording or an earlier one; not a reminder of deadlines alone', () => {
    const school = HOA_BINH.name;
    expect(carriesNotice(REMINDER_EMAIL.subjectWindowClosed(school))).toBe(true);
    expect(carriesNotice(REMINDER_EMAIL.subjectWithNotice([{ title: 'gửi báo cáo kết quả năm 2027', date: '15/12/2027' }], school))).toBe(true);
    // Subjects the outbox holds from earlier versions (before 39151c1; e94d923).
    expect(carriesNotice(`[Điển hình tiên tiến] Chưa đạt đăng ký tối thiểu mỗi năm học (mục III.1) — ${school}`)).toBe(true);
    expect(carriesNotice(`[Điển hình tiên tiến] Kết quả đăng ký tối thiểu mỗi năm học (mục III.1) — ${school}`)).toBe(true);
    expect(carriesNotice(REMINDER_EMAIL.subject([{ title: 'gửi báo cáo kết quả năm 2027', date: '15/12/2027' }], school))).toBe(false);
  });
});

describe('d63 minor: after a notice, the closing "xin bỏ qua thư này" reads as covering the notice too', () => {
  it('Hòa Bình\'s 01/12/2027 e-mail opens with the year-closed notice and closes by asking to ignore only the reminder part', () => {
    const dec1 = new Date(2027, 11, 1, 8, 40);
    const { cfg, out } = run(dec1);
    const e = planReminders([], out, cfg, dec1, true).find((x) => x.ref.split(' · ')[0] === HOA_BINH.code)!;
    const body = reminderEmail(reminderFor(e.key, out, cfg, dec1)!, cfg.organisation, null, null).body;
    expect(body.startsWith(`Kính gửi: ${HOA_BINH.name}`)).toBe(true);
    expect(body).toContain(YEAR_CLOSED);
    expect(body).not.toContain('xin bỏ qua thư này');
    expect(body).toContain('Nếu đơn vị đã hoàn thành các việc nêu trên sau thời điểm thư này được lập, xin bỏ qua phần nhắc việc; thông báo ở đầu thư vẫn giữ nguyên.');
  });
});

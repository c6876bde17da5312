// Deadline reminders: the schedule (which reminder on which day), what is outstanding per school and deadline, the
// outbox planning (once per school, deadline and offset), the message (only the school's own data) and the new
// "Cấu hình" keys.
import { describe, expect, it } from 'vitest';
import { configFromRows, configToRows, defaultConfig, parseDaysList, parseWeekDay, periodConfig, type OfficeConfig } from '../../src/core/config';
import { REMINDER_EMAIL, REMINDER_NOTE, configLabel } from '../../src/core/messages';
import { evaluateAll } from '../../src/core/evaluate';
import type { OutboxEntry } from '../../src/core/outbox';
import { buildReportForm, Q, responseHeaders, schoolYearRow } from '../../src/core/registration-form';
import {
  activeOffset,
  dayAfter,
  daysUntil,
  deadlines,
  dueReminders,
  firstAfterWindow,
  formsNeeded,
  outstanding,
  parseReminderKey,
  planReminders,
  reminderEmail,
  reminderFor,
  sentReminders,
  type SentReminders,
  reminderKey,
} from '../../src/core/reminders';
import { formatDate } from '../../src/core/text';
import { directoryToRows } from '../../src/core/directory';
import { excellentYearNote } from '../../src/core/emails';
import { CONDITIONS, CONDITION_COLUMNS, SELF_DECLARED } from '../../src/core/form-titles';
import { answersToRow, codedKey, collectiveAnswers, config2026 as office2026, directoryRows, form, headerRow, individualAnswers, SCHOOLS } from './helpers';
import { registrationId } from '../../src/core/registration';

const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;

const config2026 = (today: Date) => office2026(today, { 'mail.reminderDaysBefore': '14; 3' });

function reportRow(school: string, period: string, at: Date, docRef = '12/BC ngày 1/12', link = '') {
  return [at, 'x@example.edu.vn', school, period, docRef, 'Tóm tắt', link];
}

/**
 * `at`: when a registration was first sent; `edited`: when the school last edited it (to write the ratings of the years
 * that ended since: a rating counts only when written on or after its year counts).
 */
function run(cfg: OfficeConfig, regs: { answers: Record<string, unknown>; at: Date; edited?: Date }[], reports: unknown[][]) {
  const f = form(cfg);
  const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
  return evaluateAll({
    config: cfg,
    directoryRows: directoryRows(),
    responseValues: [headerRow(f), ...regs.map((r) => answersToRow(f, r.answers as never, r.edited ?? r.at, 'x@example.edu.vn'))],
    firstSent: new Map(regs.map((r, i) => [registrationId(i + 2), r.at.getTime()])),
    reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)], ...reports],
  });
}

describe('deadlines', () => {
  it('2021–2025: the plan, every report, the end of registration and the conferences, in date order', () => {
    const d = deadlines(defaultConfig(new Date(2024, 0, 1)));
    expect(d.map((x) => `${x.id} ${formatDate(x.date)}`)).toEqual([
      'KH-2021-2025 30/09/2021',
      'BC-2021-NAM 15/12/2021',
      'BC-2022-6T 15/06/2022',
      'BC-2022-NAM 15/12/2022',
      'DANG-KY-DONG-2023 31/05/2023',
      'SO-KET-2023 11/06/2023',
      'BC-2023-6T 15/06/2023',
      'BC-2023-NAM 15/12/2023',
      'BC-2024-6T 15/06/2024',
      'BC-2024-NAM 15/12/2024',
      'BIEU-DUONG-2024 31/12/2024',
      'TONG-KET-2025 31/03/2025',
      'BC-2025-6T 15/06/2025',
      'BC-2025-NAM 15/12/2025',
    ]);
    expect(d.find((x) => x.id === 'BC-2024-6T')!.periodLabel).toBe('6 tháng đầu năm 2024');
  });

  it('2026–2030 by configuration alone: new dates, and no key of the old period reused', () => {
    const cfg = config2026(new Date(2026, 6, 1));
    const d = deadlines(cfg);
    expect(d[0]).toMatchObject({ id: 'KH-2026-2030', kind: 'plan', periodLabel: 'Kế hoạch giai đoạn 2026-2030 của đơn vị' });
    expect(formatDate(d[0].date)).toBe('30/09/2026');
    expect(d.map((x) => x.id)).toContain('DANG-KY-DONG-2028');
    expect(d.map((x) => x.id)).toContain('TONG-KET-2030');
    const old = new Set(deadlines(defaultConfig(new Date(2024, 0, 1))).map((x) => x.id));
    for (const x of d) expect(old.has(x.id)).toBe(false);
  });
});

describe('the schedule', () => {
  it('the smallest offset reached, until the day itself', () => {
    const o = [14, 3];
    expect([20, 15, 14, 10, 4, 3, 1, 0, -1].map((n) => activeOffset(n, o))).toEqual([null, null, 14, 14, 14, 3, 3, 3, null]);
    expect(activeOffset(0, [0])).toBe(0);
    expect(activeOffset(5, [])).toBeNull();
  });

  it('counts calendar days in local time', () => {
    expect(daysUntil(new Date(2026, 8, 30), new Date(2026, 8, 16, 23, 59))).toBe(14);
    expect(daysUntil(new Date(2026, 8, 30), new Date(2026, 8, 30, 7))).toBe(0);
    expect(daysUntil(new Date(2027, 0, 1), new Date(2026, 11, 31, 7))).toBe(1);
  });

  it('over a year, each (school, deadline, offset) first falls due exactly on its day, and only to schools with something outstanding', () => {
    const cfg = config2026(new Date(2026, 6, 1));
    // Hoa Sen sent its plan on 20/09; Quang Minh sent the annual report without evidence; nobody else reported.
    const output = run(
      cfg,
      [
        { answers: { ...collectiveAnswers(cfg), [Q.school]: HOA_SEN.name }, at: new Date(2026, 6, 5) },
        { answers: { ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name }, at: new Date(2026, 6, 5) },
      ],
      [
        reportRow(HOA_SEN.name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', new Date(2026, 8, 20), '15/KH-MNHS'),
        reportRow(QUANG_MINH.name, 'Năm 2026', new Date(2026, 11, 5), 'chưa có', ''),
      ],
    );
    const first = new Map<string, string>();
    for (let day = new Date(2026, 6, 1, 7); day < new Date(2027, 0, 1); day = dayAfter(day, 1)) {
      const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 7);
      for (const r of dueReminders(output, cfg, at)) {
        const k = reminderKey(r.school.code, r.deadline.id, r.offset);
        if (!first.has(k)) first.set(k, formatDate(at));
      }
    }
    // The report state here is as of the end: Hoa Sen's plan is "sent", so it gets no plan reminder at all.
    expect(Object.fromEntries([...first].sort())).toEqual({
      'NH:CS01:BC-2026-NAM:14': '01/12/2026',
      'NH:CS01:BC-2026-NAM:3': '12/12/2026',
      'NH:CS01:KH-2026-2030:14': '16/09/2026',
      'NH:CS01:KH-2026-2030:3': '27/09/2026',
      'NH:MN01:BC-2026-NAM:14': '01/12/2026',
      'NH:MN01:BC-2026-NAM:3': '12/12/2026',
      'NH:TH01:BC-2026-NAM:14': '01/12/2026',
      'NH:TH01:BC-2026-NAM:3': '12/12/2026',
      'NH:TH01:KH-2026-2030:14': '16/09/2026',
      'NH:TH01:KH-2026-2030:3': '27/09/2026',
    });
  });

  it('no offsets configured: no reminders', () => {
    const cfg = config2026(new Date(2026, 8, 20));
    cfg.mail.reminderDaysBefore = [];
    expect(dueReminders(run(cfg, [], []), cfg, new Date(2026, 8, 20))).toEqual([]);
  });
});

describe('what is outstanding', () => {
  const cfg = config2026(new Date(2028, 4, 20));
  const regs = [
    { answers: { ...collectiveAnswers(cfg), [Q.school]: HOA_SEN.name }, at: new Date(2026, 9, 5) },
    { answers: { ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name }, at: new Date(2026, 9, 5) },
    // The minimum is yearly (III.1): Hoa Sen registers again in the school year 2027-2028.
    { answers: { ...collectiveAnswers(cfg), [Q.school]: HOA_SEN.name, [Q.collectiveName]: 'Tổ văn phòng' }, at: new Date(2027, 9, 5) },
    { answers: { ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name, [Q.individualName]: 'Lê Thị Hạnh' }, at: new Date(2027, 9, 5) },
    // Two findings of two kinds: movements unanswered (to add), a teacher's breach of ethics declared (not met).
    {
      answers: {
        ...collectiveAnswers(cfg),
        [Q.school]: HOA_BINH.name,
        [Q.collectiveName]: 'Tổ Toán & Tin > trường',
        [Q.movements]: {},
        [Q.conditions]: { ...(collectiveAnswers(cfg)[Q.conditions] as Record<string, string>), [CONDITIONS.ethics]: CONDITION_COLUMNS.some },
      },
      at: new Date(2026, 9, 6),
    },
  ];
  // Each edited on 15/01/2028 to write the results of the years ended since it was sent (Party and union 2027 included).
  for (const r of regs as { edited?: Date }[]) r.edited = new Date(2028, 0, 15, 9);
  const output = run(cfg, regs, [reportRow(HOA_SEN.name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', new Date(2026, 8, 20), '', 'https://drive.example/kh')]);
  const d = (id: string) => deadlines(cfg).find((x) => x.id === id)!;
  const school = (code: string) => output.directory.byCode.get(code)!;

  it('a report: nothing once sent with evidence; without evidence, or not sent, one line', () => {
    expect(outstanding(school('MN01'), d('KH-2026-2030'), output)).toEqual([]);
    expect(outstanding(school('TH01'), d('KH-2026-2030'), output)[0]).toContain('Chưa gửi “Kế hoạch giai đoạn 2026-2030 của đơn vị”');
  });

  it('the end of registration: the minimum (III.1) from school duties, and registrations still to complete', () => {
    expect(outstanding(school('MN01'), d('DANG-KY-DONG-2028'), output)).toEqual([]);
    const hb = outstanding(school('TH01'), d('DANG-KY-DONG-2028'), output);
    // Hoa Bình registered a collective in 2026-2027 only: the current school year's gaps are asked for, one line each;
    // 2026-2027 (over: no registration sent now counts for it) is not.
    expect(hb.filter((l) => l.includes('chưa gửi phiếu đăng ký cá nhân nào')).map((l) => /năm học \d{4}-\d{4}/.exec(l)![0])).toEqual(['năm học 2027-2028']);
    expect(hb.filter((l) => l.includes('chưa gửi phiếu đăng ký tập thể nào')).map((l) => /năm học \d{4}-\d{4}/.exec(l)![0])).toEqual(['năm học 2027-2028']);
    expect(hb.some((l) => l.includes('2026-2027'))).toBe(false);
    expect(hb.some((l) => l.includes('DK-000006') && l.includes('Tổ Toán & Tin > trường'))).toBe(true);
    expect(outstanding(school('CS01'), d('DANG-KY-DONG-2028'), output).length).toBe(2);
    // The past year stays a fact of the duty (still not met), worded as history.
    const duty = output.schoolDuties.find((x) => x.schoolCode === 'TH01')!;
    expect(duty.verdict).toBe('chuaDat');
    expect(duty.findings.map((f) => f.message)).toContain(
      'Tiêu chí “Đơn vị đăng ký ít nhất 01 cá nhân điển hình tiên tiến hằng năm”: năm học 2026-2027 (đã qua), đơn vị không đăng ký cá nhân nào.',
    );
  });

  it('only the gaps a registration sent now can fill: none once the window has closed', () => {
    // Quang Minh registered nothing. Before the window closes, the current year; after it, no line at all (a
    // registration sent now is late and counts for no year), though the duty stays not met.
    const before = outstanding(school('CS01'), d('SO-KET-2028'), output).filter((l) => l.includes('năm học'));
    expect(before.map((l) => /năm học \d{4}-\d{4}/.exec(l)![0])).toEqual(['năm học 2027-2028', 'năm học 2027-2028']);
    const afterCfg = config2026(new Date(2028, 5, 1));
    const after = run(afterCfg, regs, []);
    const cs = after.directory.byCode.get('CS01')!;
    const so = outstanding(cs, deadlines(afterCfg).find((x) => x.id === 'SO-KET-2028')!, after);
    expect(so.length).toBeGreaterThan(0);
    expect(so.filter((l) => l.includes('năm học'))).toEqual([]);
    const duty = after.schoolDuties.find((x) => x.schoolCode === 'CS01')!;
    expect(duty.results.filter((r) => r.criterionId === 'TR-01-TAP-THE').map((r) => r.status)).toEqual(['notMet', 'notMet']);
    expect(duty.lacking.map((l) => `${l.year} ${l.state}`)).toEqual(['2026 past', '2027 closed']);
    // Nothing left to ask of a school that has only past gaps: no reminder.
    const onlyPast = run(afterCfg, regs.slice(0, 2), [
      reportRow(HOA_SEN.name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', new Date(2026, 8, 20), '1/KH'),
      ...['Năm 2026', '6 tháng đầu năm 2027', 'Năm 2027'].map((p) => reportRow(HOA_SEN.name, p, new Date(2027, 11, 1))),
    ]);
    const hs = onlyPast.directory.byCode.get('MN01')!;
    expect(onlyPast.schoolDuties.find((x) => x.schoolCode === 'MN01')!.verdict).toBe('chuaDat');
    expect(outstanding(hs, deadlines(afterCfg).find((x) => x.id === 'SO-KET-2028')!, onlyPast)).toEqual([]);
  });

  it('a registration: what its answers do not meet told apart from what the school can still add', () => {
    const line = outstanding(school('TH01'), d('DANG-KY-DONG-2028'), output).find((l) => l.includes('DK-000006'))!;
    const notMet = line.indexOf('1 điểm chưa đạt theo thông tin đơn vị đã khai.');
    const missing = line.indexOf('còn 1 điểm cần bổ sung.');
    expect(notMet).toBeGreaterThan(0);
    expect(missing).toBeGreaterThan(notMet);
    // The breach is among what is not met, the unanswered movements among what to add.
    expect(line.slice(notMet, missing)).toContain('vi phạm đạo đức nhà giáo');
    expect(line.slice(missing)).toContain('Tham gia đầy đủ các phong trào thi đua');
  });

  it('a registration not met only by a "Không" its unit answered: not asked to fix (the answer must be true); one left unanswered is', () => {
    const question = SELF_DECLARED['TT-02-DAN-DAU'].question;
    const base = { ...collectiveAnswers(cfg), [Q.school]: QUANG_MINH.name };
    const out = run(cfg, [
      // Edited, as the others, to write the results of the years ended since they were sent.
      { answers: { ...base, [Q.collectiveName]: 'Tổ Ngữ văn', [question]: 'Không' }, at: new Date(2027, 9, 5), edited: new Date(2028, 0, 15, 9) },
      { answers: { ...base, [Q.collectiveName]: 'Tổ Tiếng Anh', [question]: '' }, at: new Date(2027, 9, 5), edited: new Date(2028, 0, 15, 9) },
      // "Không" to what the unit may still obtain before the selection (its yearly plan for Chỉ thị 05): "not yet".
      { answers: { ...base, [Q.collectiveName]: 'Tổ Toán', [SELF_DECLARED['TT-07-CT05'].question]: 'Không' }, at: new Date(2027, 9, 5), edited: new Date(2028, 0, 15, 9) },
    ], []);
    const lines = outstanding(out.directory.byCode.get('CS01')!, d('DANG-KY-DONG-2028'), out).filter((l) => l.includes('DK-'));
    const verdictOf = (name: string) => out.registrations.find((r) => r.name === name)!.verdict;
    expect([verdictOf('Tổ Ngữ văn'), verdictOf('Tổ Tiếng Anh'), verdictOf('Tổ Toán')]).toEqual(['chuaDat', 'canBoSung', 'chuaDat']);
    expect(lines.some((l) => l.includes('Tổ Ngữ văn'))).toBe(false);
    expect(lines.some((l) => l.includes('Tổ Tiếng Anh'))).toBe(true);
    const toan = lines.find((l) => l.includes('Tổ Toán'))!;
    expect(toan).toContain('Nếu trước hạn đơn vị có kế hoạch thực hiện Chỉ thị 05-CT/TW của năm, sửa câu trả lời thành “Có” và ghi minh chứng');
  });

  it('a data problem is told without the row of the office\'s response tab', () => {
    const base = { ...individualAnswers('teacher', cfg), [Q.school]: QUANG_MINH.name };
    const out = run(cfg, [{ answers: { ...base, [Q.individualName]: 'TRUE' }, at: new Date(2027, 9, 5), edited: new Date(2028, 0, 15, 9) }], []);
    const r = out.registrations.find((x) => x.name === 'TRUE')!;
    expect(r.findings.some((f) => /^Dòng \d+: /.test(f.message))).toBe(true);
    const line = outstanding(out.directory.byCode.get('CS01')!, d('DANG-KY-DONG-2028'), out).find((l) => l.includes(r.id))!;
    expect(line).toContain('Mục “Họ và tên cá nhân đăng ký” có giá trị “TRUE”');
    expect(line).not.toMatch(/Dòng \d/);
  });

  it('a conference: every duty not done so far', () => {
    const so = outstanding(school('TH01'), d('SO-KET-2028'), output);
    expect(so.some((l) => l.includes('Đơn vị ban hành kế hoạch xây dựng'))).toBe(true);
    expect(so.some((l) => l.includes('Đơn vị báo cáo kết quả hằng năm'))).toBe(true);
    expect(so.every((l) => !/\b(TR|TT|CN|MH)-\d\d/.test(l))).toBe(true);
  });

  it('the e-mail holds only the school’s own status, escaped in HTML', () => {
    const r = reminderFor(reminderKey('TH01', 'DANG-KY-DONG-2028', 14), output, cfg, new Date(2028, 4, 20))!;
    const m = reminderEmail(r, cfg.organisation, null, 'https://forms.example/dk');
    expect(m.to).toBe(HOA_BINH.emails.join(','));
    expect(m.subject).toContain(HOA_BINH.name);
    expect(m.body).toContain('còn 11 ngày');
    expect(m.body).toContain('https://forms.example/dk');
    for (const other of [HOA_SEN, QUANG_MINH]) {
      for (const s of [other.name, other.code, other.principal, ...other.emails]) {
        expect(m.body).not.toContain(s);
        expect(m.htmlBody).not.toContain(s);
      }
    }
    // A name may hold "&" and ">" (markup is refused when registered: registration.ts implausibleName): escaped.
    expect(m.htmlBody).not.toContain('& Tin > trường');
    expect(m.htmlBody).toContain('&amp; Tin &gt; trường');
  });
});

describe('planning into the outbox', () => {
  const cfg = config2026(new Date(2026, 8, 16));
  const output = run(cfg, [], []);
  const at = new Date(2026, 8, 16, 7);

  it('once per (school, deadline, offset), however often it runs', () => {
    const once = planReminders([], output, cfg, at, true);
    expect(once.map((e) => codedKey(e.key)).sort()).toEqual(['NH:CS01:KH-2026-2030:14', 'NH:MN01:KH-2026-2030:14', 'NH:TH01:KH-2026-2030:14']);
    expect(once.every((e) => e.status === 'pending' && e.kind === 'reminder')).toBe(true);
    expect(once.find((e) => codedKey(e.key).includes('TH01'))!.to).toBe(HOA_BINH.emails.join(','));
    const twice = planReminders(once, output, cfg, new Date(2026, 8, 17, 7), true);
    expect(twice).toEqual(once);
    const sent: OutboxEntry[] = once.map((e) => ({ ...e, status: 'sent', sentAt: at, attempts: 1 }));
    expect(planReminders(sent, output, cfg, new Date(2026, 8, 20, 7), true)).toEqual(sent);
    const later = planReminders(sent, output, cfg, new Date(2026, 8, 27, 7), true);
    expect(later.slice(3).map((e) => codedKey(e.key)).sort()).toEqual(['NH:CS01:KH-2026-2030:3', 'NH:MN01:KH-2026-2030:3', 'NH:TH01:KH-2026-2030:3']);
  });

  it('one still waiting when a nearer one of the same deadline falls due is not sent: the nearer one goes instead (review scale M1)', () => {
    const waiting = planReminders([], output, cfg, at, true);
    // Two of the three 14-day reminders were sent; the third still waits (a small account's daily quota).
    const part: OutboxEntry[] = waiting.map((e) => (codedKey(e.key).includes('TH01') ? e : { ...e, status: 'sent', sentAt: at, attempts: 1 }));
    const later = planReminders(part, output, cfg, new Date(2026, 8, 27, 7), true);
    const old = later.find((e) => codedKey(e.key) === 'NH:TH01:KH-2026-2030:14')!;
    expect(old).toMatchObject({ status: 'skipped', note: REMINDER_NOTE.superseded });
    expect(later.filter((e) => e.status === 'pending').map((e) => codedKey(e.key)).sort()).toEqual(['NH:CS01:KH-2026-2030:3', 'NH:MN01:KH-2026-2030:3', 'NH:TH01:KH-2026-2030:3']);
    // Those sent stay as they were.
    expect(later.filter((e) => e.status === 'sent')).toHaveLength(2);
  });

  it('one still waiting that is also about a deadline the nearer one is not about is kept: only a reminder whose every deadline a nearer one covers gives way', () => {
    const waiting = planReminders([], output, cfg, at, true);
    // The school's 14-day reminder, as if it were about its plan and its 2026 annual report together, still waiting.
    const both = waiting.map((e) => (codedKey(e.key) === 'NH:TH01:KH-2026-2030:14' ? { ...e, key: reminderKey('TH01', 'KH-2026-2030', 14, [{ deadlineId: 'BC-2026-NAM', offset: 14 }]) } : { ...e, status: 'sent' as const, sentAt: at, attempts: 1 }));
    const later = planReminders(both, output, cfg, new Date(2026, 8, 27, 7), true);
    // The 3-day reminder of the plan covers the plan only: the waiting one still carries the annual report's, and stays.
    expect(later.find((e) => codedKey(e.key) === 'NH:TH01:KH-2026-2030:3')?.status).toBe('pending');
    const kept = later.find((e) => codedKey(e.key).startsWith('NH:TH01:KH-2026-2030:14|'))!;
    expect(kept.status).toBe('pending');
    expect(kept.note ?? '').not.toBe(REMINDER_NOTE.superseded);
  });

  it('a pending reminder is retired once the school has done it or the deadline has passed', () => {
    const pending = planReminders([], output, cfg, at, true);
    const done = run(cfg, [], [reportRow(HOA_SEN.name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', new Date(2026, 8, 17), '15/KH')]);
    const next = planReminders(pending, done, cfg, new Date(2026, 8, 18, 7), false);
    expect(next.find((e) => codedKey(e.key).includes('MN01'))!.status).toBe('skipped');
    expect(next.filter((e) => e.status === 'pending')).toHaveLength(2);
    const passed = planReminders(pending, output, cfg, new Date(2026, 9, 1, 7), false);
    expect(passed.every((e) => e.status === 'skipped')).toBe(true);
  });

  it('a school without an e-mail is recorded, not sent', () => {
    const rows = directoryRows().map((r) => [...r]);
    const emailCol = rows[0].indexOf('Email');
    rows[3][emailCol] = '';
    const f = form(cfg);
    const out = evaluateAll({ config: cfg, directoryRows: rows, responseValues: [headerRow(f)], reportValues: [] });
    const e = planReminders([], out, cfg, at, true).find((x) => codedKey(x.key).includes('CS01'));
    expect(e?.status).toBe('skipped');
    expect(e?.note).toContain('Đơn vị');
  });

  it('keys round-trip', () => {
    expect(parseReminderKey(reminderKey('A:B', 'BC-2026-NAM', 3))).toEqual({ who: 'A:B', deadlineId: 'BC-2026-NAM', offset: 3, more: [] });
    // Several deadlines in one e-mail; a school code may hold ":" and "|".
    const more = [{ deadlineId: 'SO-KET-2028', offset: 14 }, { deadlineId: 'BC-2028-6T', offset: 14 }];
    expect(reminderKey('A|B:3', 'DANG-KY-DONG-2028', 3, more)).toBe('NH:A|B:3:DANG-KY-DONG-2028:3|SO-KET-2028:14|BC-2028-6T:14');
    expect(parseReminderKey(reminderKey('A|B:3', 'DANG-KY-DONG-2028', 3, more))).toEqual({ who: 'A|B:3', deadlineId: 'DANG-KY-DONG-2028', offset: 3, more });
    expect(parseReminderKey('XN:DK-000002:0')).toBeNull();
  });
});

describe('"Cấu hình" keys of the scheduled mail', () => {
  it('defaults round-trip, with explanations', () => {
    const cfg = defaultConfig(new Date(2024, 0, 1));
    cfg.mail.digestRecipients = ['thuongtruc@phong.example', 'lanhdao@phong.example'];
    cfg.mail.digestWeekDay = 5;
    cfg.mail.digestHour = 16;
    cfg.mail.reminderDaysBefore = [30, 7, 1];
    const rows = configToRows(cfg, true);
    const row = (k: string) => rows.find((r) => r[0] === configLabel(k))!;
    expect(row('mail.digestWeekDay')[1]).toBe('Thứ Sáu');
    expect(row('mail.reminderDaysBefore')[1]).toBe('30; 7; 1');
    for (const k of ['mail.digestRecipients', 'mail.digestWeekDay', 'mail.digestHour', 'mail.reminderDaysBefore']) expect(row(k)[2].length).toBeGreaterThan(20);
    const back = configFromRows(rows, new Date(2000, 0, 1));
    expect(back.errors).toEqual([]);
    expect(back.config.mail).toEqual(cfg.mail);
    expect(defaultConfig(new Date()).mail).toEqual({ digestRecipients: [], digestWeekDay: 1, digestHour: 7, reminderDaysBefore: [14, 3] });
  });

  it('reads what an office types', () => {
    expect(['Thứ Hai', 'thứ 2', 'T2', 'thu hai', 2].map(parseWeekDay)).toEqual([1, 1, 1, 1, 1]);
    expect(['Thứ Bảy', 'Chủ nhật', 'CN', 'chu nhat', 'thứ tư', 'Thứ Năm'].map(parseWeekDay)).toEqual([6, 7, 7, 7, 3, 4]);
    expect(['Thứ Tám', 1, 'Monday', ''].map(parseWeekDay)).toEqual([null, null, null, null]);
    expect(['14; 3', '3,14', '7', 10, 'Không', '14;;3 ; 3'].map(parseDaysList)).toEqual([[14, 3], [14, 3], [7], [10], [], [14, 3]]);
    expect(['mười', '1.5', 1.5, '400'].map(parseDaysList)).toEqual([null, null, null, null]);
  });

  it('names the row and key of every bad value, keeping the defaults (but reminders: none while their row is unreadable, review r66c #5)', () => {
    const rows: unknown[][] = [
      ['Khóa', 'Giá trị', 'Giải thích'],
      ['mail.digestRecipients', 'a@phong.example; khong-phai-email', ''],
      ['mail.digestWeekDay', 'Thứ Tám', ''],
      ['mail.digestHour', 24, ''],
      ['mail.reminderDaysBefore', 'mười bốn', ''],
    ];
    const { config, errors } = configFromRows(rows, new Date(2024, 0, 1));
    expect(config.mail).toEqual({ digestRecipients: ['a@phong.example'], digestWeekDay: 1, digestHour: 7, reminderDaysBefore: [] });
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/dòng 2.*“Người nhận thư tổng hợp”.*“khong-phai-email”/);
    expect(errors[1]).toMatch(/dòng 3.*“Ngày gửi thư tổng hợp”.*“Thứ Tám”/);
    expect(errors[2]).toMatch(/dòng 4.*“Giờ gửi thư tổng hợp”.*“24”/);
    expect(errors[3]).toMatch(/dòng 5.*“Nhắc hạn trước \(số ngày\)”.*“mười bốn”/);
  });

  it('a period of any years keeps the mail settings', () => {
    const cfg = defaultConfig(new Date(2026, 0, 1), periodConfig(2026, 2030));
    expect(cfg.mail.reminderDaysBefore).toEqual([14, 3]);
  });
});

describe('what a reminder says beyond its own deadline', () => {
  // Hoa Sen: a collective and an individual in 2026-2027 only; its plan sent, the 2026 annual report never, the 2027
  // six-monthly one without evidence. Hòa Bình: an individual in 2026-2027 only. Quang Minh: nothing at all.
  const regsOf = (cfg: OfficeConfig) => [
    { answers: { ...collectiveAnswers(cfg), [Q.school]: HOA_SEN.name }, at: new Date(2026, 9, 5) },
    { answers: { ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name }, at: new Date(2026, 9, 5) },
    { answers: { ...individualAnswers('teacher', cfg), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Lê Văn Tâm' }, at: new Date(2026, 9, 6) },
  ];
  const reports = [
    reportRow(HOA_SEN.name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', new Date(2026, 8, 20), '1/KH'),
    reportRow(HOA_SEN.name, '6 tháng đầu năm 2027', new Date(2027, 5, 10), '', ''),
    reportRow(HOA_BINH.name, 'Năm 2026', new Date(2026, 11, 1), '5/BC'),
  ];
  const june = config2026(new Date(2028, 5, 1, 7));
  const juneOut = run(june, regsOf(june), reports);
  const key = (code: string, id: string, offset: number, now = new Date(2028, 5, 1, 7), sent?: SentReminders) => reminderFor(reminderKey(code, id, offset), juneOut, june, now, sent)!;
  // The reminders of 01/06/2028 went (what is told once goes by the reminders sent: review d63 F1).
  const wentJune1: SentReminders = () => [new Date(2028, 5, 1, 7)];

  it('a report reminder also lists the earlier plan and reports still missing past their deadline, with their deadlines', () => {
    const r = key('MN01', 'BC-2028-6T', 14);
    const texts = r.items.map((i) => i.text);
    expect(texts[0]).toContain('Chưa gửi báo cáo “6 tháng đầu năm 2028”');
    expect(texts).toContain(
      'Các kỳ báo cáo còn thiếu (đã quá hạn): “Năm 2026” (hạn 15/12/2026); “6 tháng đầu năm 2027” (hạn 15/06/2027; đã gửi nhưng chưa ghi mục “Số, ngày văn bản” hoặc “Đường liên kết tới văn bản”); “Năm 2027” (hạn 15/12/2027). Đơn vị vẫn gửi bổ sung được: mở biểu mẫu báo cáo và chọn đúng kỳ đó ở mục “Kỳ báo cáo”.',
    );
    // The plan, sent with evidence, is not listed; nor is the period of the reminder itself.
    expect(texts.join(' ')).not.toContain('Kế hoạch giai đoạn');
    expect(texts.filter((t) => t.includes('6 tháng đầu năm 2028'))).toHaveLength(1);
    // The same in the 3-day reminder; a school that sent this period gets none for it, whatever else is overdue.
    expect(key('MN01', 'BC-2028-6T', 3, new Date(2028, 5, 12, 7)).items.some((i) => i.text.startsWith('Các kỳ báo cáo còn thiếu'))).toBe(true);
    const sent = run(june, regsOf(june), [...reports, reportRow(HOA_SEN.name, '6 tháng đầu năm 2028', new Date(2028, 4, 30), '9/BC')]);
    expect(reminderFor(reminderKey('MN01', 'BC-2028-6T', 3), sent, june, new Date(2028, 5, 12, 7))!.items).toEqual([]);
  });

  it('the first reminder after the window closed says once what the school missed of the minimum, and that the duty is not met', () => {
    // 31/05/2028 closed the window; the first reminder due after it is the 14-day one of the six-monthly report (01/06).
    expect(firstAfterWindow(june)).toEqual({ deadlineId: 'BC-2028-6T', offset: 14 });
    const qm = key('CS01', 'BC-2028-6T', 14);
    expect(qm.notices).toEqual([
      'Đợt đăng ký đã kết thúc ngày 31/05/2028. Theo dữ liệu Phòng nhận được, đơn vị chưa đủ tối thiểu 01 tập thể và 01 cá nhân đăng ký mỗi năm học (mục III.1 của Kế hoạch): năm học 2026-2027 và 2027-2028 không đăng ký tập thể và cá nhân. Nhiệm vụ này của đơn vị được ghi là “Chưa đạt”; phiếu gửi sau ngày 31/05/2028 không được tính bù. Thông tin này chỉ báo một lần.',
    ]);
    expect(key('TH01', 'BC-2028-6T', 14).notices[0]).toContain('năm học 2026-2027 không đăng ký tập thể; năm học 2027-2028 không đăng ký tập thể và cá nhân.');
    // Years lacking the same thing are named once together, in the order of the first (review mail L10).
    const l = (year: number, collective: boolean, individual: boolean) => ({ year, collective, individual });
    expect(REMINDER_EMAIL.lackingYears([l(2026, true, false), l(2027, true, true), l(2028, true, false), l(2029, true, false)])).toEqual([
      'năm học 2026-2027, 2028-2029 và 2029-2030 không đăng ký tập thể',
      'năm học 2027-2028 không đăng ký tập thể và cá nhân',
    ]);
    expect(REMINDER_EMAIL.lackingYears([l(2026, false, true), l(2027, false, true)])).toEqual(['năm học 2026-2027 và 2027-2028 không đăng ký cá nhân']);
    // Only that reminder: not the later ones of the same or another deadline.
    expect(key('CS01', 'BC-2028-6T', 3, new Date(2028, 5, 12, 7), wentJune1).notices).toEqual([]);
    expect(key('CS01', 'SO-KET-2028', 3, new Date(2028, 5, 8, 7), wentJune1).notices).toEqual([]);
    // Hoa Sen lacks 2027-2028 only.
    expect(key('MN01', 'BC-2028-6T', 14).notices[0]).toContain('(mục III.1 của Kế hoạch): năm học 2027-2028 không đăng ký tập thể và cá nhân.');
    const mail = reminderEmail(qm, june.organisation, null, null);
    const body = mail.body;
    expect(body).toContain('Chưa gửi báo cáo “6 tháng đầu năm 2028”');
    expect(body).toContain('Thông tin này chỉ báo một lần.');
    // The subject names the notice too: a verdict told once is not filed as a routine reminder (review "mailbox" #1).
    expect(mail.subject).toBe(`[Điển hình tiên tiến] Chưa đạt yêu cầu đăng ký tối thiểu mỗi năm học (mục III.1) và nhắc hạn 15/06/2028: gửi báo cáo kết quả 6 tháng đầu năm 2028 — ${QUANG_MINH.name}`);
    // … and so does the line under it in the inbox, before the deadline's count.
    expect(/display:none[^>]*>([^<]*)</.exec(mail.htmlBody)?.[1]).toMatch(/^Nhiệm vụ đăng ký tối thiểu mỗi năm học \(mục III\.1\) được ghi “Chưa đạt”; còn 14 ngày đến hạn 15\/06\/2028; đơn vị còn \d+ việc cần hoàn thành\.$/);
    // The later reminders, without the notice, are named after their deadlines only.
    expect(reminderEmail(key('CS01', 'BC-2028-6T', 3, new Date(2028, 5, 12, 7), wentJune1), june.organisation, null, null).subject).not.toContain('mục III.1');
  });

  it('the notice goes even to a school with nothing else to do then, in an e-mail named after it', () => {
    const done = run(june, regsOf(june), [
      ...['Kế hoạch giai đoạn 2026-2030 của đơn vị', 'Năm 2026', '6 tháng đầu năm 2027', 'Năm 2027', '6 tháng đầu năm 2028'].map((p) =>
        reportRow(QUANG_MINH.name, p, new Date(2028, 4, 1), '3/BC'),
      ),
    ]);
    const due = dueReminders(done, june, new Date(2028, 5, 1, 7)).filter((r) => r.school.code === 'CS01');
    expect(due.map((r) => `${r.deadline.id}:${r.offset} ${r.items.length} ${r.notices.length}`)).toEqual(['BC-2028-6T:14 0 1']);
    const m = reminderEmail(due[0], june.organisation, null, null);
    expect(m.subject).toBe(`[Điển hình tiên tiến] Chưa đạt yêu cầu đăng ký tối thiểu mỗi năm học (mục III.1) — ${QUANG_MINH.name}`);
    expect(m.body).not.toContain('xin nhắc');
    // The notice alone: under the subject, its own first words.
    expect(/display:none[^>]*>([^<]*)</.exec(m.htmlBody)?.[1]).toMatch(/^Đợt đăng ký đã kết thúc ngày 31\/05\/2028\./);
    expect(m.body).not.toContain('xin bỏ qua thư này');
    // Planned once; retired as done only if there is nothing left to say.
    const planned = planReminders([], done, june, new Date(2028, 5, 1, 7), true).filter((e) => codedKey(e.key).includes('CS01'));
    expect(planned.map((e) => `${codedKey(e.key)} ${e.status}`)).toEqual(['NH:CS01:BC-2028-6T:14 pending']);
    expect(planned[0].subject).toBe(m.subject);
    // Planned again the next days: nothing new; the 3-day reminder of the same report has nothing for Quang Minh.
    const all = planReminders([], done, june, new Date(2028, 5, 1, 7), true);
    expect(planReminders(all, done, june, new Date(2028, 5, 2, 7), true)).toEqual(all);
    expect(dueReminders(done, june, new Date(2028, 5, 12, 7), () => [new Date(2028, 5, 1, 7)]).filter((r) => r.school.code === 'CS01')).toEqual([]);
  });

  it('a school year short of the minimum is reminded with the reports that fall in it, while a registration can still fill it', () => {
    const dec = config2026(new Date(2026, 11, 1, 7));
    const out = run(dec, regsOf(dec), reports);
    const due = dueReminders(out, dec, new Date(2026, 11, 1, 7));
    const by = (code: string) => due.find((r) => r.school.code === code);
    // Hòa Bình sent its annual report, but has no collective in 2026-2027: reminded of that (and of its plan, overdue).
    const hb = by('TH01')!;
    expect(hb.deadline.id).toBe('BC-2026-NAM');
    expect(hb.items.map((i) => i.about)).toEqual(['minimum', 'report']);
    expect(hb.items[0].text).toContain('năm học 2026-2027, đơn vị chưa gửi phiếu đăng ký tập thể nào trong năm học này');
    expect(hb.items[1].text).toBe('Các kỳ báo cáo còn thiếu (đã quá hạn): “Kế hoạch giai đoạn 2026-2030 của đơn vị” (hạn 30/09/2026). Đơn vị vẫn gửi bổ sung được: mở biểu mẫu báo cáo và chọn đúng kỳ đó ở mục “Kỳ báo cáo”.');
    const m = reminderEmail(hb, dec.organisation, 'https://forms.example/bc', 'https://forms.example/dk');
    expect(m.body).toContain('Để đăng ký hoặc bổ sung, mở biểu mẫu đăng ký tại https://forms.example/dk');
    expect(formsNeeded(hb)).toEqual({ report: true, registration: true });
    // Quang Minh: the report, both kinds, the overdue plan.
    expect(by('CS01')!.items.map((i) => i.about)).toEqual(['report', 'minimum', 'minimum', 'report']);
    // Hoa Sen has both kinds: only its report.
    expect(by('MN01')!.items.map((i) => i.about)).toEqual(['report']);
    expect(formsNeeded(by('MN01')!)).toEqual({ report: true, registration: false });
    // Not with the plan (the school year has barely begun), nor once the window has closed.
    const sep = config2026(new Date(2026, 8, 16, 7));
    const sepOut = run(sep, [], []);
    expect(dueReminders(sepOut, sep, new Date(2026, 8, 16, 7)).every((r) => r.items.every((i) => i.about === 'report'))).toBe(true);
    expect(key('CS01', 'BC-2028-6T', 14).items.some((i) => i.about === 'minimum')).toBe(false);
  });

  it("each listed registration carries its own edit link when known, as escaped text; otherwise the result e-mail's", () => {
    const cfg = config2026(new Date(2028, 4, 20));
    const out = run(cfg, [{ answers: { ...collectiveAnswers(cfg), [Q.school]: HOA_BINH.name, [Q.collectiveName]: 'Tổ <b>Toán</b>', [Q.movements]: {} }, at: new Date(2027, 9, 6) }], []);
    const r = reminderFor(reminderKey('TH01', 'DANG-KY-DONG-2028', 14), out, cfg, new Date(2028, 4, 20))!;
    const reg = r.items.find((i) => i.about === 'registration')!;
    const asked: string[] = [];
    const url = 'https://docs.google.com/forms/d/e/x/viewform?edit2=2_ab&x=<i>';
    const m = reminderEmail(r, cfg.organisation, null, null, (code) => (asked.push(code), url));
    expect(asked).toEqual([reg.registrationId]);
    expect(m.body).toContain(`${reg.text} Sửa phiếu này tại: ${url}`);
    expect(m.body).toContain('phiếu đã gửi thì sửa bằng đường dẫn ghi sau phiếu đó ở trên');
    // The links open whole registrations: a school forwarding the reminder is told to pass on each person's own only.
    expect(m.body).toContain('khi chuyển thư này cho người khác, chỉ gửi đường dẫn của phiếu người đó');
    expect(m.htmlBody).toContain('viewform?edit2=2_ab&amp;x=&lt;i&gt;');
    expect(m.htmlBody).not.toContain('<i>');
    expect(m.htmlBody).not.toContain('<b>Toán');
    const without = reminderEmail(r, cfg.organisation, null, null).body;
    expect(without).not.toContain('Sửa phiếu này tại');
    expect(without).toContain('hoặc sửa phiếu đã gửi bằng đường dẫn trong thư báo kết quả kiểm tra');
  });
});

/** A manager's answers with every "xuất sắc" year rated "tốt" instead, and `more` ratings besides (CN-10 not met). */
function managerWithoutExcellentYear(cfg: OfficeConfig, more: Record<string, string> = {}): Record<string, unknown> {
  const a = individualAnswers('manager', cfg) as Record<string, unknown>;
  const ratings = { ...(a[Q.individualRatings] as Record<string, string>) };
  for (const k of Object.keys(ratings)) if (ratings[k] === 'Hoàn thành xuất sắc nhiệm vụ') ratings[k] = 'Hoàn thành tốt nhiệm vụ';
  a[Q.individualRatings] = { ...ratings, ...more };
  return a;
}

describe('the reminder before the interim review', () => {
  it('names each "Đạt" the review itself will turn (CN-10 judged from that day), with what the school can do', () => {
    const now = new Date(2028, 4, 28, 7);
    const cfg = config2026(now);
    const a = managerWithoutExcellentYear(cfg);
    // Edited on 02/06/2027, once 2026-2027 counted, to write its result.
    const out = run(cfg, [{ answers: { ...a, [Q.school]: HOA_SEN.name }, at: new Date(2026, 9, 5, 9), edited: new Date(2027, 5, 2, 9) }], []);
    const r = out.registrations[0];
    expect(r.verdict).toBe('dat');
    const review = deadlines(cfg).find((d) => d.id.startsWith('SO-KET'))!;
    const school = out.directory.schools.find((s) => s.code === HOA_SEN.code)!;
    const lines = outstanding(school, review, out);
    expect(lines.filter((l) => l.startsWith(`Phiếu ${r.id} (`))).toEqual([expect.stringMatching(/: hiện Đạt\. Tiêu chí .* được xét từ ngày 11\/06\/2028 .* kết luận của phiếu sẽ là “(Chưa đạt|Cần bổ sung)”/)]);
    // Not in the other conferences' reminders, nor in that of the end of registration.
    for (const d of deadlines(cfg).filter((x) => !x.id.startsWith('SO-KET') && x.periodId === null)) expect(outstanding(school, d, out).some((l) => l.includes('hiện Đạt'))).toBe(false);
  });

  it('does not list one the school can do nothing about before the review: every year counting by then rated, none "xuất sắc" (review school #6)', () => {
    const now = new Date(2028, 5, 8, 7);
    const cfg = config2026(now);
    const a = managerWithoutExcellentYear(cfg, { [schoolYearRow(2027)]: 'Hoàn thành tốt nhiệm vụ' });
    // Edited on 02/06/2028, once 2027-2028 counted, to write its result.
    const out = run(cfg, [{ answers: { ...a, [Q.school]: HOA_SEN.name }, at: new Date(2026, 9, 5, 9), edited: new Date(2028, 5, 2, 9) }], []);
    const r = out.registrations[0];
    expect(r.verdict).toBe('dat');
    // The review will turn it, and its confirmation says so…
    expect(excellentYearNote(r)).toMatchObject({ becomes: 'chuaDat', actionable: false });
    // …but there is nothing to do before it: the reminder does not list it.
    const review = deadlines(cfg).find((d) => d.id.startsWith('SO-KET'))!;
    const school = out.directory.schools.find((s) => s.code === HOA_SEN.code)!;
    expect(outstanding(school, review, out).filter((l) => l.startsWith(`Phiếu ${r.id} (`))).toEqual([]);
  });
});

describe('one reminder e-mail a school a day (review school #5)', () => {
  // On 28/05/2028 the 3-day reminder of the window's end (31/05) and the 14-day one of the interim review (11/06) fall
  // due together. Hoa Sen: a collective and an individual, nothing else; Hòa Bình: an individual only; Quang Minh: nothing.
  const regsOf = (cfg: OfficeConfig) => [
    { answers: { ...collectiveAnswers(cfg), [Q.school]: HOA_SEN.name }, at: new Date(2027, 9, 5) },
    { answers: { ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name }, at: new Date(2027, 9, 5) },
    { answers: { ...individualAnswers('teacher', cfg), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Lê Văn Tâm' }, at: new Date(2027, 9, 6) },
  ];
  const may28 = new Date(2028, 4, 28, 7);
  const may = config2026(may28);
  const out = run(may, regsOf(may), []);
  const both = (code: string) => `NH:${code}:DANG-KY-DONG-2028:3|SO-KET-2028:14`;
  // Every school's reminder of 01/12/2027 went, and told it once that 2026-2027 closed short (review d63 F1: what is told
  // once goes by the reminders sent).
  const dec1 = new Date(2027, 11, 1, 7);
  const told: OutboxEntry[] = SCHOOLS.map((s) => ({ key: reminderKey(s.code, 'BC-2027-NAM', 14), kind: 'reminder', ref: '', to: 'x@example.edu.vn', subject: REMINDER_EMAIL.subjectWindowClosed(s.name), status: 'sent', createdAt: dec1, sentAt: dec1, attempts: 1, note: '' }));
  const wentDec1 = sentReminders(told);
  const plan = (entries: OutboxEntry[], ...rest: Parameters<typeof planReminders> extends [unknown, ...infer R] ? R : never) => planReminders([...told, ...entries], ...rest).slice(told.length);

  it('the deadlines due the same day go in one entry, one e-mail, each thing to do listed once', () => {
    const due = dueReminders(out, may, may28).filter((r) => r.school.code === 'TH01').map((r) => `${r.deadline.id}:${r.offset}`);
    expect(due).toEqual(['DANG-KY-DONG-2028:3', 'SO-KET-2028:14']);
    const planned = plan([], out, may, may28, true);
    expect(planned.map((e) => codedKey(e.key))).toContain(both('TH01'));
    expect(planned.filter((e) => codedKey(e.key).includes(':TH01:'))).toHaveLength(1);
    const entry = planned.find((e) => codedKey(e.key) === both('TH01'))!;
    expect(entry.ref).toBe('TH01 · DANG-KY-DONG-2028 + SO-KET-2028');
    const r = reminderFor(entry.key, out, may, may28, wentDec1)!;
    expect(r.more!.map((p) => p.deadline.id)).toEqual(['SO-KET-2028']);
    const m = reminderEmail(r, may.organisation, null, null);
    expect(entry.subject).toBe(m.subject);
    expect(m.subject).toMatch(/Nhắc hạn 31\/05\/2028: kết thúc đợt đăng ký .* và mốc 11\/06\/2028: sơ kết giữa giai đoạn/);
    // What both deadlines ask (the minimum's collective, for one) is listed once, under the earlier deadline.
    const lines = m.body.split('\n').filter((l) => l.startsWith('- '));
    expect(new Set(lines).size).toBe(lines.length);
    const single = [reminderFor(reminderKey('TH01', 'DANG-KY-DONG-2028', 3), out, may, may28, wentDec1)!, reminderFor(reminderKey('TH01', 'SO-KET-2028', 14), out, may, may28, wentDec1)!];
    const separately = single.flatMap((x) => x.items.map((i) => i.text));
    expect(separately.length).toBeGreaterThan(new Set(separately).size);
    expect(new Set(r.items.concat(r.more![0].items).map((i) => i.text))).toEqual(new Set(separately));
    expect(m.body).toContain('Còn 14 ngày nữa là đến mốc sơ kết giữa giai đoạn (11/06/2028).');
    // A later deadline that asks nothing more says by when the listed things are due (review diff10 #5).
    const nothingMore = reminderEmail({ ...r, more: [{ ...r.more![0], items: [] }] }, may.organisation, null, null).body;
    expect(nothingMore).toContain('Còn 14 ngày nữa là đến mốc sơ kết giữa giai đoạn (11/06/2028).\n\nTrước mốc này, đơn vị không có việc nào khác ngoài các việc nêu trên (cần hoàn thành trước ngày 31/05/2028).');
  });

  it('its preheader counts every item the e-mail lists, by the deadline that lists it (review mail M6)', () => {
    const preheaderOf = (html: string) => /^<div style="display:none;[^"]*">([^<]*)<\/div>/.exec(html)?.[1] ?? null;
    const r = reminderFor(both('TH01'), out, may, may28, wentDec1)!;
    const [n1, n2] = [r.items.length, r.more![0].items.length];
    expect(n1).toBeGreaterThan(0);
    expect(n2).toBeGreaterThan(0);
    const m = reminderEmail(r, may.organisation, null, null);
    const listed = m.body.split('\n').filter((l) => l.startsWith('- ')).length;
    expect(n1 + n2).toBe(listed);
    const pre = preheaderOf(m.htmlBody)!;
    expect(pre).toBe(`Còn 3 ngày đến hạn 31/05/2028; đơn vị còn ${n1} việc trước hạn này và ${n2} việc trước mốc 11/06/2028.`);
    expect([...pre.matchAll(/(\d+) việc/g)].reduce((a, x) => a + Number(x[1]), 0)).toBe(listed);
    // A later deadline that adds nothing is not counted: the one count is all the e-mail lists.
    const alone = reminderEmail({ ...r, more: [{ ...r.more![0], items: [] }] }, may.organisation, null, null);
    expect(preheaderOf(alone.htmlBody)).toBe(`Còn 3 ngày đến hạn 31/05/2028; đơn vị còn ${n1} việc cần hoàn thành.`);
  });

  it('a deadline already reminded (alone or with another) is never queued again; the other goes alone', () => {
    const planned = plan([], out, may, may28, true);
    expect(plan(planned, out, may, new Date(2028, 4, 29, 7), true)).toEqual(planned);
    // The review's 14-day reminder went out alone the day before (an office that turned reminders on then).
    const before: OutboxEntry[] = [{ key: 'NH:TH01:SO-KET-2028:14', kind: 'reminder', ref: 'TH01 · SO-KET-2028', to: 'x@example.edu.vn', subject: 's', status: 'sent', createdAt: new Date(2028, 4, 27, 7), sentAt: new Date(2028, 4, 27, 7), attempts: 1, note: '' }];
    const after = plan(before, out, may, may28, true).slice(1).filter((e) => codedKey(e.key).includes(':TH01:'));
    expect(after.map((e) => codedKey(e.key))).toEqual(['NH:TH01:DANG-KY-DONG-2028:3']);
  });

  it('a deadline held for an unusable date in "Cấu hình" waits without holding back the other', () => {
    const planned = plan([], out, may, may28, true, undefined, new Set(['DANG-KY-DONG-2028'])).filter((e) => codedKey(e.key).includes(':TH01:'));
    expect(planned.map((e) => codedKey(e.key))).toEqual(['NH:TH01:SO-KET-2028:14']);
  });

  it('an e-mail left waiting says only what still stands: a passed deadline drops out, then the entry is retired', () => {
    const planned = plan([], out, may, may28, true);
    // Still pending on 01/06 (no quota): the window has closed, the review's part remains.
    const june1 = new Date(2028, 5, 1, 7);
    const r = reminderFor(both('TH01'), run(config2026(june1), regsOf(config2026(june1)), []), config2026(june1), june1, wentDec1)!;
    expect(r.deadline.id).toBe('SO-KET-2028');
    expect(r.more).toBeUndefined();
    const june = config2026(june1);
    const kept = plan(planned, run(june, regsOf(june), []), june, june1, false);
    expect(kept.find((e) => codedKey(e.key) === both('TH01'))!.status).toBe('pending');
    // After the review, nothing stands.
    const june12 = new Date(2028, 5, 12, 7);
    const late = config2026(june12);
    const retired = plan(planned, run(late, regsOf(late), []), late, june12, false);
    expect(retired.find((e) => codedKey(e.key) === both('TH01'))!.status).toBe('skipped');
  });
});

describe('schools sharing one code in "Đơn vị" (the directory says no reminder goes to them until each has its own)', () => {
  const cfg = config2026(new Date(2026, 8, 16));
  const at = new Date(2026, 8, 16, 7);
  const withDirectory = (rows: unknown[][]) =>
    evaluateAll({
      config: cfg,
      directoryRows: rows,
      responseValues: [headerRow(form(cfg))],
      reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(buildReportForm(cfg, SCHOOLS.map((s) => s.name)))]],
    });
  const twins = withDirectory(directoryToRows([HOA_SEN, { ...HOA_BINH, code: HOA_SEN.code }, QUANG_MINH]));

  it('are not reminded; the school with its own code is', () => {
    expect(planReminders([], twins, cfg, at, true).map((e) => codedKey(e.key))).toEqual([`NH:${QUANG_MINH.code}:KH-2026-2030:14`]);
  });

  it('a reminder queued before the code was given twice is not sent', () => {
    const queued = planReminders([], withDirectory(directoryToRows(SCHOOLS)), cfg, at, true);
    const next = planReminders(queued, twins, cfg, new Date(2026, 8, 17, 7), false);
    expect(next.filter((e) => e.status === 'pending').map((e) => codedKey(e.key))).toEqual([`NH:${QUANG_MINH.code}:KH-2026-2030:14`]);
  });
});

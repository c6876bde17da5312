// Scheduled e-mail through the built bundle with a moving fake clock: a simulated year of a small 2026–2030 office
// (weekly digests, deadline reminders, confirmations — on the right days and no others), the daily quota (what
// cannot go today goes on the following days, nothing lost or sent twice), and every e-mail parsed as MIME (a
// school's mail holds no other school's name or data; no form answer becomes markup).
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { Emulator, EmulatorOptions } from '../../emulator/index';
import { configToRows, defaultConfig, periodConfig, type OfficeConfig } from '../../src/core/config';
import { Q, R } from '../../src/core/registration-form';
import { formatDate, makeDate } from '../../src/core/text';
import { mailTriggers } from '../../src/jobs/digest';
import { ensureTriggers } from '../../src/gas/triggers';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS, bundleCode, codedRowKey, collectiveAnswers, directoryRows, individualAnswers, officeEmulator, withGlobals, type TestSchool } from './helpers';
import { CONFIRMATION } from '../../src/core/messages';

const OUTBOX = 'Hộp thư đi';
/** The hidden first block of an HTML part: what a phone's inbox shows under the subject. */
const preheaderOf = (html: string | undefined) => /^<div style="display:none;[^"]*">([^<]*)<\/div>/.exec(html ?? '')?.[1] ?? null;
const STAFF = ['thuongtruc@phong.example', 'lanhdao@phong.example'];
const LE_LOI = { code: 'TH02', name: 'Trường Tiểu học Lê Lợi', level: 'Tiểu học', ward: 'Phường Hồng Hà', cluster: 'Cụm 2', principal: 'Đỗ Minh Khoa', emails: ['thleloi@example.edu.vn'] };
const FOUR: TestSchool[] = [...SCHOOLS, LE_LOI];
const [A, B, C, D] = FOUR;

/** The office's "Cấu hình" for 2026–2030, the window closing 31/05/2027 and the interim review on 11/06/2027. */
function officeConfig(now: Date, recipients: string[]): OfficeConfig {
  const cfg = defaultConfig(now, periodConfig(2026, 2030));
  cfg.period.milestones.find((m) => m.id === 'DANG-KY-DONG')!.date = makeDate(2027, 5, 31);
  cfg.period.milestones.find((m) => m.id === 'SO-KET')!.date = makeDate(2027, 6, 11);
  cfg.mail.digestRecipients = recipients;
  cfg.mail.digestWeekDay = 1;
  cfg.mail.digestHour = 7;
  cfg.mail.reminderDaysBefore = [14, 3];
  return cfg;
}

/** Runs `fn` (gas-layer code imported here) with the emulated Apps Script globals it reads. */
const withTriggers = <T>(emu: Emulator, fn: () => T): T => withGlobals(emu, ['ScriptApp', 'PropertiesService'], fn, 'setup (mail triggers)');

/**
 * The clock triggers of the scheduled mail, as setup installs them once the lead wires mailTriggers into its
 * ensureTriggers call (idempotent: nothing changes when setup already did).
 */
function installMailTriggers(emu: Emulator, cfg: OfficeConfig): void {
  withTriggers(emu, () => ensureTriggers(null as never, mailTriggers(cfg)));
}

function office(list: readonly TestSchool[], now: Date, recipients: string[], opts: EmulatorOptions = {}) {
  const emu = officeEmulator({ mailQuota: 1500, now, ...opts });
  const bundle = emu.loadBundle(bundleCode());
  bundle.call('setup', undefined, { kind: 'menu' });
  typeIntoTab(emu, 'Đơn vị', directoryRows(list));
  const cfg = officeConfig(now, recipients);
  typeIntoTab(emu, 'Cấu hình', configToRows(cfg));
  bundle.call('setup', undefined, { kind: 'menu' });
  installMailTriggers(emu, cfg);
  return { emu, bundle, cfg, formId: emu.properties.script.get('form.registration.id')!, reportFormId: emu.properties.script.get('form.report.id')! };
}

const at = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h, 0, 0);
const DAY = 24 * 3600_000;

function kindOf(subject: string): string {
  if (subject.includes('Đã nhận phiếu')) return 'confirmation';
  if (subject.includes('Tổng hợp hằng tuần')) return 'digest';
  // "Nhắc hạn …" ("Nhắc mốc …" for a conference), or "Chưa đạt yêu cầu đăng ký tối thiểu … (mục III.1) và nhắc hạn …"
  // when it carries the notice told once.
  if (/nhắc (hạn|mốc)/i.test(subject)) return 'reminder';
  if (/” từ ngày \d|thay đổi từ ngày|đã được thay bằng phiếu|trùng đối tượng với phiếu/.test(subject)) return 'notice';
  if (/Đã nhận (báo cáo )?“/.test(subject) || subject.includes('Chưa được tính: ')) return 'receipt';
  return 'other';
}

/** (day, recipient, kind) of every message sent, sorted — as the mail service saw them. */
function sentTuples(emu: Emulator): string[] {
  return emu.mail.sent.flatMap((m) => m.to.map((to) => `${formatDate(m.date)} ${to} ${kindOf(m.subject)}`)).sort();
}

/** The outbox rows as objects. */
function outbox(emu: Emulator): Record<string, unknown>[] {
  const [header, ...rows] = emu.spreadsheets.values(OUTBOX) as unknown[][];
  // A reminder's key by the school's code, as the tests below read it (codedRowKey).
  return rows.map((r) => Object.fromEntries((header as string[]).map((h, i) => [h, i === 0 ? codedRowKey(String(r[0]), String(r[2])) : r[i]])));
}

describe('a simulated year of scheduled e-mail (2026–2030, by configuration)', () => {
  const start = at(2026, 7, 1, 8);
  const end = at(2027, 7, 1, 0);
  const { emu, cfg, formId, reportFormId } = office(FOUR, start, STAFF);
  const hostile = '<script>alert(1)</script><b>Tổ Toán</b>';
  const reg = (s: TestSchool, kind: 'collective' | 'individual', name: string, extra: Record<string, unknown> = {}) => ({
    ...(kind === 'collective' ? { ...collectiveAnswers(cfg), [Q.collectiveName]: name } : { ...individualAnswers('teacher', cfg), [Q.individualName]: name }),
    [Q.school]: s.name,
    [Q.submitter]: `Thư ký ${s.code}`,
    ...extra,
  });
  const rep = (s: TestSchool, period: string, docRef: string) => ({ [R.school]: s.name, [R.period]: period, [R.docRef]: docRef, [R.summary]: `Báo cáo của ${s.name}`, [R.link]: '' });
  const PLAN = 'Kế hoạch giai đoạn 2026-2030 của đơn vị';
  // In February, once they are due (review school #1), the collectives add their 2026 ratings: an edit of the same response.
  const jan = { ...cfg, today: at(2027, 2, 12) };
  const edit = (s: TestSchool, name: string) => ({ ...collectiveAnswers(jan), [Q.collectiveName]: name, [Q.school]: s.name, [Q.submitter]: `Thư ký ${s.code}` });
  const events: { at: Date; form: string; email: string; answers: Record<string, unknown>; name?: string; editOf?: string }[] = [
    { at: at(2026, 7, 6), form: formId, email: A.emails[0], answers: reg(A, 'collective', 'Tổ Mẫu giáo Hoa Sen'), name: 'A-col' },
    { at: at(2027, 2, 12), form: formId, email: A.emails[0], answers: edit(A, 'Tổ Mẫu giáo Hoa Sen'), editOf: 'A-col' },
    { at: at(2027, 2, 17), form: formId, email: C.emails[0], answers: edit(C, 'Tổ Ngữ văn Quang Minh'), editOf: 'C-col' },
    { at: at(2026, 7, 6, 10), form: formId, email: A.emails[0], answers: reg(A, 'individual', 'Vũ Thị Lan') },
    { at: at(2026, 7, 8), form: formId, email: B.emails[1], answers: reg(B, 'collective', hostile, { [Q.submitter]: '<b>Hiệu trưởng</b>', [Q.modelName]: '<img src=x onerror=alert(1)>' }) },
    { at: at(2026, 7, 10), form: formId, email: C.emails[0], answers: reg(C, 'collective', 'Tổ Ngữ văn Quang Minh'), name: 'C-col' },
    { at: at(2026, 7, 10, 11), form: formId, email: C.emails[0], answers: reg(C, 'individual', 'Hoàng Văn Sơn') },
    { at: at(2026, 10, 5), form: formId, email: D.emails[0], answers: reg(D, 'individual', 'Ngô Thị Hạnh') },
    { at: at(2026, 9, 1), form: reportFormId, email: C.emails[0], answers: rep(C, PLAN, '21/KH-THCSQM') },
    { at: at(2026, 9, 20), form: reportFormId, email: A.emails[0], answers: rep(A, PLAN, '15/KH-MNHS') },
    { at: at(2026, 9, 29), form: reportFormId, email: D.emails[0], answers: rep(D, PLAN, '09/KH-THLL') },
    { at: at(2026, 11, 20), form: reportFormId, email: D.emails[0], answers: rep(D, 'Năm 2026', '40/BC-THLL') },
    { at: at(2026, 12, 5), form: reportFormId, email: C.emails[0], answers: rep(C, 'Năm 2026', 'chưa có') },
    { at: at(2026, 12, 10), form: reportFormId, email: A.emails[0], answers: rep(A, 'Năm 2026', '88/BC-MNHS') },
    { at: at(2027, 5, 30), form: reportFormId, email: A.emails[0], answers: rep(A, '6 tháng đầu năm 2027', '31/BC-MNHS') },
    { at: at(2027, 6, 1, 10), form: reportFormId, email: D.emails[0], answers: rep(D, '6 tháng đầu năm 2027', '12/BC-THLL') },
  ].sort((x, y) => x.at.getTime() - y.at.getTime());

  // The moving clock: day by day, each submission at its time, the clock triggers in between.
  const responseIds = new Map<string, string>();
  let next = 0;
  for (let day = start.getTime(); day < end.getTime(); day += DAY) {
    const dayEnd = Math.min(day + DAY, end.getTime());
    while (next < events.length && events[next].at.getTime() < dayEnd) {
      const ev = events[next++];
      emu.triggers.runDueTimeTriggers(ev.at);
      const editResponseId = ev.editOf ? responseIds.get(ev.editOf) : undefined;
      const res = emu.forms.submitAsUser(ev.form, ev.answers as never, { email: ev.email, at: ev.at, ...(editResponseId ? { editResponseId } : {}) });
      if (ev.name) responseIds.set(ev.name, res.responseId);
    }
    emu.triggers.runDueTimeTriggers(dayEnd);
  }

  it('every run succeeded', () => {
    const failed = emu.triggers.runs.filter((r) => !r.ok);
    expect(failed.map((r) => `${r.handler}: ${r.error}`)).toEqual([]);
    // 01/07/2026 … 30/06/2027 at 8:mm (staggered from the digest's 7 o'clock; the year starts at 8:00 on 01/07).
    expect(emu.triggers.runs.filter((r) => r.handler === 'sendReminders')).toHaveLength(365);
    expect(emu.triggers.runs.filter((r) => r.handler === 'sendWeeklyDigest')).toHaveLength(52);
  });

  it('sends the right e-mails on the right days, and no others', () => {
    const expected: string[] = [];
    const to = (day: string, s: { emails: string[] } | string[], kind: string) => {
      for (const e of Array.isArray(s) ? s : s.emails) expected.push(`${day} ${e} ${kind}`);
    };
    // Confirmations: one per registration, to its submitter, the day it arrives.
    to('06/07/2026', [A.emails[0], A.emails[0]], 'confirmation');
    to('08/07/2026', [B.emails[1]], 'confirmation');
    to('10/07/2026', [C.emails[0], C.emails[0]], 'confirmation');
    to('05/10/2026', [D.emails[0]], 'confirmation');
    to('12/02/2027', [A.emails[0]], 'confirmation'); // the edits answer again
    to('17/02/2027', [C.emails[0]], 'confirmation');
    // The digest: every Monday at 7, to the office staff.
    for (let d = at(2026, 7, 6, 7); d < end; d = new Date(d.getTime() + 7 * DAY)) to(formatDate(d), STAFF, 'digest');
    // Reminders (14 and 3 days before), only to schools with something outstanding for that deadline:
    // the plan (30/09/2026): Hoa Sen sent it on 20/09, Quang Minh on 01/09, Lê Lợi on 29/09.
    to('16/09/2026', A, 'reminder');
    to('16/09/2026', B, 'reminder');
    to('16/09/2026', D, 'reminder');
    to('27/09/2026', B, 'reminder');
    to('27/09/2026', D, 'reminder');
    // The 2026 annual report (15/12/2026): Lê Lợi sent it on 20/11, Hoa Sen on 10/12, Quang Minh without evidence.
    to('01/12/2026', A, 'reminder');
    to('01/12/2026', B, 'reminder');
    to('01/12/2026', C, 'reminder');
    to('12/12/2026', B, 'reminder');
    to('12/12/2026', C, 'reminder');
    // Lê Lợi sent that report but has no collective in 2026-2027, which a registration can still fill: the report
    // reminders of the school year carry the minimum (III.1), so Lê Lợi gets them too.
    to('01/12/2026', D, 'reminder');
    to('12/12/2026', D, 'reminder');
    // The end of registration (31/05/2027): Hòa Bình has no individual (and its collective is incomplete), Lê Lợi
    // no collective.
    for (const s of [B, D]) to('17/05/2027', s, 'reminder');
    // The interim review (11/06/2027): duties not done — Hòa Bình (minimum, plan, annual report), Quang Minh
    // (annual report without evidence), Lê Lợi (minimum). On 08/06 the registration window has closed: the minimum
    // can no longer be filled and is not asked for, so Lê Lợi, with nothing else outstanding, gets no reminder.
    // On 28/05 the window's 3-day reminder and the review's 14-day one fall due together: Hòa Bình and Lê Lợi get one
    // e-mail about both (review school #5), Quang Minh the review's alone.
    for (const s of [B, C, D]) to('28/05/2027', s, 'reminder');
    for (const s of [B, C]) to('08/06/2027', s, 'reminder');
    // The 2027 six-monthly report (15/06/2027): Hoa Sen sent it on 30/05, Lê Lợi on 01/06 after the 7 o'clock run.
    for (const s of [B, C, D]) to('01/06/2027', s, 'reminder');
    for (const s of [B, C]) to('12/06/2027', s, 'reminder');
    // On 1 February the 2026 Party and union ratings fall due: the collectives that lack them turn "Cần bổ sung", and
    // their schools are told that day, once (review inbox #2: no reminder named them for months).
    for (const s of [A, C]) to('01/02/2027', s, 'notice');
    // Each progress report is acknowledged to its school the day it arrives.
    for (const [day, s] of [['01/09/2026', C], ['20/09/2026', A], ['29/09/2026', D], ['20/11/2026', D], ['05/12/2026', C], ['10/12/2026', A], ['30/05/2027', A], ['01/06/2027', D]] as const) to(day, s, 'receipt');
    expect(sentTuples(emu)).toEqual(expected.sort());
  });

  it('two deadlines reminded the same day make one e-mail: both named, each thing to do listed once (review school #5)', () => {
    const onDay = (s: TestSchool) => emu.mail.sent.filter((m) => m.to.includes(s.emails[0]) && kindOf(m.subject) === 'reminder' && formatDate(m.date) === '28/05/2027');
    const [both] = onDay(B);
    expect(onDay(B)).toHaveLength(1);
    expect(both.subject).toBe(`[Điển hình tiên tiến] Nhắc hạn 31/05/2027: kết thúc đợt đăng ký xây dựng mô hình, điển hình tiên tiến và mốc 11/06/2027: sơ kết giữa giai đoạn — ${B.name}`);
    const body = both.body;
    const window = body.indexOf('Sở Giáo dục và Đào tạo xin nhắc: còn 3 ngày nữa là đến hạn kết thúc đợt đăng ký xây dựng mô hình, điển hình tiên tiến (31/05/2027).');
    const review = body.indexOf('\nCòn 14 ngày nữa là đến mốc sơ kết giữa giai đoạn (11/06/2027).');
    expect(window).toBeGreaterThan(0);
    expect(review).toBeGreaterThan(window);
    // Hòa Bình's incomplete collective is asked for by the window and by the review: listed once, under the window.
    const lines = body.split('\n').filter((l) => l.includes('Phiếu DK-'));
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines).size).toBe(lines.length);
    expect(body.indexOf('Phiếu DK-')).toBeLessThan(review);
    // What the review asks beyond the window (the plan, the annual report) is under the review's deadline.
    expect(body.slice(review)).toContain('Ngoài các việc nêu trên, trước mốc này đơn vị còn:');
    expect(body.slice(review)).toMatch(/Đơn vị ban hành kế hoạch xây dựng/);
    // One set of "how to" paragraphs and one footer.
    expect(body.split('Để đăng ký hoặc bổ sung').length).toBe(2);
    expect(body.split('xin bỏ qua thư này').length).toBe(2);
  });

  it('a progress report is acknowledged with what counts: its evidence, or that it lacks one', () => {
    const receipts = emu.mail.sent.filter((m) => kindOf(m.subject) === 'receipt');
    const plan = receipts.find((m) => m.to.includes(A.emails[0]) && formatDate(m.date) === '20/09/2026')!;
    expect(plan.subject).toMatch(/Đã nhận “Kế hoạch giai đoạn 2026-2030 của đơn vị” — Trường Mầm non Hoa Sen/);
    expect(plan.body).toContain('Số, ngày văn bản: 15/KH-MNHS.');
    expect(plan.body).not.toContain('chưa được tính');
    const noEvidence = receipts.find((m) => m.to.includes(C.emails[0]) && formatDate(m.date) === '05/12/2026')!;
    expect(noEvidence.body).toContain('chưa ghi mục “Số, ngày văn bản” hoặc “Đường liên kết tới văn bản” (hoặc ghi là chưa có văn bản) nên chưa được tính là đã nộp');
    expect(noEvidence.subject).toContain('] Chưa được tính: báo cáo “');
    // Under the subject a phone shows whether it counts and what to send, not "Kính gửi: …" (review mail M4).
    expect(preheaderOf(plan.htmlBody)).toBe('Kế hoạch được tính là đã nộp.');
    expect(preheaderOf(noEvidence.htmlBody)).toBe('Chưa ghi số, ngày văn bản hoặc đường liên kết; đề nghị gửi lại trước hạn 15/12/2026.');
  });

  it('a verdict the calendar turned to "Cần bổ sung" (a year\'s ratings due on 1 February) is told to its school that day, with what to add', () => {
    const digests = emu.mail.sent.filter((m) => kindOf(m.subject) === 'digest' && m.subject.includes('15/02/2027'));
    // The turn happened (the digest of 15/02 shows the collectives edited back to "Đạt")…
    expect(digests[0].body).toMatch(/Sửa: DK-000002 — Trường Mầm non Hoa Sen/);
    // …and each school with such a collective was told once, on the day, naming it and what it lacks.
    const notices = emu.mail.sent.filter((m) => kindOf(m.subject) === 'notice');
    expect(notices.map((m) => [formatDate(m.date), m.to.join(',')]).sort()).toEqual([['01/02/2027', A.emails[0]], ['01/02/2027', C.emails[0]]]);
    expect(notices.every((m) => m.body.includes('từ “Đạt” chuyển sang “Cần bổ sung”') && m.body.includes('01/02/2027'))).toBe(true);
    for (const m of notices) expect(preheaderOf(m.htmlBody)).toMatch(/^Do đến mốc thời gian của Kế hoạch, không do sửa phiếu; [1-9]\d* điểm cần bổ sung hoặc chưa đạt\.$/);
  });

  it('the minimum is reminded in its school year, and what it left undone is told once, in the first reminder after the window', () => {
    const reminders = emu.mail.sent.filter((m) => kindOf(m.subject) === 'reminder');
    const toD = (day: string) => reminders.filter((m) => m.to.includes(D.emails[0]) && formatDate(m.date) === day);
    expect(toD('01/12/2026')[0].body).toContain('năm học 2026-2027, đơn vị chưa gửi phiếu đăng ký tập thể nào trong năm học này');
    // The window closed on 31/05/2027; the first reminder after it is the six-monthly report's on 01/06/2027.
    const once = reminders.filter((m) => m.body.includes('Thông tin này chỉ báo một lần.'));
    expect(once.map((m) => `${formatDate(m.date)} ${m.to.join(',')}`).sort()).toEqual([`01/06/2027 ${B.emails.join(',')}`, `01/06/2027 ${D.emails[0]}`].sort());
    expect(toD('01/06/2027')[0].body).toContain('năm học 2026-2027 không đăng ký tập thể.');
  });

  it("a reminder to all of a school's addresses carries the edit link of each registration it lists", () => {
    // Hòa Bình's collective, sent from its second address, is incomplete; the reminders go to both addresses.
    const m = emu.mail.sent.find((x) => kindOf(x.subject) === 'reminder' && formatDate(x.date) === '17/05/2027' && x.to.includes(B.emails[0]))!;
    expect(m.to).toEqual(expect.arrayContaining(B.emails));
    expect(m.body).toMatch(/Phiếu DK-\d+ \(tập thể[^\n]* Sửa phiếu này tại: https:\/\/docs\.google\.com\/forms\/d\/e\/\S+edit2=/);
    expect(m.body).toContain('phiếu đã gửi thì sửa bằng đường dẫn ghi sau phiếu đó ở trên');
  });

  it("an edit's confirmation says it answers the edited version; the first one does not", () => {
    const toA = emu.mail.sent.filter((m) => m.to.includes(A.emails[0]) && kindOf(m.subject) === 'confirmation' && m.subject.includes('Tổ Mẫu giáo Hoa Sen'));
    expect(toA.map((m) => formatDate(m.date))).toEqual(['06/07/2026', '12/02/2027']);
    const id = /phiếu (DK-\d+)/.exec(toA[0].subject)![1];
    expect(toA[0].body).not.toContain(CONFIRMATION.revised(id));
    expect(toA[1].body).toContain(CONFIRMATION.revised(id));
  });

  it('the outbox records each of them once, sent, with the deadline each reminder was about', () => {
    const rows = outbox(emu);
    expect(rows.every((r) => r['Trạng thái'] === 'Đã gửi')).toBe(true);
    expect(new Set(rows.map((r) => r['Mã thư'])).size).toBe(rows.length);
    expect(rows).toHaveLength(emu.mail.sent.length);
    const reminders = rows.filter((r) => String(r['Mã thư']).startsWith('NH:')).map((r) => `${formatDate(r['Gửi lúc'] as Date)} ${r['Mã thư']}`);
    expect(reminders).toContain('16/09/2026 NH:MN01:KH-2026-2030:14');
    expect(reminders).toContain('12/12/2026 NH:CS01:BC-2026-NAM:3');
    // Two deadlines due the same day: one e-mail, one entry naming both; neither is queued again alone.
    expect(reminders).toContain('28/05/2027 NH:TH01:DANG-KY-DONG-2027:3|SO-KET-2027:14');
    expect(reminders.filter((r) => r.includes('NH:TH01:') && /DANG-KY-DONG-2027:3|SO-KET-2027:14/.test(r))).toHaveLength(1);
    expect(reminders).toContain('28/05/2027 NH:TH02:DANG-KY-DONG-2027:3|SO-KET-2027:14');
    expect(reminders).toContain('28/05/2027 NH:CS01:SO-KET-2027:14');
    expect(reminders).toContain('01/06/2027 NH:TH02:BC-2027-6T:14');
    expect(reminders.filter((r) => r.includes('TH02:BC-2027-6T'))).toHaveLength(1);
  });

  it('the digest tells what changed since the last one', () => {
    const digests = emu.mail.sent.filter((m) => kindOf(m.subject) === 'digest');
    expect(digests[0].body).toContain('Đây là thư tổng hợp đầu tiên');
    expect(digests[0].body).toContain('Tổng cộng: 0 phiếu'); // Monday 06/07/2026 at 7, before the first arrived
    const second = digests[1].body; // 13/07/2026: five registrations arrived that week
    expect(second).toContain('Tổng cộng: 5 phiếu (+5)');
    expect(second).toMatch(/Mới: DK-000004 — Trường Tiểu học Hòa Bình/);
    expect(second).toMatch(/Mới: DK-000006 — Trường THCS Quang Minh/);
    expect(digests[2].body).toContain('Không có phiếu mới hay phiếu sửa nào');
    // From 1 February the collectives lacked their 2026 ratings (Cần bổ sung) until they edited them.
    const feb15 = digests.find((m) => m.subject.includes('15/02/2027'))!.body;
    expect(feb15).toMatch(/Sửa: DK-000002 — Trường Mầm non Hoa Sen — tập thể “Tổ Mẫu giáo Hoa Sen” — Đạt/);
    expect(feb15).not.toMatch(/Mới: /);
    expect(digests.find((m) => m.subject.includes('22/02/2027'))!.body).toMatch(/Sửa: DK-000005 — Trường THCS Quang Minh/);
    const sep14 = digests.find((m) => m.subject.includes('14/09/2026'))!;
    expect(sep14.body).toContain('30/09/2026 (còn 16 ngày): Hạn nộp Kế hoạch giai đoạn 2026-2030 của đơn vị — 1/4 đơn vị đã gửi');
    expect(sep14.body).toContain('https://docs.google.com/spreadsheets/d/');
    // 28/06/2027, the window closed: the school years left short, told as such (review openyear: "không đủ … đã hết hạn").
    expect(digests[digests.length - 1].body).toContain('Đơn vị không đủ tối thiểu một tập thể và một cá nhân đăng ký trong năm học đã qua hoặc đã hết hạn đăng ký');
  });

  it('every e-mail parses as MIME; a school’s mail names no other school and carries no other school’s data; no answer becomes markup', async () => {
    const registrationNames: Record<string, string[]> = {
      [A.code]: ['Tổ Mẫu giáo Hoa Sen', 'Vũ Thị Lan'],
      [B.code]: ['Tổ Toán'],
      [C.code]: ['Tổ Ngữ văn Quang Minh', 'Hoàng Văn Sơn'],
      [D.code]: ['Ngô Thị Hạnh'],
    };
    const reportRefs: Record<string, string[]> = { [A.code]: ['MNHS'], [B.code]: [], [C.code]: ['THCSQM'], [D.code]: ['THLL'] };
    const dataOf = (s: TestSchool) => [s.name, s.principal, ...s.emails, `Thư ký ${s.code}`, ...registrationNames[s.code], ...reportRefs[s.code]];
    let schoolMails = 0;
    for (const m of emu.mail.sent) {
      const parsed = await simpleParser(await emu.mail.toEml(m));
      const text = parsed.text || '';
      const html = typeof parsed.html === 'string' ? parsed.html : '';
      expect(html).not.toMatch(/<script|<b>|<img/i);
      expect(text + html).not.toMatch(/onerror=alert\(1\)>/);
      const owner = FOUR.find((s) => s.emails.some((e) => m.to.includes(e)));
      if (!owner) {
        expect(m.to).toEqual(STAFF);
        continue;
      }
      schoolMails++;
      const headers = [parsed.subject || '', ...m.to].join('\n');
      for (const other of FOUR) {
        if (other === owner) continue;
        for (const s of dataOf(other)) {
          expect(text, `${m.subject} names ${s}`).not.toContain(s);
          expect(html).not.toContain(s);
          expect(headers).not.toContain(s);
        }
      }
    }
    expect(schoolMails).toBe(emu.mail.sent.filter((m) => kindOf(m.subject) !== 'digest').length);
    // Hòa Bình's hostile collective name reaches its own mail as text, escaped in HTML.
    const hb = emu.mail.to(B.emails[0]).find((m) => m.body.includes(hostile))!;
    expect(hb).toBeDefined();
    expect(hb.htmlBody).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;Tổ Toán&lt;/b&gt;');
  });
});

describe('the daily quota', () => {
  const many: TestSchool[] = Array.from({ length: 40 }, (_, i) => ({
    code: `TR${String(i + 1).padStart(2, '0')}`,
    name: `Trường Tiểu học số ${i + 1}`,
    level: 'Tiểu học',
    ward: 'Phường Minh Tân',
    cluster: 'Cụm 1',
    principal: `Hiệu trưởng ${i + 1}`,
    emails: [`truong${i + 1}@example.edu.vn`],
  }));

  it('with a quota of 10, a day that needs 40 e-mails sends 10, the rest on the following days; none lost or duplicated', () => {
    const { emu } = office(many, at(2026, 9, 15, 8), [], { mailQuota: 10 });
    const perDay = new Map<string, number>();
    for (let d = at(2026, 9, 16, 0).getTime(); d < at(2026, 9, 22, 0).getTime(); d += DAY) {
      const before = emu.mail.sent.length;
      emu.triggers.runDueTimeTriggers(d + DAY);
      perDay.set(formatDate(new Date(d)), emu.mail.sent.length - before);
    }
    expect(Object.fromEntries(perDay)).toEqual({ '16/09/2026': 10, '17/09/2026': 10, '18/09/2026': 10, '19/09/2026': 10, '20/09/2026': 0, '21/09/2026': 0 });
    const recipients = emu.mail.sent.map((m) => m.to.join(','));
    expect(new Set(recipients).size).toBe(40);
    expect(recipients.sort()).toEqual(many.map((s) => s.emails[0]).sort());
    const rows = outbox(emu);
    expect(rows).toHaveLength(40);
    expect(rows.every((r) => r['Trạng thái'] === 'Đã gửi' && r['Số lần thử'] === 1)).toBe(true);
    // While waiting, an entry said why.
    expect(emu.triggers.runs.filter((r) => r.handler === 'sendReminders').every((r) => r.ok)).toBe(true);
  });

  /**
   * Another script of the account uses up the day's quota while sendReminders is sending (after its 3rd message),
   * so the product's next sendEmail is refused with the quota error, in `locale`. Returns the outbox after that run
   * (status and attempts of each entry) and the messages sent each following day.
   */
  function mailQuotaStop(locale: 'vi' | 'en') {
    const { emu } = office(many, at(2026, 9, 15, 8), [], { mailQuota: 10, locale });
    let spent = false;
    emu.runtime.onCall(() => {
      if (spent || emu.mail.sent.length !== 3) return;
      spent = true;
      emu.runtime.execute(() => {
        while (emu.mail.remaining() > 0) emu.globals.MailApp.sendEmail('khac@phonggd.example.vn', 'Thư khác', 'x');
      }, { kind: 'node', label: 'another script' });
    });
    emu.triggers.runDueTimeTriggers(at(2026, 9, 16, 12));
    const firstRun = outbox(emu).map((r) => `${r['Trạng thái']} ${r['Số lần thử']}`);
    const failedRuns = emu.triggers.runs.filter((r) => !r.ok).length;
    const perDay: number[] = [];
    for (let d = at(2026, 9, 17, 0).getTime(); d < at(2026, 9, 22, 0).getTime(); d += DAY) {
      const before = emu.mail.sent.length;
      emu.triggers.runDueTimeTriggers(d + DAY);
      perDay.push(emu.mail.sent.length - before);
    }
    const school = emu.mail.sent.filter((m) => m.to[0] !== 'khac@phonggd.example.vn').map((m) => m.to.join(','));
    return { firstRun, failedRuns, perDay, school };
  }

  it('a mail-quota stop with Vietnamese error texts gets the same continuation as with English', () => {
    const vi = mailQuotaStop('vi');
    const en = mailQuotaStop('en');
    // A refusal for quota is not a failure: the refused message waits with the others, no attempt used (issue 13).
    expect(vi.firstRun.filter((s) => s === 'Đã gửi 1')).toHaveLength(3);
    expect(vi.firstRun.filter((s) => s.startsWith('Lỗi'))).toHaveLength(0);
    expect(vi.firstRun.filter((s) => s === 'Chờ gửi 0')).toHaveLength(37);
    expect(vi.failedRuns).toBe(0);
    expect(vi).toEqual(en);
    expect(new Set(vi.school).size).toBe(40);
    expect(vi.school).toHaveLength(40);
  });

  it('an entry waiting for quota says so in the outbox', () => {
    const { emu } = office(many, at(2026, 9, 15, 8), [], { mailQuota: 10 });
    emu.triggers.runDueTimeTriggers(at(2026, 9, 16, 12));
    const rows = outbox(emu);
    expect(rows.filter((r) => r['Trạng thái'] === 'Đã gửi')).toHaveLength(10);
    const waiting = rows.filter((r) => r['Trạng thái'] === 'Chờ gửi');
    expect(waiting).toHaveLength(30);
    expect(waiting.every((r) => String(r['Ghi chú']).includes('Hết hạn mức'))).toBe(true);
  });

  it('a trigger fired twice (and a digest the same morning) sends nothing twice', () => {
    const { emu, bundle } = office(many.slice(0, 5), at(2026, 9, 13, 8), STAFF);
    emu.triggers.runDueTimeTriggers(at(2026, 9, 14, 12)); // Monday: the digest
    bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
    emu.triggers.runDueTimeTriggers(at(2026, 9, 16, 12)); // the 14-day reminders
    bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' }); // not Monday: a digest of its own day
    const kinds = emu.mail.sent.map((m) => `${formatDate(m.date)} ${kindOf(m.subject)} ${m.to.join(',')}`);
    expect(kinds.filter((k) => k.includes('reminder'))).toHaveLength(5);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds.filter((k) => k.startsWith('14/09/2026 digest'))).toHaveLength(1);
  });

  it('a failed send is recorded with its reason and retried, up to the limit', () => {
    // An address the mail service refuses (the directory now refuses malformed ones itself, so the refusal is
    // injected: the second send of the first run, then the only send of each retry).
    const { emu } = office(many.slice(0, 2), at(2026, 9, 15, 8), []);
    const refuse = (nth: number) => emu.runtime.failOn('MailApp.sendEmail', nth, 'Invalid email: truong2x@example.edu.vn');
    const row = () => outbox(emu).find((r) => String(r['Mã thư']).startsWith('NH:TR02:'))!;
    refuse(2);
    emu.triggers.runDueTimeTriggers(at(2026, 9, 16, 12));
    expect(outbox(emu).find((r) => String(r['Mã thư']).startsWith('NH:TR01:'))!['Trạng thái']).toBe('Đã gửi');
    expect(row()).toMatchObject({ 'Trạng thái': 'Lỗi', 'Số lần thử': 1 });
    expect(String(row()['Ghi chú'])).toMatch(/^Lỗi khi gửi: Invalid email/);
    // Retried by the next runs that send mail: the 6 o'clock rebuild and the 7 o'clock reminders of the 17th.
    refuse(1);
    emu.triggers.runDueTimeTriggers(new Date(2026, 8, 17, 6, 30));
    expect(row()['Số lần thử']).toBe(2);
    refuse(1);
    emu.triggers.runDueTimeTriggers(at(2026, 9, 17, 12));
    expect(row()['Số lần thử']).toBe(3);
    // The next tries are spread out (core/outbox.ts retryAt): two hours later at least, so the next day's 6 o'clock
    // rebuild, then its reminders; the fifth is the last.
    refuse(1);
    emu.triggers.runDueTimeTriggers(new Date(2026, 8, 18, 6, 30));
    expect(row()['Số lần thử']).toBe(4);
    refuse(1);
    emu.triggers.runDueTimeTriggers(at(2026, 9, 18, 12));
    expect(row()['Số lần thử']).toBe(5);
    expect(String(row()['Ghi chú'])).toContain('Đã thử 5 lần');
    emu.runtime.clearFaults();
    emu.triggers.runDueTimeTriggers(at(2026, 9, 20, 12));
    expect(row()['Số lần thử']).toBe(5);
    expect(emu.mail.sent).toHaveLength(1);
  });
});

describe('overlapping clock triggers', () => {
  it('a digest that fires while the rebuild holds the lock comes back later and is sent once', () => {
    const monday = at(2026, 9, 14, 0);
    const { emu, cfg } = office(FOUR, at(2026, 9, 13, 8), STAFF, { modelLatency: true });
    // The office put the digest at 6, the hour of the rebuild; Apps Script starts them 5 s apart within that hour.
    emu.triggers.triggers.splice(0, emu.triggers.triggers.length, ...emu.triggers.triggers.filter((t) => t.eventType !== 'CLOCK'));
    emu.triggers.minuteOf = (h) => (h === 'sendWeeklyDigest' ? 10 + 5 / 60 : 10);
    withTriggers(emu, () =>
      ensureTriggers(null as never, [{ handler: 'rebuildSummaries', kind: 'daily', hour: 6 }, ...mailTriggers({ ...cfg, mail: { ...cfg.mail, digestHour: 6 } })]),
    );
    emu.clock.set(monday.getTime());
    const runs = emu.triggers.runDueTimeTriggers(at(2026, 9, 14, 12));
    const digests = emu.mail.sent.filter((m) => kindOf(m.subject) === 'digest');
    expect(digests).toHaveLength(1);
    expect(formatDate(digests[0].date)).toBe('14/09/2026');
    // It missed the lock once (without failing its execution), and ran again through the retry trigger.
    expect(runs.filter((r) => r.handler === 'retryJobs')).toHaveLength(1);
    expect(runs.every((r) => r.ok)).toBe(true);
    expect(emu.locks.history.filter((h) => h.event === 'timeout')).toHaveLength(1);
    // The retry trigger deleted itself; the reminders were staggered away from the digest's hour.
    expect(emu.triggers.find('retryJobs')).toHaveLength(0);
    const hours = Object.fromEntries(emu.triggers.triggers.filter((t) => t.clock).map((t) => [t.handler, t.clock!.atHour]));
    expect(hours).toEqual({ rebuildSummaries: 6, sendReminders: 7, sendWeeklyDigest: 6 });
  });
});

describe('the trigger specs for setup', () => {
  it('mailTriggers through ensureTriggers: reminders daily at 7 (8 when the digest takes 7), the digest on the configured day and hour; a changed schedule replaces only the triggers it changes', () => {
    const emu = officeEmulator({ now: at(2026, 9, 1, 8) });
    emu.triggers.minuteOf = () => 0; // atHour triggers at h:00 here (Apps Script picks a minute within the hour)
    const cfg = officeConfig(at(2026, 9, 1), STAFF);
    const run = (c: OfficeConfig) => withTriggers(emu, () => ensureTriggers(null as never, mailTriggers(c)));
    const clocks = () =>
      emu.triggers.triggers.map((t) => `${t.handler} ${t.clock!.kind} day=${t.clock!.weekDay ?? '-'} h=${t.clock!.atHour} ${t.clock!.timeZone}`).sort();
    expect(run(cfg)).toBe(2);
    // Staggered: the digest takes 7, so the reminders run at 8.
    expect(clocks()).toEqual(['sendReminders days day=- h=8 Asia/Ho_Chi_Minh', 'sendWeeklyDigest weeks day=1 h=7 Asia/Ho_Chi_Minh']);
    expect(run(cfg)).toBe(0);
    const friday = { ...cfg, mail: { ...cfg.mail, digestWeekDay: 5, digestHour: 16 } };
    expect(run(friday)).toBe(2);
    expect(clocks()).toEqual(['sendReminders days day=- h=7 Asia/Ho_Chi_Minh', 'sendWeeklyDigest weeks day=5 h=16 Asia/Ho_Chi_Minh']);
    const reminderUid = emu.triggers.triggers.find((t) => t.handler === 'sendReminders')!.uid;
    const later = { ...friday, mail: { ...friday.mail, digestHour: 17 } };
    expect(run(later)).toBe(1);
    expect(emu.triggers.triggers.find((t) => t.handler === 'sendReminders')!.uid).toBe(reminderUid);
    expect(emu.triggers.triggers.find((t) => t.handler === 'sendWeeklyDigest')!.clock!.nextAt).toBe(at(2026, 9, 4, 17).getTime());
  });
});

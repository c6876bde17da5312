// Review r66c F3: a deadline the office moves in "Cấu hình" after some of its reminders went. The schools still having
// something to do are reminded of the NEW date at the offsets still ahead of it (never twice for the same date and
// offset, never an offset whose day came before the last reminder the school had of that deadline), and the e-mail says
// the date was moved. An unchanged date, and entries queued by earlier versions (keys without a date), change nothing.
import { describe, expect, it } from 'vitest';
import { type OfficeConfig } from '../../src/core/config';
import { evaluateAll } from '../../src/core/evaluate';
import { REMINDER_NOTE } from '../../src/core/messages';
import { type OutboxEntry } from '../../src/core/outbox';
import { deadlines, planReminders, reminderEmail, toldDates, waitingReminder } from '../../src/core/reminders';
import { dayAfter, formatDate } from '../../src/core/text';
import { config2026, directoryRows, form, headerRow } from './helpers';

/** The office's configuration at `today`, the plan's deadline (default 30/09/2026) moved to `plan` when given. */
function cfgAt(today: Date, plan?: Date): OfficeConfig {
  const cfg = config2026(today, { 'mail.reminderDaysBefore': '14; 3' });
  if (!plan) return cfg;
  return { ...cfg, period: { ...cfg.period, milestones: cfg.period.milestones.map((m) => (m.id === 'KE-HOACH' ? { ...m, date: plan } : m)) } };
}
const run = (cfg: OfficeConfig) => evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(form(cfg))], reportValues: [] });
const at = (m: number, d: number) => new Date(2026, m - 1, d, 7);

/** Every day from..to (inclusive) planned with the configuration of that day, each new reminder sent at once. */
function days(entries: OutboxEntry[], from: Date, to: Date, plan?: Date): OutboxEntry[] {
  let out = entries;
  for (let d = new Date(from); d.getTime() <= to.getTime(); d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 7)) {
    const cfg = cfgAt(d, plan);
    const n = out.length;
    out = planReminders(out, run(cfg), cfg, d, true);
    out = out.map((e, i) => (i >= n && e.status === 'pending' ? { ...e, status: 'sent' as const, sentAt: d, attempts: 1 } : e));
  }
  return out;
}
const newOnes = (before: readonly OutboxEntry[], after: readonly OutboxEntry[]) => after.slice(before.length);
const dayOf = (e: OutboxEntry) => `${e.createdAt.getDate()}/${e.createdAt.getMonth() + 1}`;
/** The e-mail the sending composes for `e` at `now` (as src/jobs/reminders.ts does), with what was sent by the day `e` was queued. */
function mailOf(e: OutboxEntry, all: readonly OutboxEntry[], now: Date, plan?: Date) {
  const cfg = cfgAt(now, plan);
  const r = waitingReminder(e.key, run(cfg), cfg, now, undefined, { queuedAt: e.createdAt, told: toldDates(all.filter((x) => x !== e && x.createdAt.getTime() <= e.createdAt.getTime()), cfg) }).reminder!;
  return reminderEmail(r, cfg.organisation, null, null);
}

describe('the plan deadline moved after its reminders went', () => {
  // Before the move: 14 and 3 days before 30/09/2026, to each of the three schools.
  const before = days([], at(9, 16), at(9, 28));

  it('before the move, each school had its 14- and 3-day reminders (the case under test)', () => {
    expect(before.map((e) => `${dayOf(e)} ${e.key.replace(/^NH:[^:]+:/, '')}`).sort()).toEqual(
      ['16/9 KH-2026-2030:14', '16/9 KH-2026-2030:14', '16/9 KH-2026-2030:14', '27/9 KH-2026-2030:3', '27/9 KH-2026-2030:3', '27/9 KH-2026-2030:3'],
    );
  });

  it('unchanged date (the control): nothing more is queued until the deadline passes', () => {
    expect(newOnes(before, days(before, at(9, 29), at(10, 31)))).toEqual([]);
  });

  it('moved later (30/10/2026): each school is reminded of the new date 14 and 3 days before it, once', () => {
    const plan = new Date(2026, 9, 30);
    const after = days(before, at(9, 29), at(10, 31), plan);
    const added = newOnes(before, after);
    expect(added.map((e) => dayOf(e)).sort()).toEqual(['16/10', '16/10', '16/10', '27/10', '27/10', '27/10']);
    expect(added.every((e) => e.subject.includes('30/10/2026'))).toBe(true);
    // Planned again the same day: nothing more (exactly once for the new date and offset too).
    const cfg = cfgAt(at(10, 27), plan);
    expect(planReminders(after, run(cfg), cfg, at(10, 27), true)).toHaveLength(after.length);
    // The e-mail says the office moved it, from the date the school was told.
    const body = mailOf(added[0], after, at(10, 16), plan).body;
    expect(body).toContain('đã được Phòng lùi đến ngày 30/10/2026');
    expect(body).toContain('30/09/2026');
    // The next reminder of the same new date does not say it again.
    const third = added.find((e) => dayOf(e) === '27/10' && e.ref.split(' · ')[0] === added[0].ref.split(' · ')[0])!;
    expect(mailOf(third, after, at(10, 27), plan).body).not.toContain('lùi đến');
  });

  it('moved later to a day within the reminders already sent (05/10/2026): only the offset still ahead, no 14-day reminder', () => {
    const plan = new Date(2026, 9, 5);
    const added = newOnes(before, days(before, at(9, 29), at(10, 6), plan));
    expect(added.map((e) => `${dayOf(e)} ${e.key.replace(/^NH:[^:]+:/, '')}`)).toEqual(['2/10 KH-2026-2030@20261005:3', '2/10 KH-2026-2030@20261005:3', '2/10 KH-2026-2030@20261005:3']);
  });

  it('moved earlier (25/09/2026) after the 14-day reminder: no second 14-day one; the 3-day one says the date was moved', () => {
    const plan = new Date(2026, 8, 25);
    const first = days([], at(9, 16), at(9, 16));
    const after = days(first, at(9, 17), at(9, 26), plan);
    const added = newOnes(first, after);
    expect(added.map((e) => `${dayOf(e)} ${e.key.replace(/^NH:[^:]+:/, '')}`)).toEqual(['22/9 KH-2026-2030:3', '22/9 KH-2026-2030:3', '22/9 KH-2026-2030:3']);
    const body = mailOf(added[0], after, at(9, 22), plan).body;
    expect(body).toContain('đã được Phòng đổi sớm hơn, nay là ngày 25/09/2026');
    expect(body).toContain('30/09/2026');
  });

  it('a reminder of the old date still waiting for the quota is not sent naming the new one: its row says the date moved', () => {
    const waiting = days([], at(9, 16), at(9, 16)).map((e) => ({ ...e, status: 'pending' as const, sentAt: null }));
    const plan = new Date(2026, 9, 30);
    const cfg = cfgAt(at(9, 17), plan);
    const next = planReminders(waiting, run(cfg), cfg, at(9, 17), true);
    expect(next.map((e) => [e.status, e.note])).toEqual(waiting.map(() => ['skipped', REMINDER_NOTE.moved]));
  });
});

describe('the registration window extended: what the reminder says of registrations told late', () => {
  const cfg = cfgAt(at(11, 16));
  const school = run(cfg).directory.schools[0];
  const window = deadlines(cfg).find((d) => d.kind === 'registration')!;
  const body = (movedFrom: Date) =>
    reminderEmail({ school, deadline: window, offset: 14, daysLeft: 14, items: [{ text: 'Việc cần làm.', about: 'minimum' }], notices: [], movedFrom }, cfg.organisation, null, null).body;

  it('moved later: registrations sent up to the new last day are on time, those told late included', () => {
    const text = body(dayAfter(window.date, -30));
    expect(text).toContain(`đã được Phòng lùi đến ngày ${formatDate(window.date)}`);
    expect(text).toContain(`Phiếu gửi đến hết ngày ${formatDate(window.date)} đều trong thời hạn đăng ký, kể cả phiếu đã được thư báo kết quả ghi là gửi sau thời hạn.`);
  });

  it('moved earlier: nothing of the kind', () => {
    expect(body(dayAfter(window.date, 5))).not.toContain('kể cả phiếu');
  });
});

// Review d63 F1 through the built bundle: the office of rev-schoolyear63 (2026–2030, reminders 14 and 3 days before;
// Hòa Bình registered an individual only in 2026-2027) on a small account whose daily quota is spent from 01/12 to
// 11/12/2027 (a large round of other mail). The 14-day reminder of 01/12, which was to say once that 2026-2027 closed
// short, still waits on 12/12 and is retired as "superseded" by the 3-day one: that one, the first actually sent after
// 31/08/2027, says it, once. Before the fix it went with neither.
import { describe, expect, it } from 'vitest';
import { defaultConfig, periodConfig } from '../../src/core/config';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';

const [HOA_SEN, HOA_BINH] = SCHOOLS;
const DAY = 86_400_000;
const YEAR_CLOSED = 'Năm học 2026-2027 đã kết thúc ngày 31/08/2027.';

function season(backAtRebuild: boolean) {
  const start = new Date(2026, 9, 16, 9);
  const cfg = defaultConfig(start, periodConfig(2026, 2030));
  cfg.mail.reminderDaysBefore = [14, 3];
  const o = officeAfterSetup(SCHOOLS, { now: start }, cfg);
  const { emu, bundle, formId } = o;
  const send = (s: (typeof SCHOOLS)[number], answers: Record<string, unknown>) => emu.forms.submitAsUser(formId, { ...answers, [Q.school]: s.name } as never, { email: s.emails[0] });
  send(HOA_SEN, collectiveAnswers(cfg));
  emu.clock.advance(600_000);
  send(HOA_SEN, individualAnswers('teacher', cfg));
  emu.clock.advance(600_000);
  send(HOA_BINH, { ...individualAnswers('teacher', cfg), [Q.individualName]: 'Lê Văn Cường' });
  const quota = emu.mail.options.dailyQuota;
  const morning = (day: Date) => {
    // 01/12 to the rebuild of 12/12: nothing left of the day's quota.
    const starved = day.getMonth() === 11 && day.getDate() <= (backAtRebuild ? 11 : 12);
    emu.mail.options.dailyQuota = starved ? 0 : quota;
    emu.clock.set(new Date(day.getFullYear(), day.getMonth(), day.getDate(), 7, 0));
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    emu.mail.options.dailyQuota = starved && day.getDate() < 12 ? 0 : quota;
    emu.clock.set(new Date(day.getFullYear(), day.getMonth(), day.getDate(), 8, 40));
    bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
  };
  const before = emu.mail.sent.length;
  for (let t = new Date(2027, 10, 25).getTime(); t <= new Date(2027, 11, 14).getTime(); t += DAY) morning(new Date(t));
  return { o, before };
}

const text = (m: { body?: string }) => String(m.body ?? '');
const day = (m: { date: Date | number }) => new Date(m.date).toLocaleDateString('vi-VN');

describe('review d63 F1, through the bundle: the notice told once survives a reminder retired unsent', () => {
  const { o, before } = season(false);
  const { emu } = o;
  const mails = emu.mail.sent.slice(before).filter((m) => m.to.includes(HOA_BINH.emails[0]));

  it('every run succeeded', () => {
    expect(emu.runtime.executions.filter((e) => e.error).map((e) => `${e.label}: ${e.error}`)).toEqual([]);
  });

  it('Hòa Bình gets one reminder, on 12/12/2027, and it opens with the notice', () => {
    expect(mails.map(day)).toEqual([new Date(2027, 11, 12).toLocaleDateString('vi-VN')]);
    expect(mails.filter((m) => text(m).includes(YEAR_CLOSED))).toHaveLength(1);
    expect(mails[0].subject).toBe(`[Điển hình tiên tiến] Chưa đạt yêu cầu đăng ký tối thiểu mỗi năm học (mục III.1) và nhắc hạn 15/12/2027: gửi báo cáo kết quả năm 2027 — ${HOA_BINH.name}`);
    expect(text(mails[0]).indexOf(YEAR_CLOSED)).toBeLessThan(text(mails[0]).indexOf('xin nhắc'));
  });

  it('its 14-day reminder was retired unsent as superseded', () => {
    const rows = emu.spreadsheets.values('Hộp thư đi').map((r) => r.map(String));
    const row = rows.find((r) => r[0] === `NH:${HOA_BINH.code}:BC-2027-NAM:14`)!;
    expect(row[5]).toBe('Bỏ qua');
  });
});

describe('review d63 F1, through the bundle: the quota back at the rebuild of 12/12, two reminders that day', () => {
  const { o, before } = season(true);
  const { emu } = o;
  const mails = emu.mail.sent.slice(before).filter((m) => m.to.includes(HOA_BINH.emails[0]));

  it('the waiting 14-day one goes at the rebuild with the notice; the 3-day one of the reminders\' run does not repeat it', () => {
    expect(emu.runtime.executions.filter((e) => e.error).map((e) => `${e.label}: ${e.error}`)).toEqual([]);
    expect(mails.map(day)).toEqual([new Date(2027, 11, 12).toLocaleDateString('vi-VN'), new Date(2027, 11, 12).toLocaleDateString('vi-VN')]);
    expect(mails.map((m) => text(m).includes(YEAR_CLOSED))).toEqual([true, false]);
    expect(mails[1].subject).toBe(`[Điển hình tiên tiến] Nhắc hạn 15/12/2027: gửi báo cáo kết quả năm 2027 — ${HOA_BINH.name}`);
  });
});

describe('review d63 F1, through the bundle: two reminders of one school composed in the same run tell the notice once', () => {
  // The quota is spent from 28/05/2028 to the rebuild of 01/06: the reminder of 28/05 (3 days before the window's close,
  // 14 before the interim review) still waits on 01/06 beside the new 14-day one of the six-monthly report; both go in
  // the reminders' run of 01/06, the first after the window closed.
  const start = new Date(2026, 9, 16, 9);
  const cfg = defaultConfig(start, periodConfig(2026, 2030));
  cfg.mail.reminderDaysBefore = [14, 3];
  const o = officeAfterSetup(SCHOOLS, { now: start }, cfg);
  const { emu, bundle, formId } = o;
  emu.forms.submitAsUser(formId, { ...individualAnswers('teacher', cfg), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Lê Văn Cường' } as never, { email: HOA_BINH.emails[0] });
  const quota = emu.mail.options.dailyQuota;
  const before = emu.mail.sent.length;
  for (let t = new Date(2028, 4, 20).getTime(); t <= new Date(2028, 5, 2).getTime(); t += DAY) {
    const d = new Date(t);
    const starved = t >= new Date(2028, 4, 28).getTime() && t <= new Date(2028, 5, 1).getTime();
    emu.mail.options.dailyQuota = starved ? 0 : quota;
    emu.clock.set(new Date(d.getFullYear(), d.getMonth(), d.getDate(), 7, 0));
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    if (t === new Date(2028, 5, 1).getTime()) emu.mail.options.dailyQuota = quota;
    emu.clock.set(new Date(d.getFullYear(), d.getMonth(), d.getDate(), 8, 40));
    bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
  }
  const june1 = emu.mail.sent.slice(before).filter((m) => m.to.includes(HOA_BINH.emails[0]) && day(m) === new Date(2028, 5, 1).toLocaleDateString('vi-VN'));

  it('Hòa Bình gets both on 01/06/2028; the window\'s notice is in one of them', () => {
    expect(emu.runtime.executions.filter((e) => e.error).map((e) => `${e.label}: ${e.error}`)).toEqual([]);
    expect(june1).toHaveLength(2);
    expect(june1.filter((m) => text(m).includes('Đợt đăng ký đã kết thúc ngày 31/05/2028.'))).toHaveLength(1);
  });
});

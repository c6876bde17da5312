// Review d63 F1 through the built bundle: the office of rev-schoolyear63 (2026–2030, reminders 14 and 3 days before;
// Hòa Bình registered an individual only in 2026-2027) on a small account whose daily quota is spent from 01/12 to
// 11/12/2027 (a large round of other mail). The 14-day reminder of 01/12, which was to say once that 2026-2027 closed
// short, still waits on 12/12 and is retired as "superseded" by the 3-day one: that one, the first actually sent after
// 31/08/2027, says it, once. Before the fix it went with neither.
import { describe, expect, it } from 'vitest';
import { DAY, HOA_BINH, YEAR_CLOSED, day, text, yearCloseOffice } from './school-year-lib';
import { codedRowKey } from './helpers';

function season(backAtRebuild: boolean) {
  let quota = 0;
  const { o, december } = yearCloseOffice((d, run) => {
    // 01/12 to the rebuild of 12/12 (or of 11/12): nothing left of the day's quota.
    const starved = d.getMonth() === 11 && d.getDate() <= (backAtRebuild ? 11 : 12);
    return starved && (run === 'rebuild' || d.getDate() < 12) ? 0 : quota;
  });
  quota = o.emu.mail.options.dailyQuota;
  const before = o.emu.mail.sent.length;
  december();
  return { o, before };
}

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
    const row = rows.find((r) => codedRowKey(r[0], r[2]) === `NH:${HOA_BINH.code}:BC-2027-NAM:14`)!;
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
  let quota = 0;
  const starved = (d: Date) => d.getTime() >= new Date(2028, 4, 28).getTime() && d.getTime() <= new Date(2028, 5, 1).getTime();
  const { o, morning } = yearCloseOffice((d, run) => (starved(d) && (run === 'rebuild' || d.getDate() !== 1) ? 0 : quota));
  const { emu } = o;
  quota = emu.mail.options.dailyQuota;
  const before = emu.mail.sent.length;
  for (let t = new Date(2028, 4, 20).getTime(); t <= new Date(2028, 5, 2).getTime(); t += DAY) morning(new Date(t));
  const june1 = emu.mail.sent.slice(before).filter((m) => m.to.includes(HOA_BINH.emails[0]) && day(m) === new Date(2028, 5, 1).toLocaleDateString('vi-VN'));

  it('Hòa Bình gets both on 01/06/2028; the window\'s notice is in one of them', () => {
    expect(emu.runtime.executions.filter((e) => e.error).map((e) => `${e.label}: ${e.error}`)).toEqual([]);
    expect(june1).toHaveLength(2);
    expect(june1.filter((m) => text(m).includes('Đợt đăng ký đã kết thúc ngày 31/05/2028.'))).toHaveLength(1);
  });
});

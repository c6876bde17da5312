// Review remind64 #1, through the built bundle: the office of rev-schoolyear63 (2026–2030, window closing 31/05/2028,
// reminders 14 and 3 days before), where Quang Minh registered nothing but sent its plan and every report in time. The
// office then clears Quang Minh's address in "Đơn vị" (01/05/2028). Its reminders of May 2028 still ask for 2027-2028;
// from 01/06/2028 it has nothing left to do but the notice told once that the window closed short. A school without an
// address gets, for each reminder due, one "Bỏ qua" row saying it has no address (as any school without one); the notice
// alone is not a reminder due: its row is written once, not again at each reminder day (08/06, 12/06) — and a notice
// once shown on a skipped row is not named again in later rows' subjects. Given an address again, the first reminder
// actually sent tells the school (never told) the notice, once. Before the fix the rows of 08/06 and 12/06 were written
// (the notice alone) and every row's subject named a notice.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { reportingPeriods } from '../../src/core/config';
import { R } from '../../src/core/registration-form';
import { carriesNotice } from '../../src/core/messages';
import { codedRowKey, directoryRows } from './helpers';
import { DAY, QUANG_MINH, SCHOOLS, day, text, yearCloseOffice } from './school-year-lib';

const WINDOW_CLOSED = 'Đợt đăng ký đã kết thúc ngày 31/05/2028.';
const NO_ADDRESS = 'Đơn vị chưa có e-mail trong trang “Đơn vị”; hãy bổ sung để đơn vị nhận được thư nhắc.';

function season(restoreOn: Date | null) {
  const { o, cfg, morning } = yearCloseOffice();
  const { emu, reportFormId } = o;
  const choices = emu.forms.forms.get(reportFormId)!.itemByTitle(R.period)!.choices.map((c) => String(c.value));
  // Its plan and each report due before July 2028, ten days before its deadline (the plan: at once, already late).
  for (const p of reportingPeriods(cfg.period).filter((p) => p.deadline.getTime() < new Date(2028, 6, 1).getTime())) {
    const at = Math.max(emu.clock.now() + 60_000, p.deadline.getTime() - 10 * DAY);
    emu.clock.set(new Date(at));
    const choice = choices.find((c) => c === p.label || c.startsWith(p.label))!;
    expect(choice, p.label).toBeTruthy();
    emu.forms.submitAsUser(reportFormId, { [R.school]: QUANG_MINH.name, [R.period]: choice, [R.docRef]: `${p.id}/BC-QM`, [R.summary]: 'Báo cáo', [R.link]: '' }, { email: QUANG_MINH.emails[0] });
  }
  const directory = (emails: boolean) => typeIntoTab(emu, 'Đơn vị', directoryRows(SCHOOLS.map((s) => (s.code === QUANG_MINH.code && !emails ? { ...s, emails: [] } : s))));
  emu.clock.set(new Date(2028, 4, 1, 9));
  directory(false);
  const before = emu.mail.sent.length;
  const run = (from: Date, to: Date) => {
    for (let t = from.getTime(); t <= to.getTime(); t += DAY) {
      if (restoreOn && t === restoreOn.getTime()) directory(true);
      morning(new Date(t));
    }
  };
  run(new Date(2028, 4, 10), new Date(2028, 5, 20));
  run(new Date(2028, 10, 28), new Date(2028, 11, 14));
  const rows = emu.spreadsheets.values('Hộp thư đi').map((r) => r.map(String)).map((r) => [codedRowKey(r[0], r[2]), ...r.slice(1)]).filter((r) => r[0].startsWith(`NH:${QUANG_MINH.code}:`));
  const mails = emu.mail.sent.slice(before).filter((m) => m.to.includes(QUANG_MINH.emails[0]));
  return { emu, rows, mails };
}

describe('review remind64 #1: a school without an address, a notice told once due', () => {
  const { emu, rows } = season(null);
  const at = (r: string[]) => new Date(r[6]).toLocaleDateString('vi-VN');

  it('every run succeeded; every reminder row of Quang Minh is skipped for want of an address', () => {
    expect(emu.runtime.executions.filter((e) => e.error).map((e) => `${e.label}: ${e.error}`)).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r[5] !== 'Bỏ qua' || r[9] !== NO_ADDRESS)).toEqual([]);
  });

  it('the notice alone is one row (01/06/2028), not one each reminder day after (08/06, 12/06)', () => {
    expect(rows.map((r) => [r[0], at(r)])).toEqual([
      ['NH:CS01:DANG-KY-DONG-2028:14', '17/5/2028'],
      ['NH:CS01:DANG-KY-DONG-2028:3|SO-KET-2028:14', '28/5/2028'],
      ['NH:CS01:BC-2028-6T:14', '1/6/2028'],
      ['NH:CS01:BC-2028-NAM:14', '1/12/2028'],
      ['NH:CS01:BC-2028-NAM:3', '12/12/2028'],
    ]);
  });

  it('each notice is named in one row\'s subject: the year closed short (17/05), the window closed (01/06)', () => {
    expect(rows.map((r) => carriesNotice(r[4]))).toEqual([true, false, true, false, false]);
  });
});

describe('review remind64 #1: the address given again, the first reminder sent tells the notice once', () => {
  const { emu, mails } = season(new Date(2028, 5, 15));
  const on = (y: number, m: number, d: number) => new Date(y, m, d).toLocaleDateString('vi-VN');

  it('the address back on 15/06/2028, that day\'s reminder (the 3-day one of the six-monthly report, its row not taken by a skipped one) tells the notice alone; December\'s do not repeat it', () => {
    expect(emu.runtime.executions.filter((e) => e.error).map((e) => `${e.label}: ${e.error}`)).toEqual([]);
    expect(mails.map(day)).toEqual([on(2028, 5, 15), on(2028, 11, 1), on(2028, 11, 12)]);
    expect(mails.map((m) => text(m).includes(WINDOW_CLOSED))).toEqual([true, false, false]);
    expect(mails.map((m) => carriesNotice(m.subject))).toEqual([true, false, false]);
    // Every year it is short of, told to the school for the first time (the rows of May showed them to the office only).
    expect(text(mails[0])).toContain('2026-2027');
  });
});

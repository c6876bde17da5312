// r67r F6, fixed (w68f): the six-month report's deadline moved on 08/06/2027 to 05/06/2027, a day already past, after
// every school was reminded on 01/06 of 15/06/2027. Each school reminded of the later date that has not sent is told
// once, by mail and in the office's own word, that the deadline is now 05/06/2027 and already past; the office's log
// says whom it told. Hoa Sen, which sent on 04/06 (in time either way), is told nothing. Quang Minh, told too, sends on
// 14/06 — by the date its reminder gave it —: its receipt counts the report and does not call it plainly late.
import { describe, expect, it } from 'vitest';
import { setConfigValues } from './helpers';
import { DAY, HOA_BINH, HOA_SEN, QUANG_MINH, reportOffice, text } from './r67r-lib';

const PERIOD = '6 tháng đầu năm 2027';
const preheaderOf = (html: string | undefined) => /^<div style="display:none;[^"]*">([^<]*)<\/div>/.exec(html ?? '')?.[1] ?? null;

describe('w68f: a report deadline moved to a day already past is told once to the schools reminded of the old one', () => {
  const w = reportOffice();
  const before = w.emu.mail.sent.length;
  for (let t = new Date(2027, 4, 28).getTime(); t <= new Date(2027, 5, 20).getTime(); t += DAY) {
    const d = new Date(t);
    if (d.getMonth() === 5 && d.getDate() === 4) w.report(HOA_SEN, new Date(2027, 5, 4, 6), PERIOD, 'Số 1/BC-HS');
    if (d.getMonth() === 5 && d.getDate() === 8) {
      w.emu.clock.set(new Date(2027, 5, 8, 6));
      setConfigValues(w.emu, { 'reports.halfYearDeadline': '05/06' });
    }
    if (d.getMonth() === 5 && d.getDate() === 14) w.report(QUANG_MINH, new Date(2027, 5, 14, 6), PERIOD, 'Số 3/BC-QM');
    w.morning(d);
  }
  const after8 = (s: typeof HOA_BINH) => w.mailsTo(s, before).filter((m) => new Date(m.date).getTime() >= new Date(2027, 5, 8).getTime());
  const told = (s: typeof HOA_BINH) => after8(s).filter((m) => text(m).includes('05/06/2027') && !m.subject.includes('Đã nhận'));
  const log = () => (w.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? w.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []);

  it('every run succeeded; all three were reminded on 01/06 of 15/06/2027', () => {
    expect(w.failures()).toEqual([]);
    for (const s of [HOA_SEN, HOA_BINH, QUANG_MINH]) expect(w.mailsTo(s, before)[0].subject).toContain('Nhắc hạn 15/06/2027');
  });

  it('Hòa Bình and Quang Minh are told once, on 08/06, that the deadline is now 05/06/2027 and already past', () => {
    for (const s of [HOA_BINH, QUANG_MINH]) {
      const m = told(s);
      expect(m.map((x) => x.subject)).toHaveLength(1);
      expect(new Date(m[0].date).getDate()).toBe(8);
      expect(m[0].subject).toContain('05/06/2027');
      const body = text(m[0]);
      expect(body).toContain('đã được Sở đổi sớm hơn, nay là ngày 05/06/2027');
      expect(body).toContain('15/06/2027');
      expect(body).toContain('đã qua');
      expect(body).toContain(PERIOD);
      expect(body).not.toContain('Phòng');
    }
  });

  it('Hoa Sen, which had sent, is told nothing', () => {
    expect(told(HOA_SEN)).toEqual([]);
  });

  it("the office's log names the deadline, its new date and the schools told", () => {
    const lines = log().filter((l) => l.includes('05/06/2027'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(HOA_BINH.name);
    expect(lines[0]).toContain(QUANG_MINH.name);
    expect(lines[0]).not.toContain(HOA_SEN.name);
  });

  it("Quang Minh's report of 14/06 is counted and said sent by the date its reminder gave, not plainly late", () => {
    const receipt = w.mailsTo(QUANG_MINH, before).find((m) => m.subject.includes(`Đã nhận báo cáo “${PERIOD}”`))!;
    expect(receipt).toBeDefined();
    expect(text(receipt)).not.toContain('Phiếu này được gửi sau hạn (hạn 05/06/2027)');
    expect(text(receipt)).toContain('15/06/2027');
    expect(preheaderOf(receipt.htmlBody)).not.toContain('gửi sau hạn 05/06/2027)');
  });
});

describe('w68f: the deadline moved past, then moved once more to another day already past', () => {
  const w = reportOffice();
  const before = w.emu.mail.sent.length;
  for (let t = new Date(2027, 4, 28).getTime(); t <= new Date(2027, 5, 12).getTime(); t += DAY) {
    const d = new Date(t);
    if (d.getMonth() === 5 && (d.getDate() === 8 || d.getDate() === 9)) {
      w.emu.clock.set(new Date(2027, 5, d.getDate(), 6));
      setConfigValues(w.emu, { 'reports.halfYearDeadline': d.getDate() === 8 ? '05/06' : '04/06' });
    }
    w.morning(d);
  }

  it('Hòa Bình is told once (of 05/06/2027), not again of 04/06/2027', () => {
    expect(w.failures()).toEqual([]);
    const told = w.mailsTo(HOA_BINH, before).filter((m) => m.subject.includes('đổi sớm hơn'));
    expect(told.map((m) => m.subject)).toHaveLength(1);
    expect(told[0].subject).toContain('05/06/2027');
  });
});

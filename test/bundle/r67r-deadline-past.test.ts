// Review r67r F6: the office moves the six-month report's deadline earlier, to a day already past — "05/06" typed on
// 08/06/2027 (say for "05/07"), after every school was reminded on 01/06 of 15/06/2027. No reminder falls due any more
// for 05/06, so no school is told (README: a reminder after the change "ghi rõ hạn đã được lùi hay đổi sớm hơn so với
// ngày thư trước"; here there is none), and nothing is written to "Nhật ký lỗi" for the office. Hòa Bình, which has not
// sent, is "Chưa đạt" without a word; Quang Minh, sending on 14/06 — in time by the date it was given — is told
// "Phiếu này được gửi sau hạn (hạn 05/06/2027)".
import { describe, expect, it } from 'vitest';
import { setConfigValues } from './helpers';
import { DAY, HOA_BINH, QUANG_MINH, reportOffice, text } from './r67r-lib';

describe('review r67r F6: a report deadline moved to a day already past, after the schools were reminded', () => {
  const w = reportOffice();
  const before = w.emu.mail.sent.length;
  for (let t = new Date(2027, 4, 28).getTime(); t <= new Date(2027, 5, 20).getTime(); t += DAY) {
    const d = new Date(t);
    if (d.getMonth() === 5 && d.getDate() === 8) {
      w.emu.clock.set(new Date(2027, 5, 8, 6));
      setConfigValues(w.emu, { 'reports.halfYearDeadline': '05/06' });
    }
    if (d.getMonth() === 5 && d.getDate() === 14) w.report(QUANG_MINH, new Date(2027, 5, 14, 6), '6 tháng đầu năm 2027', 'Số 3/BC-QM');
    w.morning(d);
  }
  const june = (s: typeof HOA_BINH) => w.mailsTo(s, before);

  it('every run succeeded; both schools were reminded on 01/06 of 15/06/2027 (holds today)', () => {
    expect(w.failures()).toEqual([]);
    for (const s of [HOA_BINH, QUANG_MINH]) expect(june(s)[0].subject).toContain('Nhắc hạn 15/06/2027');
  });

  it('Hòa Bình, which has not sent, is told that the deadline it was given (15/06) is now 05/06/2027', () => {
    const told = june(HOA_BINH).filter((m) => new Date(m.date).getTime() >= new Date(2027, 5, 8).getTime() && text(m).includes('05/06/2027'));
    expect(told.map((m) => m.subject)).not.toEqual([]);
  });
});

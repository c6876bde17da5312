// Review schoolyear63, through the built bundle: a 2026–2030 office (window 01/10/2026–31/05/2028, reminders 14 and 3
// days before) over the close of school year 2026-2027 (31/08/2027). Hoa Sen registered a collective and an
// individual in October 2026, Hòa Bình an individual only, Quang Minh nothing. The morning runs (rebuild, reminders)
// of 25/11–14/12/2027 and of 01/06 and 12/06/2028; the e-mails' text is read (yearahead R6), and the schools' tabs
// (R5: which school year each registration counts for).
import { describe, expect, it } from 'vitest';
import { HOA_BINH, HOA_SEN, QUANG_MINH, SCHOOLS, YEAR_CLOSED, day, text, yearCloseOffice } from './school-year-lib';

function season() {
  const { o, morning, december: mornings } = yearCloseOffice();
  const before = o.emu.mail.sent.length;
  mornings();
  const december = o.emu.mail.sent.length;
  morning(new Date(2028, 5, 1));
  morning(new Date(2028, 5, 12));
  return { o, before, december };
}

describe('review schoolyear63, through the bundle', () => {
  const { o, before, december } = season();
  const { emu } = o;
  const mails = emu.mail.sent.slice(before);
  const to = (s: (typeof SCHOOLS)[number]) => mails.filter((m) => m.to.includes(s.emails[0]));

  it('every run succeeded', () => {
    expect(emu.runtime.executions.filter((e) => e.error).map((e) => `${e.label}: ${e.error}`)).toEqual([]);
  });

  it('R6: Hòa Bình and Quang Minh are told once, on 01/12/2027, that 2026-2027 closed short; Hoa Sen never', () => {
    for (const [s, what] of [
      [HOA_BINH, 'tập thể'],
      [QUANG_MINH, 'tập thể và cá nhân'],
    ] as const) {
      const told = to(s).filter((m) => text(m).includes(YEAR_CLOSED));
      expect(told.map(day)).toEqual([new Date(2027, 11, 1).toLocaleDateString('vi-VN')]);
      expect(told[0].subject).toBe(`[Điển hình tiên tiến] Chưa đạt yêu cầu đăng ký tối thiểu mỗi năm học (mục III.1) và nhắc hạn 15/12/2027: gửi báo cáo kết quả năm 2027 — ${s.name}`);
      expect(text(told[0])).toContain(`năm học 2026-2027 không đăng ký ${what}. Nhiệm vụ này của đơn vị được ghi là “Chưa đạt”; phiếu gửi sau ngày 31/08/2027 được tính cho năm học 2027-2028`);
      // The 12/12 reminder, without it, is named after its deadline only.
      const later = to(s).filter((m) => m.subject.includes('Nhắc hạn 15/12/2027'));
      expect(later).toHaveLength(1);
      expect(text(later[0])).not.toContain(YEAR_CLOSED);
    }
    expect(to(HOA_SEN).filter((m) => text(m).includes('đã kết thúc ngày 31/08/2027'))).toEqual([]);
    // Hoa Sen's reminders of December still ask for 2027-2028.
    expect(to(HOA_SEN).filter((m) => m.subject.includes('15/12/2027'))).toHaveLength(2);
  });

  it('R6: after the window (01/06/2028) only the window\'s own notice, once; nothing again on 12/06/2028', () => {
    const june = emu.mail.sent.slice(december);
    for (const s of [HOA_BINH, QUANG_MINH]) {
      const mine = june.filter((m) => m.to.includes(s.emails[0]));
      expect(mine.filter((m) => text(m).includes(YEAR_CLOSED))).toEqual([]);
      expect(mine.filter((m) => text(m).includes('Đợt đăng ký đã kết thúc ngày 31/05/2028.'))).toHaveLength(1);
    }
  });

  it('R5: each school tab reads the school year of each registration', () => {
    const values = emu.spreadsheets.values(HOA_BINH.name).map((r) => r.map(String));
    const h = values.findIndex((r) => r[0] === 'Mã phiếu');
    expect(values[h].slice(0, 4)).toEqual(['Mã phiếu', 'Đối tượng', 'Năm học', 'Tên']);
    expect(values.slice(h + 1).filter((r) => r[3] === 'Lê Văn Cường').map((r) => r[2])).toEqual(['2026-2027']);
  });
});

// Review r67r F1: a report whose "Số, ngày văn bản" says in so many words that there is no report yet — "Chưa có, sẽ
// gửi trước ngày 20/6/2027", "Chưa có báo cáo 6 tháng năm 2027" — is counted as sent because a digit (the promised day,
// the year) stands somewhere in the sentence (src/core/reports.ts docRefGiven: /\d/ after noEvidence, whose denials list
// "chưa có kế hoạch", "chưa có văn bản" but not "chưa có báo cáo", nor "chưa có" followed by a promise). The school is
// told "Đã nhận báo cáo … được tính", its 3-day reminder says "đã nhận báo cáo" and stops asking for it; README: a report
// counts when it gives its document's number or date ("Chưa có số" … does not).
import { describe, expect, it } from 'vitest';
import { HOA_SEN, reportOffice, text } from './r67r-lib';

const PERIOD = '6 tháng đầu năm 2027';

function season(docRef: string) {
  const w = reportOffice();
  const before = w.emu.mail.sent.length;
  w.report(HOA_SEN, new Date(2027, 5, 8, 10), PERIOD, docRef);
  w.morning(new Date(2027, 5, 9));
  w.morning(new Date(2027, 5, 12));
  const mails = w.mailsTo(HOA_SEN, before);
  return { w, receipt: mails.find((m) => m.subject.includes(`báo cáo “${PERIOD}”`) && !m.subject.includes('Nhắc hạn')), reminder: mails.find((m) => m.subject.includes('Nhắc hạn 15/06/2027') && new Date(m.date).getDate() === 12) };
}

describe('review r67r F1: a "Số, ngày văn bản" saying there is no report yet, with a date or year in it', () => {
  it.each(['Chưa có, sẽ gửi trước ngày 20/6/2027', 'Chưa có báo cáo 6 tháng năm 2027', 'Chưa có số, đang trình ký, sẽ gửi trước 20/6/2027'])(
    '%j: the receipt says it is not counted, the 3-day reminder still asks for the report',
    (docRef) => {
      const { w, receipt, reminder } = season(docRef);
      expect(w.failures()).toEqual([]);
      expect(receipt, 'a receipt').toBeTruthy();
      expect(receipt!.subject).toBe(`[Điển hình tiên tiến] Chưa được tính: báo cáo “${PERIOD}” (đã nhận) — ${HOA_SEN.name}`);
      expect(reminder, 'the reminder of 12/06').toBeTruthy();
      expect(reminder!.subject).not.toContain('đã nhận báo cáo');
      expect(text(reminder!)).not.toContain(`Sở đã nhận báo cáo “${PERIOD}” của đơn vị`);
    },
  );

  it('control (holds today): "Số 12/BC-MNHS ngày 8/6/2027" is counted and the reminder says it was received', () => {
    const { w, receipt, reminder } = season('Số 12/BC-MNHS ngày 8/6/2027');
    expect(w.failures()).toEqual([]);
    expect(receipt!.subject).toBe(`[Điển hình tiên tiến] Đã nhận báo cáo “${PERIOD}” — ${HOA_SEN.name}`);
    expect(reminder!.subject).toContain(`(đã nhận báo cáo “${PERIOD}”)`);
  });
});

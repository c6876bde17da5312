// Review d69 of w69h's fix 2: an edited report keeps its first sending only when the report form holds no response
// within a second of it — any school's. Hoa Sen and Hòa Bình send their six-month reports in the same second
// (10/06/2027 10:00:00 and 10:00:00.4, both in time); Hoa Sen corrects its document number through its edit link on
// 17/06, after the deadline (15/06). Its report was sent in time (review r67r F2), but Hòa Bình's response, 0.4 s after
// Hoa Sen's first sending, is taken for Hoa Sen's report still held by the form (a row deleted, not an edit): the receipt
// of the correction says it was sent late. At 719483c it did not.
import { describe, expect, it } from 'vitest';
import { HOA_BINH, HOA_SEN, reportOffice, text } from './r67r-lib';

const PERIOD = '6 tháng đầu năm 2027';

describe('d69: a report corrected after the deadline, another school\'s report sent in the same second as its first sending', () => {
  const w = reportOffice();
  const before = w.emu.mail.sent.length;
  const sent = w.report(HOA_SEN, new Date(2027, 5, 10, 10, 0, 0, 0), PERIOD, 'Số 12/BC-MNHS ngày 10/6/2027');
  w.report(HOA_BINH, new Date(2027, 5, 10, 10, 0, 0, 400), PERIOD, 'Số 7/BC-THHB ngày 10/6/2027');
  w.rebuild(new Date(2027, 5, 10, 12));
  w.report(HOA_SEN, new Date(2027, 5, 17, 10), PERIOD, 'Số 21/BC-MNHS ngày 10/6/2027', { editResponseId: sent.responseId });
  w.rebuild(new Date(2027, 5, 17, 12));
  const receipts = w.mailsTo(HOA_SEN, before).filter((m) => m.subject.startsWith(`[Điển hình tiên tiến] Đã nhận báo cáo “${PERIOD}”`));

  it('two receipts to Hoa Sen, the second for the corrected number; Hòa Bình\'s report is in the tab', () => {
    expect(w.failures()).toEqual([]);
    expect(receipts).toHaveLength(2);
    expect(text(receipts[1])).toContain('Số 21/BC-MNHS');
    expect(w.emu.spreadsheets.values('Phiếu báo cáo').some((r) => r[2] === HOA_BINH.name)).toBe(true);
  });

  it('the receipt of the correction does not say the report was sent after the deadline', () => {
    expect(text(receipts[1])).not.toContain('Phiếu này được gửi sau hạn');
  });
});

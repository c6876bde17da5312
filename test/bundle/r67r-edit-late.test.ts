// Review r67r F2: a six-month report sent on time (10/06/2027, deadline 15/06/2027) and corrected through its edit link
// after the deadline (17/06: the document number was mistyped) is acknowledged as "Phiếu này được gửi sau hạn (hạn
// 15/06/2027)", with a preheader saying so: the tool reads the form's timestamp, which an edit moves to the edit's time
// (src/core/notices.ts reportReceipts lateBy). The report was sent in time; a registration corrected the same way keeps
// its first sending's time for its deadline ("thời hạn tính theo lần gửi đầu").
import { describe, expect, it } from 'vitest';
import { HOA_SEN, reportOffice, text } from './r67r-lib';

const PERIOD = '6 tháng đầu năm 2027';
const preheaderOf = (html: string | undefined) => /^<div style="display:none;[^"]*">([^<]*)<\/div>/.exec(html ?? '')?.[1] ?? null;

describe('review r67r F2: a report sent in time, corrected through its edit link after the deadline', () => {
  const w = reportOffice();
  const before = w.emu.mail.sent.length;
  const sent = w.report(HOA_SEN, new Date(2027, 5, 10, 10), PERIOD, 'Số 12/BC-MNHS ngày 10/6/2027');
  w.rebuild(new Date(2027, 5, 10, 12));
  w.report(HOA_SEN, new Date(2027, 5, 17, 10), PERIOD, 'Số 21/BC-MNHS ngày 10/6/2027', { editResponseId: sent.responseId });
  w.rebuild(new Date(2027, 5, 17, 12));
  const receipts = w.mailsTo(HOA_SEN, before).filter((m) => m.subject.startsWith(`[Điển hình tiên tiến] Đã nhận báo cáo “${PERIOD}”`));

  it('two receipts, the second for the corrected number', () => {
    expect(w.failures()).toEqual([]);
    expect(receipts).toHaveLength(2);
    expect(text(receipts[1])).toContain('Số 21/BC-MNHS');
  });

  it('the first receipt does not call it late (holds today)', () => {
    expect(text(receipts[0])).not.toContain('sau hạn');
    expect(preheaderOf(receipts[0].htmlBody)).toBe('Báo cáo được tính là đã nộp.');
  });

  it('the receipt of the correction does not say the report was sent after the deadline', () => {
    expect(text(receipts[1])).not.toContain('Phiếu này được gửi sau hạn');
    expect(preheaderOf(receipts[1].htmlBody)).toBe('Báo cáo được tính là đã nộp.');
  });
});

// Review d67 (fails today): a school first sent its half-year report as a draft; it sends the signed report with its
// number and a note about the draft — "Số 45/BC-THCS ngày 8/6/2027 (bản chính thức; bản dự thảo gửi hôm trước xin
// hủy)". Since db4fcea ("dự thảo" anywhere in the answer makes it a draft), the school is told "Chưa được tính" and
// that it has not written the document's number, and its 3-day reminder still asks for the report it sent. The same
// answer counted at 51fa40a. (Core cases: test/core/d67-docref-draft-note.test.ts.)
import { describe, expect, it } from 'vitest';
import { HOA_SEN, reportOffice } from './r67r-lib';

const PERIOD = '6 tháng đầu năm 2027';

describe('review d67: a signed report whose number comes with a note about the draft it replaces', () => {
  it('is received as counted, and the reminder says it was received', () => {
    const w = reportOffice();
    const before = w.emu.mail.sent.length;
    w.report(HOA_SEN, new Date(2027, 5, 8, 10), PERIOD, 'Số 45/BC-THCS ngày 8/6/2027 (bản chính thức; bản dự thảo gửi hôm trước xin hủy)');
    w.morning(new Date(2027, 5, 9));
    w.morning(new Date(2027, 5, 12));
    expect(w.failures()).toEqual([]);
    const mails = w.mailsTo(HOA_SEN, before);
    const receipt = mails.find((m) => m.subject.includes(`báo cáo “${PERIOD}”`) && !m.subject.includes('Nhắc hạn'));
    const reminder = mails.find((m) => m.subject.includes('Nhắc hạn 15/06/2027') && new Date(m.date).getDate() === 12);
    expect(receipt, 'a receipt').toBeTruthy();
    expect(receipt!.subject).toBe(`[Điển hình tiên tiến] Đã nhận báo cáo “${PERIOD}” — ${HOA_SEN.name}`);
    expect(reminder, 'the reminder of 12/06').toBeTruthy();
    expect(reminder!.subject).toContain(`(đã nhận báo cáo “${PERIOD}”)`);
  });
});

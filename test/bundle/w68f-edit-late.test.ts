// r67r F2, fixed (w68f): a report keeps its first sending's time for its deadline through an edit when that first
// sending counted (its receipt, in the outbox, said "Đã nhận"); an edit that first gives the document number after the
// deadline is late, and so is a second report sent after it.
import { describe, expect, it } from 'vitest';
import { HOA_BINH, HOA_SEN, reportOffice, text } from './r67r-lib';

const PERIOD = '6 tháng đầu năm 2027';
const preheaderOf = (html: string | undefined) => /^<div style="display:none;[^"]*">([^<]*)<\/div>/.exec(html ?? '')?.[1] ?? null;

describe('w68f: which edits and sendings after the deadline a receipt calls late', () => {
  const w = reportOffice();
  const before = w.emu.mail.sent.length;
  // Hoa Sen: sent in time without its number, the number added through the edit link after the deadline.
  const first = w.report(HOA_SEN, new Date(2027, 5, 10, 10), PERIOD, 'Chưa có');
  // Hòa Bình: sent in time with its number, then a second report (not an edit) after the deadline.
  w.report(HOA_BINH, new Date(2027, 5, 10, 11), PERIOD, 'Số 5/BC-HB');
  w.rebuild(new Date(2027, 5, 10, 12));
  w.report(HOA_SEN, new Date(2027, 5, 17, 10), PERIOD, 'Số 12/BC-MNHS', { editResponseId: first.responseId });
  w.report(HOA_BINH, new Date(2027, 5, 17, 11), PERIOD, 'Số 6/BC-HB');
  w.rebuild(new Date(2027, 5, 17, 12));
  const receipts = (s: typeof HOA_SEN) => w.mailsTo(s, before).filter((m) => m.subject.includes(`báo cáo “${PERIOD}”`));

  it('every run succeeded; two receipts each', () => {
    expect(w.failures()).toEqual([]);
    expect(receipts(HOA_SEN)).toHaveLength(2);
    expect(receipts(HOA_BINH)).toHaveLength(2);
  });

  it('the first sending without its number was not counted; the edit that adds it after the deadline is late', () => {
    const [a, b] = receipts(HOA_SEN);
    expect(a.subject).toContain('Chưa được tính');
    expect(text(b)).toContain('Phiếu này được gửi sau hạn (hạn 15/06/2027)');
    expect(preheaderOf(b.htmlBody)).toBe('Báo cáo được tính là đã nộp (gửi sau hạn 15/06/2027).');
  });

  it('a second report sent after the deadline is late though the first was in time', () => {
    expect(text(receipts(HOA_BINH)[1])).toContain('Phiếu này được gửi sau hạn (hạn 15/06/2027)');
  });
});

// w69h (w68f left open, r67r F2): a report keeps its first sending's time for its deadline through an edit, read from
// that sending's receipt. A report whose row the clerk deleted is no earlier version of the next report the school
// sends for the same period: Hoa Sen's report of 10/06/2027 (in time) was deleted from "Phiếu báo cáo", and on 17/06,
// after the deadline (15/06/2027), the school sends a NEW report (a new response, not an edit): it is late, and its
// receipt says so. The deleted report is still in the form's responses at its own time; an edited one is not.
import { describe, expect, it } from 'vitest';
import { deleteTabRow } from '../../scripts/user';
import { HOA_SEN, reportOffice, text } from './r67r-lib';

const PERIOD = '6 tháng đầu năm 2027';
const preheaderOf = (html: string | undefined) => /^<div style="display:none;[^"]*">([^<]*)<\/div>/.exec(html ?? '')?.[1] ?? null;

/** Hoa Sen's report of 10/06 deleted on `deletedOn` (June), a new one sent on 17/06 at 10:00; the day's rebuild. */
function deletedThenNew(deletedOn: number) {
  const w = reportOffice();
  const before = w.emu.mail.sent.length;
  w.report(HOA_SEN, new Date(2027, 5, 10, 10), PERIOD, 'Số 12/BC-MNHS ngày 10/6/2027');
  w.rebuild(new Date(2027, 5, 10, 12));
  w.emu.clock.set(new Date(2027, 5, deletedOn, 9));
  const rows = w.emu.spreadsheets.values('Phiếu báo cáo');
  deleteTabRow(w.emu, 'Phiếu báo cáo', rows.findIndex((r) => r[2] === HOA_SEN.name) + 1);
  if (deletedOn < 17) w.morning(new Date(2027, 5, deletedOn + 1));
  w.report(HOA_SEN, new Date(2027, 5, 17, 10), PERIOD, 'Số 30/BC-MNHS ngày 17/6/2027');
  w.rebuild(new Date(2027, 5, 17, 12));
  const receipts = w.mailsTo(HOA_SEN, before).filter((m) => m.subject.startsWith(`[Điển hình tiên tiến] Đã nhận báo cáo “${PERIOD}”`));
  return { w, receipts };
}

describe('w69h: a new report sent after the deadline, the school\'s earlier report deleted from "Phiếu báo cáo"', () => {
  for (const [when, day] of [
    ['deleted on 12/06, runs in between', 12],
    ['deleted on 17/06 an hour before the new report, no run in between', 17],
  ] as const) {
    it(`${when}: the new report's receipt says it was sent after the deadline`, () => {
      const { w, receipts } = deletedThenNew(day);
      expect(w.failures()).toEqual([]);
      expect(receipts).toHaveLength(2);
      expect(text(receipts[0])).not.toContain('sau hạn');
      expect(text(receipts[1])).toContain('Số 30/BC-MNHS');
      expect(text(receipts[1])).toContain('Phiếu này được gửi sau hạn (hạn 15/06/2027)');
      expect(preheaderOf(receipts[1].htmlBody)).toBe('Báo cáo được tính là đã nộp (gửi sau hạn 15/06/2027).');
    });
  }
});

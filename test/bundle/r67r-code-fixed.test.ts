// Review r67r F5: a report's receipt is known in the outbox by "BC:<school code>:<period>:<time sent>"
// (src/core/notices.ts reportReceipts), and the code is the office's to type in "Đơn vị". A clerk who corrects a
// school's code (typed "MN1", corrected to "MN01" two days after the school sent its report) — or fills in a code left
// empty — makes every receipt of that school's reports of the last 7 days new: the school gets "Đã nhận báo cáo …" a
// second time for the same report, sent once. README: mail is never sent twice.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { directoryRows } from './helpers';
import { HOA_SEN, SCHOOLS, reportOffice } from './r67r-lib';

const PERIOD = '6 tháng đầu năm 2027';

function corrected(typed: string) {
  const w = reportOffice();
  w.emu.clock.set(new Date(2027, 5, 1, 9));
  typeIntoTab(w.emu, 'Đơn vị', directoryRows(SCHOOLS.map((s) => (s.code === HOA_SEN.code ? { ...s, code: typed } : s))));
  w.rebuild(new Date(2027, 5, 1, 10));
  const before = w.emu.mail.sent.length;
  w.report(HOA_SEN, new Date(2027, 5, 10, 10), PERIOD, 'Số 12/BC-MNHS ngày 10/6/2027');
  w.rebuild(new Date(2027, 5, 10, 12));
  // Two days later the clerk puts the code right.
  w.emu.clock.set(new Date(2027, 5, 12, 9));
  typeIntoTab(w.emu, 'Đơn vị', directoryRows(SCHOOLS));
  w.rebuild(new Date(2027, 5, 12, 10));
  w.rebuild(new Date(2027, 5, 13, 7));
  return { w, receipts: w.mailsTo(HOA_SEN, before).filter((m) => m.subject === `[Điển hình tiên tiến] Đã nhận báo cáo “${PERIOD}” — ${HOA_SEN.name}`) };
}

describe('review r67r F5: the school\'s code corrected in "Đơn vị" after it sent a report', () => {
  it('a code mistyped ("MN1"), corrected to "MN01": one receipt for the one report', () => {
    const { w, receipts } = corrected('MN1');
    expect(w.failures()).toEqual([]);
    expect(receipts.map((m) => new Date(m.date).getDate())).toEqual([10]);
  });

  it('a code left empty, filled in: one receipt for the one report', () => {
    const { w, receipts } = corrected('');
    expect(w.failures()).toEqual([]);
    expect(receipts.map((m) => new Date(m.date).getDate())).toEqual([10]);
  });
});

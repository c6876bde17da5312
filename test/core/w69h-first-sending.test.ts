// w69h (w68f left open, r67r F2): firstSendings gives a report the time of an earlier counted receipt of the same
// period and school chosen only when that receipt's report is the same report, edited: the form no longer holds a
// response at that time. One the form still holds there was deleted from the report tab, not edited.
import { describe, expect, it } from 'vitest';
import { firstSendings, receiptKey } from '../../src/core/notices';
import type { OutboxEntry } from '../../src/core/outbox';
import type { ProgressReport } from '../../src/core/reports';

const PERIOD = { id: 'BC6-2027', kind: 'halfYear', label: '6 tháng đầu năm 2027' } as unknown as NonNullable<ProgressReport['period']>;
const SCHOOL = 'Trường Mầm non Hoa Sen';
const t1 = new Date(2027, 5, 10, 10).getTime();
const t2 = new Date(2027, 5, 17, 10).getTime();
const report = { row: 2, submittedAt: new Date(t2), email: 'mnhoasen@example.edu.vn', schoolName: SCHOOL, school: null, period: PERIOD, periodLabel: PERIOD.label, docRef: 'Số 30', summary: '', link: '' } as ProgressReport;
const receipt: OutboxEntry = { key: receiptKey(PERIOD.id, new Date(t1), SCHOOL), kind: 'reportReceipt', ref: `MN01 · ${PERIOD.label}`, to: 'mnhoasen@example.edu.vn', subject: `[Điển hình tiên tiến] Đã nhận báo cáo “${PERIOD.label}” — ${SCHOOL}`, status: 'sent', createdAt: new Date(t1), sentAt: new Date(t1), attempts: 1, note: '' };

describe('w69h: the first sending of a report is that of the same report', () => {
  it('the form holds no response at 10/06 (the report was edited since): its first sending is 10/06', () => {
    const asked: number[] = [];
    const first = firstSendings([receipt], [report], (since) => (asked.push(since), [t2]));
    expect(first(report)?.getTime()).toBe(t1);
    expect(asked).toEqual([t1 - 1000]);
  });

  it('the form still holds a response sent at 10/06 (its row deleted from the tab): the report of 17/06 is a new one', () => {
    expect(firstSendings([receipt], [report], () => [t1 + 400, t2])(report)).toBeNull();
  });

  it('the form cannot be asked: taken for an edit, as before', () => {
    expect(firstSendings([receipt], [report], () => null)(report)?.getTime()).toBe(t1);
  });

  it('no earlier receipt: the form is not asked', () => {
    let asked = 0;
    expect(firstSendings([], [report], () => (asked++, []))(report)).toBeNull();
    expect(asked).toBe(0);
  });
});

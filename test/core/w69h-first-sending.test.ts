// w69h (w68f left open, r67r F2): firstSendings gives a report the time of an earlier counted receipt of the same
// period and school chosen only when that receipt's report is the same report, edited: the form no longer holds a
// response at that time. One the form still holds there was deleted from the report tab, not edited.
import { describe, expect, it } from 'vitest';
import { firstSendings } from '../../src/core/notices';
import { HOA_SEN as SCHOOL, receipt, reportRow, t1, t2 } from './first-sending-lib';

const report = reportRow(SCHOOL, t2, 2, 'mnhoasen@example.edu.vn');

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

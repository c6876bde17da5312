// Review d69 of w69h's fix 2 (firstSendings asks the report form whether it still holds a response at an earlier receipt's
// time, ±1 s): any response within the second counts, whoever sent it. Two schools sending their reports in the same
// second (the evening of a deadline) is enough: Hoa Sen's report of 10/06 10:00:00, edited on 17/06 after the deadline,
// is no longer at 10/06 in the form — but Hòa Bình's, sent 0.4 s later and still in "Phiếu báo cáo", is; Hoa Sen's
// edited report is then read as a new one, "sent late". A response whose row the tab still holds (another report's time)
// is not a deleted row's. At 719483c (no form asked) its first sending was 10/06.
import { describe, expect, it } from 'vitest';
import { firstSendings } from '../../src/core/notices';
import { HOA_BINH, HOA_SEN, receipt, reportRow as row, t1, t2 } from './first-sending-lib';

const edited = row(HOA_SEN, t2, 2);
const other = row(HOA_BINH, t1 + 400, 3);

describe('d69: the first sending of an edited report, another school\'s report sent in the same second', () => {
  it('the form holds Hòa Bình\'s response (its row in the tab) 0.4 s after Hoa Sen\'s receipt, not Hoa Sen\'s: Hoa Sen\'s first sending is 10/06', () => {
    // The form: Hòa Bình's response at its row's time, Hoa Sen's at its last edit.
    const first = firstSendings([receipt], [edited, other], () => [t1 + 400, t2]);
    expect(first(edited)?.getTime()).toBe(t1);
  });
});

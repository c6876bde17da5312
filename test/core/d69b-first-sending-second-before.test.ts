// Review d69b of the fix of d69 F2 (569c2bd): firstSendings now takes a report's earlier receipt time as held by the form
// (a row deleted, not an edit) only when the form holds more responses within a second of it than the tab has rows
// within a second of it. But a row's time and its response's time may differ by up to a second (src/core/ledger.ts
// sameResponse: "same second"), and the two counts are taken over the same window around the receipt's time: another
// school's report sent in the second before shows its response inside the window and its row outside it. d69 named this
// case ("or, if row times are cut to whole seconds, in the second before"); the fix does not cover it.
//
// The case: Hoa Sen's report row reads 10/06 10:00:00 (its response 10:00:00.300), Hòa Bình's row 09:59:59 (its
// response 09:59:59.600, 0.4 s from Hoa Sen's row time; its row 1 s from it). Hoa Sen corrects its report through its edit
// link on 17/06, after the 15/06 deadline. The form holds Hòa Bình's response near 10:00:00 and the tab no row near it:
// 1 > 0, so Hoa Sen's first sending (10/06, in time) is dropped and the receipt of the correction says "sent late" — the
// r67r F2 defect again. At 719483c (no form asked) the first sending was 10/06.
import { describe, expect, it } from 'vitest';
import { firstSendings } from '../../src/core/notices';
import { HOA_BINH, HOA_SEN, receipt, reportRow as row, t1, t2 } from './first-sending-lib';

const edited = row(HOA_SEN, t2, 2);
// Hòa Bình's row, to the second: 09:59:59.
const other = row(HOA_BINH, t1 - 1000, 3);

describe('d69b: the first sending of an edited report, another school\'s report sent in the second before', () => {
  it('the form holds Hòa Bình\'s response (09:59:59.600, its row 09:59:59 in the tab), not Hoa Sen\'s: Hoa Sen\'s first sending is 10/06', () => {
    // The form: Hòa Bình's response within the second of its row, Hoa Sen's at its last edit.
    const first = firstSendings([receipt], [edited, other], () => [t1 - 400, t2]);
    expect(first(edited)?.getTime()).toBe(t1);
  });

  it('control: Hoa Sen\'s row deleted (its response still in the form at 10:00:00.300): no earlier version, its own time stands', () => {
    const first = firstSendings([receipt], [edited, other], () => [t1 - 400, t1 + 300, t2]);
    expect(first(edited)).toBeNull();
  });
});

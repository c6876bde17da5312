// Review d69 O1: once a school corrected its report through its edit link, every execution of the week that builds the
// receipts (a rebuild, every submission) asked the report form for its responses' times — to tell whether the earlier
// receipt's report was edited or deleted — although the receipt of the correction had gone already: nothing left to
// compose from it. The form is asked only while a receipt still waits to be composed.
import { describe, expect, it } from 'vitest';
import { HOA_SEN, reportOffice } from './r67r-lib';

const PERIOD = '6 tháng đầu năm 2027';

describe('review d69 O1: the report form is not asked once the receipt of a correction has gone', () => {
  const w = reportOffice();
  const sent = w.report(HOA_SEN, new Date(2027, 5, 10, 10), PERIOD, 'Số 12/BC-MNHS ngày 10/6/2027');
  w.rebuild(new Date(2027, 5, 10, 12));
  w.report(HOA_SEN, new Date(2027, 5, 17, 10), PERIOD, 'Số 21/BC-MNHS ngày 10/6/2027', { editResponseId: sent.responseId });
  w.rebuild(new Date(2027, 5, 17, 12));
  const last = (label: string) => w.emu.runtime.executions.filter((e) => e.label === label).pop()!;

  it('the rebuild the day after makes no call of the report form', () => {
    w.emu.runtime.resetCalls();
    w.rebuild(new Date(2027, 5, 18, 12));
    expect(w.failures()).toEqual([]);
    expect(last('rebuildSummaries').error).toBeUndefined();
    const formCalls = w.emu.runtime.callTable().filter(([name]) => /^(Form|FormResponse)\.getResponses|^FormResponse\.getTimestamp/.test(name));
    expect(formCalls).toEqual([]);
    // The rebuild did run its receipts' plan: it read the report tab.
    expect(w.emu.runtime.count()).toBeGreaterThan(0);
  });
});

// Review d81c F4: "Tạo văn bản đề nghị khen thưởng" stopped by a few minutes of "Service unavailable" from Drive. The
// menu item's line in "Tình trạng" is now rewritten with how the batch ended (review r81x F4), but the stop's text
// (PROPOSAL_SUMMARY refusedUnderQuota, about 560 characters) and the note after it go into the 500 characters a line
// keeps: the line ends «… Các văn bản đã tạo được giữ nguyên; khoảng 1 giờ sau, hãy chọn lại menu “Tạo » — what to do
// is cut in the middle of the menu item's name, and «(Cập nhật lúc …: lần tạo này đã kết thúc ở lần chạy “Tiếp tục tạo
// văn bản đề nghị khen thưởng”.)», which says why the line changed, never shows. The continuation's own line is cut the
// same way.
import { describe, expect, it } from 'vitest';
import { live, meetingOffice, type Office } from './r66b-lib';

const MINUTE = 60_000;
const MENU_JOB = 'Tạo văn bản đề nghị khen thưởng';
const CONTINUATION_JOB = 'Tiếp tục tạo văn bản đề nghị khen thưởng';

/** Drive answers "Service unavailable" to every copy until `until()` (epoch ms). */
function copyOutage(o: Office, until: () => number): void {
  const faults = (o.emu.runtime as unknown as { _faults: Map<string, { countdown: number; message: string }> })._faults;
  const get = faults.get.bind(faults);
  faults.get = ((name: string) =>
    name === 'File.makeCopy' && o.emu.clock.now() < until() ? { countdown: 1, message: 'Service unavailable: Drive' } : get(name)) as typeof faults.get;
}

const healthLine = (o: Office, job: string) => o.emu.spreadsheets.values('Tình trạng').find((r) => r[0] === job)!.map(String);

describe('d81c F4: the lines of a batch of documents stopped by a Drive outage', () => {
  it('say what to do whole (the menu item to choose again) and, on the menu item’s line, that the batch ended later', () => {
    const o = meetingOffice();
    let outageEnd = 0;
    copyOutage(o, () => outageEnd);
    o.emu.runtime.failOn('File.makeCopy', 4, 'Service error: Drive');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const t0 = o.emu.clock.now();
    outageEnd = t0 + 5 * MINUTE;
    for (let m = 1; m <= 60; m++) o.emu.triggers.runDueTimeTriggers(t0 + m * MINUTE);
    expect(live(o)).toHaveLength(3);
    const menu = healthLine(o, MENU_JOB);
    const continuation = healthLine(o, CONTINUATION_JOB);
    expect(menu[3]).toMatch(/^Dừng lại: đã xong 3\/7 văn bản/);
    // Today both end «… khoảng 1 giờ sau, hãy chọn lại menu “Tạo » (500 characters).
    expect(menu[3], 'the menu item’s line').toContain(`chọn lại menu “${MENU_JOB}”`);
    expect(menu[3]).toContain(`đã kết thúc ở lần chạy “${CONTINUATION_JOB}”`);
    expect(continuation[3], 'the continuation’s line').toContain(`chọn lại menu “${MENU_JOB}”`);
  });
});

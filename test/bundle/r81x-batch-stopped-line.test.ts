// Review r81x F4: "Tạo văn bản đề nghị khen thưởng" stops half way on a passing Drive error, and its continuations meet
// a few more minutes of "Service unavailable" until the batch stops for good ("Dừng lại: … hãy chọn lại menu …"). The
// line of the item the clerk chose in "Tình trạng" keeps reading «Thành công | Đang tạo: đã xong 3/7 văn bản. … Công cụ
// tự thử lại sau khoảng 1 phút; không cần bấm lại. …» — told not to click again, she waits for documents that will
// never come; only the next line ("Tiếp tục tạo văn bản đề nghị khen thưởng") and the tab say it stopped.
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

describe('r81x F4: a batch of documents that stops for good after its continuations fail', () => {
  it('the line of “Tạo văn bản đề nghị khen thưởng” in Tình trạng no longer says the tool goes on by itself and not to click again', () => {
    const o = meetingOffice();
    let outageEnd = 0;
    copyOutage(o, () => outageEnd);
    // The fourth copy fails (Tờ trình, Danh sách, Biên bản made); then Drive is unavailable for five minutes.
    o.emu.runtime.failOn('File.makeCopy', 4, 'Service error: Drive');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    expect(live(o)).toHaveLength(3);
    expect(healthLine(o, MENU_JOB)[3]).toContain('không cần bấm lại');
    const t0 = o.emu.clock.now();
    outageEnd = t0 + 5 * MINUTE;
    for (let m = 1; m <= 60; m++) o.emu.triggers.runDueTimeTriggers(t0 + m * MINUTE);
    // The batch stopped: the continuation's line and the tab say so, and ask for the menu item again.
    expect(live(o)).toHaveLength(3);
    expect(healthLine(o, CONTINUATION_JOB)[2]).toBe('Lỗi');
    expect(healthLine(o, CONTINUATION_JOB)[3]).toMatch(/^Dừng lại: đã xong 3\/7 văn bản/);
    // Today: «Thành công | Đang tạo: đã xong 3/7 văn bản. Google vừa báo lỗi … Công cụ tự thử lại sau khoảng 1 phút;
    // không cần bấm lại. Các văn bản đã tạo không bị tạo lại.»
    const line = healthLine(o, MENU_JOB);
    expect(line[3]).not.toContain('không cần bấm lại');
    expect(line[3]).not.toContain('Công cụ tự thử lại sau khoảng 1 phút');
  });
});

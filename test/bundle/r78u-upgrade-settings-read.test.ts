// Review r78u F2 — Low. An office updates mid-season from 73480be8 (stop 77) to this version; nobody touches "Cấu hình".
// Who is hurt: the office's clerk and the council, who read "Nhật ký lỗi" to learn why verdicts changed.
// Steps: on 73480be8 the clerk typed "Nhắc hạn trước (số ngày)" as "7,3" (the Vietnamese-locale Sheet stores 7.3) and
// "Liên hệ của cơ quan" as "+84 216 3852 123" (Sheets makes it a formula; the cell shows "#ERROR!"). The old version read
// "7.3" and "#ERROR!" and kept them in its print of the settings (core/settings-trail.ts). Two namesakes of Quang Minh,
// each from her own account with her hometown: DK-000002 replaced by DK-000003. The office updates the script; the
// nightly rebuild reads "Cấu hình" as typed (review r78p F2–F4) and brings DK-000002 back (review r78f F1).
// What happens now: the log of that verdict change says the office edited its settings, which nobody did:
//   «Lần cập nhật này đổi kết luận tự động của 1 phiếu … Từ lần cập nhật trước, cơ quan đã sửa: trang “Cấu hình”, mục
//   “Nhắc hạn trước (số ngày)”: từ “7.3” thành “7,3”; trang “Cấu hình”, mục “Liên hệ của cơ quan”: từ “#ERROR!” thành
//   “+84 216 3852 123”.»
// The council is sent to look for an edit of "Cấu hình" as the cause of a verdict, and neither setting bears on verdicts.
// Should: a value that differs only because this version reads the same cell otherwise is not said to be the office's
// edit (src/jobs/results.ts: settingsChanged compares the print the old version made with one made by the new reading;
// the tool knows its version changed: src/gas/version.ts toolVersion).
import { describe, expect, it } from 'vitest';
import { namesakesOnOldVersion, updateAndRebuild, verdictOf } from './r78u-lib';

describe('r78u F2: settings the update reads as typed are not told as the office’s edits', () => {
  it('the log of the verdicts the update changed does not say the office edited “Nhắc hạn trước” or “Liên hệ của cơ quan”', () => {
    const o = namesakesOnOldVersion({ 'mail.reminderDaysBefore': '7,3', 'schoolViews.contact': '+84 216 3852 123' });
    // Control: the old version read the cells as Sheets stored them.
    const oldLog = o.tab('Nhật ký lỗi').map((r) => String(r[2])).join('\n');
    expect(oldLog).toContain('giá trị “7.3” không phải là danh sách số ngày');
    expect(verdictOf(o, 'DK-000002')).toBe('Đã thay thế');

    const logged = updateAndRebuild(o);
    expect(verdictOf(o, 'DK-000002')).toBe('Đạt');
    const said = logged.find((l) => l.startsWith('Lần cập nhật này đổi kết luận tự động')) ?? '';
    expect(said).not.toBe('');
    expect(said).not.toContain('mục “Nhắc hạn trước (số ngày)”: từ “7.3” thành “7,3”');
    expect(said).not.toContain('mục “Liên hệ của cơ quan”: từ “#ERROR!”');
  });
});

// Review d76 F4. Who is hurt: the office clerk who erases a withdrawn teacher's data at her request herself, the same
// day the council records its decision: "Không đề nghị" on her row of "Thẩm định", then her response row deleted, then
// her line in "Các lần gửi phiếu" (where she sees the teacher's answers still written out) deleted by hand too.
// Now: the next full run erases the registration (src/gas/versions.ts eraseWithdrawn), but the line deleted by hand is
// counted as lost: the state "withdrawnLines" that excuses such lines is written only by a full run that saw the
// decision (results.ts keepWithdrawnLines), and no run came between the decision and the deletions. "Nhật ký lỗi" then
// says "Trang “Các lần gửi phiếu” thiếu 1 dòng … Các dòng này là bằng chứng … hãy lấy lại các dòng đã mất" beside
// "Đã xóa dữ liệu cá nhân … theo yêu cầu": two contradictory messages, the first asking her to bring back exactly the
// data the person asked to erase.
// Should: lines of a registration erased in this run are never reported as lost, whether the tool or the clerk deleted
// them, and whether or not a run saw the decision first.
// Severity: Medium.
// Fix of d76 F2 (f76e): an erasure needs the request recorded, the words "Xóa dữ liệu cá nhân theo yêu cầu" in "Nhận
// xét" of the "Không đề nghị" row; the decision's comment below carries them (nothing else of this test changed).
import { describe, expect, it } from 'vitest';
import { deleteTabRow } from '../../scripts/user';
import { decide } from './helpers';
import { officeOf } from './erasure-lib';


describe('a withdrawn registration erased by hand the day it is decided (d76 F4)', () => {
  it('its line deleted by hand in "Các lần gửi phiếu" is not reported as lost', () => {
    const t = officeOf(['Trần Thị Lan', 'Lê Văn Bình']);
    const { o, rebuild, names } = t;
    const lan = t.idOf(names[0]);
    // The same afternoon: the decision, her response row, her line in "Các lần gửi phiếu".
    decide(o, lan, 'Không đề nghị', 'Cá nhân xin rút. Xóa dữ liệu cá nhân theo yêu cầu (đơn ngày 20/11/2026).');
    t.deleteResponse(names[0]);
    deleteTabRow(o.emu, 'Các lần gửi phiếu', o.emu.spreadsheets.values('Các lần gửi phiếu').findIndex((r) => r[1] === lan) + 1);
    rebuild();
    rebuild();
    const log = o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]));
    expect(log.some((l) => l.includes('Đã xóa dữ liệu cá nhân'))).toBe(true);
    expect(log.filter((l) => l.includes('Các lần gửi phiếu') && /thiếu|lấy lại/.test(l) && !l.includes('Đã xóa dữ liệu cá nhân'))).toEqual([]);
  });
});

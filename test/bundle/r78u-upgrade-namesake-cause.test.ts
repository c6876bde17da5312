// Review r78u F1 — Low. An office updates mid-season from 73480be8 (stop 77) to this version (clasp push, as the README
// says), with nothing else changed.
// Who is hurt: the council's secretary and the office's clerk who keep the record of each registration's verdict, and
// who must decide whether the school or the teacher changed something.
// Steps: on 73480be8 two teachers "Nguyễn Thị Lan" (1988) of Trường THCS Quang Minh each send a registration from her own
// Google account with her hometown; that version replaces the first (DK-000002 "Đã thay thế") by the second (DK-000003),
// on which the council writes "Đề nghị khen". The office updates the script; the nightly rebuild runs. Nobody sends,
// edits or deletes a response, and "Đơn vị" is untouched.
// What happens now: the new namesake rule (duplicates.ts onePersonGroups, review r78f F1) brings DK-000002 back: it is
// "Đạt" again (right, and the school is mailed). But the permanent record says a cause that never happened:
//   "Lịch sử thẩm định": «Kết luận tự động đổi từ “Đã thay thế” sang “Đạt” (do một phiếu khác cùng đối tượng được gửi,
//   sửa hoặc xóa, hoặc do địa chỉ e-mail ở trang “Đơn vị” thay đổi)»
//   "Nhật ký lỗi": «… Phiếu chuyển sang hoặc ra khỏi “Đã thay thế” là do một phiếu khác cùng đối tượng vừa được gửi, sửa
//   hoặc xóa, hoặc do địa chỉ e-mail ở trang “Đơn vị” thay đổi …»
// The office hunts for a response or an address change that does not exist.
// Should: a verdict the update changed names the update as its cause (the tool knows its version: src/gas/version.ts
// toolVersion; the log's other sentence already lists «do công cụ được cập nhật») — or at least does not name only
// causes that did not occur.
import { describe, expect, it } from 'vitest';
import { namesakesOnOldVersion, updateAndRebuild, verdictOf } from './r78u-lib';

const FALSE_CAUSE_HISTORY = 'do một phiếu khác cùng đối tượng được gửi, sửa hoặc xóa, hoặc do địa chỉ e-mail ở trang “Đơn vị” thay đổi';
const FALSE_CAUSE_LOG = 'là do một phiếu khác cùng đối tượng vừa được gửi, sửa hoặc xóa, hoặc do địa chỉ e-mail ở trang “Đơn vị” thay đổi';
const UPDATE_NAMED = 'công cụ được cập nhật';

describe('r78u F1: a registration brought back by the update itself', () => {
  it('its history line and the log name the update, not a response sent, edited or deleted', () => {
    const o = namesakesOnOldVersion();
    // Control: on 73480be8 the first namesake is replaced by the second.
    expect([verdictOf(o, 'DK-000002'), verdictOf(o, 'DK-000003')]).toEqual(['Đã thay thế', 'Đạt']);
    const logged = updateAndRebuild(o);
    // The update brings her back (as the new rule means to).
    expect([verdictOf(o, 'DK-000002'), verdictOf(o, 'DK-000003')]).toEqual(['Đạt', 'Đạt']);

    const history = o.tab('Lịch sử thẩm định').map((r) => r.map(String));
    const back = history.filter((r) => r[1] === 'DK-000002' && r[4].includes('sang “Đạt”'));
    expect(back).toHaveLength(1);
    const line = back[0][4];
    expect(line.includes(UPDATE_NAMED) || !line.includes(FALSE_CAUSE_HISTORY), line).toBe(true);

    const said = logged.find((l) => l.includes('(DK-000002)')) ?? '';
    expect(said).not.toBe('');
    expect(said.includes(UPDATE_NAMED) || !said.includes(FALSE_CAUSE_LOG), said).toBe(true);
  });
});

// Review d76 F3. Who is hurt: a teacher who withdrew and had the office erase her personal data (Luật 91/2025/QH15
// Điều 14), and the office, which told her it was done.
// Now: the council writes "Không đề nghị", the office deletes her response row, the next run erases her lines in "Các
// lần gửi phiếu" and keeps her code as erased (script state "erasedCodes"). Weeks later the office restores the file
// from Tệp → Nhật ký phiên bản to a version of before that deletion, to undo an unrelated mistake. Every tab goes back:
// her response row, her lines in "Các lần gửi phiếu" (quê quán, nơi ở, ratings, phone), and "Nhật ký lỗi" without the
// erasure's line. The next run sees her row again and silently forgets that she was erased (src/gas/versions.ts
// eraseWithdrawn: "A registration whose row came back … is no longer erased"): her data are back in the office's file
// and nobody is told, although the tool knows the code was erased at a request.
// Should: when a code kept as erased has its row back, the office is told (in "Nhật ký lỗi" and on her row of "Thẩm
// định") that the data of this registration, erased at the person's request, are back — by a restored version — and
// how to erase them again (delete the row again); or the tool erases them again itself.
// Severity: Medium (a promise to a data subject silently broken; the office cannot see it).
// Fix of d76 F2 (f76e): an erasure needs the request recorded, the words "Xóa dữ liệu cá nhân theo yêu cầu" in "Nhận
// xét" of the "Không đề nghị" row; the decision's comment below carries them (nothing else of this test changed).
import { describe, expect, it } from 'vitest';
import { decide } from './helpers';
import { fileVersion, officeOf } from './erasure-lib';

const DAY = 86_400_000;

describe('data erased at a person’s request, brought back by restoring an older version (d76 F3)', () => {
  it('the office is told her data are back', () => {
    const t = officeOf(['Trần Thị Lan', 'Lê Văn Bình']);
    const { o, rebuild, names } = t;
    const lan = t.idOf(names[0]);
    decide(o, lan, 'Không đề nghị', 'Cá nhân xin rút. Xóa dữ liệu cá nhân theo yêu cầu (đơn ngày 20/11/2026).');
    rebuild();
    const beforeDeletion = fileVersion(o.emu);
    t.deleteResponse(names[0]);
    rebuild();
    const linesOf = () => o.emu.spreadsheets.values('Các lần gửi phiếu').filter((r) => r[1] === lan).length;
    expect(linesOf()).toBe(0);
    // Weeks later, the file restored to the version of before the deletion.
    o.emu.clock.advance(20 * DAY);
    beforeDeletion();
    expect(linesOf()).toBe(1);
    rebuild();
    rebuild();
    const log = o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.map(String).join(' | '));
    const v = o.emu.spreadsheets.values('Thẩm định').map((r) => r.map(String));
    const note = v.find((r) => r[0] === lan)![v[0].indexOf('Ghi chú')];
    const told = log.some((l) => l.includes(lan)) || /xóa dữ liệu/.test(note);
    // Either erased again, or the office told.
    expect(linesOf() === 0 || told, `lines ${linesOf()}; note “${note}”; log ${JSON.stringify(log)}`).toBe(true);
  });
});

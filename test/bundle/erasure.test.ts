// A withdrawn person's data erased at her request (review r76p F2, Luật 91/2025/QH15 Điều 4 khoản 1, Điều 14 khoản 1):
// the council writes "Không đề nghị" and records the request in "Nhận xét" ("Xóa dữ liệu cá nhân theo yêu cầu": review
// d76 F2 — "Không đề nghị" alone is a verdict on merit), the office deletes her response row, and the next full run
// deletes her lines in "Các lần gửi phiếu" — but only when every registration without its row is such; otherwise it is a
// loss, and nothing is erased (src/gas/versions.ts eraseWithdrawn). Her row back (a restored version) is told (d76 F3);
// her lines deleted by hand before any run saw the request are told with the erasure, not as a loss beside it (d76 F4).
import { describe, expect, it } from 'vitest';
import { deleteTabRow } from '../../scripts/user';
import { decide } from './helpers';
import { fileVersion, officeOf } from './erasure-lib';


describe('erasing a withdrawn registration at the office’s request (review r76p F2)', () => {
  it('decided and its row deleted before any run: the next run deletes its lines, says so on its row, tells the office once', () => {
    const t = officeOf();
    const lan = t.idOf(t.names[0]);
    const binh = t.idOf(t.names[1]);
    const reason = 'Cá nhân xin rút. Xóa dữ liệu cá nhân theo yêu cầu (đơn ngày 20/11/2024).';
    decide(t.o, lan, 'Không đề nghị', reason);
    t.deleteResponse(t.names[0]);
    expect(t.versionsOf(lan)).toHaveLength(1);
    const before = t.o.emu.spreadsheets.values('Các lần gửi phiếu').length;
    t.rebuild();
    t.rebuild();
    // Her line is gone, the others' stay.
    expect(t.versionsOf(lan)).toEqual([]);
    expect(t.versionsOf(binh)).toHaveLength(1);
    expect(t.o.emu.spreadsheets.values('Các lần gửi phiếu').length).toBe(before - 1);
    for (const s of t.o.emu.spreadsheets.active.sheets) for (const r of s.values()) expect(r.map(String).join(' | '), `tab "${s.name}"`).not.toContain(`Nơi ở của ${t.names[0]}`);
    // Her row of "Thẩm định" keeps the decision and its reason, and says her data were deleted at her request.
    const row = t.reviewRow(lan);
    expect(row.decision).toBe('Không đề nghị');
    expect(row.comment).toBe(reason);
    expect(row.note).toContain('cơ quan đã xóa dữ liệu cá nhân');
    expect(row.note).not.toContain('Nếu xóa nhầm');
    // Told once, how to delete the form's response too; nothing asks for rows back.
    const log = t.log();
    expect(log.filter((l) => l.includes(`Đã xóa dữ liệu cá nhân của phiếu ${lan}`))).toHaveLength(1);
    expect(log.find((l) => l.includes('Đã xóa dữ liệu cá nhân'))).toContain('Xóa câu trả lời');
    expect(log.filter((l) => /lấy lại|Nếu xóa nhầm/.test(l))).toEqual([]);
  });

  it('another registration’s row deleted too, not withdrawn: a loss — nothing erased until the council decides it too', () => {
    const t = officeOf();
    const lan = t.idOf(t.names[0]);
    const ha = t.idOf(t.names[2]);
    decide(t.o, lan, 'Không đề nghị', 'Cá nhân xin rút đăng ký. Xóa dữ liệu cá nhân theo yêu cầu.');
    t.rebuild();
    t.deleteResponse(t.names[0]);
    t.deleteResponse(t.names[2]);
    t.rebuild();
    // Both lines kept: a row deleted by mistake (Hà's) means the deletions may not be the office's on purpose.
    expect(t.versionsOf(lan)).toHaveLength(1);
    expect(t.versionsOf(ha)).toHaveLength(1);
    expect(t.reviewRow(lan).note).toContain('Nếu xóa nhầm');
    expect(t.log().filter((l) => l.includes('Đã xóa dữ liệu cá nhân'))).toEqual([]);
    // The council withdraws Hà too, and records her request (spelled otherwise: tones, case, spacing): both erased.
    decide(t.o, ha, 'Không đề nghị', 'Cá nhân xin rút đăng ký, xoá  DỮ LIỆU cá nhân  theo yêu cầu (đơn ngày 21/11/2024).');
    t.rebuild();
    expect(t.versionsOf(lan)).toEqual([]);
    expect(t.versionsOf(ha)).toEqual([]);
    expect(t.reviewRow(ha).note).toContain('cơ quan đã xóa dữ liệu cá nhân');
    expect(t.log().filter((l) => l.includes('Đã xóa dữ liệu cá nhân'))).toHaveLength(1);
    expect(t.log().filter((l) => l.includes('Các lần gửi phiếu') && /lấy lại/.test(l))).toEqual([]);
  });

  it('"Không đề nghị" without the request recorded, its row deleted: a loss as before — lines kept, missing ones told, nothing erased (d76 F2)', () => {
    const t = officeOf();
    const lan = t.idOf(t.names[0]);
    decide(t.o, lan, 'Không đề nghị', 'Chưa đạt tiêu chí CN-03; cá nhân có thể đề nghị xóa dữ liệu cá nhân.');
    t.rebuild();
    t.deleteResponse(t.names[0]);
    t.rebuild();
    expect(t.versionsOf(lan)).toHaveLength(1);
    expect(t.reviewRow(lan).note).toContain('Nếu xóa nhầm');
    expect(t.reviewRow(lan).note).not.toContain('Theo yêu cầu');
    // How to record the request, should that be why her row was deleted (the guide of an earlier version had no phrase).
    expect(t.reviewRow(lan).note).toContain('ghi “Xóa dữ liệu cá nhân theo yêu cầu” ở đầu ô “Nhận xét”');
    // Her line then deleted by hand: told as lines lost, as any.
    deleteTabRow(t.o.emu, 'Các lần gửi phiếu', t.o.emu.spreadsheets.values('Các lần gửi phiếu').findIndex((r) => r[1] === lan) + 1);
    t.rebuild();
    expect(t.log().filter((l) => l.includes('Các lần gửi phiếu') && l.includes('thiếu 1 dòng'))).toHaveLength(1);
    expect(t.log().filter((l) => l.includes('Đã xóa dữ liệu cá nhân'))).toEqual([]);
  });

  it('her line deleted by hand before any run saw the request: one message, the erasure saying the missing line (d76 F4)', () => {
    const t = officeOf();
    const lan = t.idOf(t.names[0]);
    decide(t.o, lan, 'Không đề nghị', 'Xóa dữ liệu cá nhân theo yêu cầu (đơn ngày 20/11/2024).');
    t.deleteResponse(t.names[0]);
    deleteTabRow(t.o.emu, 'Các lần gửi phiếu', t.o.emu.spreadsheets.values('Các lần gửi phiếu').findIndex((r) => r[1] === lan) + 1);
    t.rebuild();
    t.rebuild();
    const told = t.log().filter((l) => l.includes('Các lần gửi phiếu') && /thiếu|lấy lại/.test(l));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(`Đã xóa dữ liệu cá nhân của phiếu ${lan}`);
    expect(told[0]).toContain('thiếu 1 dòng');
    expect(told[0]).toContain('không cần làm gì');
  });

  /**
   * Her erasure requested in `comment`, her row deleted and erased by a rebuild (`erased`: her lines then), then the
   * file's version before the deletion restored.
   */
  const erasedThenRestored = (comment: string) => {
    const t = officeOf();
    const lan = t.idOf(t.names[0]);
    decide(t.o, lan, 'Không đề nghị', comment);
    t.rebuild();
    const beforeDeletion = fileVersion(t.o.emu);
    t.deleteResponse(t.names[0]);
    t.rebuild();
    const erased = t.versionsOf(lan);
    beforeDeletion();
    return { t, lan, erased };
  };

  it('her row back with a restored version: told once and on her row while it is; deleted again, erased again (d76 F3)', () => {
    const { t, lan, erased } = erasedThenRestored('Xóa dữ liệu cá nhân theo yêu cầu (đơn ngày 20/11/2024).');
    expect(erased).toEqual([]);
    expect(t.versionsOf(lan)).toHaveLength(1);
    t.rebuild();
    t.rebuild();
    const back = (l: string) => l.includes(`phiếu ${lan} đã được xóa theo yêu cầu`) && l.includes('nay có lại');
    expect(t.log().filter(back)).toHaveLength(1);
    expect(t.log().find(back)).toContain('xóa lại dòng');
    expect(t.reviewRow(lan).note).toContain('nay có lại');
    // Deleted again: erased again, the note of her row back gone.
    t.deleteResponse(t.names[0]);
    t.rebuild();
    expect(t.versionsOf(lan)).toEqual([]);
    expect(t.reviewRow(lan).note).toContain('cơ quan đã xóa dữ liệu cá nhân');
    expect(t.reviewRow(lan).note).not.toContain('nay có lại');
    expect(t.log().filter(back)).toHaveLength(1);
  });

  it('her row back, then the request taken out of "Nhận xét": her row no longer says it (d76 F3)', () => {
    const { t, lan } = erasedThenRestored('Xóa dữ liệu cá nhân theo yêu cầu.');
    t.rebuild();
    expect(t.reviewRow(lan).note).toContain('nay có lại');
    decide(t.o, lan, 'Không đề nghị', 'Cá nhân xin rút; không còn đề nghị xóa dữ liệu.');
    t.rebuild();
    expect(t.reviewRow(lan).note).not.toContain('nay có lại');
    expect(t.versionsOf(lan)).toHaveLength(1);
  });
});

// Review d76b F4. Who is hurt: a teacher turned down who complains, and the office, which must answer her complaint from
// "Các lần gửi phiếu" (README: "để trả lời khi có khiếu nại").
// Now: review.ts requestsErasure reads the request to erase as the words "Xóa dữ liệu cá nhân theo yêu cầu" anywhere in
// "Nhận xét" of a "Không đề nghị" row (matchKey(comment).includes(...)). A council that records that it refused or put
// off a request writes those very words after a negation: "Hội đồng không xóa dữ liệu cá nhân theo yêu cầu vì đang
// giải quyết khiếu nại" (Luật 91/2025/QH15 lets data be kept while the law requires it), or "chưa xóa dữ liệu cá nhân
// theo yêu cầu". When her response row is then deleted (by mistake, or by a clerk who reads "rút phiếu" as deleting the
// row), the next run erases every line of hers in "Các lần gửi phiếu" and her row says "Theo yêu cầu của người đăng ký,
// cơ quan đã xóa dữ liệu cá nhân" — the evidence the council decided to keep is gone.
// Should: a comment that negates the phrase ("không", "chưa", "chưa được" … just before "xóa") is not a request; the
// deleted row is reported as lost ("Nếu xóa nhầm, hãy lấy lại dòng"), nothing is erased. (Or: the request is a value
// of its own, not words found anywhere in free text.)
// Severity: Medium (irreversible loss of complaint evidence, in a case that needs a second mistake to happen).
import { describe, expect, it } from 'vitest';
import { erasedWith } from './erasure-lib';


describe('a comment that refuses the erasure in the guide’s own words (d76b F4)', () => {
  it('"không xóa dữ liệu cá nhân theo yêu cầu": her lines are kept, her row reported lost', () => {
    const r = erasedWith('Không đạt CN-09. Cá nhân xin rút, đề nghị xóa dữ liệu; Hội đồng không xóa dữ liệu cá nhân theo yêu cầu vì đang giải quyết khiếu nại của cá nhân.');
    expect(r.lines, r.note).toBe(1);
    expect(r.note).toContain('Nếu xóa nhầm');
  });
  it('"chưa xóa dữ liệu cá nhân theo yêu cầu": her lines are kept', () => {
    const r = erasedWith('Không đạt CN-09; chưa xóa dữ liệu cá nhân theo yêu cầu (chờ hết thời hạn khiếu nại).');
    expect(r.lines, r.note).toBe(1);
  });
});

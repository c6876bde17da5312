// Review d76c F4 (after the fix of d76b F4). Who is hurt: a teacher turned down who complains, and the office, which must
// answer her complaint from "Các lần gửi phiếu" (README: "để trả lời khi có khiếu nại").
// Now: review.ts requestsErasure reads the phrase "Xóa dữ liệu cá nhân theo yêu cầu" as the request unless one of a few
// words stands right before it (DENIED: "không", "chưa", "không được", "không thể", "từ chối" …). A council that refuses
// or puts off a request writes it as councils do: "Hội đồng không đồng ý xóa dữ liệu cá nhân theo yêu cầu vì đang giải
// quyết khiếu nại", "Chưa thể xóa …", "Tạm hoãn xóa …", "không chấp nhận xóa …". None of these ends with a listed word, so
// each reads as the request; when her response row is then deleted (by mistake, or by a clerk who reads "rút phiếu" as
// deleting the row), the next run erases every line of hers in "Các lần gửi phiếu" and her row says "Theo yêu cầu của
// người đăng ký, cơ quan đã xóa dữ liệu cá nhân". The README says the phrase must not stand after "không", "chưa"…,
// which a council reads as covering "không đồng ý" and "chưa thể".
// Should: a refusal or a delay written before the phrase is no request; the deleted row is reported lost, nothing is
// erased. (More robust: the request a value of its own — a decision or a checkbox — not words found in free text.)
// Severity: Medium (irreversible loss of complaint evidence the council decided to keep; needs the row deleted as well).
import { describe, expect, it } from 'vitest';
import { erasedWith } from './erasure-lib';

describe('a comment that refuses or puts off the erasure, in a council’s usual words (d76c F4)', () => {
  for (const comment of [
    'Không đạt CN-09. Hội đồng không đồng ý xóa dữ liệu cá nhân theo yêu cầu vì đang giải quyết khiếu nại của cá nhân.',
    'Không đạt CN-09; chưa thể xóa dữ liệu cá nhân theo yêu cầu (đang trong thời hạn khiếu nại).',
    'Không đạt CN-09. Tạm hoãn xóa dữ liệu cá nhân theo yêu cầu đến khi giải quyết xong khiếu nại.',
  ]) {
    it(`"${comment}": her lines are kept, her row reported lost`, () => {
      const r = erasedWith(comment);
      expect(r.lines, r.note).toBe(1);
      expect(r.note).toContain('Nếu xóa nhầm');
    });
  }
});

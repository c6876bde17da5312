// The weekly digest names the registrations whose verdict turned since the last digest for another reason than their
// school's sending — here a response row the clerk deleted (a withdrawn registration) — from the lines the rebuild
// wrote in "Lịch sử thẩm định" (review r67s F4): the leader reads which one left the count, not only "(-1)".
import { expect, it } from 'vitest';
import { digestOffice } from './helpers';

it('a registration whose response row was deleted since the last digest is named in the next one, once', () => {
  const { o, digest, withdraw } = digestOffice();
  const first = digest();
  expect(first).toContain('Tổng cộng: 3 phiếu');
  o.emu.clock.advance(2 * 24 * 3600_000);
  // Lê Văn Cường's row (the third response) deleted; the nightly rebuild records it.
  withdraw('Lê Văn Cường');
  o.emu.clock.advance(5 * 24 * 3600_000);
  const second = digest();
  expect(second).toContain('Tổng cộng: 2 phiếu (-1)');
  expect(second).toMatch(/mà không do trường gửi hay sửa phiếu — 1 phiếu/);
  expect(second).toMatch(/DK-000004 — Trường [^\n]* — “Lê Văn Cường”: Kết luận tự động đổi [^\n]*đã bị xóa/);
  // The week after: old news, not listed again.
  o.emu.clock.advance(7 * 24 * 3600_000);
  o.rebuild();
  expect(digest()).not.toContain('Lê Văn Cường');
});

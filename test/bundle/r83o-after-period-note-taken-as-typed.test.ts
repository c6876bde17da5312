// Review r83o F2 (the office's own tabs in the weeks before the council, December 2026). Who is hurt: the deputy head
// preparing the council, told that someone typed into the tool's column, and sent to move the tool's own words into
// "Nhận xét" (which goes to the school) or a column of her own.
// Steps: an office still on its 2021–2025 Sheet in December 2026 receives late registrations: the tool rightly notes
// each one in "Ghi chú" of "Thẩm định" — «Phiếu gửi hoặc sửa sau khi giai đoạn đã kết thúc: trường được trả lời là phiếu
// không được xét trong giai đoạn (xem “Kết quả kiểm tra”).». One teacher withdraws; the clerk deletes her response row
// (README: a deleted row is reported in "Thẩm định"). The nightly "Cập nhật tổng hợp" runs.
// Now: that row's "Ghi chú" reads «1 dòng dưới đây không phải do công cụ ghi (có người gõ vào ô này): công cụ giữ
// nguyên. …» above the tool's own after-period note, and "Nhật ký lỗi" says «Trang “Thẩm định”: ô “Ghi chú” ở dòng 2
// (phiếu DK-000002) có nội dung không phải do công cụ ghi: “Phiếu gửi hoặc sửa sau khi giai đoạn đã kết thúc…”. …
// Nếu đó là ghi chú của Hội đồng, nên chép sang một cột riêng của cơ quan …, hoặc sang “Nhận xét” nếu là nhận xét gửi
// trường». Nobody typed anything.
// Should: the tool knows its own note once it no longer writes it (as for every other note of "Ghi chú"): the row says
// only that its response row was deleted, and "Nhật ký lỗi" reports no typed line.
// Cause: reviewNoteAfterPeriod (src/core/messages/summaries.ts, written by mergeReview in src/core/review.ts) is not
// among toolNoteShapes (src/core/review-notes.ts), so once stale it is read as a person's line.
import { expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { deleteTabRow } from '../../scripts/user';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const NOW = new Date(2026, 11, 8, 8, 0, 0);
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'];
const AFTER_PERIOD = 'Phiếu gửi hoặc sửa sau khi giai đoạn đã kết thúc';

it("the tool's own after-period note is not reported as typed by a person once the registration's row is deleted", () => {
  const o = officeAfterSetup(SCHOOLS, { now: NOW });
  NAMES.forEach((name, i) => {
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[i].name, [Q.individualName]: name } as never, { email: SCHOOLS[i].emails[0] });
    o.emu.clock.advance(60_000);
  });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const review = () => o.emu.spreadsheets.values('Thẩm định');
  const header = review()[0].map(String);
  const note = (name: string) => String(review().find((r) => r.includes(name))![header.indexOf('Ghi chú')]);
  // The control: the tool's note on every late registration.
  for (const n of NAMES) expect(note(n)).toContain(AFTER_PERIOD);

  // Nguyễn Văn An withdraws: the clerk deletes her response row; the nightly run.
  const row = o.emu.spreadsheets.values('Phiếu đăng ký').findIndex((r) => r.includes(NAMES[0])) + 1;
  deleteTabRow(o.emu, 'Phiếu đăng ký', row);
  o.emu.clock.advance(20 * 3_600_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });

  expect(note(NAMES[0])).toContain('không còn trong trang câu trả lời');
  expect(note(NAMES[0])).not.toContain('có người gõ vào ô này');
  const log = o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.map(String).join(' | '));
  expect(log.filter((l) => l.includes('có nội dung không phải do công cụ ghi'))).toEqual([]);
});

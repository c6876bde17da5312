// Review r81o F7 (office staff handling the spreadsheet). Who is hurt: the clerk who works through "Nhật ký lỗi" as the
// office's to-do list.
// Steps: "Nhật ký lỗi" is the one tool tab the office is asked to write in (its "Đã xử lý" column). To share the work
// the clerk inserts a column "Người xử lý" after "Thời điểm" and types who takes each line ("Chị Lan"). Later the tool
// logs something new (here an e-mail typed wrong in "Đơn vị").
// Now: the tool appends its line by position, not by header: the new row reads «Thời điểm: 01/07/2024 09:00 | Người xử
// lý: “Cập nhật tổng hợp” | Công việc: “Trang tính “Đơn vị”, dòng 4, cột “Email”: “thhoabinh@@example” …” | Lỗi: (trống)»
// — the job sits in her column, the message under "Công việc", and "Lỗi" is empty, so a filter on "Lỗi" or on
// "Người xử lý" (blank = nobody yet) misses it.
// Should: the tool writes each cell under its own header wherever the office put its column (as "Kết quả kiểm tra"
// does), leaving the office's column blank on the new row. Cause likely in the log writer (src/gas/health.ts logError / logProblems → appendLogRows:
// appendRow of a fixed-order row).
import { expect, it } from 'vitest';
import { insertTabColumn, insertTabRows, typeCell } from '../../scripts/user';
import { SCHOOLS, officeAfterSetup } from './helpers';

it('a column the office inserted in "Nhật ký lỗi": the tool\'s new line still goes under "Công việc" and "Lỗi"', () => {
  const ctx = officeAfterSetup(SCHOOLS);
  // Something to log first (a row of "Đơn vị" with a name only), so the tab exists.
  insertTabRows(ctx.emu, 'Đơn vị', 1, 1);
  typeCell(ctx.emu, 'Đơn vị', 2, 2, 'Trường Mầm non Sen Hồng');
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  insertTabColumn(ctx.emu, 'Nhật ký lỗi', 1);
  typeCell(ctx.emu, 'Nhật ký lỗi', 1, 2, 'Người xử lý');
  typeCell(ctx.emu, 'Nhật ký lỗi', 2, 2, 'Chị Lan');
  // An e-mail typed wrong for Trường Tiểu học Hòa Bình (row 4 of "Đơn vị" now).
  typeCell(ctx.emu, 'Đơn vị', 4, 7, 'thhoabinh@@example');
  ctx.emu.clock.advance(3_600_000);
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const log = ctx.emu.spreadsheets.values('Nhật ký lỗi');
  const h = log[0].map(String);
  const line = log.find((r) => r.some((c) => String(c).includes('thhoabinh@@example')))!;
  expect(String(line[h.indexOf('Lỗi')])).toContain('thhoabinh@@example');
  expect(String(line[h.indexOf('Công việc')])).toBe('Cập nhật tổng hợp');
  expect(String(line[h.indexOf('Người xử lý')])).toBe('');
});

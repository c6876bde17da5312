// Review d83a F1 (adversarial read of f83a: "Kết quả kiểm tra" keeps each registration on its row). Who is hurt: the
// specialist (chuyên viên) of a Sở who works through "Kết quả kiểm tra" and keeps her own column of follow-ups there.
// Steps: four teachers' registrations are checked. She inserts a column "Theo dõi" after the tool's columns and types
// «đã gọi trường ngày 03/12» on Lê Văn Cường's row (README: «cột, dòng riêng mà phòng thêm vào (ví dụ cột “STT”, cột
// “Theo dõi”) … được giữ nguyên»). To print the tab for the council she inserts a row above the header and types its
// title «BẢNG THEO DÕI KẾT QUẢ KIỂM TRA» — as offices title every list they print (review clerkday #4 saw the same on
// "Thẩm định", which now stops and says «hãy xóa dòng 1 phía trên dòng tiêu đề»). The nightly "Cập nhật tổng hợp" runs.
// Now: the header is no longer in row 1, so resultsLayout finds no code column; officeAddedTo sends the tab to
// writeBesideOffice, which gives up (resultsTabUpdate null), and writeResults writes the tab whole: her title row and her
// whole "Theo dõi" column are gone, and nothing in "Nhật ký lỗi" or "Tình trạng" says so.
// Should: nothing the office typed is lost (no data is lost, ever): her title and her notes are still in the tab (the
// tab left as it is and the office told what to put right, as "Thẩm định" does, or the table found below the title).
import { expect, it } from 'vitest';
import { insertTabColumn, insertTabRows, typeCell } from '../../scripts/user';
import { RESULTS, TEACHERS, teachersChecked } from './teachers-office-lib';

const NAMES = TEACHERS;
const TITLE = 'BẢNG THEO DÕI KẾT QUẢ KIỂM TRA';
const NOTE = 'đã gọi trường ngày 03/12';

it('a title row typed above the header of "Kết quả kiểm tra": her title and her "Theo dõi" notes survive the nightly run', () => {
  const o = teachersChecked(NAMES);
  const values = () => o.emu.spreadsheets.values(RESULTS);
  const rowOf = (name: string) => values().findIndex((r) => r.includes(name)) + 1;

  // Her column of follow-ups, then a title row above the header.
  insertTabColumn(o.emu, RESULTS, 14);
  typeCell(o.emu, RESULTS, 1, 15, 'Theo dõi');
  typeCell(o.emu, RESULTS, rowOf(NAMES[2]), 15, NOTE);
  insertTabRows(o.emu, RESULTS, 0, 1);
  typeCell(o.emu, RESULTS, 1, 1, TITLE);
  expect(values()[0][0]).toBe(TITLE);

  o.emu.clock.advance(20 * 3_600_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });

  const cells = values().flat().map(String);
  expect(cells, 'her note in "Theo dõi"').toContain(NOTE);
  expect(cells, 'her title row').toContain(TITLE);
  // Her note still on Lê Văn Cường's row.
  expect(values()[rowOf(NAMES[2]) - 1].map(String)).toContain(NOTE);
});

// The same cause, another everyday edit: the code's header retyped «Mã số phiếu» (README: a tool header retyped gets
// the tool's spelling back). No code column found, the tab is written whole: her "Theo dõi" column is erased.
it('the code header of "Kết quả kiểm tra" retyped: her "Theo dõi" notes survive the nightly run', () => {
  const o = teachersChecked(NAMES);
  const values = () => o.emu.spreadsheets.values(RESULTS);
  const rowOf = (name: string) => values().findIndex((r) => r.includes(name)) + 1;
  insertTabColumn(o.emu, RESULTS, 14);
  typeCell(o.emu, RESULTS, 1, 15, 'Theo dõi');
  typeCell(o.emu, RESULTS, rowOf(NAMES[2]), 15, NOTE);
  typeCell(o.emu, RESULTS, 1, 1, 'Mã số phiếu');

  o.emu.clock.advance(20 * 3_600_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });

  expect(values().flat().map(String), 'her note in "Theo dõi"').toContain(NOTE);
  expect(values()[rowOf(NAMES[2]) - 1].map(String)).toContain(NOTE);
});

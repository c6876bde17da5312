// Review d83a F2 (adversarial read of f83a: a gone registration's row is deleted from "Kết quả kiểm tra"). Who is hurt:
// the teacher whose row a note of the office's now stands under, and the specialist who reads it.
// Steps: five teachers' registrations are checked. The school of Trần Thị Bình (DK-000003) writes that it withdraws her
// registration; the specialist inserts a row right under Bình's row in "Kết quả kiểm tra" and types there
// «↑ Trường xin rút phiếu này (CV số 12 ngày 01/12), chờ văn bản» (a row of her own: README keeps «cột, dòng riêng mà
// phòng thêm vào»). The clerk then deletes Bình's response row in "Phiếu đăng ký". The nightly "Cập nhật tổng hợp" runs.
// Now: resultsTabUpdate names Bình's row `emptied` (nothing of the office's in that row itself) and writeBesideOffice
// deletes it (deleteTabRows), so the specialist's note row moves up under Nguyễn Văn An's row (DK-000002): the tab
// reads "An — ↑ Trường xin rút phiếu này". Before f83a, a gone row above a row of the office's was kept (only rows
// below the office's last row were removed), so her note stayed under Bình's (blank) row. Nothing is logged.
// Should: an office row is never left standing under another registration than the one it was written under: the gone
// registration's row is kept (its code and «Dòng phiếu đã bị xóa…», as when she writes in the row itself) while a row of
// the office's stands right below it.
import { expect, it } from 'vitest';
import { deleteTabRow, insertTabRows, typeCell } from '../../scripts/user';
import { RESULTS, TEACHERS, teachersChecked } from './teachers-office-lib';

const NAMES = [...TEACHERS, 'Hoàng Văn Em'];
const NOTE = '↑ Trường xin rút phiếu này (CV số 12 ngày 01/12), chờ văn bản';

it('a note row the specialist put under a withdrawn registration does not end up under another teacher\'s row', () => {
  const o = teachersChecked(NAMES);
  const values = (tab: string) => o.emu.spreadsheets.values(tab);
  const rowOf = (tab: string, text: string) => values(tab).findIndex((r) => r.map(String).includes(text)) + 1;
  const nameCol = values(RESULTS)[0].map(String).indexOf('Tên tập thể / cá nhân') + 1;

  const binh = rowOf(RESULTS, NAMES[1]);
  insertTabRows(o.emu, RESULTS, binh, 1);
  typeCell(o.emu, RESULTS, binh + 1, nameCol, NOTE);
  expect(values(RESULTS)[rowOf(RESULTS, NOTE) - 2].map(String)).toContain(NAMES[1]);

  // The clerk deletes Bình's response row (the school withdrew it); the nightly run.
  deleteTabRow(o.emu, 'Phiếu đăng ký', rowOf('Phiếu đăng ký', NAMES[1]));
  o.emu.clock.advance(20 * 3_600_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });

  const note = rowOf(RESULTS, NOTE);
  expect(note, 'her note row is kept').toBeGreaterThan(1);
  const above = values(RESULTS)[note - 2].map(String);
  // Not under another teacher's row: Nguyễn Văn An (DK-000002) did not withdraw.
  expect(above, 'the row right above her note').not.toContain(NAMES[0]);
  expect(above[0]).not.toBe('DK-000002');
});

// Review d74 F2 — High. Who is hurt: an office that follows README step 4 "(hoặc mở bảng tính thi đua đang dùng)" and
// whose emulation workbook keeps one tab per school — the commonest layout of such a file — named as "Đơn vị" names the
// school ("Trường Tiểu học Hòa Bình").
// What happens now: the r74d F1 fix (setup.ts setAsideOfficeTabs) sets aside the office's tabs under the tool's fixed
// names ("Tổng hợp", "Hướng dẫn", "Thẩm định"…) but not a tab under a SCHOOL's name, which the tool also writes (one tab
// per school, named by "Đơn vị"; per ward when grouped). The first "Cập nhật tổng hợp" writes the tool's school tab over
// the office's: its rows (the school's results of earlier years) are gone, and neither the alert nor "Nhật ký lỗi"
// says so. Review r74d F1 named this case ("and to tabs named after a school").
// What should happen: the office's tab is kept (set aside under another name, and said), as for "Tổng hợp"; or the
// tool names its own tab otherwise.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, officeFileWithOwnTab } from './helpers';

const OFFICE_ROWS = [
  ['Năm học', 'Danh hiệu tập thể', 'Ghi chú'],
  ['2021-2022', 'Tập thể lao động tiên tiến', 'QĐ số 512/QĐ-UBND'],
  ['2022-2023', 'Tập thể lao động xuất sắc', 'QĐ số 618/QĐ-UBND ngày 20/8/2023'],
];

describe('d74 F2: the office file’s own tab under a school’s name', () => {
  it('survives Thiết lập and the first “Cập nhật tổng hợp”', () => {
    const { everything } = officeFileWithOwnTab(SCHOOLS[1].name, OFFICE_ROWS);
    expect(everything).toContain('QĐ số 618/QĐ-UBND ngày 20/8/2023');
    expect(everything).toContain('QĐ số 512/QĐ-UBND');
  });
});

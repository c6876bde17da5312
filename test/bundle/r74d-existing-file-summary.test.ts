// Review r74d (first deployment by an office) F1. README "Dành cho cán bộ tin học", step 4, tells the IT person to
// create a new Sheet "(hoặc mở bảng tính thi đua đang dùng)": put the tool into the emulation spreadsheet the office
// already keeps. Such a file very often has a tab named "Tổng hợp" (last year's summary by school) — the very name of
// the tool's summary tab. Today the first Thiết lập leaves it alone, then the Thiết lập after the directory is filled in
// (step 7) writes the tool's summary over it: the office's rows are gone, with no word in the alert or in "Nhật ký lỗi"
// (Google's version history is the only way back, if anybody notices).
// Who is hurt: the office that follows step 4's "bảng tính đang dùng" (the README offers it as the first choice's
// alternative). What should happen: a tab of the tool's name that the tool did not make and that holds data is not
// written over — Thiết lập stops (or writes its tab under another name) and says which tab to rename, as it already
// does for a "Đơn vị" tab without the tool's header; or the README stops offering an existing file.
// Severity: High (silent loss of the office's own data on the first day).
import { describe, expect, it } from 'vitest';
import { officeFileWithOwnTab } from './helpers';

const OFFICE_ROWS = [
  ['STT', 'Đơn vị', 'Xếp loại thi đua năm học 2023-2024'],
  [1, 'Trường Mầm non Hoa Sen', 'Tập thể lao động xuất sắc'],
  [2, 'Trường Tiểu học Hòa Bình', 'Tập thể lao động tiên tiến'],
];

describe('the tool put into the emulation spreadsheet the office already keeps (r74d F1)', () => {
  it("the office's own “Tổng hợp” tab survives Thiết lập and the first “Cập nhật tổng hợp”", () => {
    const { everything } = officeFileWithOwnTab('Tổng hợp', OFFICE_ROWS);
    expect(everything).toContain('Xếp loại thi đua năm học 2023-2024');
    expect(everything).toContain('Tập thể lao động xuất sắc');
  });
});

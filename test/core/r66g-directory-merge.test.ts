// Review r66g: the clerk follows the July 2025 mergers in "Đơn vị" mid-season. What the directory makes of the rows the
// clerk types must be what the office is told.
import { describe, expect, it } from 'vitest';
import { directoryToRows, findSchool, parseDirectory } from '../../src/core/directory';
import { SCHOOLS } from './helpers';

describe('r66g: schools merged in "Đơn vị"', () => {
  it('two schools merged, the new name typed on both rows: the line of the row left out says its addresses are no school\'s and what to do', () => {
    // "Trường Tiểu học Hòa Bình" and "Trường THCS Quang Minh" become one school; the clerk types the new name on both
    // rows (each principal keeps an address) and waits to tidy up.
    const merged = 'Trường TH và THCS Hòa Bình';
    const rows = directoryToRows([SCHOOLS[0], { ...SCHOOLS[1], name: merged }, { ...SCHOOLS[2], name: merged }]);
    const dir = parseDirectory(rows);
    // The third row is left out whole: its address is no longer any school's (its registrations become "chưa xác minh",
    // its code's reminders and view stop) …
    expect(dir.schools.map((s) => s.row)).toEqual([2, 3]);
    expect(dir.schools.some((s) => s.emails.includes('thcsquangminh@example.edu.vn'))).toBe(false);
    const line = dir.errors.find((e) => e.includes('dòng 4'))!;
    expect(line).toBeDefined();
    // … so the line must say so and what to do (move the address to the first row, or give the row its own name).
    expect(line).toContain('thcsquangminh@example.edu.vn');
  });

  it('former names typed with a comma (as the e-mail column allows): each old name finds the merged school, or the row is named', () => {
    const merged = 'Trường TH và THCS Hòa Bình';
    const rows = directoryToRows([SCHOOLS[0], { ...SCHOOLS[1], name: merged }]);
    // "Tên cũ" of the merged school, as a clerk types a list.
    rows[2][7] = 'Trường Tiểu học Hòa Bình, Trường THCS Quang Minh';
    const dir = parseDirectory(rows);
    const found = findSchool(dir, 'Trường Tiểu học Hòa Bình');
    // Either the old name is the merged school's, or "Nhật ký lỗi" names row 3's "Tên cũ" — never silence, which
    // leaves every registration sent under either old name counted for no school.
    const told = dir.errors.some((e) => e.includes('dòng 3') && e.includes('Tên cũ'));
    expect(found?.code === SCHOOLS[1].code || told).toBe(true);
  });
});

describe('r66g: what the office is told, and only when it applies', () => {
  it('the row left out: its addresses, and how to merge the rows; one old name holding a comma is no list (no note)', () => {
    const merged = 'Trường TH và THCS Hòa Bình';
    const dir = parseDirectory(directoryToRows([SCHOOLS[0], { ...SCHOOLS[1], name: merged }, { ...SCHOOLS[2], name: merged }]));
    const line = dir.errors.find((e) => e.includes('dòng 4'))!;
    expect(line).toContain('nên công cụ không dùng dòng 4');
    expect(line).toContain('chép các địa chỉ e-mail của dòng 4 sang dòng 3');
    const rows = directoryToRows([SCHOOLS[0], SCHOOLS[1]]);
    rows[2][7] = 'Trường THCS Lê Lợi, phường Hòa Bình';
    expect(parseDirectory(rows).errors.filter((e) => e.includes('Tên cũ'))).toEqual([]);
    rows[2][7] = 'Trường Tiểu học Hòa Bình, Trường THCS Quang Minh';
    expect(parseDirectory(rows).errors.filter((e) => e.includes('Tên cũ'))).toEqual([
      expect.stringContaining('dòng 3, cột “Tên cũ”: “Trường Tiểu học Hòa Bình, Trường THCS Quang Minh” được đọc là một tên'),
    ]);
  });
});

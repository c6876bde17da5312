// Review r67r F3: the office renames a school in "Đơn vị" mid-year (Trường Tiểu học Hòa Bình → Trường Tiểu học Hòa Bình
// Mới) after it sent its six-month report under the old name. Its tab now says it has not sent that report; the only
// line the office gets is "Báo cáo dòng 3: đơn vị “Trường Tiểu học Hòa Bình” … không có trong danh mục đơn vị." — no
// word of the fix, while a registration of the old name gets one (registrationsOfUnknownSchool: "Nếu trường đã đổi tên
// hoặc sáp nhập vào trường khác, ghi … vào cột “Tên cũ” của trường hiện nay"). Once the old name is in "Tên cũ", the
// report is the school's again (holds today).
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { directoryRows } from './helpers';
import { HOA_BINH, SCHOOLS, reportOffice } from './r67r-lib';

const NEW_NAME = 'Trường Tiểu học Hòa Bình Mới';
const PERIOD = '6 tháng đầu năm 2027';

function renamed(former: string) {
  const w = reportOffice();
  w.report(HOA_BINH, new Date(2027, 5, 10, 11), PERIOD, 'Số 7/BC-THHB ngày 9/6/2027');
  w.rebuild(new Date(2027, 5, 10, 12));
  w.emu.clock.set(new Date(2027, 5, 20, 9));
  // The school's row renamed, its old name (or nothing) in the last column, "Tên cũ".
  const rows = directoryRows(SCHOOLS.map((s) => (s.code === HOA_BINH.code ? { ...s, name: NEW_NAME } : s)));
  expect(rows[0][rows[0].length - 1]).toBe('Tên cũ');
  for (const r of rows) if (r[0] === HOA_BINH.code) r[r.length - 1] = former;
  typeIntoTab(w.emu, 'Đơn vị', rows);
  w.bundle.call('setup', undefined, { kind: 'menu' });
  w.rebuild(new Date(2027, 5, 21, 7));
  const duty = w.tab({ ...HOA_BINH, name: NEW_NAME }).map((r) => r[0]).find((c) => c.startsWith('• Báo cáo 6 tháng và hằng năm')) ?? '';
  const log = w.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? w.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : [];
  return { w, duty, log };
}

describe('review r67r F3: a school renamed after sending its report', () => {
  it('without "Tên cũ": the log line of its report says how to keep it the school\'s (the old name in "Tên cũ")', () => {
    const { w, duty, log } = renamed('');
    expect(w.failures()).toEqual([]);
    // What the school's tab now says (the report is no longer its own).
    expect(duty).toContain(`${PERIOD} (hạn 15/06/2027)`);
    const line = log.find((l) => l.startsWith('Báo cáo dòng') && l.includes(HOA_BINH.name));
    expect(line, 'a log line for the report').toBeTruthy();
    expect(line).toContain('“Tên cũ”');
  });

  it('with the old name in "Tên cũ": the report counts for the renamed school (holds today)', () => {
    const { w, duty } = renamed(HOA_BINH.name);
    expect(w.failures()).toEqual([]);
    expect(duty).toMatch(/^• Báo cáo 6 tháng và hằng năm \(mục IV\.2\): /);
    expect(duty).not.toContain(PERIOD);
  });
});

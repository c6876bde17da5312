// Review r83o F1 (the office's own tabs in the weeks before the council, December 2026). Who is hurt: the specialist
// (chuyên viên) who answers schools' calls from "Kết quả kiểm tra", and the teachers whose rows she marks.
// Steps: a Sở (2026–2030) has four teachers' registrations checked. In "Kết quả kiểm tra" the specialist hides the row of
// Nguyễn Văn An (dealt with: right-click → Ẩn hàng) and colours the row of Trần Thị Bình yellow (school to call back) —
// nothing typed, no column added. A colleague then sorts "Phiếu đăng ký" by name, which README says is harmless
// ("Sắp xếp, lọc, chèn hay xóa dòng ở đây không làm lệch gì"), or deletes a withdrawn registration's row there. The
// nightly "Cập nhật tổng hợp" runs.
// Now: writeResults (src/jobs/results.ts) writes the tab whole, its rows in the order of the response tab, with
// setValues: the values move to other rows, but a row's hidden state and its cells' colour stay where they were
// (Range.setValues sets values only). After the sort by name, Trần Thị Bình's row — the school she must call back — is
// the hidden one, Phạm Thị Dung's is yellow, An shows again. Nothing is said anywhere.
// Should: what the office does to a row of "Kết quả kiểm tra" stays with that registration, as README promises of its
// cells ("mỗi ô đi theo mã phiếu của dòng"): the rows keep their order (new ones below), so a hidden or coloured row is
// still the same registration after the next run.
import { expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { hideTabRows, sortTab } from '../../scripts/user';
import { RESULTS, TEACHERS, teachersChecked } from './teachers-office-lib';

const NAMES = TEACHERS;
const YELLOW = '#ffff00';

it('a row of "Kết quả kiểm tra" hidden or coloured by the specialist stays that registration\'s after the next run', () => {
  const o = teachersChecked(NAMES);
  const sheet = () => o.emu.spreadsheets.sheet(RESULTS)!;
  const rowOf = (name: string) => o.emu.spreadsheets.values(RESULTS).findIndex((r) => r.includes(name)) + 1;
  const codeAt = (row: number) => String(o.emu.spreadsheets.values(RESULTS)[row - 1][0]);
  const codeOf = (name: string) => codeAt(rowOf(name));
  const [an, binh] = [codeOf(NAMES[0]), codeOf(NAMES[1])];

  // The specialist's marks: An's row hidden, Bình's row yellow.
  hideTabRows(o.emu, RESULTS, rowOf(NAMES[0]));
  const yellowRow = rowOf(NAMES[1]);
  for (let c = 1; c <= 14; c++) sheet().setCell(yellowRow, c, { ...(sheet().cell(yellowRow, c) ?? { value: '' }), background: YELLOW });
  const marks = () => ({
    hidden: [...sheet().hiddenRows].map(codeAt),
    yellow: o.emu.spreadsheets.values(RESULTS).map((_, i) => i + 1).filter((r) => sheet().cell(r, 1)?.background === YELLOW).map(codeAt),
  });
  expect(marks()).toEqual({ hidden: [an], yellow: [binh] });

  // A colleague sorts the response tab by name (Z→A); the nightly run.
  const header = o.emu.spreadsheets.values('Phiếu đăng ký')[0].map(String);
  sortTab(o.emu, 'Phiếu đăng ký', [{ column: header.indexOf(Q.individualName) + 1, ascending: false }]);
  o.emu.clock.advance(20 * 3_600_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });

  expect(o.emu.spreadsheets.values(RESULTS).length).toBe(NAMES.length + 1);
  expect(marks()).toEqual({ hidden: [an], yellow: [binh] });
});

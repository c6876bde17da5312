// d83a F1 (fix f83e): "Kết quả kiểm tra" whose rows cannot be told by their codes is never written whole over what the
// office typed: with a title row above its header it is left as it is, the office told once in "Nhật ký lỗi" what to put
// right (and at every run in "Tình trạng"), and once the title row is deleted the next run writes it in place, her notes
// on their registrations' rows; a code header retyped is found by its codes and gets the tool's spelling back.
import { expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { RESULTS_NOT_WRITTEN } from '../../src/core/messages';
import { insertTabColumn, insertTabRows, typeCell } from '../../scripts/user';
import { SCHOOLS, haSonSo, individualAnswers, officeAfterSetup } from './helpers';

const RESULTS = 'Kết quả kiểm tra';
const NOW = new Date(2026, 11, 8, 8, 0, 0);
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'];
const TITLE = 'BẢNG THEO DÕI KẾT QUẢ KIỂM TRA';
const NOTE = 'đã gọi trường ngày 03/12';

function office() {
  const cfg = haSonSo(NOW, {});
  const o = officeAfterSetup(SCHOOLS, { now: NOW }, cfg);
  const send = (name: string, i: number) => {
    const s = SCHOOLS[i % SCHOOLS.length];
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: s.name, [Q.individualName]: name } as never, { email: s.emails[0] });
    o.emu.clock.advance(60_000);
  };
  NAMES.slice(0, 4).forEach(send);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const values = () => o.emu.spreadsheets.values(RESULTS);
  const rowOf = (name: string) => values().findIndex((r) => r.map(String).includes(name)) + 1;
  const rebuild = () => {
    o.emu.clock.advance(3_600_000);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  };
  const health = () => o.emu.spreadsheets.values('Tình trạng').find((r) => r[0] === 'Cập nhật tổng hợp')!.map(String);
  const log = () => (o.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []);
  return { o, send, values, rowOf, rebuild, health, log };
}

it('a title row above the header: the tab left as it is, said once and in "Tình trạng"; the title deleted, written again', () => {
  const { o, send, values, rowOf, rebuild, health, log } = office();
  insertTabColumn(o.emu, RESULTS, 14);
  typeCell(o.emu, RESULTS, 1, 15, 'Theo dõi');
  typeCell(o.emu, RESULTS, rowOf(NAMES[2]), 15, NOTE);
  insertTabRows(o.emu, RESULTS, 0, 1);
  typeCell(o.emu, RESULTS, 1, 1, TITLE);
  const before = values();

  send(NAMES[4], 4);
  rebuild();
  rebuild();
  expect(values(), 'the tab as she left it').toEqual(before);
  const told = log().filter((l) => l === RESULTS_NOT_WRITTEN.headerBelow(2));
  expect(told, 'told once over a submission and two runs').toHaveLength(1);
  expect(told[0]).toContain('Hãy xóa dòng 1 phía trên dòng tiêu đề');
  expect(health()[2]).not.toBe('Thành công');
  expect(health().join(' ')).toContain(RESULTS_NOT_WRITTEN.headerBelow(2));

  // The title row deleted: the next run writes the tab in place, the new registration below, her note where it was.
  o.emu.runtime.execute(() => o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(RESULTS)!.deleteRow(1), { kind: 'node', label: 'user typing' });
  rebuild();
  expect(values()[0][0]).toBe('Mã phiếu');
  expect(values()[0][14]).toBe('Theo dõi');
  expect(values()[rowOf(NAMES[2]) - 1][14]).toBe(NOTE);
  expect(rowOf(NAMES[4])).toBe(6);
  expect(health()[2]).toBe('Thành công');
  // Put back: a title typed again later is told again.
  insertTabRows(o.emu, RESULTS, 0, 1);
  typeCell(o.emu, RESULTS, 1, 1, TITLE);
  rebuild();
  expect(log().filter((l) => l === RESULTS_NOT_WRITTEN.headerBelow(2))).toHaveLength(2);
});

it('a title row above the header of a tab with nothing else of hers: her title kept all the same', () => {
  const { o, values, rebuild, log } = office();
  insertTabRows(o.emu, RESULTS, 0, 1);
  typeCell(o.emu, RESULTS, 1, 1, TITLE);
  const before = values();
  rebuild();
  expect(values()).toEqual(before);
  expect(log()).toContain(RESULTS_NOT_WRITTEN.headerBelow(2));
});

it('the code header retyped, nothing else of hers: found by its codes, its spelling back, the rows where they were', () => {
  const { o, values, rebuild, health, log } = office();
  const codes = values().map((r) => r[0]);
  typeCell(o.emu, RESULTS, 1, 1, 'Mã số phiếu');
  rebuild();
  expect(values().map((r) => r[0])).toEqual(codes);
  expect(log().some((l) => l.includes(RESULTS))).toBe(false);
  expect(health()[2]).toBe('Thành công');
});

// r83o F1, the cases its test leaves open (fix f83a). What the office does to a row that no value carries — the row
// hidden, its cells coloured — stays with the registration after the nightly rebuild when a response row is deleted:
// in "Kết quả kiểm tra" written whole (the deleted registration's row is deleted from the tab, the rows below moving up
// with their marks), in "Kết quả kiểm tra" written in place beside a column of the office's (the same), and in "Thẩm
// định" (written in place, the deleted registration's row kept, "Dòng phiếu đã bị xóa"). A registration sent after the
// rebuild goes below the others, and the next rebuild keeps that order.
import { expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { deleteTabRow, hideTabRows, insertTabColumn, sortTab, typeCell } from '../../scripts/user';
import { SCHOOLS, haSonSo, individualAnswers, officeAfterSetup } from './helpers';

const RESULTS = 'Kết quả kiểm tra';
const REVIEW = 'Thẩm định';
const NOW = new Date(2026, 11, 8, 8, 0, 0);
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'];
const YELLOW = '#ffff00';

function office() {
  const cfg = haSonSo(NOW, {});
  const o = officeAfterSetup(SCHOOLS, { now: NOW }, cfg);
  const submit = (name: string, i: number) => {
    const s = SCHOOLS[i % SCHOOLS.length];
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: s.name, [Q.individualName]: name } as never, { email: s.emails[0] });
    o.emu.clock.advance(60_000);
  };
  NAMES.forEach(submit);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const values = (tab: string) => o.emu.spreadsheets.values(tab);
  const sheet = (tab: string) => o.emu.spreadsheets.sheet(tab)!;
  const rowOf = (tab: string, name: string) => values(tab).findIndex((r) => r.includes(name)) + 1;
  const nameAt = (tab: string, row: number) => NAMES.concat('Hoàng Văn Em').find((n) => values(tab)[row - 1].includes(n)) ?? String(values(tab)[row - 1][0]);
  const colour = (tab: string, name: string) => {
    const row = rowOf(tab, name);
    for (let c = 1; c <= values(tab)[0].length; c++) sheet(tab).setCell(row, c, { ...(sheet(tab).cell(row, c) ?? { value: '' }), background: YELLOW });
  };
  const marks = (tab: string) => ({
    hidden: [...sheet(tab).hiddenRows].sort().map((r) => nameAt(tab, r)),
    yellow: values(tab).map((_, i) => i + 1).filter((r) => sheet(tab).cell(r, 1)?.background === YELLOW).map((r) => nameAt(tab, r)),
  });
  const withdraw = (name: string) => deleteTabRow(o.emu, 'Phiếu đăng ký', rowOf('Phiếu đăng ký', name));
  const nightly = () => {
    o.emu.clock.advance(20 * 3_600_000);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  };
  return { o, submit, values, sheet, rowOf, colour, marks, withdraw, nightly };
}

it('"Kết quả kiểm tra" written whole: a withdrawn registration\'s row deleted from the response tab takes its row with it, the marks below stay', () => {
  const t = office();
  hideTabRows(t.o.emu, RESULTS, t.rowOf(RESULTS, NAMES[3]));
  t.colour(RESULTS, NAMES[2]);
  t.withdraw(NAMES[1]);
  t.nightly();
  expect(t.values(RESULTS).map((r) => r[3])).toEqual(['Tên tập thể / cá nhân', NAMES[0], NAMES[2], NAMES[3]]);
  expect(t.marks(RESULTS)).toEqual({ hidden: [NAMES[3]], yellow: [NAMES[2]] });

  // A new registration (its submission writes its row below), the response tab sorted, the nightly run: the order stands.
  t.submit('Hoàng Văn Em', 0);
  const header = t.values('Phiếu đăng ký')[0].map(String);
  sortTab(t.o.emu, 'Phiếu đăng ký', [{ column: header.indexOf(Q.individualName) + 1, ascending: true }]);
  t.nightly();
  expect(t.values(RESULTS).map((r) => r[3])).toEqual(['Tên tập thể / cá nhân', NAMES[0], NAMES[2], NAMES[3], 'Hoàng Văn Em']);
  expect(t.marks(RESULTS)).toEqual({ hidden: [NAMES[3]], yellow: [NAMES[2]] });
});

it('"Kết quả kiểm tra" beside a column of the office\'s: the withdrawn registration\'s row deleted, her notes and marks stay with their rows', () => {
  const t = office();
  insertTabColumn(t.o.emu, RESULTS, 14);
  typeCell(t.o.emu, RESULTS, 1, 15, 'Theo dõi');
  typeCell(t.o.emu, RESULTS, t.rowOf(RESULTS, NAMES[2]), 15, 'đã gọi trường');
  hideTabRows(t.o.emu, RESULTS, t.rowOf(RESULTS, NAMES[3]));
  t.colour(RESULTS, NAMES[0]);
  t.withdraw(NAMES[1]);
  t.nightly();
  expect(t.values(RESULTS).map((r) => [r[3], r[14]])).toEqual([['Tên tập thể / cá nhân', 'Theo dõi'], [NAMES[0], ''], [NAMES[2], 'đã gọi trường'], [NAMES[3], '']]);
  expect(t.marks(RESULTS)).toEqual({ hidden: [NAMES[3]], yellow: [NAMES[0]] });
});

it('"Thẩm định": rows hidden or coloured stay with their registrations after a sort of the response tab and a row deleted there', () => {
  const t = office();
  hideTabRows(t.o.emu, REVIEW, t.rowOf(REVIEW, NAMES[0]));
  t.colour(REVIEW, NAMES[1]);
  const header = t.values('Phiếu đăng ký')[0].map(String);
  sortTab(t.o.emu, 'Phiếu đăng ký', [{ column: header.indexOf(Q.individualName) + 1, ascending: false }]);
  t.withdraw(NAMES[2]);
  t.nightly();
  expect(t.marks(REVIEW)).toEqual({ hidden: [NAMES[0]], yellow: [NAMES[1]] });
  // The withdrawn registration's row stays, saying so.
  expect(t.values(REVIEW)[t.rowOf(REVIEW, NAMES[2]) - 1].map(String)).toContain('Dòng phiếu đã bị xóa');
});

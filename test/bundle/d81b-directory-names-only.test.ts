// Review d81b F3 (second reading of f81e, r81o F2). Who is hurt: the clerk of a new office on her first day.
// Steps: after the first "Thiết lập" she pastes the list of her schools' names into "Tên đơn vị" of "Đơn vị" (codes and
// e-mails still being collected from the schools) and runs "Thiết lập" again to see the form.
// Now: every row is "a name alone", read as a group heading; Thiết lập's alert opens with «Trang “Đơn vị” chưa có
// trường nào. … điền danh sách các trường vào trang “Đơn vị”, rồi chạy lại Thiết lập để tạo biểu mẫu.» — she has just
// filled it in; the reason (each row "được coi là dòng tiêu đề nhóm của cơ quan") comes only further down, once per row.
// Should: not say the tab has no school when it holds the schools' names: the first line says the rows were read as
// headings because they lack "Mã đơn vị" and "Email" (or the rows are read as schools half typed, as before f81e).
// The same opening is shown when she pastes her list with its title row above the header («DANH SÁCH CÁC ĐƠN VỊ TRỰC
// THUỘC», header at row 2): «chưa có trường nào … điền danh sách các trường», the cause (the header at row 2) below.
import { expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/user';
import { SCHOOLS, alertsShown, bundleCode, directoryRows, officeEmulator } from './helpers';

it('a directory of school names only is not called empty by Thiết lập', () => {
  const emu = officeEmulator({ mailQuota: 1500, now: new Date(2023, 4, 10, 8) });
  const bundle = emu.loadBundle(bundleCode());
  bundle.call('setup', undefined, { kind: 'menu' });
  const header = emu.spreadsheets.values('Đơn vị')[0].map(String);
  typeIntoTab(emu, 'Đơn vị', [header, ...SCHOOLS.map((s) => header.map((h) => (h === 'Tên đơn vị' ? s.name : '')))]);
  bundle.call('setup', undefined, { kind: 'menu' });
  const alert = alertsShown(emu).slice(-1)[0];
  expect(alert).toContain(SCHOOLS[0].name);
  expect(alert).not.toContain('chưa có trường nào');
  expect(alert).not.toContain('điền danh sách các trường vào trang “Đơn vị”');
});

it('a directory pasted with its title row above the header is not called empty by Thiết lập', () => {
  const emu = officeEmulator({ mailQuota: 1500, now: new Date(2023, 4, 10, 8) });
  const bundle = emu.loadBundle(bundleCode());
  bundle.call('setup', undefined, { kind: 'menu' });
  typeIntoTab(emu, 'Đơn vị', [['DANH SÁCH CÁC ĐƠN VỊ TRỰC THUỘC'], ...directoryRows(SCHOOLS)]);
  bundle.call('setup', undefined, { kind: 'menu' });
  const alert = alertsShown(emu).slice(-1)[0];
  expect(alert).toContain('đang ở dòng 2');
  expect(alert).not.toContain('chưa có trường nào');
  expect(alert).not.toContain('điền danh sách các trường vào trang “Đơn vị”');
});

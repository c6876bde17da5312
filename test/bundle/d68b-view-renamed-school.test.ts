// Review d68b: 4f05910 holds a school's view back (content, name, readers frozen; its link withdrawn from "Đơn vị") when
// Drive refuses to take a reader off and the view "changes hands" — read as its file name's label (school name and code)
// differing from the one it was made under. A school renamed in "Đơn vị" (same code, its old name kept in "Tên cũ", as
// after a merger) has a new label; the view being held keeps its old name, so the label differs at every run. With one
// address Drive keeps refusing to take off (an address the office dropped from the same school's row: d68 #3's case),
// the school's view is frozen for good again, its new registrations never shown.
import { expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, setConfigValues } from './helpers';
import { lateOffice, rebuild, viewLedger } from './period-end-lib';
import { VIEW_TAB } from '../../src/core/messages';

const HOA_BINH = SCHOOLS[1];

it("a renamed school's view keeps being updated when Drive will not take off an address dropped from its own row", () => {
  const o = lateOffice();
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
  rebuild(o);
  const e = () => viewLedger(o).get(`S:${HOA_BINH.code}`)! as { id: string; url: string };
  const dir = o.emu.spreadsheets.values('Đơn vị');
  const header = dir[0].map(String);
  const row = dir.findIndex((r) => String(r[0]) === HOA_BINH.code) + 1;
  // The principal's address dropped from the school's row; Drive will not take it off (at each run).
  typeCell(o.emu, 'Đơn vị', row, header.indexOf('Email') + 1, HOA_BINH.emails[0]);
  const refuse = () => o.emu.runtime.failOn('Spreadsheet.removeViewer', 1, 'Bạn không có quyền thực hiện thao tác này.');
  refuse();
  o.emu.clock.advance(3600_000);
  rebuild(o);
  // Later, the school is renamed (same code), its old name kept in "Tên cũ".
  const renamed = HOA_BINH.name.replace(/Hòa Bình/, 'Hòa Bình Mới');
  expect(renamed).not.toBe(HOA_BINH.name);
  const former = header.indexOf('Tên cũ');
  expect(former).toBeGreaterThan(0);
  typeCell(o.emu, 'Đơn vị', row, header.indexOf('Tên đơn vị') + 1, renamed);
  typeCell(o.emu, 'Đơn vị', row, former + 1, HOA_BINH.name);
  o.emu.clock.advance(24 * 3600_000);
  refuse();
  rebuild(o);
  // The school sends a new registration (the form still lists its old name).
  o.emu.clock.advance(3600_000);
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Đỗ Thị Mai' } as never, { email: HOA_BINH.emails[0] });
  o.emu.clock.advance(24 * 3600_000);
  refuse();
  rebuild(o);
  o.emu.clock.advance(24 * 3600_000);
  refuse();
  rebuild(o);
  const page = o.emu.spreadsheets.values(VIEW_TAB, e().id).flat().map(String).join('\n');
  expect({ shown: page.includes('Đỗ Thị Mai'), linkKept: o.emu.spreadsheets.values('Đơn vị').map((r) => String(r.at(-1))).includes(e().url) }).toEqual({ shown: true, linkKept: true });
});

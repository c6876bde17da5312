// Review d68: a school's view is held — its content frozen, its link taken out of "Đơn vị" — whenever Drive will not
// take off someone who should no longer read it (review r68v #1). Meant for a view handed to another school, it also
// hits the everyday case: the office drops one of the school's own addresses in "Đơn vị" (the principal retired) and
// Drive keeps refusing to take that address off (say, it reads the folder shared by hand, or a domain rule). Before,
// the view went on being updated for the school (the refusal logged); now the school's remaining staff read last
// month's page for good: its new registration never appears and the view's link is gone from "Đơn vị" and its mail.
import { expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, setConfigValues } from './helpers';
import { lateOffice, rebuild, viewLedger } from './period-end-lib';
import { VIEW_TAB } from '../../src/core/messages';

const HOA_BINH = SCHOOLS[1];

it("a school's view keeps being updated for the school when Drive will not take off an address the office dropped from the same school", () => {
  const o = lateOffice();
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
  rebuild(o);
  const e = () => viewLedger(o).get(`S:${HOA_BINH.code}`)! as { id: string; url: string; hd?: number };
  expect([...(o.emu.sharing.acl(e().id)?.viewers ?? [])].sort()).toEqual(HOA_BINH.emails.map((x) => x.toLowerCase()).sort());
  // The principal's address dropped from the school's row.
  const dir = o.emu.spreadsheets.values('Đơn vị');
  const row = dir.findIndex((r) => String(r[0]) === HOA_BINH.code) + 1;
  const col = dir[0].map(String).indexOf('Email') + 1;
  typeCell(o.emu, 'Đơn vị', row, col, HOA_BINH.emails[0]);
  // Drive will not take that address off (at each run).
  const refuse = () => o.emu.runtime.failOn('Spreadsheet.removeViewer', 1, 'Bạn không có quyền thực hiện thao tác này.');
  refuse();
  // The school sends a new registration.
  o.emu.clock.advance(3600_000);
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Đỗ Thị Mai' } as never, { email: HOA_BINH.emails[0] });
  o.emu.clock.advance(3600_000);
  rebuild(o);
  o.emu.clock.advance(24 * 3600_000);
  refuse();
  rebuild(o);
  // The school's page shows its new registration, and "Đơn vị" keeps its link.
  expect(o.emu.spreadsheets.values(VIEW_TAB, e().id).flat().map(String).join('\n')).toContain('Đỗ Thị Mai');
  expect(o.emu.spreadsheets.values('Đơn vị').map((r) => String(r.at(-1)))).toContain(e().url);
});

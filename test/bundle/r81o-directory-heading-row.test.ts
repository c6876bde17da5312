// Review r81o F2 (office staff handling the spreadsheet). Who is hurt: every school (the registration form lists a
// "school" that is not one) and the office (its summary counts a school that does not exist).
// Steps: a clerk tidies "Đơn vị" as offices tidy lists: she inserts a row above the preschools and types a group heading
// in "Tên đơn vị" — "KHỐI MẦM NON" — leaving the code, level, e-mail and the rest blank; then runs "Thiết lập" (as told
// after editing "Đơn vị") and "Cập nhật tổng hợp".
// Now: parseDirectory (src/core/directory.ts) takes any row whose name has letters for a school: "KHỐI MẦM NON" is
// offered in the form's school list to every school, gets a tab of its own, and "Tổng hợp" says «4 đơn vị … 0/4 đơn vị
// đã đăng ký đủ», lists it under «Các đơn vị chưa đăng ký đủ tối thiểu…» and under «Chưa ghi cấp học». "Nhật ký lỗi"
// only says «Trang tính “Đơn vị”, dòng 2: cột “Mã đơn vị” đang để trống.» and that its e-mail is empty — never that
// the row was counted as a school and put in the form.
// Should: a row with only a name (no code, no level, no e-mail, nothing else) is a line of the office's own, as a name
// without letters already is (review clerkday #6): not a school in the form, a tab or the counts; the office told once.
import { expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { insertTabRows, typeCell } from '../../scripts/user';
import { SCHOOLS, officeAfterSetup, withGlobals } from './helpers';

it('a group heading typed in "Đơn vị" ("KHỐI MẦM NON", nothing else on its row) is not taken for a school', () => {
  const ctx = officeAfterSetup(SCHOOLS);
  insertTabRows(ctx.emu, 'Đơn vị', 1, 1);
  typeCell(ctx.emu, 'Đơn vị', 2, 2, 'KHỐI MẦM NON');
  ctx.bundle.call('setup', undefined, { kind: 'menu' });
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const choices = withGlobals(ctx.emu, ['FormApp'], () =>
    ctx.emu.globals.FormApp.openById(ctx.formId)
      .getItems()
      .filter((i) => i.getTitle() === Q.school)
      .flatMap((i) => i.asListItem().getChoices().map((c) => c.getValue())),
  );
  expect(choices).toEqual(SCHOOLS.map((s) => s.name));
  const summary = ctx.emu.spreadsheets.values('Tổng hợp').map((r) => String(r[0]));
  expect(summary.find((l) => /^\d+ đơn vị/.test(l))).toMatch(/^3 đơn vị/);
  expect(summary).not.toContain('KHỐI MẦM NON');
  expect(ctx.emu.spreadsheets.sheet('KHỐI MẦM NON')).toBeFalsy();
});

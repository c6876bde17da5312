// Review d81b F2 (second reading of f81e, r81o F1). Who is hurt: the clerk who sorted "Kết quả kiểm tra" to print it.
// Steps: four registrations, "Cập nhật tổng hợp". The clerk sorts "Kết quả kiểm tra" Z→A by name (no column of her
// own). A school asks her to withdraw one registration, and she deletes its row in "Phiếu đăng ký" (README: a deleted
// row is reported in "Thẩm định" and "Tình trạng"). "Cập nhật tổng hợp" runs, then a new registration comes in.
// Now: since f81e, a sort puts the tab in place-mode; the deleted registration's row (DK-000003) is emptied but kept: a
// blank row stays between DK-000004 and DK-000002 through every later run, and the new DK-000006 goes below it. On
// main before the fix (and still, unsorted) the row simply goes. "Thẩm định" says «Dòng phiếu đã bị xóa».
// Should: a row holding nothing of the office's whose registration is gone is removed, as the tab written whole does;
// no blank hole in the middle of the list the office prints.
import { expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { deleteTabRow, sortTab } from '../../scripts/user';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';

type Ctx = ReturnType<typeof officeAfterSetup>;
const RESULTS = 'Kết quả kiểm tra';

function submit(ctx: Ctx, n: number, offset = 0): void {
  for (let i = 0; i < n; i++) {
    const s = SCHOOLS[(i + offset) % SCHOOLS.length];
    const collective = (i + offset) % 2 === 0;
    ctx.emu.clock.advance(60_000);
    const base = collective ? collectiveAnswers() : individualAnswers('teacher');
    ctx.emu.forms.submitAsUser(ctx.formId, { ...base, [Q.school]: s.name, [collective ? Q.collectiveName : Q.individualName]: `Đối tượng ${i + offset}` }, { email: s.emails[0] });
  }
}

it('a registration deleted after the clerk sorted "Kết quả kiểm tra" leaves no blank row in the middle of the list', () => {
  const ctx = officeAfterSetup(SCHOOLS);
  submit(ctx, 4);
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const name = ctx.emu.spreadsheets.values(RESULTS)[0].map(String).indexOf('Tên tập thể / cá nhân') + 1;
  sortTab(ctx.emu, RESULTS, [{ column: name, ascending: false }]);
  // DK-000003 («Đối tượng 1») is on row 3 of "Phiếu đăng ký".
  expect(ctx.emu.spreadsheets.values('Phiếu đăng ký')[2].map(String)).toContain('Đối tượng 1');
  deleteTabRow(ctx.emu, 'Phiếu đăng ký', 3);
  ctx.emu.clock.advance(600_000);
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  submit(ctx, 1, 7);
  ctx.emu.clock.advance(600_000);
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const codes = ctx.emu.spreadsheets.values(RESULTS).map((r) => String(r[0]));
  // Her order kept, the withdrawn registration gone, no blank row left in its place.
  expect(codes).toEqual(['Mã phiếu', 'DK-000005', 'DK-000004', 'DK-000002', 'DK-000006']);
});

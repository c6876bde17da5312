// Review r81o F5 (office staff handling the spreadsheet). Who is hurt: a school whose row the clerk types the header
// over, on the tool's word.
// Steps: the clerk unfreezes the header of "Đơn vị" and sorts the whole tab Z→A by "Tên đơn vị" (Dữ liệu → Sắp xếp
// trang tính): with no frozen row Sheets sorts the header too, and "Tên đơn vị" lands at row 4, below the three
// schools. "Cập nhật tổng hợp" runs.
// Now: every job stops (rightly) and says «Trang tính “Đơn vị”: thiếu cột “Mã đơn vị” ở dòng tiêu đề (dòng 1).
// Trang tính “Đơn vị”: thiếu cột “Tên đơn vị” ở dòng tiêu đề (dòng 1). Trang tính “Đơn vị”: thiếu cột “Email” ở dòng
// tiêu đề (dòng 1). Sửa xong, chạy lại “Cập nhật tổng hợp”.» Nothing is missing: the header is whole, at row 4. Row 1
// is Trường Tiểu học Hòa Bình with its code and two e-mails; a clerk who "fixes" row 1 by typing the column names into
// it, as told, erases that school.
// Should: like "Thẩm định" (reviewErrorHeaderBelow), the tool finds the header row where it went and says so — the
// header of "Đơn vị" is at row 4; put it back at row 1 (Ctrl+Z, or cut it and insert it at row 1) — not that columns
// are missing from row 1. Cause: parseDirectory (src/core/directory.ts) looks at row 1 alone
// (directoryErrorMissingHeader).
import { expect, it } from 'vitest';
import { sortTab } from '../../scripts/user';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, officeAfterSetup } from './helpers';

it('the header of "Đơn vị" sorted down to row 4: the stop names row 4, not columns missing from row 1', () => {
  const ctx = officeAfterSetup(SCHOOLS);
  ctx.emu.forms.submitAsUser(ctx.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name }, { email: SCHOOLS[0].emails[0] });
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const sheet = ctx.emu.spreadsheets.sheet('Đơn vị')!;
  sheet.frozenRows = 0;
  sortTab(ctx.emu, 'Đơn vị', [{ column: 2, ascending: false }]);
  const last = sheet.lastRow();
  const header = sheet.rows.splice(0, 1)[0];
  sheet.rows.splice(last - 1, 0, header);
  expect(ctx.emu.spreadsheets.values('Đơn vị').map((r) => String(r[1]))).toEqual(['Trường Tiểu học Hòa Bình', 'Trường THCS Quang Minh', 'Trường Mầm non Hoa Sen', 'Tên đơn vị']);
  let said = '';
  try {
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  } catch (e) {
    said = String((e as Error).message);
  }
  const health = ctx.emu.spreadsheets.values('Tình trạng').find((r) => r[0] === 'Cập nhật tổng hợp')!.map(String).join(' ');
  const log = ctx.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])).filter((l) => l.includes('“Đơn vị”')).join(' ');
  for (const text of [said, health, log]) {
    expect(text).toContain('dòng 4');
    expect(text).not.toContain('thiếu cột “Mã đơn vị” ở dòng tiêu đề (dòng 1)');
  }
});

// Review d68: a report deadline emptied by mistake in "Cấu hình" is recalled (4f2d5ec): "Nhật ký lỗi" says the tool "vẫn
// kiểm tra theo hạn … như trước" and the README "(hạn báo cáo vẫn tính theo ngày cũ)". But the recalled deadline is
// counted as a stand-in (OfficeConfig.unsettled): while the cell stays empty, no annual report of any year is overdue
// any more — the weekly digest's list of schools lacking reports drops every "Năm …" report, as do the school duties.
// The leader reads that the schools are up to date with their annual reports because a clerk cleared one cell.
import { expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { configLabel } from '../../src/core/messages';
import { digestOffice } from './helpers';

const KEY = 'reports.annualDeadline';

it('an emptied annual report deadline (recalled) still leaves the annual reports not sent overdue in the digest', () => {
  const { o, digest } = digestOffice();
  o.rebuild();
  const first = digest();
  // (The schools lack annual reports: listed.)
  expect(first).toContain('thiếu báo cáo “Năm 2022”');
  const rows = o.emu.spreadsheets.values('Cấu hình') as unknown[][];
  const row = rows.findIndex((r) => r[0] === configLabel(KEY)) + 1;
  expect(row).toBeGreaterThan(1);
  typeCell(o.emu, 'Cấu hình', row, 2, '');
  o.emu.clock.advance(7 * 24 * 3600_000);
  o.rebuild();
  // (Recalled and told, as the commit says.)
  const log = o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]));
  expect(log.some((l) => l.includes(configLabel(KEY)) && l.includes('vẫn kiểm tra'))).toBe(true);
  const second = digest();
  expect(second).toContain('thiếu báo cáo “Năm 2022”');
});

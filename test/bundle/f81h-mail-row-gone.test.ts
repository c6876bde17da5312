// d81b F4 (fix f81h): a mail setting's row of "Cấu hình" deleted by mistake goes on with the value the last full run
// read, said so in Nhật ký lỗi (never «giá trị mặc định» for it); Thiết lập writes the row back with that value.
import { expect, it } from 'vitest';
import { deleteTabRow } from '../../scripts/user';
import { SCHOOLS, officeAfterSetup, setConfigValues } from './helpers';

it('the "Nhắc hạn trước" row deleted: Nhật ký lỗi says the old value stays in use, Thiết lập writes it back', () => {
  const o = officeAfterSetup(SCHOOLS, { now: new Date(2023, 4, 20, 8) });
  setConfigValues(o.emu, { 'mail.reminderDaysBefore': 'Không' });
  o.bundle.call('setup', undefined, { kind: 'menu' });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const row = o.emu.spreadsheets.values('Cấu hình').findIndex((r) => String(r[0]) === 'Nhắc hạn trước (số ngày)') + 1;
  deleteTabRow(o.emu, 'Cấu hình', row);
  o.emu.clock.advance(3_600_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  const log = o.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2]));
  const line = log.find((l) => l.includes('không còn dòng “Nhắc hạn trước (số ngày)”'))!;
  expect(line).toContain('trước đây ghi “Không”; nay công cụ vẫn dùng giá trị cũ này');
  expect(line).not.toContain('giá trị mặc định “14; 3”');
  o.bundle.call('setup', undefined, { kind: 'menu' });
  expect(o.emu.spreadsheets.values('Cấu hình').find((r) => String(r[0]) === 'Nhắc hạn trước (số ngày)')?.[1]).toBe('Không');
});

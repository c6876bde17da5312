// The office moved its six-month report deadline ("Hạn báo cáo 6 tháng") from the plan's 15/06 to 20/07; later the
// clerk clears the cell by mistake. As for a cleared milestone (r66c-cleared-date.test.ts): the runs keep 20/07, say
// which row was emptied and what it held, remind no school of the plan's default meanwhile, and Thiết lập writes 20/07 back.
import { describe, expect, it } from 'vitest';
import { configLabel } from '../../src/core/messages';
import { typeCell } from '../../scripts/user';
import { numberedOffice } from './helpers';

const KEY = 'reports.halfYearDeadline';

describe('the six-month report deadline cleared by mistake, then the runs and Thiết lập', () => {
  const { emu, bundle } = numberedOffice({ now: new Date(2027, 4, 20, 9, 0, 0), settings: { [KEY]: '20/07' } });
  const rows = () => emu.spreadsheets.values('Cấu hình') as unknown[][];
  const row = rows().findIndex((r) => r[0] === configLabel(KEY)) + 1;
  const log = () => (emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? (emu.spreadsheets.values('Nhật ký lỗi') as unknown[][]).map((r) => String(r[2])) : []);
  const halfYearReminders = () => emu.mail.sent.filter((m) => /\] Nhắc hạn .*6 tháng/.test(m.subject));
  bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  typeCell(emu, 'Cấu hình', row, 2, '');
  // The daily runs until after the plan's default deadline (15/06) and its reminders.
  emu.triggers.runDueTimeTriggers(new Date(2027, 5, 16, 12, 0, 0));
  const reminded = halfYearReminders().map((m) => m.subject);
  const logged = log().filter((m) => m.includes(configLabel(KEY)));
  bundle.call('setup', undefined, { kind: 'menu' });
  const shown = rows()[row - 1][1];

  it('no school is reminded of the plan\'s 15/06 meanwhile', () => {
    expect(row).toBeGreaterThan(1);
    expect(reminded.filter((s) => s.includes('15/06'))).toEqual([]);
  });

  it('"Nhật ký lỗi" names the emptied row and the deadline it held', () => {
    expect(logged.some((m) => m.includes(`dòng ${row}`) && m.includes('20/07'))).toBe(true);
  });

  it('Thiết lập writes back 20/07, not the default', () => {
    const text = shown instanceof Date ? `${String(shown.getDate()).padStart(2, '0')}/${String(shown.getMonth() + 1).padStart(2, '0')}` : String(shown);
    expect(text).toBe('20/07');
  });
});

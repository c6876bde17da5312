// Review r66c (the office's clerk and "Cấu hình"): the same setting twice. The clerk does not find the row of the
// schools' plan deadline among the fifty of "Cấu hình" and adds one at the bottom with the new date, 15/10/2026; the
// old row still says 30/09/2026. The tool keeps the FIRST row and logs "mục … đã có ở dòng …; chỉ giữ một dòng" — but
// meanwhile it reminds every school of 30/09/2026, the date the office meant to replace. Two rows that disagree are a
// date the run cannot take as written: like an unreadable date (config-dates.test.ts), no school is told either date
// until the office keeps one row, and the message says which date is used meanwhile.
import { describe, expect, it } from 'vitest';
import { configLabel } from '../../src/core/messages';
import { typeIntoTab } from '../../scripts/season';
import { numberedOffice } from './helpers';

const KEY = 'milestone.KE-HOACH';

describe('the plan deadline written on two rows that disagree', () => {
  let first = 0;
  const { emu } = numberedOffice({
    now: new Date(2026, 8, 12, 9, 0, 0),
    type: (e) => {
      const rows = (e.spreadsheets.values('Cấu hình') as unknown[][]).map((r) => [...r]);
      first = rows.findIndex((r) => r[0] === configLabel(KEY)) + 1;
      // Added below the last row, as a clerk in a hurry does.
      rows.push([configLabel(KEY), '15/10/2026', '']);
      typeIntoTab(e, 'Cấu hình', rows);
    },
  });
  emu.triggers.runDueTimeTriggers(new Date(2026, 8, 18, 12, 0, 0));
  const log = (emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? (emu.spreadsheets.values('Nhật ký lỗi') as unknown[][]) : []).map((r) => String(r[2]));
  const reminders = emu.mail.sent.filter((m) => /\] Nhắc hạn [\d/]+: nộp Kế hoạch/.test(m.subject));

  it('the office is told of the second row (as today)', () => {
    expect(first).toBeGreaterThan(1);
    expect(log.some((m) => m.includes(configLabel(KEY)) && m.includes(`dòng ${first}`))).toBe(true);
  });

  it('the message says which date the tool uses meanwhile', () => {
    const line = log.find((m) => m.includes(configLabel(KEY)) && m.includes(`dòng ${first}`))!;
    expect(line).toContain('30/09/2026');
  });

  it('no school is reminded of 30/09/2026 while the two rows disagree', () => {
    expect(reminders.map((m) => m.subject).filter((s) => s.includes('30/09/2026'))).toEqual([]);
  });
});

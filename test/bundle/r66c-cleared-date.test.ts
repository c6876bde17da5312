// Review r66c (the office's clerk and "Cấu hình"): a date cell cleared. The office moved its schools' plan deadline
// ("Mốc: …kế hoạch…") from the default 30/09/2026 to 15/10/2026. Later the clerk selects the cell and presses Delete to
// type it again, and is called away. A deleted ROW is told in "Nhật ký lỗi" with the value it held, and Thiết lập puts
// that value back (config-rows-gone.test.ts); a cleared CELL is the same mistake by the more common gesture. The tool
// must not silently go back to the default: not remind the schools of 30/09/2026, say which row was emptied and what it
// held, and Thiết lập must not write the default over the office's 15/10/2026.
import { describe, expect, it } from 'vitest';
import { configLabel } from '../../src/core/messages';
import { typeCell } from '../../scripts/user';
import { numberedOffice } from './helpers';

const KEY = 'milestone.KE-HOACH';

function office() {
  const { emu, bundle } = numberedOffice({ now: new Date(2026, 8, 12, 9, 0, 0), settings: { [KEY]: '15/10/2026' } });
  const rows = () => emu.spreadsheets.values('Cấu hình') as unknown[][];
  const row = rows().findIndex((r) => r[0] === configLabel(KEY)) + 1;
  const label = configLabel(KEY);
  const log = () => (emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? (emu.spreadsheets.values('Nhật ký lỗi') as unknown[][]).map((r) => String(r[2])) : []);
  const reminders = () => emu.mail.sent.filter((m) => /\] Nhắc hạn [\d/]+: nộp Kế hoạch/.test(m.subject));
  return { emu, bundle, rows, row, label, log, reminders };
}

describe('the plan deadline cell cleared by mistake, then the nightly runs', () => {
  const o = office();
  // The nightly runs read 15/10/2026 (and keep their print of it).
  o.emu.triggers.runDueTimeTriggers(new Date(2026, 8, 20, 12, 0, 0));
  const before = o.reminders().length;
  typeCell(o.emu, 'Cấu hình', o.row, 2, '');
  o.emu.triggers.runDueTimeTriggers(new Date(2026, 8, 29, 12, 0, 0));

  it('before the cell was cleared no reminder was due (the 14-day one of 15/10 is on 01/10)', () => {
    expect(before).toBe(0);
  });

  it('no school is reminded of 30/09/2026, a date the office had replaced', () => {
    const subjects = o.reminders().map((m) => m.subject);
    expect(subjects.filter((s) => s.includes('30/09/2026'))).toEqual([]);
  });

  it('"Nhật ký lỗi" names the emptied row and the date it held', () => {
    expect(o.log().filter((m) => m.includes(o.label) && m.includes('15/10/2026'))).not.toEqual([]);
  });
});

describe('the plan deadline cell cleared by mistake, then Thiết lập', () => {
  const o = office();
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  typeCell(o.emu, 'Cấu hình', o.row, 2, '');
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  o.bundle.call('setup', undefined, { kind: 'menu' });
  const shown = o.rows()[o.row - 1][1];
  const alert = o.emu.spreadsheets.ui[o.emu.spreadsheets.ui.length - 1].message;

  it("writes back the office's 15/10/2026, not the default 30/09/2026", () => {
    const text = shown instanceof Date ? `${shown.getDate()}/${shown.getMonth() + 1}/${shown.getFullYear()}` : String(shown);
    expect(text).toMatch(/^15\/10\/2026$/);
    expect(alert).not.toContain(`${o.label}: 30/09/2026`);
  });
});

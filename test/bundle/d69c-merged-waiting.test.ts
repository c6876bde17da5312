// Review d69c of w69r: two schools merged into one row of "Đơn vị" — a new name, Hoa Sen's code and address kept, both
// old names in "Tên cũ" — while their reminders of the half-year report (due 15/06/2027, 14 days before) wait for the
// mail quota. Reminders are now known by the school's name or a former one: both waiting rows are the merged school's,
// and it is sent the same reminder twice. Before w69r, Hòa Bình's row (its code gone from "Đơn vị") was closed: once.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { directoryRows } from './helpers';
import { HOA_BINH, HOA_SEN, QUANG_MINH, reportOffice } from './r67r-lib';

describe('review d69c: two schools merged while their reminders wait for the mail quota', () => {
  it('the merged school is reminded once of the half-year report on 02/06, not once per old school', () => {
    const w = reportOffice();
    w.rebuild(new Date(2027, 4, 31, 7));
    // 01/06: the quota used up (another script of the account) before the reminders run: they wait.
    w.rebuild(new Date(2027, 5, 1, 7));
    w.emu.clock.set(new Date(2027, 5, 1, 8, 30));
    w.emu.runtime.consumeQuota('email', w.emu.mail.remaining(), w.emu.mail.options.dailyQuota, 'used');
    w.emu.clock.set(new Date(2027, 5, 1, 8, 40));
    w.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    const before = w.emu.mail.sent.length;
    const waiting = w.emu.spreadsheets.values('Hộp thư đi').filter((r) => String(r[0]).startsWith('NH:'));
    expect(waiting.length).toBe(3);
    // 02/06, 06:00: the clerk merges Hoa Sen and Hòa Bình into one row.
    w.emu.clock.set(new Date(2027, 5, 2, 6));
    const merged = { ...HOA_SEN, name: 'Trường Liên cấp Hoa Sen' };
    const rows = directoryRows([merged, QUANG_MINH]);
    rows[1][rows[1].length - 1] = `${HOA_SEN.name}; ${HOA_BINH.name}`;
    typeIntoTab(w.emu, 'Đơn vị', rows);
    w.morning(new Date(2027, 5, 2));
    expect(w.failures()).toEqual([]);
    const toMerged = w.mailsTo(HOA_SEN, before).filter((m) => m.subject.includes('Nhắc') && m.subject.includes('15/06/2027'));
    expect(toMerged.map((m) => m.subject)).toHaveLength(1);
  });
});

// Review r70f (as r70f-calendar-deleted-waiting, for a reminder "NH:"): on 01/06/2027 the reminders of the half-year
// report due 15/06 (14 days before) wait for the mail quota; on 02/06 the clerk deletes Hòa Bình's row in "Đơn vị" by
// mistake and types it back on 03/06. Hòa Bình is reminded once of the 14-day reminder (and once of the 3-day one).
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { deleteTabRow } from '../../scripts/user';
import { directoryRows } from './helpers';
import { DAY, HOA_BINH, SCHOOLS, reportOffice } from './r67r-lib';

describe('review r70f: a reminder waiting for the quota, the school\'s row deleted and typed back', () => {
  it('deleted on 02/06 (06:00), typed back on 03/06: reminded of 15/06 twice in all (14 and 3 days before)', () => {
    const w = reportOffice();
    for (let t = new Date(2027, 4, 28).getTime(); t <= new Date(2027, 5, 13).getTime(); t += DAY) {
      const d = new Date(t);
      const june = d.getMonth() === 5 ? d.getDate() : 0;
      if (june === 1) {
        w.emu.clock.set(new Date(2027, 5, 1, 6, 30));
        w.emu.runtime.consumeQuota('email', w.emu.mail.remaining(), w.emu.mail.options.dailyQuota, 'used');
      }
      if (june === 2) {
        w.emu.clock.set(new Date(2027, 5, 2, 6));
        const row = w.emu.spreadsheets.values('Đơn vị').findIndex((r) => String(r[1]) === HOA_BINH.name);
        deleteTabRow(w.emu, 'Đơn vị', row + 1);
      }
      if (june === 3) {
        w.emu.clock.set(new Date(2027, 5, 3, 6));
        typeIntoTab(w.emu, 'Đơn vị', directoryRows(SCHOOLS));
      }
      w.morning(d);
      w.emu.clock.set(new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12));
      w.bundle.call('sendWaitingMail', undefined, { kind: 'timeTrigger' });
    }
    expect(w.failures()).toEqual([]);
    const days = w.emu.mail.sent.filter((m) => m.to.includes(HOA_BINH.emails[0]) && m.subject.includes('Nhắc hạn 15/06/2027')).map((m) => new Date(m.date).getDate());
    expect(days).toEqual([3, 12]);
  });
});

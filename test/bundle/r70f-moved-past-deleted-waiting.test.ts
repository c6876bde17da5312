// Review r70f (as r70f-calendar-deleted-waiting, for the notice that a deadline moved to a day already past, "HQ:"):
// on 08/06/2027 the six-month deadline is moved to 05/06; the mail quota is used up that morning, so Hòa Bình's notice
// waits in "Hộp thư đi". On 09/06 the clerk deletes Hòa Bình's row in "Đơn vị" by mistake and types it back on 10/06 —
// the same code, name and addresses. Hòa Bình (reminded on 01/06 of 15/06) must still be told, once.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { deleteTabRow } from '../../scripts/user';
import { directoryRows, setConfigValues } from './helpers';
import { DAY, HOA_BINH, SCHOOLS, reportOffice } from './r67r-lib';

function season(deleted: boolean) {
  const w = reportOffice();
  const outbox: string[] = [];
  for (let t = new Date(2027, 4, 28).getTime(); t <= new Date(2027, 5, 14).getTime(); t += DAY) {
    const d = new Date(t);
    const june = d.getMonth() === 5 ? d.getDate() : 0;
    if (june === 8) {
      w.emu.clock.set(new Date(2027, 5, 8, 6, 30));
      setConfigValues(w.emu, { 'reports.halfYearDeadline': '05/06' });
      w.emu.runtime.consumeQuota('email', w.emu.mail.remaining(), w.emu.mail.options.dailyQuota, 'used');
    }
    if (june === 9 && deleted) {
      w.emu.clock.set(new Date(2027, 5, 9, 6));
      const row = w.emu.spreadsheets.values('Đơn vị').findIndex((r) => String(r[1]) === HOA_BINH.name);
      deleteTabRow(w.emu, 'Đơn vị', row + 1);
    }
    if (june === 10 && deleted) {
      w.emu.clock.set(new Date(2027, 5, 10, 6));
      typeIntoTab(w.emu, 'Đơn vị', directoryRows(SCHOOLS));
    }
    w.morning(d);
    w.emu.clock.set(new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12));
    w.bundle.call('sendWaitingMail', undefined, { kind: 'timeTrigger' });
    if (june >= 8 && june <= 10) outbox.push(`${june}/06 ${JSON.stringify(w.emu.spreadsheets.values('Hộp thư đi').filter((r) => String(r[0]).startsWith('HQ') && String(r[3]).includes(HOA_BINH.emails[0])).map((r) => [r[0], r[5], r[9]]))}`);
  }
  const told = w.emu.mail.sent.filter((m) => m.to.includes(HOA_BINH.emails[0]) && m.subject.includes('đổi sớm hơn')).map((m) => new Date(m.date).getDate());
  return { w, told, outbox };
}

describe('review r70f: the notice that a deadline moved past, waiting for the quota, the school\'s row deleted and typed back', () => {
  it('control: not deleted — told once, when the quota is back', () => {
    const { w, told } = season(false);
    expect(w.failures()).toEqual([]);
    expect(told).toHaveLength(1);
  });

  it('deleted on 09/06, typed back on 10/06: told once', () => {
    const { w, told, outbox } = season(true);
    expect(w.failures()).toEqual([]);
    expect(told, outbox.join('\n')).toHaveLength(1);
  });
});

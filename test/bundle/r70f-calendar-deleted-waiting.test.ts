// Review r70f (minimised from the randomised calendar season r70f-calendar-season, seed 23): Hòa Bình's registration
// turns on the interim review's day (11/06/2023); that morning the mail quota is used up, so the notice ("LICH:") waits in
// "Hộp thư đi". On 12/06 the clerk deletes Hòa Bình's row in "Đơn vị" by mistake, and types it back on 13/06 — the same
// code, name and addresses. The school is never told: the waiting notice was closed while the school was not listed,
// and nothing sends it once the school is back. Brief: deleting and retyping a row must not skip an e-mail due.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { deleteTabRow } from '../../scripts/user';
import { SCHOOLS, directoryRows, officeAfterSetup } from './helpers';
import { managerRatedGood } from '../core/helpers';
import { planConfig } from '../../sample/profiles';
import { Q } from '../../src/core/form-titles';

const HOA_BINH = SCHOOLS[1];
const TURN = /” từ ngày 11\/06\/2023|thay đổi từ ngày 11\/06\/2023/;

function season(deleteOn12: boolean) {
  const o = officeAfterSetup(SCHOOLS, { now: new Date(2023, 5, 2, 8, 0, 0) });
  const cfg = planConfig(new Date(o.emu.clock.now()));
  o.emu.forms.submitAsUser(o.formId, { ...managerRatedGood(cfg), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Nguyễn Văn An' }, { email: HOA_BINH.emails[0] });
  const call = (h: string) => o.bundle.call(h, undefined, { kind: 'timeTrigger' });
  call('rebuildSummaries');
  const outbox: string[] = [];
  for (let d = 3; d <= 20; d++) {
    if (d === 11) {
      // Another script of the account used the day's quota.
      o.emu.clock.set(new Date(2023, 5, 11, 5, 30, 0).getTime());
      o.emu.runtime.consumeQuota('email', o.emu.mail.remaining(), o.emu.mail.options.dailyQuota, 'used');
    }
    if (d === 12 && deleteOn12) {
      o.emu.clock.set(new Date(2023, 5, 12, 5, 0, 0).getTime());
      const row = o.emu.spreadsheets.values('Đơn vị').findIndex((r) => String(r[1]) === HOA_BINH.name);
      deleteTabRow(o.emu, 'Đơn vị', row + 1);
    }
    if (d === 13 && deleteOn12) {
      o.emu.clock.set(new Date(2023, 5, 13, 5, 0, 0).getTime());
      typeIntoTab(o.emu, 'Đơn vị', directoryRows(SCHOOLS));
    }
    o.emu.clock.set(new Date(2023, 5, d, 6, 0, 0).getTime());
    call('rebuildSummaries');
    o.emu.clock.set(new Date(2023, 5, d, 12, 0, 0).getTime());
    call('sendWaitingMail');
    if (d === 11 || d === 12 || d === 13) outbox.push(`${d}/06 ${JSON.stringify(o.emu.spreadsheets.values('Hộp thư đi').filter((r) => String(r[0]).startsWith('LICH')).map((r) => [r[0], r[5], r[9]]))}`);
  }
  const failures = o.emu.runtime.executions.filter((e) => e.error).map((e) => `${e.label}: ${e.error}`);
  const told = o.emu.mail.sent.filter((m) => m.to.includes(HOA_BINH.emails[0]) && TURN.test(m.subject)).map((m) => new Date(m.date).getDate());
  return { failures, told, outbox };
}

describe('review r70f: a calendar notice waiting for the quota, the school\'s row deleted and typed back', () => {
  it('control: not deleted — told once, on 12/06 when the quota is back', () => {
    const { failures, told } = season(false);
    expect(failures).toEqual([]);
    expect(told).toHaveLength(1);
  });

  it('deleted on 12/06, typed back on 13/06: told once', () => {
    const { failures, told, outbox } = season(true);
    expect(failures).toEqual([]);
    expect(told, outbox.join('\n')).toHaveLength(1);
  });
});

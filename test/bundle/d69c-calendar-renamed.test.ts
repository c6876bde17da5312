// Review d69c of w69r: the notice that a day of the plan's calendar turned a school's registrations is now keyed by the
// school's name ("LICH:@<name hashed>:<day>"), and stays news for 7 days after the day. A school renamed in "Đơn vị"
// within those days, its old name typed into "Tên cũ" (the way the directory asks a rename to be typed: its
// registrations stay its own), is the same school — told once. Before w69r (keyed by the code, unchanged) it was.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS, directoryRows, officeAfterSetup } from './helpers';
import { managerRatedGood } from '../core/helpers';
import { planConfig } from '../../sample/profiles';
import { Q } from '../../src/core/form-titles';

const [HOA_SEN] = SCHOOLS;

describe('review d69c: the notice of a day of the calendar, the school renamed with its old name in "Tên cũ"', () => {
  it('Hoa Sen told on 11/06 (the rebuild of the day); renamed on 13/06, "Tên cũ" holding its old name: not told again', () => {
    const o = officeAfterSetup(SCHOOLS, { now: new Date(2023, 5, 2, 8, 0, 0) });
    const cfg = planConfig(new Date(o.emu.clock.now()));
    o.emu.forms.submitAsUser(o.formId, { ...managerRatedGood(cfg), [Q.school]: HOA_SEN.name, [Q.individualName]: 'Nguyễn Văn An' }, { email: HOA_SEN.emails[0] });
    const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    rebuild();
    const renamed = directoryRows(SCHOOLS.map((s) => (s === HOA_SEN ? { ...s, name: `${s.name} (cơ sở chính)` } : s)));
    const row = renamed.findIndex((r) => r[0] === HOA_SEN.code);
    renamed[row][renamed[row].length - 1] = HOA_SEN.name;
    for (let d = 3; d <= 16; d++) {
      if (d === 13) {
        o.emu.clock.set(new Date(2023, 5, 13, 5, 0, 0).getTime());
        typeIntoTab(o.emu, 'Đơn vị', renamed);
      }
      o.emu.clock.set(new Date(2023, 5, d, 6, 0, 0).getTime());
      rebuild();
    }
    expect(o.emu.runtime.executions.filter((e) => e.error).map((e) => `${e.label}: ${e.error}`)).toEqual([]);
    const told = o.emu.mail.sent.filter((m) => m.to.includes(HOA_SEN.emails[0]) && /” từ ngày 11\/06\/2023|thay đổi từ ngày 11\/06\/2023/.test(m.subject)).map((m) => new Date(m.date).getDate());
    // Still Hoa Sen's registration after the rename (its old name in "Tên cũ"): the guard that the rename was taken.
    expect(told.length).toBeGreaterThan(0);
    expect(told).toEqual([11]);
  });
});

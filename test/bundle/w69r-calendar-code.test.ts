// w69r (as r67r F5 for receipts, w69h and w69r for reminders): the notice that a day of the plan's calendar turned a
// school's registrations ("LICH:" in the outbox) is a letter to a school, known by who the school is — its name — not by
// the code the clerk types for it in "Đơn vị". Hoa Sen's registration turns "Chưa đạt" on the interim review's day
// (11/06/2023) and it is told by that morning's rebuild; the clerk then corrects its code. It is the same school: told once.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS, directoryRows, officeAfterSetup } from './helpers';
import { managerRatedGood } from '../core/helpers';
import { planConfig } from '../../sample/profiles';
import { Q } from '../../src/core/form-titles';

const DAY = 86_400_000;
const [HOA_SEN, HOA_BINH] = SCHOOLS;

/** Registrations of `from` turning on 11/06/2023; nights from 03/06 to 16/06; `typed`: the directory typed on 13/06. */
function season(from: readonly (typeof SCHOOLS)[number][], typed: readonly (typeof SCHOOLS)[number][]) {
  const o = officeAfterSetup(SCHOOLS, { now: new Date(2023, 5, 2, 8, 0, 0) });
  const cfg = planConfig(new Date(o.emu.clock.now()));
  for (const s of from) o.emu.forms.submitAsUser(o.formId, { ...managerRatedGood(cfg), [Q.school]: s.name, [Q.individualName]: `Nguyễn Văn ${s.code}` }, { email: s.emails[0] });
  const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  rebuild();
  for (let d = 3; d <= 16; d++) {
    if (d === 13) {
      o.emu.clock.set(new Date(2023, 5, 13, 5, 0, 0).getTime());
      typeIntoTab(o.emu, 'Đơn vị', directoryRows(typed));
    }
    o.emu.clock.set(new Date(2023, 5, d, 6, 0, 0).getTime());
    rebuild();
  }
  const failures = o.emu.runtime.executions.filter((e) => e.error).map((e) => `${e.label}: ${e.error}`);
  /** The days of June `s` was told a verdict turned on 11/06/2023. */
  const told = (s: (typeof SCHOOLS)[number]) => o.emu.mail.sent.filter((m) => m.to.includes(s.emails[0]) && /” từ ngày 11\/06\/2023|thay đổi từ ngày 11\/06\/2023/.test(m.subject)).map((m) => new Date(m.date).getDate());
  return { failures, told };
}

describe('w69r: the notice of a day of the calendar is not sent again when the school\'s code is corrected', () => {
  it('Hoa Sen told on 11/06 (the rebuild of the day); its code retyped "MN1" on 13/06: not told again', () => {
    const { failures, told } = season([HOA_SEN], SCHOOLS.map((s) => (s === HOA_SEN ? { ...s, code: 'MN1' } : s)));
    expect(failures).toEqual([]);
    expect(told(HOA_SEN)).toEqual([11]);
  });

  it('Hoa Sen and Hòa Bình told on 11/06 (the rebuild of the day), their codes swapped on 13/06: each told once', () => {
    const { failures, told } = season([HOA_SEN, HOA_BINH], SCHOOLS.map((s) => (s === HOA_SEN ? { ...s, code: HOA_BINH.code } : s === HOA_BINH ? { ...s, code: HOA_SEN.code } : s)));
    expect(failures).toEqual([]);
    expect([told(HOA_SEN), told(HOA_BINH)]).toEqual([[11], [11]]);
  });
});

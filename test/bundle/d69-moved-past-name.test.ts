// Review d69 of w69h's fix (the notice that a deadline moved to a day already past keyed by the school's name hashed,
// "HQ:@…"): a school is the same school when the clerk corrects a typo in its name in "Đơn vị" without typing the old
// one into "Tên cũ" (as the clerk of review d68 did) — its code, its e-mail, its reminders are the same. The version
// before (719483c, "HQ:<code>:…") told it once; keyed by the name alone, the corrected name is told a second time.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { directoryRows, setConfigValues } from './helpers';
import { DAY, HOA_BINH, SCHOOLS, reportOffice } from './r67r-lib';

const typo = SCHOOLS.map((s) => (s.code === HOA_BINH.code ? { ...s, name: 'Trường Tiểu học Hòa Binh' } : s));

/** Mornings from 28/05 to 15/06/2027 with `first` in "Đơn vị", corrected to SCHOOLS on 09/06; the deadline moved on 08/06. */
function season(first: typeof SCHOOLS) {
  const w = reportOffice();
  w.emu.clock.set(new Date(2027, 4, 27, 9));
  typeIntoTab(w.emu, 'Đơn vị', directoryRows(first));
  const before = w.emu.mail.sent.length;
  for (let t = new Date(2027, 4, 28).getTime(); t <= new Date(2027, 5, 15).getTime(); t += DAY) {
    const d = new Date(t);
    const june = d.getMonth() === 5 ? d.getDate() : 0;
    if (june === 9) {
      w.emu.clock.set(new Date(2027, 5, 9, 6));
      typeIntoTab(w.emu, 'Đơn vị', directoryRows(SCHOOLS));
    }
    if (june === 8) {
      w.emu.clock.set(new Date(2027, 5, 8, 6, 30));
      setConfigValues(w.emu, { 'reports.halfYearDeadline': '05/06' });
    }
    w.morning(d);
  }
  const told = w.mailsTo(HOA_BINH, before).filter((m) => m.subject.includes('đổi sớm hơn'));
  return { w, told };
}

describe('d69: the notice that a deadline moved past, the school\'s name corrected in "Đơn vị" without "Tên cũ"', () => {
  it('a typo in the name ("Hòa Binh") corrected the day after the notice: the same school (code, e-mail) is told once', () => {
    const { w, told } = season(typo);
    expect(w.failures()).toEqual([]);
    expect(told.map((m) => new Date(m.date).getDate())).toEqual([8]);
  });
});

// Review d70 (guard): two schools' codes swapped by mistake on 03/06 and swapped back on 05/06, their names and
// addresses unchanged: w70m's followCodes moves each entry's ref to the code its school bears each day; each school is
// still reminded of 15/06 once per step (01/06, 12/06), never twice.
import { expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { directoryRows } from './helpers';
import { DAY, HOA_BINH, HOA_SEN, SCHOOLS, reportOffice } from './r67r-lib';

it('codes of Hoa Sen and Hòa Bình swapped on 03/06, back on 05/06: each reminded of 15/06 on 01/06 and 12/06 only', () => {
  const swapped = SCHOOLS.map((x) => (x.code === HOA_SEN.code ? { ...x, code: HOA_BINH.code } : x.code === HOA_BINH.code ? { ...x, code: HOA_SEN.code } : x));
  const w = reportOffice();
  w.emu.clock.set(new Date(2027, 4, 27, 9));
  typeIntoTab(w.emu, 'Đơn vị', directoryRows(SCHOOLS));
  const before = w.emu.mail.sent.length;
  const typed = new Map([[3, swapped], [5, SCHOOLS]]);
  for (let t = new Date(2027, 4, 28).getTime(); t <= new Date(2027, 5, 13).getTime(); t += DAY) {
    const d = new Date(t);
    const june = d.getMonth() === 5 ? d.getDate() : 0;
    if (typed.has(june)) {
      w.emu.clock.set(new Date(2027, 5, june, 6));
      typeIntoTab(w.emu, 'Đơn vị', directoryRows(typed.get(june)!));
    }
    w.morning(d);
  }
  expect(w.failures()).toEqual([]);
  const days = (s: typeof HOA_SEN) => w.emu.mail.sent.slice(before).filter((m) => m.to.includes(s.emails[0]) && m.subject.includes('Nhắc hạn 15/06/2027')).map((m) => new Date(m.date).getDate());
  expect(days(HOA_SEN)).toEqual([1, 12]);
  expect(days(HOA_BINH)).toEqual([1, 12]);
});

// Review d69c of w69r: reminders are now known by the school's name (or a former one in "Tên cũ"). The clerk corrects
// a typo in a school's name in "Đơn vị" without typing the old one into "Tên cũ" (as the clerk of reviews d68/d69 did) —
// its code and its e-mail are the same. The notice that a deadline moved past is told once in that case (review d69 F1,
// test/bundle/d69-moved-past-name.test.ts); the reminder of 01/06 (14 days before 15/06/2027) is now sent a second time
// on 03/06. The version before (keyed by the code) sent it once.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { directoryRows } from './helpers';
import { DAY, HOA_BINH, SCHOOLS, reportOffice } from './r67r-lib';

const typo = SCHOOLS.map((s) => (s.code === HOA_BINH.code ? { ...s, name: 'Trường Tiểu học Hòa Binh' } : s));

describe('review d69c: a reminder, the school\'s name corrected in "Đơn vị" without "Tên cũ"', () => {
  it('a typo in the name ("Hòa Binh") corrected on 03/06, after the reminder of 01/06: the same school (code, e-mail) is not reminded again', () => {
    const w = reportOffice();
    w.emu.clock.set(new Date(2027, 4, 27, 9));
    typeIntoTab(w.emu, 'Đơn vị', directoryRows(typo));
    const before = w.emu.mail.sent.length;
    for (let t = new Date(2027, 4, 28).getTime(); t <= new Date(2027, 5, 13).getTime(); t += DAY) {
      const d = new Date(t);
      if (d.getMonth() === 5 && d.getDate() === 3) {
        w.emu.clock.set(new Date(2027, 5, 3, 6));
        typeIntoTab(w.emu, 'Đơn vị', directoryRows(SCHOOLS));
      }
      w.morning(d);
    }
    expect(w.failures()).toEqual([]);
    const reminded = w.mailsTo(HOA_BINH, before).filter((m) => m.subject.startsWith('[') && m.subject.includes('Nhắc') && m.subject.includes('15/06/2027'));
    expect(reminded.map((m) => new Date(m.date).getDate())).toEqual([1, 12]);
  });
});

// w69h (w68f left open, r67r F6): the notice that a report deadline was moved to a day already past ("HQ:" in the
// outbox) is a letter to a school, and a school is known by who it is, not by the code the clerk types for it in
// "Đơn vị" (as receipts: review r67r F5). Hòa Bình's code is corrected the same week the notice went (a typo: "TH1"
// for "TH01"); it is the same school, of the same name, and is told once. The office's log says it once too.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { directoryRows, setConfigValues } from './helpers';
import { DAY, HOA_BINH, SCHOOLS, reportOffice } from './r67r-lib';

const typo = SCHOOLS.map((s) => (s.code === HOA_BINH.code ? { ...s, code: 'TH1' } : s));

/** Mornings from 28/05 to 15/06/2027; `codes`: the day of June the clerk types each directory; the deadline moved on 08/06. */
function season(codes: ReadonlyMap<number, typeof SCHOOLS>, first: typeof SCHOOLS = SCHOOLS) {
  const w = reportOffice();
  w.emu.clock.set(new Date(2027, 4, 27, 9));
  typeIntoTab(w.emu, 'Đơn vị', directoryRows(first));
  const before = w.emu.mail.sent.length;
  for (let t = new Date(2027, 4, 28).getTime(); t <= new Date(2027, 5, 15).getTime(); t += DAY) {
    const d = new Date(t);
    const june = d.getMonth() === 5 ? d.getDate() : 0;
    if (codes.has(june)) {
      w.emu.clock.set(new Date(2027, 5, june, 6));
      typeIntoTab(w.emu, 'Đơn vị', directoryRows(codes.get(june)!));
    }
    if (june === 8) {
      w.emu.clock.set(new Date(2027, 5, 8, 6, 30));
      setConfigValues(w.emu, { 'reports.halfYearDeadline': '05/06' });
    }
    w.morning(d);
  }
  const told = w.mailsTo(HOA_BINH, before).filter((m) => m.subject.includes('đổi sớm hơn'));
  const log = (w.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? w.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []).filter(
    (l) => l.includes('05/06/2027') && l.includes(HOA_BINH.name),
  );
  return { w, told, log };
}

describe('w69h: the notice that a deadline moved past is not sent again when the school\'s code is corrected', () => {
  it('code typed "TH1" from the start, corrected to "TH01" the day after the notice: told once', () => {
    const { w, told, log } = season(new Map([[9, SCHOOLS]]), typo);
    expect(w.failures()).toEqual([]);
    expect(told.map((m) => new Date(m.date).getDate())).toEqual([8]);
    expect(log).toHaveLength(1);
  });

  it('a typo ("TH1") made after the reminder of 01/06 and corrected the day after the notice: told once', () => {
    const { w, told, log } = season(
      new Map([
        [3, typo],
        [9, SCHOOLS],
      ]),
    );
    expect(w.failures()).toEqual([]);
    expect(told.map((m) => new Date(m.date).getDate())).toEqual([8]);
    expect(log).toHaveLength(1);
  });
});

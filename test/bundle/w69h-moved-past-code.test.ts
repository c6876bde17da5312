// w69h (w68f left open, r67r F6): the notice that a report deadline was moved to a day already past ("HQ:" in the
// outbox) is a letter to a school, and a school is known by who it is, not by the code the clerk types for it in
// "Đơn vị" (as receipts: review r67r F5). Hòa Bình's code is corrected the same week the notice went (a typo: "TH1"
// for "TH01"); it is the same school, of the same name, and is told once. The office's log says it once too.
import { describe, expect, it } from 'vitest';
import { movedPastSeason } from './moved-past-lib';
import { HOA_BINH, SCHOOLS } from './r67r-lib';

const typo = SCHOOLS.map((s) => (s.code === HOA_BINH.code ? { ...s, code: 'TH1' } : s));

const season = movedPastSeason;

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

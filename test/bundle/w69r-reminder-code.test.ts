// w69r (w69h left open, as r67r F5 for receipts): a reminder is a letter to a school, and a school is known by who it is
// — its name, which "Đơn vị" holds once, or a former name in "Tên cũ" — not by the code the clerk types for it and may
// correct. Hòa Bình is reminded on 01/06 of the half-year report due 15/06/2027 (14 days before); on 03/06 the clerk
// retypes its code. It is the same school: not reminded of the same deadline and offset again, and what it was told
// (the date its reminders named) is still known when the deadline is moved to a day already past. Two schools are never
// taken for one: a school that takes over another's code is reminded of its own, and two schools swapping codes are
// each reminded once.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { directoryRows, setConfigValues } from './helpers';
import { DAY, HOA_BINH, QUANG_MINH, SCHOOLS, reportOffice, type TestSchool } from './r67r-lib';

type Row = { school: TestSchool; former?: string };
const rows = (list: readonly Row[]) => {
  const out = directoryRows(list.map((r) => r.school));
  list.forEach((r, i) => {
    if (r.former) out[i + 1][out[i + 1].length - 1] = r.former;
  });
  return out;
};
const same = SCHOOLS.map((school) => ({ school }));
const coded = (code: string) => SCHOOLS.map((s) => ({ school: s.code === HOA_BINH.code ? { ...s, code } : s }));
const SAO_MAI = { ...HOA_BINH, name: 'Trường Tiểu học Sao Mai', principal: 'Đỗ Thị Lan', emails: ['thsaomai@example.edu.vn'] };

/**
 * Mornings from 28/05 to `until` June 2027; `typed`: the day of June the clerk types each directory (before the 7:00
 * rebuild); `moveTo`: the half-year deadline moved to that day of June on 08/06.
 */
function season(typed: ReadonlyMap<number, readonly Row[]>, opts: { first?: readonly Row[]; moveTo?: number; until?: number } = {}) {
  const w = reportOffice();
  w.emu.clock.set(new Date(2027, 4, 27, 9));
  typeIntoTab(w.emu, 'Đơn vị', rows(opts.first ?? same));
  const before = w.emu.mail.sent.length;
  for (let t = new Date(2027, 4, 28).getTime(); t <= new Date(2027, 5, opts.until ?? 13).getTime(); t += DAY) {
    const d = new Date(t);
    const june = d.getMonth() === 5 ? d.getDate() : 0;
    if (typed.has(june)) {
      w.emu.clock.set(new Date(2027, 5, june, 6));
      typeIntoTab(w.emu, 'Đơn vị', rows(typed.get(june)!));
    }
    if (june === 8 && opts.moveTo) {
      w.emu.clock.set(new Date(2027, 5, 8, 6, 30));
      setConfigValues(w.emu, { 'reports.halfYearDeadline': `${String(opts.moveTo).padStart(2, '0')}/06` });
    }
    w.morning(d);
  }
  /** The days of June `s` was reminded of the half-year report due 15/06/2027. */
  const reminded = (s: TestSchool) => w.mailsTo(s, before).filter((m) => m.subject.startsWith('[') && m.subject.includes('Nhắc') && m.subject.includes('15/06/2027')).map((m) => new Date(m.date).getDate());
  const movedPast = (s: TestSchool) => w.mailsTo(s, before).filter((m) => m.subject.includes('đổi sớm hơn')).map((m) => new Date(m.date).getDate());
  return { w, reminded, movedPast };
}

describe('w69r: a school whose code is corrected in "Đơn vị" is reminded once of each deadline and offset', () => {
  it('a typo ("TH1") typed on 03/06 after the reminder of 01/06: not reminded again on 03/06', () => {
    const { w, reminded } = season(new Map([[3, coded('TH1')]]));
    expect(w.failures()).toEqual([]);
    expect(reminded(HOA_BINH)).toEqual([1, 12]);
  });

  it('a typo from the start ("TH1"), corrected to "TH01" on 03/06: not reminded again', () => {
    const { w, reminded } = season(new Map([[3, same]]), { first: coded('TH1') });
    expect(w.failures()).toEqual([]);
    expect(reminded(HOA_BINH)).toEqual([1, 12]);
  });

  it('renamed on 03/06 (its old name in "Tên cũ") and its code corrected the same day: not reminded again', () => {
    const renamed = { ...HOA_BINH, code: 'TH1', name: 'Trường Tiểu học Hòa Bình Mới' };
    const list = SCHOOLS.map((s) => (s.code === HOA_BINH.code ? { school: renamed, former: HOA_BINH.name } : { school: s }));
    const { w, reminded } = season(new Map([[3, list]]));
    expect(w.failures()).toEqual([]);
    expect(reminded(HOA_BINH)).toEqual([1, 12]);
  });

  it('code corrected on 03/06, the deadline moved to 05/06 on 08/06: the school is told, once (what its reminders named is known)', () => {
    const { w, reminded, movedPast } = season(new Map([[3, coded('TH1')]]), { moveTo: 5, until: 10 });
    expect(w.failures()).toEqual([]);
    expect({ reminded: reminded(HOA_BINH), movedPast: movedPast(HOA_BINH) }).toEqual({ reminded: [1], movedPast: [8] });
  });

  it('code corrected on 08/06, the morning the deadline is moved to 05/06: the school is told that day (what its reminders named is known)', () => {
    const { w, reminded, movedPast } = season(new Map([[8, coded('TH1')]]), { moveTo: 5, until: 10 });
    expect(w.failures()).toEqual([]);
    expect({ reminded: reminded(HOA_BINH), movedPast: movedPast(HOA_BINH) }).toEqual({ reminded: [1], movedPast: [8] });
  });
});

describe('w69r: two schools are never taken for one by their codes', () => {
  it('a school that takes over another\'s code on 03/06 is reminded of its own deadline that day', () => {
    const list = SCHOOLS.map((s) => ({ school: s.code === HOA_BINH.code ? SAO_MAI : s }));
    const { w, reminded } = season(new Map([[3, list]]));
    expect(w.failures()).toEqual([]);
    expect(reminded(HOA_BINH)).toEqual([1]);
    expect(reminded(SAO_MAI)).toEqual([3, 12]);
  });

  it('two schools swapping codes on 03/06 are each reminded once of each offset', () => {
    const list = SCHOOLS.map((s) => ({ school: s.code === HOA_BINH.code ? { ...s, code: QUANG_MINH.code } : s.code === QUANG_MINH.code ? { ...s, code: HOA_BINH.code } : s }));
    const { w, reminded } = season(new Map([[3, list]]));
    expect(w.failures()).toEqual([]);
    expect(reminded(HOA_BINH)).toEqual([1, 12]);
    expect(reminded(QUANG_MINH)).toEqual([1, 12]);
  });
});

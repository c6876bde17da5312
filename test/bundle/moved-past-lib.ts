// The days of the tests of the notice that a deadline moved to a day already past (w69h, d69, d69b): an office's
// mornings (its rebuild, then its reminders); on 08/06/2027 the six-month deadline is moved to 05/06 — that morning's
// rebuild killed at a call when a test says so (toEighth), or the school's row retyped on a later day (movedPastSeason);
// the mornings with the directory retyped on given days, for any test of the mail a school is sent (retypedMornings).
import { expect } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { typeIntoTab } from '../../scripts/season';
import { directoryRows, setConfigValues, type TestSchool } from './helpers';
import { DAY, HOA_BINH, SCHOOLS, reportOffice } from './r67r-lib';

/** What the days need of an office: its emulation, a rebuild at a time, a morning (the rebuild at 7:00, reminders at 8:40). */
export interface MorningOffice {
  emu: Emulator;
  rebuild: (at: Date) => void;
  morning: (day: Date) => void;
}

/** `schools` set up on 20/05/2027 (the 2026–2030 period), reminded 14 and 3 days before a deadline (r67r-lib's office). */
export function remindedOffice(schools: readonly TestSchool[]): MorningOffice {
  return reportOffice(undefined, schools);
}

/**
 * The mornings of `w` from 28/05 to 07/06/2027; on 08/06 the six-month deadline moved to 05/06, then that morning's
 * rebuild (killed at its call `kill`, when given: it must fail). Its calls, and the e-mails it sent.
 */
export function toEighth(w: MorningOffice, kill?: number) {
  for (let t = new Date(2027, 4, 28).getTime(); t <= new Date(2027, 5, 7).getTime(); t += DAY) w.morning(new Date(t));
  w.emu.clock.set(new Date(2027, 5, 8, 6, 30));
  setConfigValues(w.emu, { 'reports.halfYearDeadline': '05/06' });
  const runtime = w.emu.runtime;
  runtime.trace = [];
  const before = w.emu.mail.sent.length;
  if (kill !== undefined) {
    runtime.killAtCall(kill);
    expect(() => w.rebuild(new Date(2027, 5, 8, 7))).toThrow();
    runtime.clearFaults();
  } else w.rebuild(new Date(2027, 5, 8, 7));
  const trace = runtime.trace;
  runtime.trace = null;
  return { trace, sentThen: w.emu.mail.sent.slice(before) };
}

/** The lines of "Nhật ký lỗi" about the deadline moved to 05/06/2027. */
export const movedPastLogLines = (emu: Emulator): string[] =>
  (emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []).filter((l) => l.includes('05/06/2027'));

/**
 * r67r-lib's office with `first` typed into "Đơn vị" on 27/05/2027, then its mornings from 28/05 to `until`; at 6:00 of
 * each day of June `typed` has, the clerk types those rows into "Đơn vị"; with `movePast`, on 08/06 at 6:30 the six-month
 * deadline is moved to 05/06. `before`: the e-mails sent before the mornings.
 */
export function retypedMornings(typed: ReadonlyMap<number, readonly (readonly string[])[]>, opts: { first?: readonly TestSchool[]; until?: Date; movePast?: boolean } = {}) {
  const w = reportOffice();
  w.emu.clock.set(new Date(2027, 4, 27, 9));
  typeIntoTab(w.emu, 'Đơn vị', directoryRows(opts.first ?? SCHOOLS));
  const before = w.emu.mail.sent.length;
  for (let t = new Date(2027, 4, 28).getTime(); t <= (opts.until ?? new Date(2027, 5, 13)).getTime(); t += DAY) {
    const d = new Date(t);
    const june = d.getMonth() === 5 ? d.getDate() : 0;
    if (typed.has(june)) {
      w.emu.clock.set(new Date(2027, 5, june, 6));
      typeIntoTab(w.emu, 'Đơn vị', typed.get(june)! as string[][]);
    }
    if (june === 8 && opts.movePast) {
      w.emu.clock.set(new Date(2027, 5, 8, 6, 30));
      setConfigValues(w.emu, { 'reports.halfYearDeadline': '05/06' });
    }
    w.morning(d);
  }
  return { w, before };
}

/** The directory rows of `typed`'s lists of schools, by day. */
export const rowsOf = (typed: ReadonlyMap<number, readonly TestSchool[]>) => new Map([...typed].map(([day, list]) => [day, directoryRows(list)]));

/** The days of June a school was reminded of the deadline of 15/06/2027, from `before` on. */
export const remindedDays = (w: ReturnType<typeof reportOffice>, school: TestSchool, before: number) =>
  w.emu.mail.sent.slice(before).filter((m) => m.to.includes(school.emails[0]) && m.subject.includes('Nhắc hạn 15/06/2027')).map((m) => new Date(m.date).getDate());

/**
 * The test schools' mornings from 28/05 to 15/06/2027, `first` in "Đơn vị" (default the three as they are) and, on each
 * day of June in `typed` (at 6:00), the directory the clerk types then; the six-month deadline moved to 05/06 on 08/06. What Hòa Bình was told of it (the
 * e-mails), and the log's lines naming it.
 */
export function movedPastSeason(typed: ReadonlyMap<number, readonly TestSchool[]>, first: readonly TestSchool[] = SCHOOLS) {
  const { w, before } = retypedMornings(rowsOf(typed), { first, until: new Date(2027, 5, 15), movePast: true });
  const told = w.mailsTo(HOA_BINH, before).filter((m) => m.subject.includes('đổi sớm hơn'));
  const log = movedPastLogLines(w.emu).filter((l) => l.includes(HOA_BINH.name));
  return { w, told, log };
}

// The days of the tests of the notice that a deadline moved to a day already past (w69h, d69, d69b): an office's
// mornings (its rebuild, then its reminders) to 07/06/2027; on 08/06 the six-month deadline is moved to 05/06 and that
// morning's rebuild runs — killed at a call when a test says so.
import { expect } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { setConfigValues, type TestSchool } from './helpers';
import { DAY, reportOffice } from './r67r-lib';

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

// The spreadsheet's time zone against the script's. Sheets keeps a date cell as a serial on the FILE's wall clock, and
// SpreadsheetApp gives it as the instant that wall clock means in the file's zone (src/gas/cell-batch.ts writes by the
// same rule). The script's Dates are on the manifest's clock (SCRIPT_TIME_ZONE), where the core reads a day with
// getDate(). In a file left in another zone (the account's, say Singapore or Pacific time), a date the office typed,
// 31/05/2023, is midnight of the 31st there: 23:00 of the 30th in Việt Nam (review dates F1, F2). So the tabs people
// type dates into are read as the wall clock their cells show (`shownDates`), and Thiết lập puts a file that holds no
// registration yet in Việt Nam's zone, so that times the tool and Forms write show Việt Nam's clock (F3).
// The file's locale is aligned the same way (review r74d F3): Sheets reads what is typed into a cell by the file's
// locale, which a new file takes from its creator's account; in en_US a date typed "05/10/2026" in "Cấu hình" is 10 May.
import { isValidDate } from '../core/text';
import { SCRIPT_TIME_ZONE, fileOffset } from './cell-batch';
import { tabsRead } from './batch-read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The file's zone, asked at most once per execution (each execution loads the script afresh). */
let known: { ss: Spreadsheet; tz: string } | null = null;

/** The spreadsheet's time zone: from the run's listing when it has one, else asked once. */
export function fileTimeZone(ss: Spreadsheet): string {
  if (known && known.ss === ss) return known.tz;
  const tz = tabsRead(ss)?.timeZone ?? ss.getSpreadsheetTimeZone();
  known = { ss, tz };
  return tz;
}

/**
 * Thiết lập in a file whose zone is not Việt Nam's: the zone it was in, and whether the tool set it to Việt Nam's.
 * Only a file with no registration yet is changed: Sheets keeps every date cell's shown day and time when the zone
 * changes, so in a file in use the times Forms already wrote would come to mean other instants (a submission at 22:00
 * in Việt Nam, shown 23:00 in Singapore, would then read as sent at 23:00). Null: the file is in Việt Nam's zone.
 */
export function alignFileTimeZone(ss: Spreadsheet, inUse: boolean): FileSettingAligned | null {
  return alignFileSetting(fileTimeZone(ss), SCRIPT_TIME_ZONE, inUse, () => {
    ss.setSpreadsheetTimeZone(SCRIPT_TIME_ZONE);
    known = { ss, tz: SCRIPT_TIME_ZONE };
  });
}

/** The locale Thiết lập gives the file: Việt Nam's (dates typed day first, "1.200" is 1200: the facts file). */
export const FILE_LOCALE = 'vi_VN';

/**
 * Thiết lập in a file whose locale is not Việt Nam's (File → Settings → Locale): the locale it was in, and whether the
 * tool set it to vi_VN. Asked once, at Thiết lập only: no other run changes it. A language without a country ("vi") is
 * taken as Vietnamese (ASSUMPTION: which of the two Sheets gives for a Vietnamese file is unverified). Only a file with
 * no registration yet is changed, as for the zone: the locale also decides how the people using the file see and type
 * numbers, dates and formulas, and in a file in use the dates already typed were read by the old locale and need a
 * person to check them — the office changes it knowingly. Null: the file is in Việt Nam's locale.
 */
export function alignFileLocale(ss: Spreadsheet, inUse: boolean): FileSettingAligned | null {
  const from = ss.getSpreadsheetLocale();
  return alignFileSetting(/^vi(_|$)/.test(from) ? FILE_LOCALE : from, FILE_LOCALE, inUse, () => ss.setSpreadsheetLocale(FILE_LOCALE));
}

/** A file setting Thiết lập found other than Việt Nam's: the value it was, and whether the tool set it. */
export interface FileSettingAligned {
  from: string;
  set: boolean;
}

/** A file setting found at `from` where `want` is meant: left alone when equal, only said in a file in use, else set. */
function alignFileSetting(from: string, want: string, inUse: boolean, set: () => void): FileSettingAligned | null {
  if (from === want) return null;
  if (inUse) return { from, set: false };
  set();
  return { from, set: true };
}

/** What Thiết lập tells the office of an aligned setting (messages FILE_TIME_ZONE, FILE_LOCALE), if anything. */
export function fileSettingNotes(said: { set: (from: string) => string; kept: (from: string) => string }, aligned: FileSettingAligned | null): string[] {
  return aligned ? [aligned.set ? said.set(aligned.from) : said.kept(aligned.from)] : [];
}

/**
 * A tab's values with each date as the day and time its cell shows, on the script's clock: what a person typed means
 * that wall clock. `zone` is asked only when a row holds a date; in Việt Nam's zone the values are given back as read.
 * Only for tabs people type dates into ("Cấu hình", the council's tab): timestamps the tool or Forms wrote are
 * instants, right as read. Each distinct instant is asked of Utilities.formatDate once.
 */
export function shownDates(values: unknown[][], zone: () => string | null): unknown[][] {
  let tz: string | null | undefined;
  const seen = new Map<number, Date>();
  return values.map((row) => {
    if (!row.some(isValidDate)) return row;
    if (tz === undefined) tz = zone();
    if (!tz || tz === SCRIPT_TIME_ZONE) return row;
    const fileTz = tz;
    return row.map((v) => {
      if (!isValidDate(v)) return v;
      const t = Date.prototype.getTime.call(v);
      const known = seen.get(t);
      if (known) return new Date(known.getTime());
      const shown = onScriptClock(t, fileTz);
      seen.set(t, shown);
      return new Date(shown.getTime());
    });
  });
}

/**
 * The instant `t` shows in zone `tz` as that same wall clock on the script's clock: the wall clock itself, asked of
 * Utilities.formatDate to the millisecond. Not through the zone's offset ("Z"), which is whole minutes: a time typed
 * alone is a Date on Sheets' day zero, 30/12/1899, when zones kept their local mean time (Asia/Bangkok +6:42:04), and
 * "14:00" moved by a minutes' offset came out "14:23:56" (review d82a F1). Sheets makes the Date of a cell from its
 * serial on the file's clock, so the file's zone gives back what the cell shows, whatever offset that day had.
 */
function onScriptClock(t: number, tz: string): Date {
  const m = /^(-?\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+)\.(\d+)$/.exec(Utilities.formatDate(new Date(t), tz, 'yyyy-MM-dd HH:mm:ss.SSS'));
  if (!m) {
    // Not a wall clock (never seen): by the zone's offset, as before.
    const w = new Date(t + fileOffset(t, tz));
    return new Date(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes(), w.getUTCSeconds(), w.getUTCMilliseconds());
  }
  const n = m.slice(1).map(Number);
  const d = new Date(2000, 0, 1);
  d.setFullYear(n[0], n[1] - 1, n[2]);
  d.setHours(n[3], n[4], n[5], n[6]);
  return d;
}

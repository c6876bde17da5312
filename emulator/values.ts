// Cell values as Sheets holds them, A1 notation, time zones and SimpleDateFormat patterns.
import { isDate } from './runtime.js';

/** What a cell holds: number, boolean, Date, or string ("" when empty). */
export type CellValue = string | number | boolean | Date;

export interface Cell {
  value: CellValue;
  /** The formula text ("=…") when the cell holds a formula; its value is then an error string (not evaluated). */
  formula?: string;
  numberFormat?: string;
  fontWeight?: string;
  background?: string;
  fontColor?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
}

export const CELL_CHAR_LIMIT = 50_000;
export const CELL_LIMIT_MESSAGE = `Your input contains more than the maximum of ${CELL_CHAR_LIMIT} characters in a single cell.`;

const DATE_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/** A time of day typed alone: "14:00", "8:00", "8:30:15". */
const TIME_RE = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Locales whose typed dates the emulation reads month first ("05/10/2026" is 10 May 2026, "25/10/2026" stays text), as
 * Sheets reads typed input by the file's locale (File → Settings → Locale): United States. Every other locale is read
 * day first, as vi_VN (ASSUMPTION: the emulation models vi_VN and en_US; other locales are not modelled).
 */
const MONTH_FIRST_LOCALES: ReadonlySet<string> = new Set(['en_US']);

/**
 * Interprets a value written with setValue(s)/appendRow as Sheets does when a user types it (vi_VN locale):
 *  - "=…" → a formula (not evaluated: its value is "#NAME?" when it starts with a name, else "#ERROR!");
 *  - "'…" → the text after the apostrophe;
 *  - a number ("07", "1.5", "+5", "-2") → Number; "+…"/"-…" that is not a number → a formula parse error;
 *  - a number followed by "%" ("80%", "80,5 %") → the fraction (0.8, 0.805) with a percent number format ("0%",
 *    "0.00%"), as Sheets stores a typed percentage: Sheets parses text typed into a cell (and USER_ENTERED input,
 *    "parsed as if the user typed them into the UI … strings may be converted to numbers, dates, etc.":
 *    developers.google.com/sheets/api/reference/rest/v4/ValueInputOption) and infers a format with the number
 *    ("$100.15" becomes a number with currency formatting: docs.sheetdb.io/value-render-input-option); a typed
 *    "50%" is the number 0.5 to a formula (A1 = 38, B1 = "50%", =A1*B1 gives 19: grethz.com, "Formatting cell data
 *    in spreadsheet part IV: percentage", on Google Sheets as of 2020). A space before "%" is read too (ASSUMPTION);
 *  - "TRUE"/"FALSE" (any case) → Boolean; "dd/MM/yyyy[ HH:mm[:ss]]" → a Date in the file's time zone, read
 *    "MM/dd/yyyy" in a month-first locale (en_US: MONTH_FIRST_LOCALES);
 *  - a time of day alone ("14:00", "8:00", "8:30:15"; hours 0–23) → the Date of that time on Sheets' day zero,
 *    30/12/1899, in the file's time zone, formatted "H:mm" ("H:mm:ss" with seconds) so it shows as typed: Sheets
 *    stores a time as the fraction of a day of a date serial whose whole days count from 30/12/1899
 *    (developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption), and Apps Script gives a date-time
 *    cell as a Date (facts file). Hours past 23 ("25:00", a duration to Sheets) stay text (ASSUMPTION: not modelled;
 *    review r82p);
 *  - with number format "@" (plain text) digit strings, booleans and dates stay text — but "=" still makes a
 *    formula (ASSUMPTION, unverified: the facts file says keep the apostrophe).
 * Numbers, booleans and Dates are kept; null/undefined → "".
 * Numbers follow the file's locale (facts file): in vi_VN "." groups thousands and "," is the decimal mark, so
 * "1.200" is 1200 and "1,5" is 1.5; "1.5" (not a grouping) stays text (ASSUMPTION, unverified: it might be read as
 * a date). In en_US "1,200" is 1200 and "1.5" is 1.5. Display values use "," (see displayValue).
 */
export function interpretInput(raw: unknown, numberFormat: string | undefined, tz: string, tooLong: () => Error, locale = 'vi_VN'): Cell {
  if (raw === null || raw === undefined) return { value: '' };
  if (typeof raw === 'number' || typeof raw === 'boolean') return { value: raw };
  if (isDate(raw)) return { value: new Date((raw as Date).getTime()) };
  if (typeof raw === 'object') {
    // Sheets stores an object's string form (e.g. "[object Object]", or the array joined by commas).
    return interpretInput(String(raw), numberFormat, tz, tooLong, locale);
  }
  const s = String(raw);
  if (s.length > CELL_CHAR_LIMIT) throw tooLong();
  if (s === '') return { value: '' };
  if (s.length > 1 && s[0] === '=') return { value: formulaErrorValue(s), formula: s };
  if (s[0] === "'") return { value: s.slice(1) };
  if (numberFormat === '@') return { value: s };
  // Only a text starting with blank space (trimmed below), a digit, a sign, a point or the T/F of TRUE/FALSE can be
  // read as anything but text (numbers, formula errors, booleans, dates below).
  const first = s.charCodeAt(0);
  if (first < 0x80 ? first > 0x20 && !FIRST_NON_TEXT[first] : !/\s/.test(s[0])) return { value: s };
  const t = s.trim();
  const n = typedNumber(t, locale);
  if (n !== null) return { value: n };
  const percent = typedPercent(t, locale);
  if (percent) return percent;
  if ((t[0] === '+' || t[0] === '-') && t.length > 1) return { value: '#ERROR!', formula: `=${t}` };
  const up = t.toUpperCase();
  if (up === 'TRUE') return { value: true };
  if (up === 'FALSE') return { value: false };
  const m = DATE_RE.exec(t);
  if (m) {
    const [a, b, y, h, mi, se] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
    const [d, mo] = MONTH_FIRST_LOCALES.has(locale) ? [b, a] : [a, b];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && h < 24 && mi < 60 && se < 60) {
      return { value: new Date(zonedToEpoch(y, mo, d, h, mi, se, tz)) };
    }
  }
  const tm = TIME_RE.exec(t);
  if (tm) {
    const [h, mi, se] = [tm[1], tm[2], tm[3] ?? '0'].map(Number);
    if (h < 24 && mi < 60 && se < 60) return { value: new Date(zonedToEpoch(1899, 12, 30, h, mi, se, tz)), numberFormat: tm[3] === undefined ? 'H:mm' : 'H:mm:ss' };
  }
  return { value: s };
}

/** ASCII characters a typed value other than text can start with: digits, + - . , and t/f (TRUE, FALSE). */
const FIRST_NON_TEXT: boolean[] = [];
for (const ch of '0123456789+-.,tTfF') FIRST_NON_TEXT[ch.charCodeAt(0)] = true;

const VI_NUMBER_RE = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?(e[+-]?\d+)?$/i;
const EN_NUMBER_RE = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(e[+-]?\d+)?$/i;

/** A typed percentage ("80%", "-5 %", "80,5%" in vi_VN) as Sheets stores it: the fraction, in a percent format; or null. */
function typedPercent(t: string, locale: string): Cell | null {
  if (t.length < 2 || t[t.length - 1] !== '%') return null;
  const text = t.slice(0, -1).trimEnd();
  const n = typedNumber(text, locale);
  if (n === null) return null;
  // The decimal's own double (80,5% is 0.805, not 0.8049999…).
  const value = Number((n / 100).toPrecision(15));
  return { value, numberFormat: Number.isInteger(n) ? '0%' : '0.00%' };
}

/** The number a typed text means in `locale` (vi_VN: "1.200,5"; en_US: "1,200.5"), or null. */
export function typedNumber(t: string, locale: string): number | null {
  if (locale === 'vi_VN') {
    if (!VI_NUMBER_RE.test(t)) return null;
    return Number(t.replace(/\./g, '').replace(',', '.'));
  }
  if (!EN_NUMBER_RE.test(t) || !/\d/.test(t)) return null;
  return Number(t.replace(/,/g, ''));
}

export function formulaErrorValue(formula: string): string {
  return /^=\s*[A-Za-z_]/.test(formula) ? '#NAME?' : '#ERROR!';
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A copy of a stored value for the script (fresh Date objects each call). */
export function outValue(c: Cell | undefined): CellValue {
  if (!c) return '';
  const v = c.value;
  return v instanceof Date ? new Date(v.getTime()) : v;
}

// ------------------------------------------------------------------ display values (vi_VN)

/** The text Sheets would show for a cell in a vi_VN file (decimal comma; dates dd/MM/yyyy). */
export function displayValue(c: Cell | undefined, tz: string): string {
  if (!c) return '';
  const v = c.value;
  const fmt = c.numberFormat;
  if (v instanceof Date) {
    const pattern = fmt && fmt !== '@' && /[dmyhs]/i.test(fmt) ? sheetsDatePatternToJava(fmt) : 'dd/MM/yyyy';
    const zp = zonedParts(v.getTime(), tz);
    const hasTime = !fmt && (zp.hour !== 0 || zp.minute !== 0 || zp.second !== 0);
    return formatDate(v, tz, hasTime ? 'dd/MM/yyyy HH:mm:ss' : pattern);
  }
  if (typeof v === 'number') {
    const m = fmt && /^0(\.(0+))?$/.exec(fmt);
    if (m) return v.toFixed(m[2]?.length ?? 0).replace('.', ',');
    const pm = fmt && /^0(\.(0+))?%$/.exec(fmt);
    if (pm) return `${(v * 100).toFixed(pm[2]?.length ?? 0).replace('.', ',')}%`;
    if (fmt && /%$/.test(fmt)) return `${String(Math.round(v * 100))}%`;
    return String(Number.isInteger(v) ? v : Number(v.toPrecision(10))).replace('.', ',');
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

/** Sheets' date format ("dd/mm/yyyy hh:mm") to a SimpleDateFormat pattern ("m" is minutes next to h or s). */
export function sheetsDatePatternToJava(fmt: string): string {
  return fmt
    .replace(/yyyy/gi, 'yyyy')
    .replace(/(h+)(:)(m+)/gi, (_a, h: string, c: string, m: string) => `${h.toUpperCase()}${c}${'m'.repeat(m.length)}`)
    .replace(/(m+)(:)(s+)/gi, (_a, m: string, c: string, s: string) => `${'\u0001'.repeat(m.length)}${c}${s}`)
    .replace(/m/g, 'M')
    .replace(/\u0001/g, 'm')
    .replace(/D/g, 'd');
}

// ------------------------------------------------------------------ A1 notation

export function columnToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface A1 {
  sheetName?: string;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/**
 * Parses "A1", "B2:D9", "A:C", "2:5", "A2:C", optionally prefixed "Sheet!" or "'My sheet'!". Open ends use the
 * sheet's current size (`maxRows`, `maxCols`). Returns null when the text is not A1 notation.
 */
export function parseA1(text: string, maxRows: number, maxCols: number): A1 | null {
  let rest = text.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = rest.slice(0, bang);
    if (sheetName.startsWith("'") && sheetName.endsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const parts = rest.split(':');
  if (parts.length > 2) return null;
  const refs = parts.map((p) => /^\$?([A-Za-z]*)\$?(\d*)$/.exec(p));
  if (refs.some((r) => !r || (r[1] === '' && r[2] === ''))) return null;
  const [a, b] = refs as RegExpExecArray[];
  const c1 = a[1] ? lettersToColumn(a[1]) : 1;
  const r1 = a[2] ? Number(a[2]) : 1;
  if (!b) {
    if (!a[1] || !a[2]) return null;
    return { sheetName, row: r1, col: c1, numRows: 1, numCols: 1 };
  }
  const c2 = b[1] ? lettersToColumn(b[1]) : a[1] ? maxCols : maxCols;
  const r2 = b[2] ? Number(b[2]) : maxRows;
  const col1 = a[1] ? c1 : 1;
  const row1 = a[2] ? r1 : 1;
  const top = Math.min(row1, r2);
  const left = Math.min(col1, c2);
  return { sheetName, row: top, col: left, numRows: Math.abs(r2 - row1) + 1, numCols: Math.abs(c2 - col1) + 1 };
}

export function toA1(row: number, col: number, numRows: number, numCols: number): string {
  const a = `${columnToLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return a;
  return `${a}:${columnToLetters(col + numCols - 1)}${row + numRows - 1}`;
}

// ------------------------------------------------------------------ time zones and date formats

const DTF_CACHE = new Map<string, Intl.DateTimeFormat>();
function dtf(tz: string): Intl.DateTimeFormat {
  let f = DTF_CACHE.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    DTF_CACHE.set(tz, f);
  }
  return f;
}

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 1 = Monday … 7 = Sunday
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * The parts of an instant in a time zone, shared (read-only): the same instants are shown again and again (a tab's
 * dates at every read, a date formatted through several of these), and Intl's formatToParts is slow.
 */
const zonedCache = new Map<string, Map<number, Readonly<ZonedParts>>>();

export function zonedParts(ms: number, tz: string): Readonly<ZonedParts> {
  let byMs = zonedCache.get(tz);
  if (byMs === undefined) zonedCache.set(tz, (byMs = new Map()));
  let p = byMs.get(ms);
  if (p === undefined) {
    if (byMs.size >= 100_000) byMs.clear();
    p = Object.freeze(partsOf(ms, tz));
    byMs.set(ms, p);
  }
  return p;
}

function partsOf(ms: number, tz: string): ZonedParts {
  const parts = dtf(tz).formatToParts(new Date(ms));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '0';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    second: Number(get('second')),
    ms: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(get('weekday')) + 1,
  };
}

/** Offset of `tz` from UTC at instant `ms`, in ms (Asia/Ho_Chi_Minh: +7 h). */
export function tzOffset(ms: number, tz: string): number {
  const p = zonedParts(ms, tz);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms) - ms;
}

/** Epoch ms of a wall-clock time in `tz`. */
export function zonedToEpoch(y: number, mo: number, d: number, h: number, mi: number, s: number, tz: string): number {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  const first = guess - tzOffset(guess, tz);
  return guess - tzOffset(first, tz);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Utilities.formatDate: a java.text.SimpleDateFormat pattern in a time zone, English names.
 * Supported letters: y M d H h m s S E a Z X u, and 'quoted text'.
 */
export function formatDate(date: Date, tz: string, pattern: string): string {
  const ms = date.getTime();
  const p = zonedParts(ms, tz);
  // Whole minutes, the seconds of a local mean time (Asia/Bangkok +6:42:04 in 1899) dropped, as SimpleDateFormat's
  // "Z" gives them (its offset divided by 60000 in integers): "+0642".
  const off = Math.trunc(tzOffset(ms, tz) / 60_000);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end < 0 ? pattern.length : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    const sign = off >= 0 ? '+' : '-';
    const ah = Math.floor(Math.abs(off) / 60);
    const am = Math.abs(off) % 60;
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case 'M':
        out += n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month, n);
        break;
      case 'd':
        out += pad(p.day, n);
        break;
      case 'H':
        out += pad(p.hour, n);
        break;
      case 'h':
        out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
        break;
      case 'm':
        out += pad(p.minute, n);
        break;
      case 's':
        out += pad(p.second, n);
        break;
      case 'S':
        out += pad(p.ms, 3).slice(0, Math.max(n, 3));
        break;
      case 'E':
        out += n >= 4 ? DAY_NAMES[p.weekday - 1] : DAY_NAMES[p.weekday - 1].slice(0, 3);
        break;
      case 'u':
        out += String(p.weekday);
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
        out += `${sign}${pad(ah, 2)}${pad(am, 2)}`;
        break;
      case 'X':
        out += off === 0 ? 'Z' : n === 1 ? `${sign}${pad(ah, 2)}` : n === 2 ? `${sign}${pad(ah, 2)}${pad(am, 2)}` : `${sign}${pad(ah, 2)}:${pad(am, 2)}`;
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

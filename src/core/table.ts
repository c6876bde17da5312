// Pure helpers that turn computed rows into the exact grid one setValues writes.
// A cell is what Sheets holds: string, number, boolean or Date. Strings are written as a user would type them,
// so any string Sheets would reinterpret (a formula, a number, a date, a boolean) is made literal with a
// leading apostrophe, which Sheets stores as text and never shows.

import { SHEET_CELL_LIMIT, fitText, isDate } from './text';

export { fitText };

export type Cell = string | number | boolean | Date;
export type Row = Cell[];

/** Text Sheets would turn into a number, percentage, boolean or date when typed (vi_VN locale). */
const REINTERPRETED = /^\s*(?:[+-]?(?:\d[\d.,\s]*)(?:e[+-]?\d+)?%?|true|false|\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?)\s*$/i;

/** Sheets keeps at most 50,000 characters in a cell. */
export const MAX_CELL_CHARS = SHEET_CELL_LIMIT;

/**
 * The literal form of untrusted or generated text: stored by Sheets exactly as given. Text Sheets would read as a
 * formula or a value, or that starts with an apostrophe (which Sheets would swallow), gets one leading apostrophe;
 * text longer than a cell holds is cut with a visible "…", never inside an emoji.
 */
export function literalText(s: string): string {
  const prefix = needsApostrophe(s) ? "'" : '';
  return prefix + fitText(s, MAX_CELL_CHARS - prefix.length);
}

/** Whether literalText keeps this text whole (it cuts text longer than a cell holds, its apostrophe counted). */
export function fitsCell(s: string): boolean {
  return s.length + (needsApostrophe(s) ? 1 : 0) <= MAX_CELL_CHARS;
}

/**
 * Whether Sheets might not keep typed text as it is, decided from its first character where that settles it:
 * - a formula's first character (=, +, -, @, tab, CR: the OWASP CSV-injection list) or an apostrophe (swallowed): yes;
 * - a letter (Vietnamese included): no, but for "true" or "false" (any case, maybe followed by spaces);
 * - a digit or white space: when REINTERPRETED (a number, percentage, date or time);
 * - anything else — a bracket, a currency or other symbol, a point or comma, a quote, a bullet, an emoji: yes. Sheets
 *   may read "(100)", "$5", "€5", ".5", ",5" or "#N/A" as a value, by rules of its locale this project cannot check
 *   (review "input" #5); the apostrophe keeps such text as typed and never shows.
 */
function needsApostrophe(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  if (c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 || c === 39) return true;
  if (startsPlain(c)) return false;
  if (c < 128) {
    const lower = c | 32;
    if (lower === 116) return startsWithWord(s, 'true') && REINTERPRETED.test(s);
    if (lower === 102) return startsWithWord(s, 'false') && REINTERPRETED.test(s);
    if (c <= 32 || (c >= 48 && c <= 57)) return REINTERPRETED.test(s);
    return true;
  }
  // JavaScript's \s beyond ASCII: white space, as REINTERPRETED reads it.
  if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return REINTERPRETED.test(s);
  return !/^\p{L}/u.test(s);
}

/**
 * Whether text starting with this character is kept by Sheets as typed, whatever follows: a letter other than the t
 * and f that start "true" and "false" — ASCII, or Latin with marks (Vietnamese: U+00C0–U+024F but × and ÷,
 * U+1E00–U+1EFF) — without a regular expression. Most text starts so; needsApostrophe decides the rest.
 */
function startsPlain(c: number): boolean {
  if (c < 128) {
    const lower = c | 32;
    return lower >= 97 && lower <= 122 && lower !== 116 && lower !== 102;
  }
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

/** Whether `s` starts with `word` (lower-case ASCII letters), in any case. */
function startsWithWord(s: string, word: string): boolean {
  if (s.length < word.length) return false;
  for (let i = 0; i < word.length; i++) if ((s.charCodeAt(i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

/** A value ready for setValues: strings made literal, null/undefined/NaN as empty. Never throws. */
export function toCell(v: unknown): Cell {
  // Text first: most cells are.
  if (typeof v === 'string') return v === '' ? '' : literalText(v);
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'boolean') return v;
  if (isDate(v)) {
    return isNaN((v as Date).getTime()) ? '' : (v as Date);
  }
  let s: string;
  try {
    s = String(v);
  } catch {
    return ''; // an object with no string form (e.g. no prototype): nothing to show
  }
  return s === '' ? '' : literalText(s);
}

/**
 * The rectangle to write over a tab: header plus rows, every row padded to the widest, and padded with blank
 * rows/columns up to the extent the tab held before, so one setValues replaces the old content entirely. The grid is
 * for that one write: a row already as the grid would hold it (full width, every cell a cell as is) is not copied but
 * is itself the grid's row.
 */
export function gridFor(header: Row, rows: readonly unknown[][], before: { rows: number; cols: number }): Cell[][] {
  // A loop, not a spread of every row's width (a tab of many rows would pass too many arguments).
  let width = Math.max(header.length, before.cols, 1);
  for (let i = 0; i < rows.length; i++) if (rows[i].length > width) width = rows[i].length;
  const height = Math.max(rows.length + 1, before.rows, 1);
  const out: Cell[][] = new Array(height);
  // The header (often a shared constant) is always copied.
  out[0] = gridRow(header, width, true);
  for (let i = 1; i < height; i++) out[i] = gridRow(rows[i - 1] ?? [], width, false);
  return out;
}

/**
 * Whether toCell gives back this value itself, told without a call for most cells: blank text; text short enough that
 * starts with a letter that starts no value (startsPlain), or with a t or f that does not start "true" or "false" (the
 * "Trường", "Tập thể" of most rows: needsApostrophe keeps those as typed); a finite number. Others go through toCell.
 */
function keptAsIs(v: unknown): v is string | number {
  if (typeof v === 'string') {
    const n = v.length;
    if (n === 0) return true;
    if (n > MAX_CELL_CHARS) return false;
    const c = v.charCodeAt(0);
    if (startsPlain(c)) return true;
    const lower = c | 32;
    return (lower === 116 && !startsWithWord(v, 'true')) || (lower === 102 && !startsWithWord(v, 'false'));
  }
  return typeof v === 'number' && Number.isFinite(v);
}

/** A row of gridFor: `src` itself when it is one already (unless `copy`), else a copy made literal and padded. */
function gridRow(src: readonly unknown[], width: number, copy: boolean): Cell[] {
  let line: Cell[] | null = copy || src.length !== width ? new Array(width) : null;
  for (let j = 0; j < width; j++) {
    const v = src[j];
    const cell = keptAsIs(v) ? v : toCell(v);
    if (line !== null) line[j] = cell;
    else if (cell !== v) {
      // The first cell that differs: the row is copied from here on.
      line = new Array(width);
      for (let k = 0; k < j; k++) line[k] = src[k] as Cell;
      line[j] = cell;
    }
  }
  return line !== null ? line : (src as Cell[]);
}

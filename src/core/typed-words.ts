// The words a person typed into a text cell of "Thẩm định" that Google Sheets took for a formula (reviews r77c F1, F4).
// Text typed into a cell that starts with "-" or "+" and is not a number is read as a formula that does not parse
// (apps-script-facts "Writes are interpreted as typed by a user"; emulator/values.ts): the cell shows "#ERROR!" and
// the words are kept only in its formula ("- Bổ sung …" typed is "=- Bổ sung …"). Vietnamese offices write lists that
// way, so the council's comments, its reviewer's name and the notes typed into "Ghi chú" often start so. Pure: the
// formulas are read by src/gas/typed-words.ts, only where such a cell reads as an error.
import { REVIEW_HEADERS } from './messages';
import { matchKey } from './text';

/** The error values Sheets shows for a formula that fails. */
const SHEETS_ERRORS: ReadonlySet<string> = new Set(['#ERROR!', '#NAME?', '#REF!', '#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!', '#SPILL!', '#CALC!']);

/** A cell's value is one of Sheets' error values (a formula that fails): never words to quote to anyone. */
export function isSheetsError(v: unknown): boolean {
  return typeof v === 'string' && v.length <= 8 && v[0] === '#' && SHEETS_ERRORS.has(v.trim());
}

/** The words typed that Sheets turned into `formula` ("=- Bổ sung …" → "- Bổ sung …"); null for any other formula. */
export function typedWords(formula: unknown): string | null {
  const f = typeof formula === 'string' ? formula : '';
  return /^=\s*[+-]/.test(f) ? f.slice(1).trim() : null;
}

/** The text columns of "Thẩm định" people type words into (0-based, by their header; absent ones left out): comment, reviewer, note; and the note's (-1 when absent). */
export function reviewTextColumns(header: readonly unknown[]): { columns: number[]; note: number } {
  const keys = header.map((h) => matchKey(h));
  const at = (h: string) => keys.indexOf(matchKey(h));
  return { columns: [REVIEW_HEADERS.comment, REVIEW_HEADERS.reviewer, REVIEW_HEADERS.note].map(at).filter((c) => c >= 0), note: at(REVIEW_HEADERS.note) };
}

/** The rows (0-based, below the header) where one of `columns` holds a value `is` holds of: [first, last], or null when none. */
function rowsWhere(values: readonly (readonly unknown[])[], columns: readonly number[], is: (v: unknown) => boolean): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let r = 1; r < values.length; r++) {
    if (columns.some((c) => is(values[r]?.[c]))) {
      if (first < 0) first = r;
      last = r;
    }
  }
  return first < 0 ? null : [first, last];
}

/** The rows (0-based, below the header) where one of `columns` reads as an error: [first, last], or null when none. */
export function errorRows(values: readonly (readonly unknown[])[], columns: readonly number[]): [number, number] | null {
  return rowsWhere(values, columns, isSheetsError);
}

/**
 * `values` with, in `columns`, each error value whose formula holds typed words (typedWords) replaced by those words;
 * in the `note` column ("Ghi chú", which the tool rewrites keeping the lines people typed), any formula that fails, as
 * typed ("=…"), so that the tool keeps it as text rather than writing "#ERROR!" over it. `formulas` covers rows
 * `fromRow`… (0-based, as `values`) and columns `fromColumn`… (0-based). The rows changed are copies; `values` itself
 * is left as read (the in-place write compares with it, so the cell is written back as text).
 */
export function withTypedWords(values: readonly (readonly unknown[])[], columns: readonly number[], formulas: readonly (readonly unknown[])[], fromRow: number, fromColumn: number, note = -1): unknown[][] {
  return values.map((row, r) => {
    const line = formulas[r - fromRow];
    if (!line || !columns.some((c) => isSheetsError(row[c]))) return row as unknown[];
    const out = [...row];
    for (const c of columns) {
      if (!isSheetsError(row[c])) continue;
      const formula = line[c - fromColumn];
      const words = typedWords(formula) ?? (c === note && typeof formula === 'string' && formula.startsWith('=') ? formula : null);
      if (words !== null) out[c] = words;
    }
    return out;
  });
}

// ---- "Cấu hình" (review r78p F2–F4) ----------------------------------------------------------------------------------
// The office types its settings into column B of "Cấu hình", and Sheets reads them as typed: "- Ủy ban nhân dân tỉnh …"
// (a "Nơi nhận" line) or "+84 912 345 678" is a formula that fails ("#ERROR!", the words in its formula), and in a
// Vietnamese-locale Sheet "7,3" (seven and three days) is the number 7.3 ("," is the decimal mark), shown "7,3".

/** The value column of "Cấu hình" (0-based): what the office types each setting into. */
export const CONFIG_VALUE_COLUMN = 1;

/** A number with a fraction: in "Cấu hình", no setting is one — something typed that Sheets took for a decimal number. */
export function isFraction(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && !Number.isInteger(v);
}

/** The rows (0-based, below the header) where `column` holds a number with a fraction: [first, last], or null when none. */
export function fractionRows(values: readonly (readonly unknown[])[], column: number): [number, number] | null {
  return rowsWhere(values, [column], isFraction);
}

/**
 * `values` with, in `column`, each number with a fraction replaced by the text its cell shows (`shown`: the display
 * values of that column from row `fromRow`, 0-based as `values`), and the rows so replaced. The rows changed are copies.
 */
export function withShownFractions(values: readonly (readonly unknown[])[], column: number, shown: readonly (readonly unknown[])[], fromRow: number): { values: unknown[][]; rows: number[] } {
  const rows: number[] = [];
  const out = values.map((row, r) => {
    const text = shown[r - fromRow]?.[0];
    if (!isFraction(row[column]) || typeof text !== 'string' || text.trim() === '') return row as unknown[];
    rows.push(r);
    const copy = [...row];
    copy[column] = text;
    return copy;
  });
  return { values: out, rows };
}

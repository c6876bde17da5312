// Columns of a response tab that share one title, read as one field.
//
// Google Forms keeps a deleted question's column (and its answers) in the response tab; a question created again
// under the same title — by "Thiết lập" after the office deleted it, or by the office duplicating it in the editor —
// gets a new column at the end under that title. Every reader of a response tab reads such columns as ONE field:
// per row, the cell that holds an answer. Two cells of one row that hold different answers are a conflict the caller
// reports for that row; meanwhile the right-most one (the newest column) is read.
import { matchKey, toText } from './text';

/** Columns (0-based, in sheet order) under one title; at least two. */
export interface SharedColumns {
  /** The title as the first of them shows it. */
  header: string;
  columns: number[];
}

/** Two different answers of one row to one title. */
export interface ColumnConflict {
  header: string;
  /** The different answers, in sheet order (each once). */
  values: string[];
  /** The answer read meanwhile (the right-most one). */
  used: string;
}

/** The column's letters as the sheet shows them (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - r - 1) / 26);
  }
  return s;
}

/** The titles of a header row that head more than one column (matched as matchKey matches them). */
export function sharedColumns(headers: readonly unknown[]): SharedColumns[] {
  const byKey = new Map<string, SharedColumns>();
  const out: SharedColumns[] = [];
  for (let i = 0; i < headers.length; i++) {
    const k = matchKey(headers[i]);
    if (k === '') continue;
    const g = byKey.get(k);
    if (!g) byKey.set(k, { header: toText(headers[i]), columns: [i] });
    else {
      g.columns.push(i);
      if (g.columns.length === 2) out.push(g);
    }
  }
  return out;
}

const isEmptyCell = (v: unknown) => v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * Merges a row of a tab whose headers share titles: returns a copy of the row whose FIRST column of each shared title
 * holds the field's answer (the right-most non-empty cell; '' when none), so a reader that finds a title at its
 * first column reads the merged field. Answers that differ (as matchKey compares them) are passed to `onConflict`.
 * Without shared titles the row itself is returned: nothing is copied.
 */
export function mergeSharedCells(row: readonly unknown[], shared: readonly SharedColumns[], onConflict?: (c: ColumnConflict) => void): readonly unknown[] {
  if (shared.length === 0) return row;
  const out = row.slice();
  for (let g = 0; g < shared.length; g++) {
    const cols = shared[g].columns;
    let value: unknown = '';
    let key = '';
    let values: string[] | null = null;
    for (let j = 0; j < cols.length; j++) {
      const v = row[cols[j]];
      if (isEmptyCell(v)) continue;
      const k = matchKey(v);
      if (value !== '' && k !== key) {
        values ??= [toText(value)];
        if (!values.includes(toText(v))) values.push(toText(v));
      }
      value = v;
      key = k;
    }
    out[cols[0]] = value;
    if (values && onConflict) onConflict({ header: shared[g].header, values, used: toText(value) });
  }
  return out;
}

/**
 * Where each of `titles` stands in a header row (0-based, matched as matchKey matches them, the first column of a
 * title): a tab the office may insert columns in (review r81o F7: "Nhật ký lỗi" written by position put the job's name
 * under the office's own column). Null when one of them is not there (retyped, deleted): the caller keeps its order.
 */
export function columnsByHeader(header: readonly unknown[], titles: readonly string[]): number[] | null {
  const at = new Map<string, number>();
  header.forEach((h, c) => {
    const key = matchKey(toText(h));
    if (key !== '' && !at.has(key)) at.set(key, c);
  });
  const cols = titles.map((t) => at.get(matchKey(t)) ?? -1);
  return cols.includes(-1) ? null : cols;
}

// The words typed into "Thẩm định" and "Cấu hình" that Sheets shows as "#ERROR!" (src/core/typed-words.ts): read from
// the cells' formulas, in one call, only when a text column of the rows read holds an error value (no call otherwise);
// and those of "Cấu hình" written back as text at Thiết lập.
import { literalText } from '../core/table';
import { configLayout } from '../core/config';
import { CONFIG_VALUE_COLUMN, errorRows, fractionRows, isSheetsError, reviewTextColumns, typedWords, withShownFractions, withTypedWords } from '../core/typed-words';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * "Thẩm định" as read (`values`, header first, from row 1 and column A), its comment, reviewer and note cells that read
 * as an error replaced by the words typed (a "- …" or "+ …" typed: the cell's formula). `values` is returned itself
 * when none does; else a copy (`values` stays as read, for the in-place write to compare with: a note rewritten then
 * goes back as text). `top`: the 1-based sheet row of `values[1]` when the rows are not the tab's from row 2 (one row
 * read alone: `values` is then its header and that row).
 */
export function reviewWithTypedWords(sheet: Sheet, values: readonly (readonly unknown[])[], top = 2): unknown[][] {
  const { columns, note } = reviewTextColumns(values[0] ?? []);
  const rows = columns.length > 0 ? errorRows(values, columns) : null;
  if (!rows) return values as unknown[][];
  const from = Math.min(...columns);
  const to = Math.max(...columns);
  const formulas = sheet.getRange(top + rows[0] - 1, from + 1, rows[1] - rows[0] + 1, to - from + 1).getFormulas();
  return withTypedWords(values, columns, formulas, rows[0], from, note);
}

/** "Cấu hình" as the office typed it (configAsTyped): its rows, and those whose value was a number shown as text. */
export interface ConfigTyped {
  values: unknown[][];
  /** Rows (0-based, as `values`) whose value Sheets stored as a number with a fraction, read as the text shown. */
  fromNumbers: number[];
}

/**
 * "Cấu hình" as read (`values`, header first, from row 1 and column A), its values read as the office typed them
 * (review r78p): a value that reads as an error, the words typed when its formula holds them ("- Ủy ban nhân dân tỉnh
 * …", "+84 …": one getFormulas over those rows); a number with a fraction — no setting is one: "7,3" typed, the days
 * 7 and 3, is 7.3 in a Vietnamese-locale Sheet — the text its cell shows ("7,3": one getDisplayValues over those
 * rows). A tab with neither costs no call, and `values` is returned itself; the sheet is never written.
 */
export function configAsTyped(sheet: Sheet, values: readonly (readonly unknown[])[]): ConfigTyped {
  // The value column where the settings' names put it (a column inserted at A: review r81o F3).
  const c = configLayout(values)?.value ?? CONFIG_VALUE_COLUMN;
  let out = values as unknown[][];
  const errors = errorRows(values, [c]);
  if (errors) {
    const formulas = sheet.getRange(errors[0] + 1, c + 1, errors[1] - errors[0] + 1, 1).getFormulas();
    out = withTypedWords(out, [c], formulas, errors[0], c);
  }
  const fractions = fractionRows(out, c);
  if (!fractions) return { values: out, fromNumbers: [] };
  const shown = sheet.getRange(fractions[0] + 1, c + 1, fractions[1] - fractions[0] + 1, 1).getDisplayValues();
  const read = withShownFractions(out, c, shown, fractions[0]);
  return { values: read.values, fromNumbers: read.rows };
}

/**
 * The settings Sheets took for a formula — "- Ủy ban nhân dân tỉnh …" or "+84 …" typed, "#ERROR!" in the office's cell
 * (configAsTyped reads the words from the formula) — written back as the text typed, so that the office sees what the
 * tool reads and later runs need no getFormulas to read them (left alone at stop 78). One getFormulas when such a cell
 * exists (none otherwise), one write per cell. The labels of the settings written back, for the alert.
 */
export function typedWordsAsText(sheet: Sheet, values: readonly (readonly unknown[])[]): string[] {
  // The value column where the settings' names put it (a column inserted at A: review r81o F3).
  const layout = configLayout(values);
  const c = layout?.value ?? CONFIG_VALUE_COLUMN;
  const rows = errorRows(values, [c]);
  if (!rows) return [];
  const formulas = sheet.getRange(rows[0] + 1, c + 1, rows[1] - rows[0] + 1, 1).getFormulas();
  const labels: string[] = [];
  for (let r = rows[0]; r <= rows[1]; r++) {
    const words = isSheetsError(values[r][c]) ? typedWords(formulas[r - rows[0]][0]) : null;
    if (words === null) continue;
    sheet.getRange(r + 1, c + 1).setValue(literalText(words));
    labels.push(String(values[r][layout?.label ?? 0] ?? ''));
  }
  return labels;
}

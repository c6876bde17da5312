// The words typed into "Thẩm định" that Sheets shows as "#ERROR!" (src/core/typed-words.ts): read from the cells'
// formulas, in one call, only when a text column of the rows read holds an error value (no call otherwise).
import { errorRows, reviewTextColumns, withTypedWords } from '../core/typed-words';

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

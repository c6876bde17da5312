// What a clerk sees of a tab without clicking into its cells (review r70u): the cells of some columns whose text is wider
// than its column and that do not wrap, so that the text is cut off at the column's edge.
import type { Emulator } from '../../emulator/index';

/** A generous estimate of the width a text needs in the tabs' font (Arial 10): 6 px a character. */
const PX_PER_CHAR = 6;

/**
 * Of `tab`'s columns named `names` in its row `headerRow` (1-based), the cells below it: `long`, how many hold a text
 * wider than the column; `clipped`, those of them that do not wrap ("<column> (row r, w px): <text>"); `missing`, the
 * names not found in that row.
 */
export function clippedCells(emu: Emulator, tab: string, headerRow: number, names: readonly string[]) {
  const sheet = emu.spreadsheets.sheet(tab)!;
  const v = emu.spreadsheets.values(tab);
  const widths = emu.runtime.execute(() => {
    const sh = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab)!;
    return Array.from({ length: sh.getLastColumn() }, (_, i) => sh.getColumnWidth(i + 1));
  }, { kind: 'node', label: 'office looking' }) as number[];
  const clipped: string[] = [];
  const missing: string[] = [];
  let long = 0;
  for (const name of names) {
    const c = v[headerRow - 1].indexOf(name) + 1;
    if (c === 0) missing.push(name);
    if (c === 0) continue;
    for (let r = headerRow + 1; r <= v.length; r++) {
      const text = String(v[r - 1][c - 1] ?? '');
      if (text.length * PX_PER_CHAR <= widths[c - 1]) continue;
      long++;
      if (!sheet.cell(r, c)?.wrap) clipped.push(`${name} (row ${r}, ${widths[c - 1]} px): ${text.slice(0, 80)}`);
    }
  }
  return { long, clipped, missing };
}

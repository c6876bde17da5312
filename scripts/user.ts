// What a person does in the office Sheet, done to the emulation from Node (not counted as the script's calls).
import type { Emulator } from '../emulator/index';

/** Types the rows into a tab as a person would (not counted as the script's calls). */
export function typeIntoTab(emu: Emulator, tab: string, rows: unknown[][]): void {
  emu.runtime.execute(
    () => {
      const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab);
      if (!sheet) throw new Error(`no tab ${tab}`);
      const width = Math.max(...rows.map((r) => r.length));
      const grid = rows.map((r) => [...r, ...new Array(width - r.length).fill('')]);
      if (sheet.getMaxRows() < grid.length) sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
      sheet.getRange(1, 1, grid.length, width).setValues(grid as never);
    },
    { kind: 'node', label: 'user typing' },
  );
}

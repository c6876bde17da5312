// The latency model charges data as well as calls (issue 12): a whole-tab read or write costs more than a row's.
import { describe, expect, it } from 'vitest';
import { CELL_READ_MS, CELL_WRITE_MS } from '../../emulator/latency.js';
import { withScript } from '../emulator/helpers.js';

describe('modelled cost of cells', () => {
  it('a read and a write are charged their call plus their cells; a row costs about the call alone', () => {
    const { emu, call } = withScript(
      `
      function big() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; var v = [];
        for (var i = 0; i < 1000; i++) v.push([i, i, i, i, i, i, i, i, i, i]);
        s.getRange(1, 1, 1000, 10).setValues(v); SpreadsheetApp.flush(); s.getRange(1, 1, 1000, 10).getValues(); }
      function row() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
        s.getRange(1, 1, 1, 10).setValues([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]); SpreadsheetApp.flush(); s.getRange(1, 1, 1, 10).getValues(); }`,
      { modelLatency: true },
    );
    const lat = emu.runtime.latency;
    const cost = (fn: string) => {
      const t0 = emu.runtime.modelledMs;
      call(fn);
      return emu.runtime.modelledMs - t0;
    };
    const calls = lat['Range.setValues'] + lat['SpreadsheetApp.flush'] + lat['Range.getValues'];
    const big = cost('big');
    // 10,000 cells written and read: the calls plus 10,000 × (write + read) per cell (the rest: getRange, getSheets).
    expect(big - calls).toBeGreaterThanOrEqual(Math.floor(10_000 * (CELL_WRITE_MS + CELL_READ_MS)));
    expect(big - calls).toBeLessThan(Math.floor(10_000 * (CELL_WRITE_MS + CELL_READ_MS)) + 20);
    const row = cost('row');
    expect(row - calls).toBeLessThan(20);
    expect(big).toBeGreaterThan(row);
  });
});

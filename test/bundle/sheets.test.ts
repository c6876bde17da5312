// writeTable (src/gas/sheets.ts) against the rules Sheets enforces: frozen rows, and reads after writes.
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator/index';
import { writeTable } from '../../src/gas/sheets';
import { insertTabColumn, insertTabRows } from '../../scripts/user';
import { withGlobals } from './helpers';

/** Runs gas-layer code imported here with the emulated SpreadsheetApp, as one execution. */
const withSheets = <T>(emu: Emulator, fn: () => T): T => withGlobals(emu, ['SpreadsheetApp'], fn, 'writeTable');

const tab = (emu: Emulator) => emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('T')!;

describe('writeTable', () => {
  it('a tab whose frozen rows shrink with its content is rewritten (frozen rows set before rows are deleted)', () => {
    const emu = createEmulator({ modelLatency: false });
    withSheets(emu, () => {
      const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('T');
      const title = Array.from({ length: 6 }, (_, i) => [`Dòng tiêu đề ${i + 1}`]);
      writeTable(sheet, ['Trường A'], [...title, ['x'], ['y']], { frozenRows: 7 });
    });
    expect(emu.spreadsheets.sheet('T')).toMatchObject({ frozenRows: 7, maxRows: 9 });
    // The school's tab gets shorter: two title lines, one row.
    withSheets(emu, () => writeTable(tab(emu), ['Trường A'], [['Dòng 1'], ['z']], { frozenRows: 2 }));
    expect(emu.spreadsheets.sheet('T')).toMatchObject({ frozenRows: 2, maxRows: 3 });
    expect(emu.spreadsheets.values('T')).toEqual([['Trường A'], ['Dòng 1'], ['z']]);
  });

  it('a header-only tab keeps one row below its frozen header', () => {
    const emu = createEmulator({ modelLatency: false });
    withSheets(emu, () => {
      const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('T');
      sheet.deleteRows(2, 999);
      writeTable(sheet, ['Tiêu đề'], [], { frozenRows: 1 });
    });
    expect(emu.spreadsheets.sheet('T')).toMatchObject({ frozenRows: 1, maxRows: 2 });
  });

  it('reads the tab before its first write, so it never waits for its own writes (no flush)', () => {
    const emu = createEmulator({ modelLatency: false });
    withSheets(emu, () => emu.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('T'));
    const before = emu.runtime.implicitFlushes;
    withSheets(emu, () =>
      writeTable(tab(emu), ['A', 'B'], [['1', '2']], { frozenRows: 1, widths: [100, 100], wrap: true, protectWithWarning: 'Do công cụ tạo' }),
    );
    withSheets(emu, () => writeTable(tab(emu), ['A', 'B'], [['3', '4'], ['5', '6']], { frozenRows: 1, protectWithWarning: 'Do công cụ tạo' }));
    expect(emu.runtime.implicitFlushes - before).toBe(0);
    // The second write keeps the tab's width: its protection is not looked at again (formatting follows the shape).
    expect(emu.runtime.count('Sheet.getProtections')).toBe(1);
  });

  it('formats a tab when it is blank or changes width; a rewrite in the same shape only wraps the rows it adds', () => {
    const emu = createEmulator({ modelLatency: false });
    withSheets(emu, () => emu.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('T'));
    const opts = { frozenRows: 1, wrap: true, protectWithWarning: 'Do công cụ tạo' };
    withSheets(emu, () => writeTable(tab(emu), ['A', 'B'], [['1', '2']], opts));
    expect(emu.spreadsheets.sheet('T')!.cell(1, 1)?.fontWeight).toBe('bold');
    emu.runtime.resetCalls();
    withSheets(emu, () => writeTable(tab(emu), ['A', 'B'], [['3', '4'], ['5', '6'], ['7', '8']], opts));
    // Same width: no header styling, no protection check; the two new rows are wrapped in one range.
    expect(emu.runtime.count('Range.setFontWeight')).toBe(0);
    expect(emu.runtime.count('Sheet.getProtections')).toBe(0);
    expect(emu.runtime.count('Range.setWrap')).toBe(1);
    expect(emu.spreadsheets.sheet('T')!.cell(4, 2)?.wrap).toBe(true);
    emu.runtime.resetCalls();
    withSheets(emu, () => writeTable(tab(emu), ['A', 'B', 'C'], [['3', '4', '5']], opts));
    // A new column: the header is styled again over its new width.
    expect(emu.runtime.count('Range.setFontWeight')).toBe(1);
    expect(emu.spreadsheets.sheet('T')!.cell(1, 3)?.fontWeight).toBe('bold');
  });
});

describe('writeTable in place (a tab people work in while the run works)', () => {
  const header = ['Mã', 'Tên', 'Kết quả', 'Quyết định', 'Ghi chú'];
  /** Tool columns: Tên, Kết quả (adjacent) and Ghi chú; Mã and Quyết định are the people's. */
  const tool = new Set([1, 2, 4]);
  const read = [header, ['A1', 'An', 'Đạt', 'Đề nghị khen', ''], ['A2', 'Bình', 'Đạt', 'Chờ thẩm định', ''], ['A3', 'Chi', 'Chưa đạt', '', '']];
  function setUp() {
    const emu = createEmulator({ modelLatency: false });
    withSheets(emu, () => writeTable(emu.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('T'), header, read.slice(1), { frozenRows: 1, keepGrid: true }));
    return emu;
  }
  const sheetT = (emu: Emulator) => emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('T')!;
  /** Writes `rows` in place over what `setUp` wrote (as `read`, the tab as the run read it); the calls it made. */
  function rewrite(emu: Emulator, rows: unknown[][], maxWrites = 12, maxAppends = 12) {
    emu.runtime.resetCalls();
    const written = withSheets(emu, () => writeTable(tab(emu), header, rows, { frozenRows: 1, keepGrid: true, inPlace: { read, tool, key: 0, maxWrites, maxAppends } }));
    return { written, setValues: emu.runtime.count('Range.setValues'), appendRow: emu.runtime.count('Sheet.appendRow'), reads: emu.runtime.count('Range.getValues') };
  }
  const changed = [
    ['A1', 'An', 'Đạt', 'Đề nghị khen', ''],
    ['A2', 'Bình', 'Chưa đạt', 'Chờ thẩm định', ''], // its result changed
    ['A3', 'Chi', 'Chưa đạt', 'Chờ thẩm định', '=1+1'], // a blank decision the merge filled; a note that must stay text
    ['A4', 'Dũng', 'Đạt', 'Chờ thẩm định', ''], // new
  ];

  it("writes only the tool's cells that changed, as blocks, and appends new rows; a person's cells never", () => {
    const emu = setUp();
    // A person types a decision for A2 after the run read the tab.
    sheetT(emu).getRange('D3').setValue('Không đề nghị');
    // Tên–Kết quả over row 3 (A2's), Ghi chú over row 4; the new row appended; the key column read before and after.
    expect(rewrite(emu, changed)).toEqual({ written: 'written', setValues: 2, appendRow: 1, reads: 2 });
    expect(emu.spreadsheets.values('T')).toEqual([
      header,
      ['A1', 'An', 'Đạt', 'Đề nghị khen', ''],
      ['A2', 'Bình', 'Chưa đạt', 'Không đề nghị', ''],
      ['A3', 'Chi', 'Chưa đạt', '', '=1+1'], // the blank decision left for the next whole write
      ['A4', 'Dũng', 'Đạt', 'Chờ thẩm định', ''],
    ]);
    expect(emu.spreadsheets.sheet('T')!.cell(4, 5)?.formula).toBeUndefined();
  });

  it('writes and reads nothing when nothing changed', () => {
    const emu = setUp();
    expect(rewrite(emu, read.slice(1))).toEqual({ written: 'written', setValues: 0, appendRow: 0, reads: 0 });
  });

  it('rows moved since the read (sorted): nothing written, "moved" (the caller reads and merges again)', () => {
    const emu = setUp();
    const sheet = sheetT(emu);
    sheet.getRange(2, 1, 3, 5).setValues([read[3], read[2], read[1]]);
    const before = emu.spreadsheets.values('T');
    expect(rewrite(emu, changed)).toEqual({ written: 'moved', setValues: 0, appendRow: 0, reads: 1 });
    expect(emu.spreadsheets.values('T')).toEqual(before);
  });

  it('rows moved while it writes: "moved after writing" (the next read and merge put them right)', () => {
    // Where the first write is (after the key column's first read), then a row inserted just before it.
    const dry = setUp();
    dry.runtime.trace = [];
    rewrite(dry, changed);
    const firstWrite = dry.runtime.trace.indexOf('Range.setValues');
    expect(dry.runtime.trace.slice(0, firstWrite)).toContain('Range.getValues');
    const emu = setUp();
    emu.runtime.interleave(() => insertTabRows(emu, 'T', 1, 1), { afterCalls: firstWrite - 1 });
    expect(rewrite(emu, changed).written).toBe('moved after writing');
    expect(emu.runtime.interleaveErrors).toEqual([]);
  });

  it('new rows are appended one by one up to their own limit, past the limit of blocks', () => {
    const emu = setUp();
    const added = [4, 5, 6].map((n) => [`A${n}`, `Tên ${n}`, 'Đạt', 'Chờ thẩm định', '']);
    expect(rewrite(emu, [...read.slice(1), ...added], 1, 3)).toEqual({ written: 'written', setValues: 0, appendRow: 3, reads: 2 });
    expect(emu.spreadsheets.values('T').slice(4).map((r) => r[0])).toEqual(['A4', 'A5', 'A6']);
    // One more than allowed: written whole.
    const whole = setUp();
    expect(rewrite(whole, [...read.slice(1), ...added], 1, 2)).toMatchObject({ written: 'written', setValues: 1, appendRow: 0 });
  });

  it('a read made short by a row or a column inserted before its values were taken: "moved", nothing written', () => {
    // The run read the tab without its last row (or last column): a row (or column) came in above it (left of it)
    // between getDataRange and getValues. Its registration would look new and be appended a second time.
    for (const meddle of [(emu: Emulator) => insertTabRows(emu, 'T', 1, 1), (emu: Emulator) => insertTabColumn(emu, 'T', 1)]) {
      const emu = setUp();
      meddle(emu);
      const short = emu.spreadsheets.values('T').slice(0, read.length).map((r) => r.slice(0, header.length));
      const before = emu.spreadsheets.values('T');
      emu.runtime.resetCalls();
      const written = withSheets(emu, () => writeTable(tab(emu), short[0] as string[], [...short.slice(1), ['A4', 'Dũng', 'Đạt', 'Chờ thẩm định', '']], { frozenRows: 1, keepGrid: true, inPlace: { read: short, tool, key: 0, maxWrites: 12, maxAppends: 12 } }));
      expect(written).toBe('moved');
      expect(emu.spreadsheets.values('T')).toEqual(before);
    }
  });

  it('more writes than allowed: the tab is written whole, in one', () => {
    const emu = setUp();
    const rows = read.slice(1).map((r, i) => [r[0], `Tên ${i}`, r[2], r[3], `x${i}`]);
    expect(rewrite(emu, rows, 1)).toMatchObject({ written: 'written', setValues: 1, appendRow: 0 });
    expect(emu.spreadsheets.values('T').slice(1).map((r) => r[4])).toEqual(['x0', 'x1', 'x2']);
  });
});

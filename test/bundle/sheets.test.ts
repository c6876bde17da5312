// writeTable (src/gas/sheets.ts) against the rules Sheets enforces: frozen rows, and reads after writes.
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator/index';
import { writeTable } from '../../src/gas/sheets';
import { apiBlockSender } from '../../src/gas/rows';
import { deleteTabRow, insertTabColumn, insertTabRows, sortTab, typeCell, typeIntoTab } from '../../scripts/user';
import { Q } from '../../src/core/registration-form';
import { RESULTS_HEADER_TWICE, RESULTS_ROW_COPY, RESULTS_ROW_GONE } from '../../src/core/messages';
import { resultCounts } from '../../src/core/results-table';
import { SCHOOLS, individualAnswers, officeAfterSetup, withGlobals } from './helpers';

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

  it('review upgrade7 U1: a generated tab given a column in the middle gets its widths again (each column its own); one of the same columns keeps those it has', () => {
    const emu = createEmulator({ modelLatency: false });
    withSheets(emu, () => emu.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('T'));
    withSheets(emu, () => writeTable(tab(emu), ['Mã', 'Tên', 'Ghi chú'], [['1', 'a', 'b']], { frozenRows: 1, widths: [90, 200, 460] }));
    withSheets(emu, () => tab(emu).setColumnWidth(2, 250));
    withSheets(emu, () => writeTable(tab(emu), ['Mã', 'Tên', 'Ghi chú'], [['2', 'c', 'd']], { frozenRows: 1, widths: [90, 200, 460] }));
    const widths = (n: number) => withSheets(emu, () => Array.from({ length: n }, (_, i) => tab(emu).getColumnWidth(i + 1)));
    // Same columns: the width the office gave "Tên" stays.
    expect(widths(3)).toEqual([90, 250, 460]);
    withSheets(emu, () => writeTable(tab(emu), ['Mã', 'Năm học', 'Tên', 'Ghi chú'], [['2', '2026-2027', 'c', 'd']], { frozenRows: 1, widths: [90, 90, 200, 460] }));
    expect(widths(4)).toEqual([90, 90, 200, 460]);
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

  it('a tab made wider than its content by a clerk’s column, then given more rows, is trimmed and formatted within its grid (review clerkday #2)', () => {
    const emu = createEmulator({ modelLatency: false });
    withSheets(emu, () => emu.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('T'));
    const opts = { frozenRows: 1, wrap: true, protectWithWarning: 'Do công cụ tạo' };
    withSheets(emu, () => writeTable(tab(emu), ['A', 'B'], [['1', '2'], ['3', '4']], opts));
    // The clerk's column beside the table, with a note in it.
    insertTabColumn(emu, 'T', 2);
    withSheets(emu, () => tab(emu).getRange(2, 3).setValue('đã gọi điện cho trường'));
    // More rows than before: the new ones are wrapped, over the width the tab has once the clerk's column is gone.
    withSheets(emu, () => writeTable(tab(emu), ['A', 'B'], [['1', '2'], ['3', '4'], ['5', '6'], ['7', '8']], opts));
    expect(emu.spreadsheets.values('T')).toEqual([['A', 'B'], ['1', '2'], ['3', '4'], ['5', '6'], ['7', '8']]);
    expect(emu.spreadsheets.sheet('T')).toMatchObject({ maxCols: 2, maxRows: 5 });
    expect(emu.spreadsheets.sheet('T')!.cell(5, 2)?.wrap).toBe(true);
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
  function rewrite(emu: Emulator, rows: unknown[][], hdr: string[] = header) {
    emu.runtime.resetCalls();
    const written = withSheets(emu, () => writeTable(tab(emu), hdr, rows, { frozenRows: 1, keepGrid: true, inPlace: { read, tool, key: 0 } }));
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
      ['A3', 'Chi', 'Chưa đạt', '', '=1+1'], // the blank decision left as it is (every merge reads it pending)
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

  it('new rows, however many, are appended in place without the service (one appendRow each, never the whole tab)', () => {
    const emu = setUp();
    const added = Array.from({ length: 60 }, (_, i) => [`A${i + 4}`, `Tên ${i + 4}`, 'Đạt', 'Chờ thẩm định', i === 0 ? '=1+1' : '']);
    expect(rewrite(emu, [...read.slice(1), ...added])).toEqual({ written: 'written', setValues: 0, appendRow: 60, reads: 2 });
    expect(emu.spreadsheets.values('T').slice(4).map((r) => r[0])).toEqual(added.map((r) => r[0]));
    // Literal text, never a formula.
    expect(emu.spreadsheets.values('T')[4][4]).toBe('=1+1');
    expect(emu.spreadsheets.sheet('T')!.cell(5, 5)?.formula).toBeUndefined();
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
      const written = withSheets(emu, () => writeTable(tab(emu), short[0] as string[], [...short.slice(1), ['A4', 'Dũng', 'Đạt', 'Chờ thẩm định', '']], { frozenRows: 1, keepGrid: true, inPlace: { read: short, tool, key: 0 } }));
      expect(written).toBe('moved');
      expect(emu.spreadsheets.values('T')).toEqual(before);
    }
  });

  it('any number of blocks is written in place, one setValues a block without the service: a decision typed meanwhile stays', () => {
    // Forty coded rows, the office's own row (no code) after every second one: twenty stretches, each a block of
    // Tên–Kết quả and one of Ghi chú once every automatic cell changes (40 blocks, past the former limit of 12).
    const emu = createEmulator({ modelLatency: false });
    const many: string[][] = [header];
    for (let i = 0; i < 40; i++) {
      many.push([`B${i}`, `Tên ${i}`, 'Đạt', '', '']);
      if (i % 2 === 1) many.push(['', 'Dòng riêng của phòng', '', '', '']);
    }
    withSheets(emu, () => writeTable(emu.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('T'), header, many.slice(1), { frozenRows: 1, keepGrid: true }));
    // A decision typed after the run read the tab, on a row whose automatic cells change.
    sheetT(emu).getRange('D30').setValue('Đề nghị khen');
    const after = many.slice(1).map((r) => (r[0] === '' ? r : [r[0], `${r[1]} (sửa)`, 'Chưa đạt', 'Chờ thẩm định', 'Ghi chú mới']));
    emu.runtime.resetCalls();
    const written = withSheets(emu, () => writeTable(tab(emu), header, after, { frozenRows: 1, keepGrid: true, inPlace: { read: many, tool, key: 0 } }));
    expect({ written, setValues: emu.runtime.count('Range.setValues'), reads: emu.runtime.count('Range.getValues') }).toEqual({ written: 'written', setValues: 40, reads: 2 });
    const now = emu.spreadsheets.values('T');
    expect(now[29]).toEqual([many[29][0], `${many[29][1]} (sửa)`, 'Chưa đạt', 'Đề nghị khen', 'Ghi chú mới']);
    // The office's rows and the council's column untouched (blank decisions stay blank: the merge reads them pending).
    expect(now.filter((r) => r[0] === '').every((r) => r[1] === 'Dòng riêng của phòng' && r[4] === '')).toBe(true);
    expect(now.slice(1).filter((r, i) => i !== 28).every((r) => r[3] === '')).toBe(true);
  });

  it('a column the tab lacks is added in place at its end: its header and the tool\'s cells, a decision typed meanwhile stays', () => {
    for (const [added, isTool] of [['Điểm', true], ['Hình thức khen thưởng', false]] as const) {
      const emu = setUp();
      sheetT(emu).getRange('D3').setValue('Không đề nghị');
      const wide = [...header, added];
      const rows = read.slice(1).map((r, i) => [...r, isTool ? i * 10 : '']);
      emu.runtime.resetCalls();
      const written = withSheets(emu, () => writeTable(tab(emu), wide, rows, { frozenRows: 1, keepGrid: true, inPlace: { read, tool: isTool ? new Set([...tool, 5]) : tool, key: 0 } }));
      expect(written, added).toBe('written');
      // One block: the column (header and cells) when it is the tool's, its header cell alone when it is the people's.
      expect(emu.runtime.count('Range.setValues'), added).toBe(1);
      expect(emu.spreadsheets.values('T'), added).toEqual([
        wide,
        ['A1', 'An', 'Đạt', 'Đề nghị khen', '', isTool ? 0 : ''],
        ['A2', 'Bình', 'Đạt', 'Không đề nghị', '', isTool ? 10 : ''],
        ['A3', 'Chi', 'Chưa đạt', '', '', isTool ? 20 : ''],
      ]);
    }
  });

  it('a column the tab lacks, where something was typed since the read (a read made short): "moved", nothing written', () => {
    const emu = setUp();
    sheetT(emu).getRange('F3').setValue('gõ vào');
    const before = emu.spreadsheets.values('T');
    emu.runtime.resetCalls();
    const written = withSheets(emu, () => writeTable(tab(emu), [...header, 'Điểm'], read.slice(1).map((r) => [...r, 1]), { frozenRows: 1, keepGrid: true, inPlace: { read, tool: new Set([...tool, 5]), key: 0 } }));
    expect(written).toBe('moved');
    expect(emu.spreadsheets.values('T')).toEqual(before);
  });

  it('with the Sheets service, every block and the new rows go in ONE batchUpdate, as literal text', () => {
    const emu = setUp();
    sheetT(emu).getRange('D3').setValue('Không đề nghị');
    emu.runtime.resetCalls();
    const written = withGlobals(
      emu,
      ['SpreadsheetApp', 'Sheets'],
      () => {
        const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
        const sheet = ss.getSheetByName('T')!;
        const send = apiBlockSender(emu.globals.Sheets as unknown as GoogleAppsScript.Sheets, ss.getId(), sheet.getSheetId());
        return writeTable(sheet, header, [...changed, ['A5', '07', 'Đạt', 'Chờ thẩm định', '+84 912']], { frozenRows: 1, keepGrid: true, inPlace: { read, tool, key: 0, send } });
      },
      'writeTable',
    );
    expect(written).toBe('written');
    expect({ batchUpdate: emu.runtime.count('Sheets.Spreadsheets.batchUpdate'), setValues: emu.runtime.count('Range.setValues'), appendRow: emu.runtime.count('Sheet.appendRow'), reads: emu.runtime.count('Range.getValues') }).toEqual({ batchUpdate: 1, setValues: 0, appendRow: 0, reads: 2 });
    expect(emu.spreadsheets.values('T')).toEqual([
      header,
      ['A1', 'An', 'Đạt', 'Đề nghị khen', ''],
      ['A2', 'Bình', 'Chưa đạt', 'Không đề nghị', ''],
      ['A3', 'Chi', 'Chưa đạt', '', '=1+1'],
      ['A4', 'Dũng', 'Đạt', 'Chờ thẩm định', ''],
      ['A5', '07', 'Đạt', 'Chờ thẩm định', '+84 912'],
    ]);
    expect(emu.spreadsheets.sheet('T')!.cell(4, 5)?.formula).toBeUndefined();
  });
});

// Review clerkday #9: with a clerk's "STT" column inserted at A of "Kết quả kiểm tra", a submission wrote its row one
// column off and added an edit's code a second time. Review diff29 #6: the full run then wrote the tab whole, and the
// clerk's column went without a word. Now the office's columns, rows and order stay; the tool writes its cells by code.
describe('"Kết quả kiểm tra" with the office\'s own columns', () => {
  const school = SCHOOLS[0];
  const teacher = (name: string) => ({ ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: name });
  /** Two registrations and a rebuild; the tab, and its tool header. */
  function office(services: boolean) {
    const ctx = officeAfterSetup(SCHOOLS, services ? {} : { advancedServices: [] });
    const sent = ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa'), { email: school.emails[0] });
    const second = ctx.emu.forms.submitAsUser(ctx.formId, teacher('Trần Văn Nam'), { email: school.emails[0] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const tab = () => ctx.emu.spreadsheets.values('Kết quả kiểm tra');
    const header = tab()[0].map(String);
    ctx.emu.clock.advance(60_000);
    return { ctx, sent, second, tab, header };
  }
  /** What the tab shows by code: the cells of the given columns (by header). */
  const byCode = (values: unknown[][], code: string, headers: string[]) => {
    const h = values[0].map(String);
    const row = values.find((r) => r[h.indexOf('Mã phiếu')] === code)!;
    return headers.map((x) => String(row[h.indexOf(x)]));
  };
  const answeredAlone = (ctx: ReturnType<typeof office>['ctx'], code: string) =>
    ctx.emu.spreadsheets.values('Tình trạng').some((r) => r.some((v) => String(v).startsWith(`Phiếu ${code}:`)));

  it.each([true, false])('an "STT" at A stays; submissions are written beside it, alone, by code (Sheets service: %s)', (services) => {
    const { ctx, sent, tab, header } = office(services);
    insertTabColumn(ctx.emu, 'Kết quả kiểm tra', 0);
    ['STT', 1, 2].forEach((v, i) => typeCell(ctx.emu, 'Kết quả kiểm tra', i + 1, 1, v));
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa Sửa'), { email: school.emails[0], editResponseId: sent.responseId });
    expect(answeredAlone(ctx, 'DK-000002')).toBe(true);
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Phạm Văn Ba'), { email: school.emails[0] });
    expect(answeredAlone(ctx, 'DK-000004')).toBe(true);
    const rows = tab();
    expect(rows[0].map(String)).toEqual(['STT', ...header]);
    expect(rows.slice(1).map((r) => r.slice(0, 2).map(String))).toEqual([['1', 'DK-000002'], ['2', 'DK-000003'], ['', 'DK-000004']]);
    expect(rows.slice(1).map((r) => String(r[1 + header.indexOf('Tên tập thể / cá nhân')]))).toEqual(['Lê Thị Hoa Sửa', 'Trần Văn Nam', 'Phạm Văn Ba']);
    // The rebuild leaves it so.
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(tab()).toEqual(rows);
  });

  it.each([true, false])('a note column among the tool\'s, rows sorted and a note row: the rebuild keeps each note with its registration (Sheets service: %s)', (services) => {
    const { ctx, sent, tab, header } = office(services);
    const verdict = header.indexOf('Kết luận');
    insertTabColumn(ctx.emu, 'Kết quả kiểm tra', verdict + 1);
    typeCell(ctx.emu, 'Kết quả kiểm tra', 1, verdict + 2, 'Theo dõi');
    typeCell(ctx.emu, 'Kết quả kiểm tra', 2, verdict + 2, 'đã gọi điện cho trường');
    // Sorted by name, Z→A: DK-000003 (Trần Văn Nam) first.
    sortTab(ctx.emu, 'Kết quả kiểm tra', [{ column: header.indexOf('Tên tập thể / cá nhân') + 1, ascending: false }]);
    typeCell(ctx.emu, 'Kết quả kiểm tra', 5, 1, 'Tổng cộng: 2 phiếu');
    expect(byCode(tab(), 'DK-000002', ['Theo dõi'])).toEqual(['đã gọi điện cho trường']);
    // A submission writes the tool's cells on both sides of the column, alone (review diff31 #1: it took the full run,
    // every time, for as long as the column stayed).
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa Sửa'), { email: school.emails[0], editResponseId: sent.responseId });
    expect(answeredAlone(ctx, 'DK-000002')).toBe(true);
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Phạm Văn Ba'), { email: school.emails[0] });
    expect(answeredAlone(ctx, 'DK-000004')).toBe(true);
    const rows = tab();
    expect(rows[0].map(String)).toEqual([...header.slice(0, verdict + 1), 'Theo dõi', ...header.slice(verdict + 1)]);
    expect(rows.slice(1).map((r) => String(r[0]))).toEqual(['DK-000003', 'DK-000002', '', 'Tổng cộng: 2 phiếu', 'DK-000004']);
    expect(byCode(rows, 'DK-000002', ['Tên tập thể / cá nhân', 'Theo dõi', 'Email người gửi'])).toEqual(['Lê Thị Hoa Sửa', 'đã gọi điện cho trường', school.emails[0]]);
    expect(byCode(rows, 'DK-000004', ['Tên tập thể / cá nhân', 'Theo dõi', 'Kết luận', 'Email người gửi'])).toEqual(['Phạm Văn Ba', '', byCode(rows, 'DK-000003', ['Kết luận'])[0], school.emails[0]]);
    // The rebuild finds every cell where the submissions put it.
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(tab()).toEqual(rows);
  });

  it.each([true, false])('a row the office wrote in keeps its code when its response is deleted, a copy loses it; each says why it has no verdict (Sheets service: %s)', (services) => {
    const { ctx, second, tab, header } = office(services);
    const width = header.length;
    const col = (name: string) => header.indexOf(name);
    insertTabColumn(ctx.emu, 'Kết quả kiểm tra', width);
    typeCell(ctx.emu, 'Kết quả kiểm tra', 1, width + 1, 'Theo dõi');
    typeCell(ctx.emu, 'Kết quả kiểm tra', 3, width + 1, 'đã gọi điện cho trường');
    // A clerk copies DK-000003's row below and writes on it too.
    const copy = tab()[2].slice(0, width);
    expect(copy[0]).toBe('DK-000003');
    [...copy, 'bản chép'].forEach((v, c) => typeCell(ctx.emu, 'Kết quả kiểm tra', 4, c + 1, v));
    typeCell(ctx.emu, 'Kết quả kiểm tra', 2, width + 1, 'hồ sơ giấy đã nhận');
    // DK-000002's response is deleted.
    const responses = ctx.emu.spreadsheets.values('Phiếu đăng ký');
    deleteTabRow(ctx.emu, 'Phiếu đăng ký', responses.findIndex((r) => r.includes('Lê Thị Hoa')) + 1);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const seen = (values: unknown[][]) => values.slice(1).map((r) => [r[col('Mã phiếu')], r[col('Tên tập thể / cá nhân')], r[col('Kết luận')], r[col('Ghi chú')], r[width]].map(String));
    expect(seen(tab())).toEqual([
      ['DK-000002', '', '', RESULTS_ROW_GONE, 'hồ sơ giấy đã nhận'],
      ['DK-000003', 'Trần Văn Nam', 'Đạt', String(copy[col('Ghi chú')]), 'đã gọi điện cho trường'],
      ['', '', '', RESULTS_ROW_COPY('DK-000003'), 'bản chép'],
    ]);
    // Neither row counts as a registration.
    expect(resultCounts(tab()).inForce).toBe(1);
    // Sorted by the clerk's column (the copy first), then the registration edited: the copy never takes it (review diff32
    // #2: its code kept, the first row of the code took the edit, and the next rebuild the verdict).
    sortTab(ctx.emu, 'Kết quả kiểm tra', [{ column: width + 1, ascending: true }]);
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Trần Văn Nam Sửa'), { email: school.emails[0], editResponseId: second.responseId });
    expect(answeredAlone(ctx, 'DK-000003')).toBe(true);
    const afterEdit = seen(tab());
    expect(afterEdit.filter((r) => r[1] !== '')).toEqual([['DK-000003', 'Trần Văn Nam Sửa', 'Đạt', String(copy[col('Ghi chú')]), 'đã gọi điện cho trường']]);
    expect(afterEdit).toContainEqual(['', '', '', RESULTS_ROW_COPY('DK-000003'), 'bản chép']);
    // And the rebuild leaves it so.
    const rows = tab();
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(tab()).toEqual(rows);
    expect(resultCounts(rows).inForce).toBe(1);
  });

  it.each([true, false])('a copy sorted above its original before any write: both rows keep the office\'s cells, and the row that lost its code says where the result went, not that it is the copy (review office #3; Sheets service: %s)', (services) => {
    const { ctx, second, tab, header } = office(services);
    const width = header.length;
    const col = (name: string) => header.indexOf(name);
    insertTabColumn(ctx.emu, 'Kết quả kiểm tra', width);
    typeCell(ctx.emu, 'Kết quả kiểm tra', 1, width + 1, 'Theo dõi');
    const row = tab().findIndex((r) => r[0] === 'DK-000003') + 1;
    typeCell(ctx.emu, 'Kết quả kiểm tra', row, width + 1, 'đã gọi điện cho trường');
    const copy = tab()[row - 1].slice(0, width);
    const at = tab().length + 1;
    [...copy, 'bản chép để so'].forEach((v, c) => typeCell(ctx.emu, 'Kết quả kiểm tra', at, c + 1, v));
    // "bản chép để so" sorts before "đã gọi điện cho trường": the copy is now the first row of the code.
    sortTab(ctx.emu, 'Kết quả kiểm tra', [{ column: width + 1, ascending: true }]);
    expect(tab()[1][width]).toBe('bản chép để so');
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Trần Văn Nam Sửa'), { email: school.emails[0], editResponseId: second.responseId });
    expect(answeredAlone(ctx, 'DK-000003')).toBe(true);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const rows = tab();
    const seen = rows.slice(1).map((r) => [r[col('Mã phiếu')], r[col('Tên tập thể / cá nhân')], r[col('Ghi chú')], r[width]].map(String));
    // Which row was the copy cannot be told: the first row of the code keeps it and the result; nothing the office
    // wrote is lost; the other row names the code and says where its result is, without calling itself the copy.
    const kept = seen.filter((r) => r[0] === 'DK-000003');
    expect(kept).toHaveLength(1);
    expect(kept[0][1]).toBe('Trần Văn Nam Sửa');
    const other = seen.filter((r) => r[0] === '' && r[3] !== '');
    expect(other).toHaveLength(1);
    expect(other[0][2]).toBe(RESULTS_ROW_COPY('DK-000003'));
    expect(other[0][2]).toContain('có ở hai dòng');
    expect(other[0][2]).not.toContain('chép thêm');
    expect(seen.map((r) => r[3]).filter((v) => v !== '').sort()).toEqual(['bản chép để so', 'đã gọi điện cho trường']);
    expect(resultCounts(rows).inForce).toBe(2);
  });

  it.each([true, false])('a column of the office\'s headed "Ghi chú" too: its notes stay, the tool\'s go to its own column; the office is told once to rename it (Sheets service: %s)', (services) => {
    const { ctx, sent, tab, header } = office(services);
    const note = header.indexOf('Ghi chú');
    // Inserted left of the tool's "Ghi chú" (review diff32 #1: the first column of the name was taken for the tool's).
    insertTabColumn(ctx.emu, 'Kết quả kiểm tra', note);
    typeCell(ctx.emu, 'Kết quả kiểm tra', 1, note + 1, 'Ghi chú');
    typeCell(ctx.emu, 'Kết quả kiểm tra', 2, note + 1, 'chờ hồ sơ giấy');
    const tools = () => tab().slice(1).map((r) => [String(r[0]), String(r[note]), String(r[note + 1])]);
    const before = tools();
    expect(before[0]).toEqual(['DK-000002', 'chờ hồ sơ giấy', expect.any(String)]);
    // An edit: the full run answers it (which of the two is the tool's only the cells tell), the clerk's note kept.
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa Sửa'), { email: school.emails[0], editResponseId: sent.responseId });
    expect(answeredAlone(ctx, 'DK-000002')).toBe(false);
    expect(tools()).toEqual(before);
    expect(byCode(tab(), 'DK-000002', ['Tên tập thể / cá nhân'])).toEqual(['Lê Thị Hoa Sửa']);
    const told = () => ctx.emu.spreadsheets.values('Nhật ký lỗi').filter((r) => r[2] === RESULTS_HEADER_TWICE(['Ghi chú'])).length;
    expect(told()).toBe(1);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(tools()).toEqual(before);
    expect(told()).toBe(1);
    // Renamed: submissions are answered alone again, beside it.
    typeCell(ctx.emu, 'Kết quả kiểm tra', 1, note + 1, 'Ghi chú của phòng');
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa Sửa Lại'), { email: school.emails[0], editResponseId: sent.responseId });
    expect(answeredAlone(ctx, 'DK-000002')).toBe(true);
    expect(tools()).toEqual(before);
  });

  it('a tool header retyped ("KẾT LUẬN") beside a column of the office\'s: the rebuild gives it back its spelling, and submissions are answered alone', () => {
    const { ctx, sent, tab, header } = office(true);
    const verdict = header.indexOf('Kết luận');
    insertTabColumn(ctx.emu, 'Kết quả kiểm tra', 0);
    typeCell(ctx.emu, 'Kết quả kiểm tra', 1, 1, 'STT');
    typeCell(ctx.emu, 'Kết quả kiểm tra', 1, verdict + 2, 'KẾT LUẬN');
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa Sửa'), { email: school.emails[0], editResponseId: sent.responseId });
    expect(answeredAlone(ctx, 'DK-000002')).toBe(false);
    expect(tab()[0].map(String)).toEqual(['STT', ...header]);
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa Sửa Lại'), { email: school.emails[0], editResponseId: sent.responseId });
    expect(answeredAlone(ctx, 'DK-000002')).toBe(true);
  });

  it('"Tra cứu đơn vị" reads the tool\'s columns where the office\'s "STT" at A moved them', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    const config = ctx.emu.spreadsheets.values('Cấu hình').map((r) => [...r]);
    config[config.findIndex((r) => r[0] === 'Số đơn vị tối đa có trang riêng')][1] = 1;
    typeIntoTab(ctx.emu, 'Cấu hình', config);
    ctx.bundle.call('setup', undefined, { kind: 'menu' });
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa'), { email: school.emails[0] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const formula = () => {
      const lookup = ctx.emu.spreadsheets.sheet('Tra cứu đơn vị')!;
      const found: string[] = [];
      for (let r = 1; r <= lookup.lastRow(); r++) for (let c = 1; c <= lookup.lastColumn(); c++) if (lookup.cell(r, c)?.formula?.includes('Kết quả kiểm tra')) found.push(lookup.cell(r, c)!.formula!);
      return found;
    };
    expect(formula()).toEqual([expect.stringContaining("FILTER('Kết quả kiểm tra'!A2:N, 'Kết quả kiểm tra'!B2:B = $B$1)")]);
    insertTabColumn(ctx.emu, 'Kết quả kiểm tra', 0);
    ['STT', 1].forEach((v, i) => typeCell(ctx.emu, 'Kết quả kiểm tra', i + 1, 1, v));
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(formula()).toEqual([expect.stringContaining(`FILTER(HSTACK('Kết quả kiểm tra'!B2:B, 'Kết quả kiểm tra'!C2:C, 'Kết quả kiểm tra'!D2:D,`)]);
    expect(formula()[0]).toContain(`'Kết quả kiểm tra'!O2:O), 'Kết quả kiểm tra'!C2:C = $B$1)`);
    // The office's own "Đơn vị" (the section in charge) and "Ghi chú" beside the tool's: the lookup reads the tool's
    // columns, not the first of each name (review clerk-day #1: MATCH took the office's, and every school had "no
    // registrations").
    typeCell(ctx.emu, 'Kết quả kiểm tra', 1, 1, 'Đơn vị');
    typeCell(ctx.emu, 'Kết quả kiểm tra', 2, 1, 'Bộ phận Tiểu học');
    const note = ctx.emu.spreadsheets.values('Kết quả kiểm tra')[0].map(String).indexOf('Ghi chú');
    insertTabColumn(ctx.emu, 'Kết quả kiểm tra', note);
    typeCell(ctx.emu, 'Kết quả kiểm tra', 1, note + 1, 'Ghi chú');
    typeCell(ctx.emu, 'Kết quả kiểm tra', 2, note + 1, 'chờ hồ sơ giấy');
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const values = ctx.emu.spreadsheets.values('Kết quả kiểm tra');
    expect([values[1][0], values[1][2], values[1][note]].map(String)).toEqual(['Bộ phận Tiểu học', school.name, 'chờ hồ sơ giấy']);
    const tool = (j: number) => String.fromCharCode(65 + j);
    expect(formula()[0]).toContain(`, 'Kết quả kiểm tra'!${tool(note + 1)}2:${tool(note + 1)}`);
    expect(formula()[0]).not.toContain(`'Kết quả kiểm tra'!A2:A`);
    expect(formula()[0]).not.toContain(`'Kết quả kiểm tra'!${tool(note)}2:${tool(note)}`);
    expect(formula()[0]).toContain(`'Kết quả kiểm tra'!C2:C = $B$1)`);
  });

  it('a blank column inserted and left: the tab is written whole again, as the tool lays it out', () => {
    const { ctx, tab, header } = office(true);
    insertTabColumn(ctx.emu, 'Kết quả kiểm tra', 3);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(tab()[0].map(String)).toEqual(header);
    expect(ctx.emu.spreadsheets.sheet('Kết quả kiểm tra')!.maxCols).toBe(header.length);
  });
});

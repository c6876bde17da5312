// End to end: an office Sheet, answered as the Sheets API answers spreadsheets.get with grid data, written by
// `npm run pull`'s workbook code and run by `npm start -- --workbook`: the same verdicts as the season itself.
// The response is recorded from the emulation's own spreadsheet (the sample season), shaped as the reference
// documents Sheet / GridData / CellData: typed effectiveValue, dates as serial numbers with a DATE_TIME format.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { sheets_v4 } from 'googleapis';
import type { SpreadsheetModel } from '../../emulator/spreadsheet';
import { tzOffset } from '../../emulator/values';
import { createEmulator } from '../../emulator/index';
import { runOffline } from '../../scripts/offline';
import { runSeason } from '../../scripts/season';
import { toWorkbook } from '../../scripts/live/workbook';
import { RESULTS_HEADER, TAB } from '../../src/core/messages';

const work = mkdtempSync(join(tmpdir(), 'live-pull-offline-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What spreadsheets.get (includeGridData, our field mask) answers for a spreadsheet of the emulation. */
function recordSpreadsheet(file: SpreadsheetModel): sheets_v4.Schema$Spreadsheet {
  const tz = file.timeZone;
  const cell = (c: { value: unknown; formula?: string } | undefined): sheets_v4.Schema$CellData => {
    if (!c || c.value === '') return {};
    const out: sheets_v4.Schema$CellData = {};
    if (c.formula) out.userEnteredValue = { formulaValue: c.formula };
    const v = c.value;
    if (v instanceof Date) {
      const ms = v.getTime();
      out.effectiveValue = { numberValue: (ms + tzOffset(ms, tz)) / 86_400_000 + 25569 };
      out.effectiveFormat = { numberFormat: { type: 'DATE_TIME' } };
    } else if (typeof v === 'number') out.effectiveValue = { numberValue: v };
    else if (typeof v === 'boolean') out.effectiveValue = { boolValue: v };
    else if (typeof v === 'string' && /^#[A-Z/0]+[!?A]$/.test(v) && c.formula) out.effectiveValue = { errorValue: { type: 'ERROR' } };
    else out.effectiveValue = { stringValue: String(v) };
    return out;
  };
  return {
    properties: { title: file.name, timeZone: tz },
    sheets: file.sheets.map((sh, index) => ({
      properties: { title: sh.name, index, sheetType: 'GRID', hidden: sh.hidden || undefined, gridProperties: { frozenRowCount: sh.frozenRows || undefined } },
      data: [{ rowData: sh.rows.map((row) => ({ values: (row ?? []).map((c) => cell(c)) })) }],
    })),
  };
}

describe('pull → npm start -- --workbook', () => {
  it('runs offline on the pulled workbook with the season’s own verdicts', async () => {
    const season = runSeason({ schools: 4, registrations: 12 });
    const file = season.emu.spreadsheets.active;
    const expected = season.emu.spreadsheets.values(TAB.results);
    const { workbook, tabs } = toWorkbook(recordSpreadsheet(file));
    expect(tabs.map((t) => t.name)).toEqual(file.sheets.map((s) => s.name));
    const pulled = join(work, 'bang-tinh.xlsx');
    await workbook.xlsx.writeFile(pulled);
    // The response tab comes back cell for cell: texts, numbers, and each timestamp at the same instant.
    const imported = await createEmulator({ modelLatency: false }).spreadsheets.importXlsx(pulled, 'bang-tinh');
    const responses = season.emu.spreadsheets.values(TAB.registrations);
    expect(responses.slice(1).some((r) => r[0] instanceof Date)).toBe(true);
    expect(imported.sheetByName(TAB.registrations)!.values()).toEqual(responses);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(season.emu.clock.date());
    const result = await runOffline({ workbook: pulled, out: join(work, 'ket-qua'), today, progress: 'none', log: () => {} });
    const verdictCol = expected[0].indexOf(RESULTS_HEADER[7]);
    const want = new Map(expected.slice(1).map((r) => [String(r[0]), String(r[verdictCol])]));
    expect(want.size).toBeGreaterThan(0);
    expect(result.verdicts).toEqual(want);
  });
});

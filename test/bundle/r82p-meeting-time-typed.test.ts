// "Thời gian họp" typed "14:00" in the council's tab (its own row "Ngày họp" holds the day, so the secretary writes the
// hour alone). A vi_VN Sheet reads "14:00" as a time of day (the project's own rule, src/core/table.ts REINTERPRETED:
// "\d{1,2}:\d{2}" is text "Sheets would turn into a number, percentage, boolean or date when typed"; review r80f:
// emulator/values.ts interpretInput "does not read … times"). The emulation then kept "14:00" as text (it reads times
// since fix f82c); this test types what Sheets stores: the time 14:00, a Date of 30/12/1899 (Sheets' day zero) shown "14:00".
import { describe, expect, it } from 'vitest';
import { COUNCIL_TAB } from '../../src/core/messages/proposals';
import { bienBanTimeLine } from './r82p-meeting-lib';

describe('r82p: the meeting\'s hour typed "14:00" in the council\'s tab', () => {
  it('the Biên bản says the meeting was at 14:00 on its day, never "30/12/1899"', () => {
    const { timeLine, all, found } = bienBanTimeLine(
      // What Sheets stores for "14:00" typed: a time (below, shown "14:00" as typed).
      () => new Date(1899, 11, 30, 14, 0, 0),
      (o) => {
        o.emu.runtime.execute(() => void o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(COUNCIL_TAB)!.getRange(2, 2).setNumberFormat('H:mm'), { kind: 'node', label: 'Sheets formats a typed time' });
        expect(o.emu.spreadsheets.values(COUNCIL_TAB)[1][1]).toBeInstanceOf(Date);
      },
    );
    expect(found).toBe(true);
    expect(all).not.toContain('1899');
    expect(timeLine).toMatch(/14/);
  });
});

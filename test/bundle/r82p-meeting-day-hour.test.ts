// "Thời gian họp" in the council's tab typed as a moment, "01/07/2024 14:00" (day and hour; the tab's own example is
// "14 giờ 00 phút, ngày 15/6/2028"). Sheets (vi_VN) and the emulation alike store a date and time (emulator/values.ts
// DATE_RE; src/core/table.ts REINTERPRETED). The council reader takes the cell's text as formatDate gives it
// (src/core/text.ts toText: the day only), so the hour is lost.
import { describe, expect, it } from 'vitest';
import { COUNCIL_TAB } from '../../src/core/messages/proposals';
import { bienBanTimeLine } from './r82p-meeting-lib';

describe('r82p: the meeting\'s day and hour typed together in "Thời gian họp"', () => {
  it('the Biên bản keeps the hour: 14:00 on that day, not the day alone', () => {
    const { timeLine, found } = bienBanTimeLine(
      // The day and the hour, as a secretary types a moment: "15/06/2028 14:00".
      (day) => `${day} 14:00`,
      // Read by Sheets (and the emulation) as a date and time.
      (o) => expect(o.emu.spreadsheets.values(COUNCIL_TAB)[1][1]).toBeInstanceOf(Date),
    );
    expect(found).toBe(true);
    // Now "- Thời gian: <the day>.": the hour the Council met is gone from its record.
    expect(timeLine).toMatch(/14/);
  });
});

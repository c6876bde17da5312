// Review r78p F2 (what Sheets turns typed text into): in a Vietnamese-locale Sheet "," is the decimal mark (facts file,
// "The Vietnamese locale of a Sheet reads "1.200" as one thousand two hundred ("." groups thousands, "," is the decimal
// mark)"). The clerk sets "Nhắc hạn trước (số ngày)" to "7,3" — seven and three days, separated by a comma, which the
// tool's own parser accepts (parseDaysList splits on ";", "," and spaces). Sheets stores the number 7.3; the tool reads
// 7.3, logs «giá trị “7.3” không phải là danh sách số ngày …» (a value the clerk never typed and does not see: the cell
// shows "7,3") and sends no reminder to any school for the rest of the season, until someone reads "Nhật ký lỗi".
import { describe, expect, it } from 'vitest';
import { officeAfterSetup, setConfigValues, SCHOOLS } from './helpers';

/** The reminders' subjects sent on 21, 24 and 28 December 2024 (the plan's milestone 31/12/2024), with `typed` in the row. */
function remindersWith(typed: string): Record<number, string[]> {
  const o = officeAfterSetup(SCHOOLS);
  setConfigValues(o.emu, { 'mail.reminderDaysBefore': typed });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  const out: Record<number, string[]> = {};
  for (const day of [21, 24, 28]) {
    o.emu.clock.set(new Date(2024, 11, day, 7, 0, 0));
    const n = o.emu.mail.sent.length;
    o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    out[day] = o.emu.mail.sent.slice(n).map((m) => m.subject);
  }
  return out;
}

describe('r78p F2: "Nhắc hạn trước (số ngày)" typed "7,3" in a Vietnamese-locale Sheet', () => {
  it('reminds the schools 7 and 3 days before the milestone, as "7; 3" does', () => {
    const semicolon = remindersWith('7; 3');
    // Control: the schools are reminded on the 24th (7 days before 31/12/2024) and the 28th (3 days before).
    expect(semicolon[24]).toHaveLength(3);
    expect(semicolon[28]).toHaveLength(3);
    const comma = remindersWith('7,3');
    expect({ 24: comma[24].length, 28: comma[28].length }).toEqual({ 24: 3, 28: 3 });
  });
});

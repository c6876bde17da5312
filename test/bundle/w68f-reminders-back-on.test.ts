// w68f: reminders waiting for the quota are closed in "Hộp thư đi" when the office turns reminders off ("Không" in
// "Nhắc hạn trước (số ngày)": review r66c F1). When the office turns them back on while their turn lasts (a mistaken
// "Không" corrected the next morning), the six schools whose 14-day reminder was closed get it — once; turned back on
// only once the 3-day reminders are due, the closed 14-day ones stay closed (a reminder overtaken by a later one is never
// sent) and every school gets its 3-day one.
import { describe, expect, it } from 'vitest';
import { OUTBOX_STATUS } from '../../src/core/messages';
import { setConfigValues } from './helpers';
import { reminderRoundCut } from './mail-off-lib';

type Emu = ReturnType<typeof reminderRoundCut>['emu'];
const reminders = (emu: Emu) => emu.mail.sent.filter((m) => /\] Nhắc hạn \d/.test(m.subject));
const reminderRows = (emu: Emu) =>
  (emu.spreadsheets.values('Hộp thư đi') as unknown[][]).filter((r) => String(r[0]).startsWith('NH:')).map((r) => ({ key: String(r[0]), status: String(r[5]), note: String(r[9]) }));

/** The round of 16/09 cut by the quota, reminders turned off that evening, closed by the 6:30 rebuild of 17/09. */
function offThenOn(backOn: Date) {
  const { emu } = reminderRoundCut();
  setConfigValues(emu, { 'mail.reminderDaysBefore': 'Không' });
  emu.triggers.runDueTimeTriggers(new Date(2026, 8, 17, 6, 30, 0));
  const closed = reminderRows(emu).filter((r) => r.status === OUTBOX_STATUS.skipped).length;
  emu.triggers.runDueTimeTriggers(backOn);
  emu.clock.set(backOn);
  setConfigValues(emu, { 'mail.reminderDaysBefore': '14; 3' });
  return { emu, closed };
}

describe('reminders turned off while six wait for the quota, back on the next morning', () => {
  const { emu, closed } = offThenOn(new Date(2026, 8, 17, 9, 0, 0));
  emu.triggers.runDueTimeTriggers(new Date(2026, 8, 19, 12, 0, 0));

  it('the six closed ones reopen and go once the quota is back: every school reminded of 30/09 once', () => {
    expect(closed).toBe(6);
    const fourteen = reminders(emu).filter((m) => m.subject.includes('30/09/2026'));
    expect(fourteen).toHaveLength(12);
    expect(new Set(fourteen.map((m) => m.to)).size).toBe(12);
    expect(reminderRows(emu).every((r) => r.status === OUTBOX_STATUS.sent)).toBe(true);
  });
});

describe('reminders turned off while six wait, back on only when the 3-day reminders are due', () => {
  const { emu, closed } = offThenOn(new Date(2026, 8, 27, 6, 0, 0));
  const before = reminders(emu).length;
  emu.triggers.runDueTimeTriggers(new Date(2026, 8, 28, 12, 0, 0));

  it('the closed 14-day ones stay closed; each school gets its 3-day reminder, once', () => {
    expect(closed).toBe(6);
    expect(before).toBe(6);
    const rows = reminderRows(emu);
    expect(rows.filter((r) => r.key.endsWith(':14') && r.status === OUTBOX_STATUS.skipped)).toHaveLength(6);
    const after = reminders(emu).slice(before);
    expect(after).toHaveLength(12);
    expect(new Set(after.map((m) => m.to)).size).toBe(12);
  });
});

// Review d66: a reminder waiting for the quota (or a retry) whose deadline becomes HELD — its cell emptied by mistake
// (r66c #2, recalled from the print) or made unreadable — must wait, neither sent nor closed, until the date is right
// again (the job's compose step waits on isHeld). Since bd6d15e the plan's refresh (planReminders → waitingReminder)
// judges it against the stand-in date (the plan's default) instead: a default more than offset+1 days after the day
// it was queued reads as "the office moved the date" and the entry is closed "Bỏ qua" (REMINDER_NOTE.moved). Once the
// office puts its date back, the closed row still covers it: that reminder is never sent.
import { describe, expect, it } from 'vitest';
import { configFromRows, dateUnsettled } from '../../src/core/config';
import { configLabel } from '../../src/core/messages/validation';
import { evaluateAll } from '../../src/core/evaluate';
import { OUTBOX_NOTE } from '../../src/core/messages';
import type { OutboxEntry } from '../../src/core/outbox';
import { deadlines, planReminders } from '../../src/core/reminders';
import { settingsPrint } from '../../src/core/settings-trail';
import { PERIOD_2026, configTabRows, directoryRows, form, headerRow } from './helpers';

const today = new Date(2026, 8, 6);
const KEY = 'milestone.KE-HOACH';

function rowsWith(planDeadline: unknown): unknown[][] {
  const rows = configTabRows(today, { ...PERIOD_2026, 'mail.reminderDaysBefore': '14; 3' });
  rows.find((r) => r[0] === configLabel(KEY))![1] = planDeadline;
  return rows;
}

const run = (cfg: ReturnType<typeof configFromRows>['config']) =>
  evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(form(cfg))], reportValues: [] });
const heldOf = (cfg: ReturnType<typeof configFromRows>['config']) =>
  new Set(deadlines(cfg).filter((d) => d.kind === 'plan' && dateUnsettled(cfg, KEY)).map((d) => d.id));

describe('the office plan deadline 20/09/2026: its 14-day reminders wait for the quota, then the cell is held', () => {
  const rows = rowsWith('20/09/2026');
  const good = configFromRows(rows, today);
  const queuedAt = new Date(2026, 8, 6, 7);
  const queued = planReminders([], run(good.config), good.config, queuedAt, true);
  const waiting: OutboxEntry[] = queued.map((e) => ({ ...e, note: OUTBOX_NOTE.quota('07:05 ngày 07/09') }));
  const next = new Date(2026, 8, 7, 7);

  it('case under test: reminders of 20/09/2026 wait, the date read without an error', () => {
    expect(good.errors).toEqual([]);
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((e) => e.status === 'pending' && /:14$/.test(e.key))).toBe(true);
  });

  it('the cell emptied by mistake (the print holds 20/09/2026): they wait, not closed', () => {
    const cleared = configFromRows(rowsWith(''), today, settingsPrint(rows, []));
    expect(dateUnsettled(cleared.config, KEY)).toBe(true);
    const out = planReminders(waiting, run(cleared.config), cleared.config, next, true, undefined, heldOf(cleared.config));
    expect(out.slice(0, waiting.length).map((e) => [e.status, e.note])).toEqual(waiting.map((e) => ['pending', e.note]));
  });

  it('the cell retyped unreadable ("31/09/2026"): they wait, not closed', () => {
    const typo = configFromRows(rowsWith('31/09/2026'), today);
    expect(dateUnsettled(typo.config, KEY)).toBe(true);
    const out = planReminders(waiting, run(typo.config), typo.config, next, true, undefined, heldOf(typo.config));
    expect(out.slice(0, waiting.length).map((e) => [e.status, e.note])).toEqual(waiting.map((e) => ['pending', e.note]));
  });

  it('after the date is put back, the 14-day reminders are still to be sent (none closed for good)', () => {
    const cleared = configFromRows(rowsWith(''), today, settingsPrint(rows, []));
    const during = planReminders(waiting, run(cleared.config), cleared.config, next, true, undefined, heldOf(cleared.config));
    const back = planReminders(during, run(good.config), good.config, new Date(2026, 8, 8, 7), true);
    const open14 = back.filter((e) => /:14$/.test(e.key) && e.status === 'pending');
    expect(open14.length).toBe(waiting.length);
  });
});

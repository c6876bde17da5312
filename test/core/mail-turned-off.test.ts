// Review r66c F1: mail waiting in "Hộp thư đi" (for the quota, or to be retried) that the office has since turned off in
// "Cấu hình" is not sent, and its row says why; what the current settings still ask for goes as before. An entry a
// stopped run may have sent keeps saying so when it is retired (never hidden behind "Bỏ qua").
import { describe, expect, it } from 'vitest';
import { type OfficeConfig, configFromRows } from '../../src/core/config';
import { configLabel } from '../../src/core/messages/validation';
import { digestKey, planDigest } from '../../src/core/digest';
import { evaluateAll } from '../../src/core/evaluate';
import { DIGEST_NOTE, OUTBOX_NOTE, REMINDER_NOTE } from '../../src/core/messages';
import { mayHaveGone, type OutboxEntry } from '../../src/core/outbox';
import { planReminders, reminderKey, waitingReminder } from '../../src/core/reminders';
import { PERIOD_2026, config2026, configTabRows, directoryRows, form, headerRow } from './helpers';

const cfgWith = (days: string, more: Record<string, unknown> = {}) => config2026(new Date(2026, 8, 16), { 'mail.reminderDaysBefore': days, ...more });

function run(cfg: OfficeConfig) {
  return evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(form(cfg))], reportValues: [] });
}

const day16 = new Date(2026, 8, 16, 7);
const day17 = new Date(2026, 8, 17, 7);

/** The 14-day reminders of the plan (due 30/09/2026), queued on 16/09: the first sent, the other two waiting for the quota. */
function waitingRound(): OutboxEntry[] {
  const cfg = cfgWith('14; 3');
  const queued = planReminders([], run(cfg), cfg, day16, true);
  const quota = OUTBOX_NOTE.quota('07:05 ngày 17/09');
  return queued.map((e, i) => (i === 0 ? { ...e, status: 'sent' as const, sentAt: day16, attempts: 1 } : { ...e, note: quota }));
}

describe('reminders waiting when the office changes "Nhắc hạn trước (số ngày)"', () => {
  it('unchanged (the control): those waiting stay waiting', () => {
    const cfg = cfgWith('14; 3');
    const round = waitingRound();
    expect(round).toHaveLength(3);
    expect(planReminders(round, run(cfg), cfg, day17, true)).toEqual(round);
  });

  it('"Không": every one waiting is closed, saying the office turned reminders off; no row is removed, the sent one is untouched', () => {
    const cfg = cfgWith('Không');
    const round = waitingRound();
    const next = planReminders(round, run(cfg), cfg, day17, true);
    expect(next).toHaveLength(3);
    expect(next[0]).toBe(round[0]);
    for (const e of next.slice(1)) {
      expect(e).toMatchObject({ key: expect.stringMatching(/:14$/), status: 'skipped', note: REMINDER_NOTE.turnedOff([14], []) });
      expect(e.note).toContain('“Không”');
      expect(e.note).toContain('“Nhắc hạn trước (số ngày)”');
    }
  });

  it('an offset taken out ("14; 3" → "3"): those of 14 days are closed naming it; the 3-day reminders still go on their day', () => {
    const cfg = cfgWith('3');
    const next = planReminders(waitingRound(), run(cfg), cfg, day17, true);
    expect(next.slice(1).map((e) => [e.status, e.note])).toEqual([
      ['skipped', REMINDER_NOTE.turnedOff([14], [3])],
      ['skipped', REMINDER_NOTE.turnedOff([14], [3])],
    ]);
    expect(REMINDER_NOTE.turnedOff([14], [3])).toContain('trước 14 ngày');
    expect(REMINDER_NOTE.turnedOff([14], [3])).toContain('“3”');
    const day27 = planReminders(next, run(cfg), cfg, new Date(2026, 8, 27, 7), true);
    expect(day27.slice(3).map((e) => [e.key.replace(/^NH:[^:]+:/, ''), e.status])).toEqual([
      ['KH-2026-2030:3', 'pending'],
      ['KH-2026-2030:3', 'pending'],
      ['KH-2026-2030:3', 'pending'],
    ]);
  });

  it('one e-mail about two deadlines, one offset taken out: it still goes, about the deadline still reminded only', () => {
    const cfg = cfgWith('3');
    const key = reminderKey('TH01', 'KH-2026-2030', 14, [{ deadlineId: 'BC-2026-NAM', offset: 3 }]);
    const judged = waitingReminder(key, run(cfg), cfg, day17);
    expect(judged.note).toBeUndefined();
    expect(judged.reminder!.deadline.id).toBe('BC-2026-NAM');
    expect(judged.reminder!.more ?? []).toEqual([]);
    // With both offsets taken out, it is closed as turned off.
    expect(waitingReminder(key, run(cfgWith('7')), cfgWith('7'), day17).note).toBe(REMINDER_NOTE.turnedOff([14, 3], [7]));
  });

  it('one a stopped run may have sent is closed all the same, and its row still says it may have reached the school', () => {
    const cfg = cfgWith('Không');
    const round = waitingRound().map((e, i) =>
      i === 1 ? { ...e, note: OUTBOX_NOTE.interrupted } : i === 2 ? { ...e, note: `${OUTBOX_NOTE.quota('07:05 ngày 17/09')} ${OUTBOX_NOTE.interrupted}` } : e,
    );
    expect(round.slice(1).every(mayHaveGone)).toBe(true);
    const next = planReminders(round, run(cfg), cfg, day17, true);
    for (const e of next.slice(1)) {
      expect(e.status).toBe('skipped');
      expect(e.note).toBe(`${REMINDER_NOTE.turnedOff([14], [])} ${OUTBOX_NOTE.notResent}`);
      expect(e.note).toContain('có thể đã đến người nhận');
    }
  });
});

describe('a digest waiting when the office changes "Người nhận thư tổng hợp"', () => {
  const subject = 'Tổng hợp';
  const queue = () => {
    const cfg = cfgWith('14; 3', { 'mail.digestRecipients': 'thuongtruc@example.edu.vn' });
    return planDigest([], cfg, day17, true, subject).map((e) => ({ ...e, note: OUTBOX_NOTE.quota('07:05 ngày 18/09') }));
  };

  it('recipients still there (the control): it keeps waiting', () => {
    const waiting = queue();
    expect(waiting).toMatchObject([{ key: digestKey(day17), status: 'pending', to: 'thuongtruc@example.edu.vn' }]);
    const cfg = cfgWith('14; 3', { 'mail.digestRecipients': 'khac@example.edu.vn' });
    expect(planDigest(waiting, cfg, new Date(2026, 8, 18, 7), false, subject)).toEqual(waiting);
  });

  it('emptied: it is closed with a note saying so (the row kept, its address as queued)', () => {
    const waiting = queue();
    const next = planDigest(waiting, cfgWith('14; 3'), new Date(2026, 8, 18, 7), false, subject);
    expect(next).toEqual([{ ...waiting[0], status: 'skipped', note: DIGEST_NOTE.noRecipients }]);
    expect(DIGEST_NOTE.noRecipients).toContain('“Người nhận thư tổng hợp”');
  });
});

describe('mail waiting while its setting cannot be read or is written twice (review r66c #1 with #4, #5): it waits, never closed as turned off', () => {
  /** As config2026, but "Nhắc hạn trước" as typed (`days`) and `extra` rows added; its errors expected, not thrown. */
  const typed = (days: string, extra: unknown[][] = []) => {
    const today = new Date(2026, 8, 16);
    const rows = configTabRows(today, { ...PERIOD_2026, 'mail.reminderDaysBefore': days });
    const { config, errors } = configFromRows([...rows, ...extra], today);
    expect(errors).toEqual([expect.stringContaining(configLabel('mail.reminderDaysBefore'))]);
    return config;
  };

  it('"Nhắc hạn trước" unreadable, no earlier value known: those waiting stay waiting (not sent, not closed); once readable again they are judged as ever', () => {
    const cfg = typed('mười bốn');
    expect(cfg.mail.reminderDaysBefore).toEqual([]);
    const round = waitingRound();
    const held = planReminders(round, run(cfg), cfg, day17, true);
    expect(held).toEqual(round);
    expect(waitingReminder(round[1].key, run(cfg), cfg, day17)).toEqual({});
    const fixed = cfgWith('14; 3');
    expect(planReminders(held, run(fixed), fixed, day17, true)).toEqual(round);
  });

  it('"Nhắc hạn trước" on two rows with two values: those waiting stay waiting', () => {
    const cfg = typed('14; 3', [[configLabel('mail.reminderDaysBefore'), '7']]);
    expect(cfg.mail.reminderDaysBefore).toEqual([]);
    const round = waitingRound();
    expect(planReminders(round, run(cfg), cfg, day17, true)).toEqual(round);
  });

  it('control: "Không" typed on purpose still closes them (turned off)', () => {
    const cfg = cfgWith('Không');
    expect(planReminders(waitingRound(), run(cfg), cfg, day17, true).slice(1).map((e) => e.status)).toEqual(['skipped', 'skipped']);
  });
});

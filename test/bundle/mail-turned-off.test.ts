// Review r66c F1, beside the reviewer's r66c-mail-off.test.ts: the control (reminders waiting for the quota go when the
// office changes nothing), what "Hộp thư đi" shows for those turned off (every row kept, each saying why), and a digest
// waiting when the office replaces its recipient goes to the new one only.
import { describe, expect, it } from 'vitest';
import { DIGEST_NOTE, MAIL_QUOTA_DETAIL, OUTBOX_NOTE, OUTBOX_STATUS, REMINDER_NOTE } from '../../src/core/messages';
import { typeIntoTab } from '../../scripts/season';
import { bundleCode, codedRowKey, directoryRows, numberedSchools, officeEmulator, setConfigValues } from './helpers';
import { digestWaiting, reminderRoundCut } from './mail-off-lib';

type Emu = ReturnType<typeof officeEmulator>;
const reminders = (emu: Emu) => emu.mail.sent.filter((m) => /\] Nhắc hạn \d/.test(m.subject));
/** The reminder rows of "Hộp thư đi" (key, status, note). */
const reminderRows = (emu: Emu) =>
  (emu.spreadsheets.values('Hộp thư đi') as unknown[][]).filter((r) => String(r[0]).startsWith('NH:')).map((r) => ({ key: codedRowKey(String(r[0]), String(r[2])), status: String(r[5]), note: String(r[9]) }));

/** 12 schools, quota 6: on 16/09/2026 the 14-day reminders of the plan (due 30/09/2026) go to six, six wait. */
function roundCut(change?: Record<string, string>) {
  const { emu } = reminderRoundCut();
  const firstDay = reminders(emu).length;
  if (change) setConfigValues(emu, change);
  // The 6 o'clock rebuild of 17/09 runs before the quota is back (about 7:05).
  emu.triggers.runDueTimeTriggers(new Date(2026, 8, 17, 6, 30, 0));
  const waitingAtSix = String((emu.spreadsheets.values('Tình trạng') as unknown[][]).find((r) => r[0] === 'Gửi thư chờ hạn mức')?.[3] ?? '');
  emu.triggers.runDueTimeTriggers(new Date(2026, 8, 18, 12, 0, 0));
  return { emu, firstDay, waitingAtSix };
}

describe('reminders waiting for the quota, "Nhắc hạn trước (số ngày)" unchanged (the control)', () => {
  const { emu, firstDay, waitingAtSix } = roundCut();

  it('the six waiting go once the quota is back: every school reminded once', () => {
    expect(firstDay).toBe(6);
    expect(waitingAtSix).toMatch(/^6 thư đang chờ/);
    expect(reminders(emu)).toHaveLength(12);
    expect(new Set(reminders(emu).map((m) => m.to)).size).toBe(12);
    expect(reminderRows(emu).every((r) => r.status === OUTBOX_STATUS.sent)).toBe(true);
  });
});

describe('reminders waiting for the quota, then "Không"', () => {
  const { emu, firstDay, waitingAtSix } = roundCut({ 'mail.reminderDaysBefore': 'Không' });

  it('"Hộp thư đi" keeps all twelve rows: six sent, six not sent saying the office turned reminders off', () => {
    expect(firstDay).toBe(6);
    const rows = reminderRows(emu);
    expect(rows).toHaveLength(12);
    expect(rows.filter((r) => r.status === OUTBOX_STATUS.sent)).toHaveLength(6);
    const off = rows.filter((r) => r.status === OUTBOX_STATUS.skipped);
    expect(off).toHaveLength(6);
    expect(off.every((r) => r.note === REMINDER_NOTE.turnedOff([14], []))).toBe(true);
  });

  it('"Tình trạng" stops counting them as waiting for the quota at the first run after the change', () => {
    expect(waitingAtSix).toBe(MAIL_QUOTA_DETAIL.none);
  });
});

describe('reminders waiting for the quota, then "3" instead of "14; 3"', () => {
  const { emu, firstDay } = roundCut({ 'mail.reminderDaysBefore': '3' });

  it('the 14-day ones waiting are not sent; the 3-day reminders go to all twelve schools on 27/09', () => {
    expect(firstDay).toBe(6);
    expect(reminders(emu)).toHaveLength(6);
    expect(reminderRows(emu).filter((r) => r.note === REMINDER_NOTE.turnedOff([14], [3]))).toHaveLength(6);
    emu.triggers.runDueTimeTriggers(new Date(2026, 8, 28, 12, 0, 0));
    const threeDays = reminderRows(emu).filter((r) => r.key.endsWith(':3'));
    expect(threeDays).toHaveLength(12);
    expect(threeDays.every((r) => r.status === OUTBOX_STATUS.sent)).toBe(true);
  });
});

describe('the digest waiting for the quota when the office replaces its recipient', () => {
  const { emu } = digestWaiting();
  const before = emu.mail.to('thuongtruc@example.edu.vn').length + emu.mail.to('nguoimoi@example.edu.vn').length;
  setConfigValues(emu, { 'mail.digestRecipients': 'nguoimoi@example.edu.vn' });
  emu.triggers.runDueTimeTriggers(new Date(2026, 8, 19, 12, 0, 0));
  const digestRows = (emu.spreadsheets.values('Hộp thư đi') as unknown[][]).filter((r) => String(r[0]).startsWith('TH:'));

  it('it goes to the new recipient, not to the address removed, and its row says to whom it went', () => {
    expect(before).toBe(0);
    expect(emu.mail.to('thuongtruc@example.edu.vn')).toHaveLength(0);
    expect(emu.mail.to('nguoimoi@example.edu.vn').filter((m) => m.subject.includes('Tổng hợp hằng tuần'))).toHaveLength(1);
    expect(digestRows.map((r) => [String(r[3]), String(r[5])])).toEqual([['nguoimoi@example.edu.vn', OUTBOX_STATUS.sent]]);
    expect(digestRows.some((r) => String(r[9]) === DIGEST_NOTE.noRecipients)).toBe(false);
  });
});

describe('the digest waiting for the quota when the office empties its recipients', () => {
  const { emu } = digestWaiting();
  setConfigValues(emu, { 'mail.digestRecipients': '' });
  emu.triggers.runDueTimeTriggers(new Date(2026, 8, 19, 12, 0, 0));
  const digestRows = (emu.spreadsheets.values('Hộp thư đi') as unknown[][]).filter((r) => String(r[0]).startsWith('TH:'));

  it('its row stays, not sent, with the address it was queued for and the reason', () => {
    expect(digestRows.map((r) => [String(r[3]), String(r[5]), String(r[9])])).toEqual([['thuongtruc@example.edu.vn', OUTBOX_STATUS.skipped, DIGEST_NOTE.noRecipients]]);
  });
});

/**
 * The reminder run of 16/09 is stopped right after its first e-mail left (its "sending" mark written, "sent" not yet:
 * the ambiguous window); `change` is then written in "Cấu hình", and the daily runs go on to 18/09.
 */
function reminderRunKilled(change?: Record<string, string>) {
  const emu = officeEmulator({ now: new Date(2026, 8, 10, 9, 0, 0) });
  const bundle = emu.loadBundle(bundleCode());
  bundle.call('setup', undefined, { kind: 'menu' });
  typeIntoTab(emu, 'Đơn vị', directoryRows(numberedSchools(3)));
  bundle.call('setup', undefined, { kind: 'menu' });
  emu.triggers.runDueTimeTriggers(new Date(2026, 8, 16, 0, 0, 0));
  emu.runtime.trace = [];
  let armed = true;
  const stop = emu.runtime.onCall(() => {
    if (armed && emu.runtime.trace!.includes('MailApp.sendEmail')) {
      armed = false;
      emu.runtime.killAtCall(1);
    }
  });
  emu.triggers.runDueTimeTriggers(new Date(2026, 8, 16, 12, 0, 0));
  stop();
  emu.runtime.trace = null;
  const first = reminders(emu).map((m) => String(m.to));
  if (change) setConfigValues(emu, change);
  emu.triggers.runDueTimeTriggers(new Date(2026, 8, 18, 12, 0, 0));
  return { emu, first, killed: !armed };
}

describe('a reminder that may have gone (its run stopped as it was sent), then "Không"', () => {
  const control = reminderRunKilled();
  const off = reminderRunKilled({ 'mail.reminderDaysBefore': 'Không' });

  it('the control: nothing changed, it is sent again once and its row says the school may have it twice', () => {
    expect(control.killed).toBe(true);
    expect(control.first).toHaveLength(1);
    expect(control.emu.mail.to(control.first[0]).filter((m) => /\] Nhắc hạn \d/.test(m.subject))).toHaveLength(2);
    const row = reminderRows(control.emu).find((r) => r.key.startsWith(`NH:${control.first[0].slice(0, 4).toUpperCase()}:`))!;
    expect(row).toMatchObject({ status: OUTBOX_STATUS.sent, note: OUTBOX_NOTE.maybeTwice });
  });

  it('"Không": it is not sent again, and its row, not sent, still says it may have reached the school', () => {
    expect(off.killed).toBe(true);
    expect(off.first).toHaveLength(1);
    expect(reminders(off.emu)).toHaveLength(1);
    const row = reminderRows(off.emu).find((r) => r.key.startsWith(`NH:${off.first[0].slice(0, 4).toUpperCase()}:`))!;
    expect(row).toMatchObject({ status: OUTBOX_STATUS.skipped, note: `${REMINDER_NOTE.turnedOff([14], [])} ${OUTBOX_NOTE.notResent}` });
  });
});

// Review r66c (the office's clerk and "Cấu hình"): the mail switches turned off in the middle of a week. The
// explanation of "Nhắc hạn trước (số ngày)" says: Ghi “Không” để không gửi thư nhắc. A small account's daily quota
// holds back part of a round of reminders (they wait in "Hộp thư đi"); the office then writes "Không". Nothing more
// may go to the schools.
import { describe, expect, it } from 'vitest';
import { configLabel } from '../../src/core/messages';
import { officeEmulator, setConfigValues } from './helpers';
import { digestWaiting, reminderRoundCut } from './mail-off-lib';

const reminders = (emu: ReturnType<typeof officeEmulator>) => emu.mail.sent.filter((m) => /\] Nhắc hạn \d/.test(m.subject));

describe('reminders turned off ("Không") while a round waits for the quota', () => {
  // 16/09/2026: 14 days before the schools' plans are due (30/09/2026): twelve reminders, six go, six wait.
  const { emu } = reminderRoundCut();
  const firstDay = reminders(emu).length;
  const waiting = String((emu.spreadsheets.values('Tình trạng') as unknown[][]).find((r) => r[0] === 'Gửi thư chờ hạn mức')![3]);
  // The clerk turns reminders off that afternoon, as the tab's explanation says.
  setConfigValues(emu, { 'mail.reminderDaysBefore': 'Không' });
  const value = (emu.spreadsheets.values('Cấu hình') as unknown[][]).find((r) => r[0] === configLabel('mail.reminderDaysBefore'))![1];
  // Two days of daily runs (the quota is back after 24 hours).
  emu.triggers.runDueTimeTriggers(new Date(2026, 8, 18, 12, 0, 0));
  const after = reminders(emu).length;

  it('the round was cut by the quota (the case under test)', () => {
    expect(value).toBe('Không');
    expect(firstDay).toBeGreaterThan(0);
    expect(firstDay).toBeLessThan(12);
    expect(waiting).toMatch(/^6 thư đang chờ/);
  });

  it('no reminder goes to a school after the office wrote "Không"', () => {
    expect(after - firstDay).toBe(0);
  });
});

// "Người nhận thư tổng hợp": "Để trống thì không gửi thư tổng hợp." The week's digest waits for the quota (the
// reminders of the day before used it); the office empties the row (the staff member has moved on). The digest that
// waited may not go to the address the office removed.
describe('the digest recipients emptied while the week\'s digest waits for the quota', () => {
  // Wednesday 16/09: the reminders use the quota; Thursday 17/09 at 7: the digest is queued and waits.
  const { emu } = digestWaiting();
  const digestSoFar = emu.mail.to('thuongtruc@example.edu.vn').length;
  const queued = (emu.spreadsheets.values('Hộp thư đi') as unknown[][]).filter((r) => r.map(String).join(' ').includes('thuongtruc@example.edu.vn')).length;
  setConfigValues(emu, { 'mail.digestRecipients': '' });
  emu.triggers.runDueTimeTriggers(new Date(2026, 8, 19, 12, 0, 0));

  it('the digest was queued and held by the quota (the case under test)', () => {
    expect(digestSoFar).toBe(0);
    expect(queued).toBe(1);
  });

  it('it does not go to the address the office removed', () => {
    expect(emu.mail.to('thuongtruc@example.edu.vn')).toHaveLength(0);
  });
});

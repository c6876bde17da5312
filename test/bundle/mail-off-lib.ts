// An office of twelve schools on a small account (6 e-mails a day): the reminders of Wednesday 16/09/2026 use the
// quota (six of the twelve 14-day reminders of the plan, due 30/09/2026, go; six wait), so the weekly digest queued on
// Thursday 17/09 at 7:00 waits in "Hộp thư đi" too (review r66c F1's tests).
import { numberedOffice } from './helpers';

export const DIGEST_TO = 'thuongtruc@example.edu.vn';

/** The office with its digest waiting for the quota on 17/09, its recipient DIGEST_TO. */
export function digestWaiting() {
  const { emu, bundle } = numberedOffice({ now: new Date(2026, 8, 10, 9, 0, 0), schools: 12, mailQuota: 6, settings: { 'mail.digestRecipients': DIGEST_TO, 'mail.digestWeekDay': 'Thứ Năm', 'mail.digestHour': '7' } });
  emu.triggers.runDueTimeTriggers(new Date(2026, 8, 17, 8, 0, 0));
  return { emu, bundle };
}

/** The office with its round of 16/09 cut by the quota (after that day's runs): six reminders sent, six waiting. */
export function reminderRoundCut() {
  const { emu, bundle } = numberedOffice({ now: new Date(2026, 8, 10, 9, 0, 0), schools: 12, mailQuota: 6 });
  emu.triggers.runDueTimeTriggers(new Date(2026, 8, 16, 12, 0, 0));
  return { emu, bundle };
}

// Sending through the outbox tab ("Hộp thư đi"): read it once, plan, send what is due within the daily quota,
// write it once. An e-mail is marked sent in the same write that follows its sending; if the execution dies in
// between, the lock-guarded next run would resend at most the messages of that one run.
import type { Email } from '../core/emails';
import { OUTBOX_NOTE, TAB } from '../core/messages';
import { MAX_ATTEMPTS, dueEntries, outboxFromRows, outboxToRows, recipientCount, type OutboxEntry } from '../core/outbox';
import { errorMessage, mailQuotaExhausted } from './errors';
import { ensureSheet, readValues, writeTable } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readOutbox(ss: Spreadsheet): OutboxEntry[] {
  return outboxFromRows(readValues(ensureSheet(ss, TAB.outbox).sheet));
}

/**
 * Sends the due entries (oldest first) while the quota and the time (until `deadline`, epoch ms) last; `compose`
 * builds each message now (null: skip). Returns the updated entries and how many went.
 */
export function sendDue(
  entries: OutboxEntry[],
  compose: (e: OutboxEntry) => Email | null,
  senderName: string,
  deadline: number,
): { entries: OutboxEntry[]; sent: number } {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  let sent = 0;
  let quota = MailApp.getRemainingDailyQuota();
  for (const due of dueEntries(entries)) {
    // What is left when the execution's time runs short stays pending for the next run.
    if (Date.now() > deadline) break;
    if (quota < recipientCount(due.to)) {
      byKey.set(due.key, { ...due, note: OUTBOX_NOTE.quota });
      continue;
    }
    const email = compose(due);
    if (!email) continue;
    const recipients = recipientCount(email.to);
    try {
      MailApp.sendEmail({ to: email.to, subject: email.subject, body: email.body, htmlBody: email.htmlBody, name: senderName });
      byKey.set(due.key, { ...due, to: email.to, subject: email.subject, status: 'sent', sentAt: new Date(), attempts: due.attempts + 1, note: '' });
      sent++;
      quota -= recipients;
    } catch (err) {
      const attempts = due.attempts + 1;
      const note = attempts >= MAX_ATTEMPTS ? OUTBOX_NOTE.gaveUp(attempts) : OUTBOX_NOTE.error(errorMessage(err));
      byKey.set(due.key, { ...due, status: 'failed', attempts, note });
      // The quota is asked of MailApp, never read from the error (its text is in the user's language).
      if (mailQuotaExhausted(recipients)) quota = 0;
    }
  }
  return { entries: entries.map((e) => byKey.get(e.key)!), sent };
}

const OUTBOX_WIDTHS = [240, 170, 90, 200, 360, 80, 130, 130, 70, 300];

export function writeOutbox(ss: Spreadsheet, entries: OutboxEntry[]): void {
  const { header, rows } = outboxToRows(entries);
  writeTable(ensureSheet(ss, TAB.outbox).sheet, header, rows, { frozenRows: 1, widths: OUTBOX_WIDTHS });
}

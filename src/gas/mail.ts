// Sending mail within the daily recipient quota (100 a day on a consumer account, 1,500 on Workspace).
import type { Email } from '../core/emails';

/** Sends one message if the quota allows; returns false (sending nothing) when it does not. */
export function sendIfQuota(email: Email, senderName: string): boolean {
  if (MailApp.getRemainingDailyQuota() < 1) return false;
  MailApp.sendEmail({ to: email.to, subject: email.subject, body: email.body, htmlBody: email.htmlBody, name: senderName });
  return true;
}

/** The link with which the respondent can edit the response written at `timestamp` (or null). */
export function editUrlOf(formId: string | null, timestamp: unknown, email: string): string | null {
  if (!formId || Object.prototype.toString.call(timestamp) !== '[object Date]') return null;
  const at = (timestamp as Date).getTime();
  const candidates = FormApp.openById(formId).getResponses(new Date(at));
  const match =
    candidates.find((r) => r.getTimestamp().getTime() === at && r.getRespondentEmail().toLowerCase() === email) ??
    candidates.find((r) => r.getRespondentEmail().toLowerCase() === email);
  return match ? match.getEditResponseUrl() : null;
}

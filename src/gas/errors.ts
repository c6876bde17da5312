/** The message of anything thrown, whatever realm it came from. */
export function errorMessage(err: unknown): string {
  if (err && typeof err === 'object' && 'message' in err) return String((err as { message: unknown }).message);
  return String(err);
}

/**
 * Whether a failed call was refused for a daily quota ("Service invoked too many times for one day: …"). Callers
 * decide first on what the service reports (MailApp.getRemainingDailyQuota(), counters of their own); this text
 * match is only the fallback, and the one place to change when messages arrive in another language.
 */
export function isQuotaRefusal(err: unknown): boolean {
  return /Service invoked too many times for one day/i.test(errorMessage(err));
}

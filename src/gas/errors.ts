// What the product may conclude from a failure. Apps Script translates its error messages into the user's
// language ("Service invoked too many times for one day" reads "Dịch vụ bị gọi quá nhiều lần trong một ngày" on a
// Vietnamese account), so no decision here reads an error's text: a quota is recognised by asking the service
// (MailApp.getRemainingDailyQuota) or by the place in the code that failed.

/** The message of anything thrown, whatever realm it came from (for the logs and the office's tabs only). */
export function errorMessage(err: unknown): string {
  if (err && typeof err === 'object' && 'message' in err) return String((err as { message: unknown }).message);
  return String(err);
}

/**
 * After MailApp.sendEmail failed for a message to `recipients` recipients: true when the daily recipient quota is
 * why (what is left of it no longer covers the message), so the rest waits for the next run.
 */
export function mailQuotaExhausted(recipients: number): boolean {
  return MailApp.getRemainingDailyQuota() < recipients;
}

/** A refusal of the one call that creates a document (its usual cause: the daily documents-created quota). */
export class CreateRefused extends Error {
  constructor(readonly reason: unknown) {
    super(errorMessage(reason));
    this.name = 'CreateRefused';
  }
}

/**
 * Runs the call that creates a document (DocumentApp.create, File.makeCopy): a failure of that call is a "not now"
 * (try again after the quota's reset), told apart from failures of the work around it by its place, not its text.
 */
export function creatingDocument<T>(create: () => T): T {
  try {
    return create();
  } catch (err) {
    throw new CreateRefused(err);
  }
}

export function isCreateRefused(err: unknown): err is CreateRefused {
  return err instanceof CreateRefused;
}

/** The script lock could not be had in time (another execution held it): recognised at the waitLock call. */
export class LockBusy extends Error {
  constructor(readonly reason: unknown) {
    super(errorMessage(reason));
    this.name = 'LockBusy';
  }
}

export function isLockBusy(err: unknown): err is LockBusy {
  return err instanceof LockBusy;
}

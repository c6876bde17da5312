// The one-off trigger that sends the e-mails left waiting for the daily mail quota, scheduled for when the quota comes
// back (24 h after the window's first e-mail, not at midnight: src/jobs/mailing.ts). On a consumer account (100
// recipients a day) a deadline day's confirmations would otherwise wait for the next daily run that finds the quota
// back, often the day after next. It runs a rebuild, whose delivery composes every kind (confirmations first when the
// quota is short); a rebuild that misses the lock comes back (src/jobs/run.ts), and one that leaves mail waiting
// schedules this again.
import { QUOTA_RUN_HANDLER, deleteTriggersOf } from '../gas/triggers';
import { rebuildForWaitingMail } from './rebuild';

export function sendWaitingMail(): void {
  try {
    // Its own one-off trigger stays listed after it fires (and counts against the 20 a user).
    deleteTriggersOf(QUOTA_RUN_HANDLER);
  } catch {
    // The next schedule replaces it.
  }
  rebuildForWaitingMail();
}

// The one-off trigger that runs again the scheduled jobs that found the script lock held (see run.ts): one job an
// execution, the others left to the next one; a job that misses the lock again schedules another retry.
import { periodEndRecord } from '../gas/properties';
import { readRetries, scheduleRetries, takeRetries } from '../gas/triggers';
import { sendWeeklyDigest } from './digest';
import { rebuildSummaries } from './rebuild';
import { sendReminders } from './reminders';

/** The jobs retried, in the order they run: the rebuild first (the reminders and the digest then read its tabs). */
const JOBS: Record<string, () => void> = { rebuildSummaries, sendReminders, sendWeeklyDigest };
const ORDER = Object.keys(JOBS);

/** How soon the next of several jobs waiting runs once the one before has ended (the lock is free then). */
const NEXT_AFTER_MS = 60_000;
/**
 * Until then, in case this execution dies (Apps Script ends it at 6 minutes): past the end of any execution, so the next
 * job does not fire while the one before holds the lock (review diff24 #1).
 */
const NEXT_IF_DIED_MS = 7 * 60_000;

export function retryJobs(): void {
  const jobs = takeRetries().filter((j) => j in JOBS).sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  if (!jobs.length) return;
  // The period ended (src/jobs/end-period.ts): nothing scheduled runs any more, and a retry of a run chosen from the menu
  // is never asked after the end (run.ts). Taken above, its trigger and list are gone: nothing else is done.
  if (periodEnded()) return;
  // One job an execution (review "limits" #4): each job's budget (run.ts WORK_BUDGET_MS) is an execution's, so two
  // with mail to send would pass the 6 minutes Apps Script allows one; and a rebuild run after another job in the same
  // execution would read the tabs past that job's writes not yet applied.
  const rest = jobs.slice(1);
  if (rest.length) scheduleRetries(rest, NEXT_IF_DIED_MS);
  try {
    JOBS[jobs[0]]();
  } finally {
    // Ended (or failed, which it recorded): the next one soon — unless it found the lock held again and asked for its
    // own retry (run.ts), which waits for the holder to finish; the others wait with it.
    // Ended meanwhile (the job found the end recorded under the lock): the retry set for the rest is taken away again.
    if (rest.length && periodEnded()) takeRetries();
    else if (rest.length && !readRetries().includes(jobs[0])) scheduleRetries(rest, NEXT_AFTER_MS);
  }
}

/** The end of the period recorded (read afresh: one call, on a retry's run only). */
function periodEnded(): boolean {
  return periodEndRecord(true) !== null;
}

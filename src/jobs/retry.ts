// The one-off trigger that runs again the scheduled jobs that found the script lock held (see run.ts): each job
// runs once more, and one that misses the lock again schedules another retry.
import { takeRetries } from '../gas/triggers';
import { sendWeeklyDigest } from './digest';
import { rebuildSummaries } from './rebuild';
import { sendReminders } from './reminders';

const JOBS: Record<string, () => void> = { rebuildSummaries, sendReminders, sendWeeklyDigest };

export function retryJobs(): void {
  let first: unknown = null;
  for (const job of takeRetries()) {
    try {
      JOBS[job]?.();
    } catch (err) {
      // The job recorded its failure itself; the others still run.
      first ??= err;
    }
  }
  if (first) throw first;
}

// The frame every entry point runs in: record health, leave a visible trace on failure, rethrow so Apps Script
// marks the execution failed (and e-mails the owner per the trigger's notification setting).
import { activeSpreadsheet } from '../gas/sheets';
import { errorMessage } from '../gas/errors';
import { logError, recordRun } from '../gas/health';

/**
 * One execution may run 6 minutes; a job stops starting new work (e-mails, documents) after this long and leaves
 * the rest to its next run, keeping a margin for its final writes.
 */
export const WORK_BUDGET_MS = 4.5 * 60_000;

export interface JobContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Epoch ms after which the job starts no new unit of work. */
  deadline: number;
}

export function runJob<T>(job: string, fn: (ctx: JobContext) => { result: T; detail: string; problems?: number }): T {
  const deadline = Date.now() + WORK_BUDGET_MS;
  const ss = activeSpreadsheet();
  try {
    const { result, detail, problems } = fn({ ss, deadline });
    recordRun(ss, job, true, detail, problems ?? 0);
    return result;
  } catch (err) {
    const message = errorMessage(err);
    try {
      logError(ss, job, message);
      recordRun(ss, job, false, message);
    } catch {
      // The trace itself failed (quota, time): the rethrow below still reaches the execution log.
    }
    throw err;
  }
}

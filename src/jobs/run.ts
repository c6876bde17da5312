// The frame every entry point runs in: record health, leave a visible trace on failure, rethrow so Apps Script
// marks the execution failed (and e-mails the owner per the trigger's notification setting).
import { activeSpreadsheet } from '../gas/sheets';
import { errorMessage } from '../gas/errors';
import { logError, recordRun } from '../gas/health';

export function runJob<T>(job: string, fn: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => { result: T; detail: string }): T {
  const ss = activeSpreadsheet();
  try {
    const { result, detail } = fn(ss);
    recordRun(ss, job, true, detail);
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

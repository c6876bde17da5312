// "Thiết lập"'s question when the tab of records lost rows (src/gas/records.ts): go on from it as it stands?
import { RECORDS_LOST } from '../core/messages';
import { logError } from '../gas/health';
import { recordsLost, resumeRecords } from '../gas/records';
import { askUser } from '../gas/ui';

/**
 * For "Thiết lập", run by a person holding the lock: records that lost rows stop every view and document being made;
 * when the whole file was restored to an earlier version they cannot be had back. The person is asked whether to go
 * on from them as they stand; yes: their count is taken as it is (views are then looked for by name before one is
 * made; documents no longer listed are made again). The line for the setup's alert, or null when nothing is lost.
 */
export function offerToResumeRecords(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string | null {
  const lost = recordsLost(ss);
  if (!lost) return null;
  if (!askUser(RECORDS_LOST.question(lost))) return RECORDS_LOST.kept;
  resumeRecords(ss);
  logError(ss, 'setup', RECORDS_LOST.resumed(lost));
  return RECORDS_LOST.resumed(lost);
}

// The frame every entry point runs in: record health, leave a visible trace on failure, rethrow so Apps Script
// marks the execution failed (and e-mails the owner per the trigger's notification setting).
import { COPIED_FILE, HEALTH_RETRY, RUN_STOPPED, TRIGGERS_RETIRED, type RunStarter } from '../core/messages';
import { forgetAllState, getState, periodEndRecord, setState } from '../gas/properties';
import { formAnswersElsewhere } from '../gas/response-sheets';
import { activeSpreadsheet } from '../gas/sheets';
import { spreadsheetId } from '../gas/tab-cache';
import { ToolStop, errorMessage, isLockBusy, isToolStop } from '../gas/errors';
import { clearRunStarted, jobLabel, logError, markRunStarted, recordRun } from '../gas/health';
import { retireIfSuperseded, scheduleRetry } from '../gas/triggers';
import { someoneAtKeyboard, tellUser } from '../gas/ui';

/**
 * Scheduled jobs that come back later when another job holds the lock (clock triggers of the same hour may overlap:
 * Apps Script runs an atHour trigger at some minute within that hour). A form submission does not: the nightly
 * rebuild catches it up.
 */
const RETRIED_WHEN_BUSY = new Set(['rebuildSummaries', 'sendReminders', 'sendWeeklyDigest']);

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

/**
 * The runs that answer submissions (src/jobs/on-submit.ts). Only the triggers of this file's own Thiết lập start them
 * (a copy of the file has no trigger): they skip the check that the state is this spreadsheet's (a call on the path of
 * every submission). A failed one's rows are checked again by a later run.
 */
const INTAKE_JOBS = new Set(['onFormSubmit', 'continueIntake']);

/** Set when this execution's Thiết lập found the state of another spreadsheet and forgot it (src/jobs/setup.ts says so). */
let forgotCopiedState = false;
export function copiedStateForgotten(): boolean {
  return forgotCopiedState;
}

/**
 * A copy of the office's file carries the original's script properties: its forms, its schools' views, the outbox's
 * journal, the documents made. Nothing but Thiết lập runs on them (a rebuild would write into the original's views and
 * send its e-mails again; Thiết lập would re-point its forms here). Thiết lập forgets them and starts this file afresh.
 */
function checkHome(job: string, ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  if (INTAKE_JOBS.has(job)) return;
  const home = getState('homeSpreadsheet');
  const id = spreadsheetId(ss);
  if (home === id) return;
  // A copy of a file whose state was never stamped (made before this check existed) is known by its form, which
  // answers to the original (asked once: the stamp is written below).
  if (home !== null || formAnswersElsewhere(getState('registrationForm'), id)) {
    if (job !== 'setup') throw new ToolStop(COPIED_FILE.refused);
    forgetAllState();
    forgotCopiedState = true;
    setState({ copiedRegister: '1' });
  }
  setState({ homeSpreadsheet: id });
}

/**
 * A trigger of an earlier installer's (the tool handed over since: src/gas/triggers.ts retireIfSuperseded) removes itself
 * and its owner's other triggers of the tool, says so once in "Nhật ký lỗi", and its run does nothing else: the new
 * installer's triggers do the work (review handover H1). Asked where the run reads the state anyway (under the lock):
 * no call of its own for an ordinary trigger. Returns the job's result for such a run, else null.
 */
export function retiredTrigger(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, event: unknown, job: string): { result: undefined; detail: string; retired: true } | null {
  if (!retireIfSuperseded(event, job)) return null;
  logError(ss, job, TRIGGERS_RETIRED);
  return { result: undefined, detail: TRIGGERS_RETIRED, retired: true };
}

/**
 * The period has ended (src/jobs/end-period.ts; recorded, even a run of it cut off) and nobody chose this run from the
 * menu: a scheduled job whose trigger fired before the end removed it, a retry or a continuation of one, does nothing
 * (no e-mail, no scheduled work) — the end promised it. A run chosen from the menu still works. From the state as this
 * run read it (under the lock, after reloadUnderLock): no call unless ended.
 */
export function endedForSchedule(): boolean {
  return periodEnded() && !someoneAtKeyboard();
}

/**
 * Whether the period was ended ("Kết thúc giai đoạn…"), as this run read the state (what mail may still go then:
 * src/jobs/mailing.ts stillDue).
 */
function periodEnded(): boolean {
  return periodEndRecord() !== null;
}

/** The end of the period was cut off half way (its record "closing"): "Kết thúc giai đoạn…" chosen again finishes it. */
export function endUnfinished(): boolean {
  return periodEndRecord()?.stage === 'closing';
}

/** Such a run's outcome: nothing done, its line in "Tình trạng" left as it was (it says the job no longer runs). */
export const STOPPED_BY_END = { result: undefined, detail: '', quiet: true } as const;

/**
 * What a job's body returns: its result, its line's detail, its data problems; `ok` false: it ran but did nothing it is
 * for; `retired`: a former installer's trigger that retired; `quiet`: nothing was done and the person was told why
 * (answered "Không", a refusal): its line in "Tình trạng" stays as it was.
 */
export interface JobOutcome<T> {
  result: T;
  detail: string;
  problems?: number;
  ok?: boolean;
  retired?: true;
  quiet?: true;
}

/**
 * Runs `fn` in the frame. `unopened`: what the job does when Google fails to open the spreadsheet (what it can do
 * without it: a submission queues its row), before the run stops.
 */
export function runJob<T>(job: string, fn: (ctx: JobContext) => JobOutcome<T>, unopened?: () => void): T {
  const deadline = Date.now() + WORK_BUDGET_MS;
  const ss = openSpreadsheet(job, unopened);
  try {
    checkHome(job, ss);
    markRunStarted(job);
    // `ok` false: the job ran but did nothing it is for (its line in "Tình trạng" is no success), without failing.
    const { result, detail, problems, ok, retired, quiet } = fn({ ss, deadline });
    // A former installer's trigger that retired: its line is the new installer's runs', not this one's. Nor is a run that
    // did nothing (quiet) a line of its own.
    if (!retired && !quiet) recordRun(ss, job, ok ?? true, detail, problems ?? 0);
    else clearRunStarted(job);
    return result;
  } catch (err) {
    // After the end of the period (read afresh: the end may hold the lock now) no retry is scheduled: a scheduled run
    // does nothing, one chosen from the menu is told to choose it again (below). Asked only on this path.
    const retry = isLockBusy(err) && RETRIED_WHEN_BUSY.has(job);
    if (retry && periodEndRecord(true) !== null) {
      if (!someoneAtKeyboard()) {
        clearRunStarted(job);
        return undefined as T;
      }
    } else if (retry) {
      // Not a failure: another job holds the lock. This one runs again a little later instead of being lost.
      const at = scheduleRetry(job);
      const said = HEALTH_RETRY(Utilities.formatDate(new Date(at), 'Asia/Ho_Chi_Minh', 'HH:mm'));
      recordRun(ss, job, false, said);
      // Someone who chose the menu item is told, not left wondering (a trigger's run has nobody to tell: logged).
      tellUser(said);
      return undefined as T;
    }
    // A stop the tool words itself is shown as it is. Anything else (a service's error, the lock held, the time limit)
    // is told in the tool's words around Google's, which are quoted but never read: they are in the account's language.
    if (isToolStop(err)) {
      trace(ss, job, err.message, err.line);
      throw err;
    }
    const byMenu = someoneAtKeyboard();
    // What the office is told comes next: a submission's rows are answered by a continuation or the next rebuild, not by
    // the next submission its "Lịch chạy" names.
    const how: RunStarter = byMenu ? 'menu' : INTAKE_JOBS.has(job) ? 'intake' : 'schedule';
    if (isLockBusy(err)) {
      const said = RUN_STOPPED.busy(jobLabel(job), how);
      // Nothing was done and nothing failed: the person is told, and chooses it again (as for the documents' batch).
      if (byMenu) {
        recordRun(ss, job, false, said);
        tellUser(said);
        return undefined as T;
      }
      trace(ss, job, said);
      throw withStackOf(said, err);
    }
    const said = RUN_STOPPED.failed(jobLabel(job), errorMessage(err), how);
    // The execution log keeps the error itself too.
    console.error(err);
    trace(ss, job, said);
    throw withStackOf(said, err);
  }
}

/**
 * The spreadsheet of the run. When Google fails to open it, no tab can be written (no line in "Tình trạng" or "Nhật ký
 * lỗi"): the error the run throws is all that is left of it (the execution log, the trigger's failure e-mail), in the
 * tool's words around Google's (RUN_STOPPED.unopened), with the stack of the call that failed. Nothing is asked of the
 * spreadsheet then but what `unopened` tries, each failure of it swallowed.
 */
function openSpreadsheet(job: string, unopened?: () => void): GoogleAppsScript.Spreadsheet.Spreadsheet {
  try {
    return activeSpreadsheet();
  } catch (err) {
    try {
      unopened?.();
    } catch {
      // what it could not do is left to the next run (for a submission: the nightly rebuild)
    }
    console.error(err);
    // A submission's run is a trigger's: no one to ask about a keyboard (a call saved).
    const how: RunStarter = INTAKE_JOBS.has(job) ? 'intake' : someoneAtKeyboard() ? 'menu' : 'schedule';
    throw withStackOf(RUN_STOPPED.unopened(jobLabel(job), errorMessage(err), how), err);
  }
}

/**
 * An error saying `message` where `err` was thrown: its stack's frames are kept, so that the execution log's trace
 * still leads to the line that failed (`npm run stack`), not to this frame.
 */
function withStackOf(message: string, err: unknown): Error {
  const out = new Error(message);
  const stack = err instanceof Error && typeof err.stack === 'string' ? err.stack : '';
  const frames = stack.split('\n').filter((l) => /^\s+at /.test(l));
  if (frames.length > 0) out.stack = [`Error: ${message}`, ...frames].join('\n');
  return out;
}

/** A failed run's line in "Nhật ký lỗi" and "Tình trạng", as far as the services let it be written. */
function trace(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, job: string, message: string, line = message): void {
  try {
    logError(ss, job, message);
    recordRun(ss, job, false, line);
  } catch {
    // The trace itself failed (quota, time): the rethrow still reaches the execution log.
  }
}

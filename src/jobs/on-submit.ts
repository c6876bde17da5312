// The installable on-form-submit trigger of the office Sheet. A trigger that gets the script lock handles its own row
// and the queue: a few rows on their own (src/jobs/intake.ts: each row read, evaluated, written and answered, whatever
// the size of the office), a burst in one full run; its own row is queued only if handling it fails (a continuation
// then comes back for it). A trigger that cannot get the lock queues its row (without the lock, with what the event
// says the row shows: a row that shows something else by then is answered by a full run) and ends quietly; nothing
// waits for the nightly rebuild. A run killed while handling its own row leaves it to the nightly rebuild, which answers every registration
// not answered yet. The row is read from the sheet, not from the event (an edit's event may carry only the changed
// answers).
import { INTAKE_QUEUED, REPORT_LATER, TRIGGERS_RETIRED } from '../core/messages';
import { dequeue, enqueueRow, queuedRows, rowStamp, type QueuedRow } from '../gas/intake-queue';
import { LOCK_WAIT_MS } from '../gas/lock';
import { runLeftQueued } from '../gas/health';
import { registrationTab } from '../gas/office';
import { editUrlByCode } from '../gas/ledger';
import { writtenLinesCommitted } from '../gas/line-counts';
import { clearState, getLockedState, getState, lockReleased, reloadUnderLock, setState, writeStateSoon } from '../gas/properties';
import { confirmationPlan } from './confirmations';
import { notProposedIds } from '../core/review';
import { receiptPlan } from './notices';
import { intakeSubmission, spreadsheetWritten, writesPending } from './intake';
import { deliver, later } from './mailing';
import { RETRY_EARLY_MS } from '../core/outbox';
import { recordEvaluation, summaryOf } from './results';
import { retiredTrigger, runJob, type JobContext } from './run';
import { supersededTrigger } from '../gas/triggers';
import { applyReviewRules, supplementPlan } from './summaries';

/**
 * How long a submission's trigger waits for the lock. Short: its row is queued already, and a trigger waiting counts
 * against the daily trigger runtime (90 min on a consumer account). A burst of 1,000 submissions while another job
 * holds the lock used all 90 minutes waiting 5 s each, leaving none for the continuation that answers them
 * (scripts/burst.ts, in `npm run bench`); at 1 s each the same burst uses about a quarter of it.
 */
const INTAKE_LOCK_WAIT_MS = 1_000;
/** Up to this many queued rows are handled one by one; more are handled by one full run. */
const ONE_BY_ONE_MAX = 10;
/** The continuation of a queue a run could not finish in its time. */
export const CONTINUE_INTAKE = 'continueIntake';


export function onFormSubmit(e?: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  // Blank duplicate events have been seen a few seconds after real ones: nothing to do for them.
  if (!e || !e.range || (Array.isArray(e.values) && e.values.every((v) => String(v).trim() === ''))) return;
  const range = e.range;
  // The row as the event gave it (its values, fixed when the event fired, as the sheet shows them): a queued row then
  // names its registration, not just its place. Not for an event without its timestamp.
  const values = Array.isArray(e.values) ? e.values.map((v) => String(v ?? '')) : [];
  const stamp = values.length > 0 && values[0].trim() !== '' ? rowStamp(values) : undefined;
  runJob('onFormSubmit', (ctx) => {
    // The event's row and tab are asked inside the frame: a failure of either is told in the tool's words and traced in
    // "Tình trạng" and "Nhật ký lỗi", as one of the run (its row unknown, it is left to the nightly rebuild).
    const row = range.getRow();
    // The event's tab by its id alone (one call, where getSheet and getSheetId are two): its handle, when the row is
    // handled here, comes with the run's listing of the tabs (src/jobs/intake.ts).
    const sheetId = String(range.getGridId());
    let done: string | null;
    try {
      const retired: { run: ReturnType<typeof retiredTrigger> } = { run: null };
      done = underLock(() => {
        retired.run = retiredTrigger(ctx.ss, e, 'onFormSubmit');
        if (retired.run) return retired.run.detail;
        // The event's tab is the registration tab (known by its id): no need to look for it again.
        return sheetId !== getState('registrationSheet') ? fullRun(ctx, null) : drainQueue(ctx, 'onFormSubmit', true, row, stamp);
      });
      if (retired.run) return retired.run;
    } catch (err) {
      // Whatever failed — the lock, the properties, the handling — a registration's row waits in the queue (it was
      // not queued: this trigger was to handle it) and one run comes back for it within minutes, not with the next
      // submission or the nightly rebuild. (That run failing too leaves it to them.)
      try {
        if (sheetId === getState('registrationSheet')) {
          // Its record keeps where: its line no longer reads "Lỗi" once the row is handled (src/gas/health.ts).
          runLeftQueued(enqueueRow(row, stamp));
          ensureContinuation();
        }
      } catch {
        // the nightly rebuild answers every registration not answered yet
      }
      throw err;
    }
    if (done !== null) return { result: undefined, detail: done };
    // A former installer's trigger queues nothing (its continuation would run as that account; the holder's trigger of
    // the same submission answers it) and, outside the lock, removes nothing: a later run under the lock does.
    if (supersededTrigger(e, 'onFormSubmit')) return { result: undefined, detail: TRIGGERS_RETIRED, retired: true };
    // The lock was busy past the wait: queue the row and make sure a run comes back for the queue (the holder may
    // have read it already; one trigger: a second one made by a concurrent waiter only finds the queue empty).
    if (sheetId !== getState('registrationSheet')) return { result: undefined, detail: REPORT_LATER(row) };
    enqueueRow(row, stamp);
    ensureContinuation();
    return { result: undefined, detail: INTAKE_QUEUED(row) };
  }, () => {
    // Google could not open the spreadsheet: a registration's row waits in the queue all the same, and a continuation
    // comes back for it within minutes (asked of the event and the property store; the calls of a failed run only).
    if (String(range.getGridId()) !== getState('registrationSheet')) return;
    enqueueRow(range.getRow(), stamp);
    ensureContinuation();
  });
}

/**
 * Makes sure one continuation comes back for the queue (and the e-mails left) within a minute or so — or, `at` (epoch ms),
 * not later than then (an e-mail's retry: src/core/outbox.ts retryAt). One listed that fires later than wanted (made for
 * a later retry: its time is kept, intakeContinueAt) is made again for the sooner time; any other fires within a minute.
 */
export function ensureContinuation(at?: number): void {
  try {
    const soon = Date.now() + 60_000;
    const when = at === undefined ? soon : Math.max(at, soon);
    const listed = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === CONTINUE_INTAKE);
    if (listed.length > 0) {
      const planned = getState('intakeContinueAt');
      if (planned === null || Number(planned) <= when) return;
      for (const t of listed) ScriptApp.deleteTrigger(t);
    }
    ScriptApp.newTrigger(CONTINUE_INTAKE).timeBased().after(when - Date.now()).create();
    if (when > soon + 60_000) setState({ intakeContinueAt: String(when) });
    else if (getState('intakeContinueAt') !== null) clearState('intakeContinueAt');
  } catch {
    // Too many triggers (a burst of waiters making them at once): one of them exists, or the nightly rebuild catches up.
  }
}

/** A one-off trigger's run: what an earlier run left in the queue, and the e-mails it had no time left to send. */
export function continueIntake(): void {
  runJob(CONTINUE_INTAKE, (ctx) => {
    deleteContinuations();
    let done: string | null;
    let early = false;
    try {
      done = underLock(() => {
        const drained = drainQueue(ctx, CONTINUE_INTAKE);
        const left = getLockedState('intakeMailLeft');
        if (drained !== '' || left === null) return drained;
        // E-mails to retry later than now (a queue's continuation came first): it comes back for them then, and this run
        // leaves its line in "Tình trạng" as it was.
        if (Number(left) > Date.now() + RETRY_EARLY_MS) {
          ensureContinuation(Number(left));
          early = true;
          return '';
        }
        return fullRun(ctx, null);
      }, LOCK_WAIT_MS);
    } catch (err) {
      comeBackSoon();
      throw err;
    }
    if (getState('intakeRetries') !== null) clearState('intakeRetries');
    // Another job held the lock all the wait: nothing was checked, another continuation comes back for the queue, and
    // its line in "Tình trạng" stays as it was (as continueSchoolViews': the submission's own line says its row waits),
    // not a "Thành công" for nothing (review r78c F2).
    if (done === null) {
      ensureContinuation();
      return { result: undefined, detail: '', quiet: true };
    }
    if (early) return { result: undefined, detail: '', quiet: true };
    return { result: undefined, detail: done };
  }, () => {
    // Google could not open the spreadsheet: its own trigger, spent (a one-off trigger stays listed and never fires
    // again), would stand in the way of any continuation after it (ensureContinuation finds one listed).
    deleteContinuations();
    comeBackSoon();
  });
}

/** The one-off triggers of the continuation (its own among them, spent once it fired). */
function deleteContinuations(): void {
  for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === CONTINUE_INTAKE) ScriptApp.deleteTrigger(t);
}

/**
 * A continuation failed, its own trigger gone: a run that fails in passing (a service unavailable, the time limit) comes
 * back for the queue and the e-mails left within minutes, as a failed submission does — a few times in a row at most;
 * then the nightly rebuild answers them.
 */
function comeBackSoon(): void {
  try {
    const failed = Number(getState('intakeRetries') ?? '0') + 1;
    setState({ intakeRetries: String(failed) });
    if (failed <= CONTINUE_RETRIES && (queuedRows().length > 0 || getState('intakeMailLeft') !== null)) ensureContinuation();
  } catch {
    // the nightly rebuild answers every registration not answered yet
  }
}

/** Continuations failing in a row that make another one (a lasting fault is left to the nightly rebuild). */
const CONTINUE_RETRIES = 3;

/**
 * Runs `fn` holding the script lock, the properties read afresh once the lock is held (the queue, the outbox's journal);
 * null when the lock could not be had in time (nothing was done).
 */
function underLock(fn: () => string, waitMs = INTAKE_LOCK_WAIT_MS): string | null {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return null;
  try {
    reloadUnderLock();
    return fn();
  } finally {
    // What was written is committed before the lock is released (none to commit after a submission whose every write
    // went through its batch: src/jobs/intake.ts).
    if (writesPending()) SpreadsheetApp.flush();
    // Lines appended through SpreadsheetApp are in their tabs now (src/gas/line-counts.ts).
    writtenLinesCommitted();
    writeStateSoon();
    lock.releaseLock();
    lockReleased();
  }
}

/**
 * Handles the queued registrations and this trigger's own row (`own`, not queued): one by one while few, else one
 * full run. Rows queued while this runs come with a continuation of their own (their trigger made sure of it); the
 * queue is read again only after a burst (to answer it sooner). What time leaves goes on in a continuation.
 * `fromEvent`: the registration tab is the event's (known by its id), found in each submission's listing of the tabs.
 */
function drainQueue(ctx: JobContext, job: string, fromEvent = false, own: number | null = null, ownStamp?: string): string {
  const details: string[] = [];
  let queue = queuedRows();
  // Its own row first: not queued, it would otherwise wait for the nightly rebuild if this run ran out of time (or were
  // stopped) before reaching it.
  if (own !== null && !queue.some((q) => q.row === own)) queue.unshift({ key: null, row: own, stamp: ownStamp });
  for (let round = 0; round < 20 && queue.length > 0; round++) {
    if (Date.now() > ctx.deadline) {
      ensureContinuation();
      break;
    }
    details.push(drainOnce(ctx, job, queue, fromEvent));
    if (queue.every((q) => q.key === null)) break;
    reloadUnderLock();
    queue = queuedRows();
  }
  return details.filter((d) => d !== '').join(' ');
}

function drainOnce(ctx: JobContext, job: string, queue: QueuedRow[], fromEvent: boolean): string {
  // Null: no registration tab (the full run says so). Undefined: the event's, which each submission finds by its id.
  const sheet = fromEvent ? undefined : registrationTab(ctx.ss);
  if (queue.length <= ONE_BY_ONE_MAX && sheet !== null) {
    const details: string[] = [];
    for (let i = 0; i < queue.length; i++) {
      if (Date.now() > ctx.deadline) {
        // What is left goes on in a continuation: a row of this run's own trigger is queued for it first.
        for (const q of queue.slice(i)) if (q.key === null) enqueueRow(q.row, q.stamp);
        ensureContinuation();
        break;
      }
      // Its own row was read from the event a moment ago: only a queued row is checked for having moved.
      const detail = intakeSubmission(ctx.ss, ctx.deadline, sheet ?? null, queue[i].row, job, queue[i].key === null ? undefined : queue[i].stamp);
      if (detail === null) return fullRun(ctx, queue);
      dequeue([queue[i]]);
      details.push(detail);
    }
    // An e-mail failed (intakeSubmission says so in intakeMailLeft): the continuation's full run sends it again.
    if (getState('intakeMailLeft') !== null) ensureContinuation();
    return details.join(' ');
  }
  return fullRun(ctx, queue);
}

/**
 * Evaluates and writes everything, answers every registration not answered yet; takes `queue` off the queue. When the
 * run's time ends before every e-mail went (a burst of hundreds), a continuation sends the rest within minutes.
 */
function fullRun({ ss, deadline }: JobContext, queue: QueuedRow[] | null): string {
  spreadsheetWritten();
  // A full run writes every row of "Thẩm định": the verdicts it changes besides those of the rows it answers (a
  // setting, a day of the calendar) are said to the office as the rebuild says them — else they would go unsaid.
  const { inputs, output, review } = recordEvaluation(ss, {}, { job: 'onFormSubmit' });
  // The review's dropdowns a batch read of this execution (an intake that handed over to this run) left pending.
  applyReviewRules(ss);
  if (queue) dequeue(queue);
  const org = inputs.config.organisation;
  // After the end of the period no request to complete a registration goes (mailing.ts stillDue): not even made.
  const requests = later(['supplementRequest'], () => supplementPlan(review, output, inputs.config, editUrlByCode(inputs.identified.entries)));
  const delivered = deliver(ss, deadline, org.name, [confirmationPlan(output, inputs.config, () => notProposedIds(review)), requests, receiptPlan(ss, output, inputs.config)], 'onFormSubmit');
  settleMailLeft(deadline, delivered.retrySoon, delivered.retryAt ?? null, delivered.held);
  return summaryOf(output, inputs);
}

/**
 * After a full run's delivery: past `deadline`, e-mails may be left unsent for lack of time, or one failed in passing
 * (`retrySoon`, from deliver: not the quota, which waits for its window), and a continuation comes back for them within
 * minutes (not with tomorrow's rebuild); one failed again comes back at its retry time (`retryAt`, from deliver: the
 * tries are spread over about a day, review r81x F1); otherwise everything due went. A run that tried nothing (`held`:
 * a colleague's run, a lost record) leaves the state and the continuation as they are: the retry still waits, and a
 * trigger made in a colleague's run would be hers, its runs sending nothing either (review d81c F5).
 */
export function settleMailLeft(deadline: number, retrySoon = false, retryAt: number | null = null, held = false): void {
  if (held) return;
  if (Date.now() > deadline || retrySoon || retryAt !== null) {
    const at = Date.now() > deadline || retrySoon ? Date.now() : retryAt!;
    setState({ intakeMailLeft: String(at) });
    ensureContinuation(at);
  } else if (getState('intakeMailLeft') !== null) {
    clearState('intakeMailLeft');
  }
}

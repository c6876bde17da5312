// "Cập nhật tổng hợp" (menu and daily trigger): evaluate everything again, rewrite every generated tab, and send
// what the outbox holds (confirmations a failed run left, requests for more information).
import { schoolEditUrls } from '../core/emails';
import { dequeue, queuedRows } from '../gas/intake-queue';
import { LOCK_WAIT_MS, withScriptLock } from '../gas/lock';
import { PROPERTY_STORE_BYTES, reloadUnderLock, storeBytes } from '../gas/properties';
import { confirmationPlan } from './confirmations';
import { digestPlan } from './digest';
import { councilRequestsFrom, reminderPlan } from './reminders';
import { noticePlan, receiptPlan, unseenCalendarDays } from './notices';
import { deliver, later, refusedDetail } from './mailing';
import { notProposedOf, recordEvaluation, summaryOf } from './results';
import { CELLS_FILLING, FORM_PUBLISH, MAIL_STOPPED, RECORDS_TIDY_FAILED, RESPONSES_MISSING, REVIEW_DECISIONS_MOVED, STORE_FILLING, healthProblems } from '../core/messages';
import { SPREADSHEET_CELL_LIMIT } from '../core/summaries';
import { tabsRead } from '../gas/batch-read';
import { formatDateTime } from '../core/text';
import { todayFixedNote, type OfficeConfig } from '../core/config';
import type { ResponseRef } from '../core/ledger';
import { logError, logProblems, recordRun } from '../gas/health';
import { errorMessage, isLockBusy } from '../gas/errors';
import { editUrlByCode, keepRegisterHidden, missingTold, recordedDecisions } from '../gas/ledger';
import { STOPPED_BY_END, endUnfinished, endedForSchedule, retiredTrigger, runJob } from './run';
import { applyReviewRules, supplementPlan, writeSummaries } from './summaries';
import { VIEWS_BUSY_RETRY_MS, refreshSchoolViews, scheduleViewsRun } from './school-views';
import { tidyRecords } from '../gas/records';
import { tidyRounds } from '../gas/rounds';
import { settleMailLeft } from './on-submit';
import { followFormDescription, formsAbsent, publishUnseenForms } from '../gas/forms';
import { someoneAtKeyboard } from '../gas/ui';

/** The store of script properties past STORE_WARN_SHARE of Apps Script's 500 KB: a problem to tell (no call of its own). */
/** "Ngày kiểm tra" fixes the day of the checks: said at every rebuild while it does (todayFixedNote). */
function fixedToday(config: OfficeConfig): string[] {
  // A day outside the period, or in a school year over, is warned of first (todayFixedStale: review now N7).
  const note = todayFixedNote(config, new Date());
  return note ? [note] : [];
}

function storeFilling(): string[] {
  const bytes = storeBytes();
  return bytes >= STORE_WARN_SHARE * PROPERTY_STORE_BYTES ? [STORE_FILLING(Math.round(bytes / 1024), Math.round((100 * bytes) / PROPERTY_STORE_BYTES))] : [];
}
const STORE_WARN_SHARE = 0.7;

/**
 * The spreadsheet's grids past CELLS_WARN_SHARE of its 10 million cells (review "growth" #6), from the run's listing
 * of its tabs (no call of its own; none without the listing).
 */
function cellsFilling(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const read = tabsRead(ss);
  if (!read) return [];
  let cells = 0;
  for (const t of read.tabs) cells += t.rows * t.cols;
  const share = cells / SPREADSHEET_CELL_LIMIT;
  return share >= CELLS_WARN_SHARE ? [CELLS_FILLING((cells / 1e6).toFixed(1).replace('.', ','), Math.round(100 * share))] : [];
}
const CELLS_WARN_SHARE = 0.7;

/** Responses the form holds that the response tab lost (identifyRegistrations `missing`): a problem to tell. */
function responsesMissing(missing: readonly ResponseRef[]): string[] {
  if (missing.length === 0) return [];
  const at = missing.map((r) => r.at).sort((a, b) => a - b);
  const senders = [...new Set(missing.map((r) => r.email).filter((e) => e !== ''))];
  return [RESPONSES_MISSING(missing.length, formatDateTime(new Date(at[0])), formatDateTime(new Date(at[at.length - 1])), senders)];
}

export function rebuildSummaries(e?: unknown): void {
  rebuild(e, false);
}

/**
 * The run of the mail the quota held back (src/jobs/waiting-mail.ts): a rebuild that runs after the end of the period
 * too — what it sends then is owed (the answer to a registration sent before the end), not scheduled work (review d61c 2).
 */
export function rebuildForWaitingMail(): void {
  rebuild(undefined, true);
}

function rebuild(e: unknown, owed: boolean): void {
  runJob('rebuildSummaries', ({ ss, deadline }) =>
    withScriptLock(LOCK_WAIT_MS, () => {
      // Submissions queued before this read are handled by it: take them off the queue.
      reloadUnderLock();
      const retired = retiredTrigger(ss, e, 'rebuildSummaries');
      if (retired) return retired;
      // The nightly run (or its retry, or the quota's run) after the end of the period: nothing; from the menu it runs.
      if (!owed && endedForSchedule()) {
        // An end cut off half way: the daily look in Drive goes on, so that a form deleted since is told gone (forms.ts
        // formGone) and "Kết thúc giai đoạn…" can be finished (review d61c 3).
        if (endUnfinished()) logProblems(ss, 'rebuildSummaries', formsAbsent(new Date()));
        return STOPPED_BY_END;
      }
      const queued = queuedRows();
      // Nothing written yet: the inputs are listed and read in batch (src/gas/batch-read.ts).
      const { inputs, output, review, resultsColumns, resultsHeld, readAt } = recordEvaluation(ss, { first: true, findMissing: true }, { job: 'rebuildSummaries' });
      dequeue(queued);
      // A form never seen published takes no answer (made after 30/06/2026 by a version that did not publish it): published
      // here too, not only at the next Thiết lập; one that cannot be is a problem for the office.
      const unpublished = publishUnseenForms().map((f) => FORM_PUBLISH.notPublished(f.title, f.editUrl));
      // A form put in the trash or deleted is looked for once a day (of the clock, not "Ngày kiểm tra").
      const absent = formsAbsent(new Date());
      // Data the run could not use as written goes where the office looks (Nhật ký lỗi once, Tình trạng each run).
      // Decisions that changed places in "Thẩm định" (held until the council puts them back or confirms them): logged once
      // while they last, counted in "Tình trạng" each run.
      const moved = !review.error && review.moved.length > 0 ? [REVIEW_DECISIONS_MOVED(review.moved)] : [];
      // The office-wide ones first: past the first 600 problems the rest are one line (logProblems), and a directory or
      // a response tab with hundreds of row problems must not hide them (review diff13 #3).
      const problems = [...absent, ...unpublished, ...storeFilling(), ...cellsFilling(ss), ...responsesMissing(inputs.identified.missing), ...moved, ...fixedToday(inputs.config), ...unseenCalendarDays(output, inputs.config), ...inputs.configErrors, ...output.errors];
      logProblems(ss, 'rebuildSummaries', problems);
      // Told: a week on, the whole reads no longer ask the form about them (src/gas/ledger.ts missingResponses).
      missingTold(inputs.identified.missing);
      // The codes the council decided "Không đề nghị": named on the office's school tabs (review r80n F3, d80 F2), neither
      // reminded of (review r74p F3) nor asked more of by a notice (r76p F3), counted apart by the views. Read once, when
      // first asked ("Lịch sử thẩm định" only when a decision is held for the council's confirmation).
      const notProposed = notProposedOf(ss, output, { review });
      writeSummaries(ss, output, inputs.config, review, resultsColumns, { readAt, notProposed });
      followFormDescription(output.registrationForm.description);
      const org = inputs.config.organisation;
      // Mail the quota held back gets another chance here (and in the run scheduled for when the quota comes back, which
      // is a rebuild: src/jobs/waiting-mail.ts). After the end of the period (a run from the menu: the scheduled ones
      // stopped above) only the answers go (mailing.ts stillDue).
      // A registration's own edit link: in the council's requests and the reminders (which go to its sender's school
      // when it was sent for another school: review d74 F1, d74b F1), and in the notices to its school (not to a school
      // it was chosen for by mistake).
      const ownUrl = editUrlByCode(inputs.identified.entries);
      const editUrl = schoolEditUrls(output, ownUrl);
      const delivered = deliver(ss, deadline, org.name, [
        confirmationPlan(output, inputs.config, notProposed),
        // Made only while they may go (not after the end: review d62 F3).
        later(['supplementRequest'], () => supplementPlan(review, output, inputs.config, ownUrl)),
        later(['reminder'], () => reminderPlan(ss, output, inputs.config, { enqueue: false, editUrl: ownUrl, notProposed, requests: councilRequestsFrom(ss, output, inputs.config, { review }) })),
        later(['digest'], () => digestPlan(ss, output, inputs.config, { enqueue: false, recorded: recordedDecisions(inputs.identified.entries) })),
        later(['notice'], () => noticePlan(ss, output, inputs.config, editUrl, notProposed)),
        receiptPlan(ss, output, inputs.config, 'rebuildSummaries'),
        // Chosen from the menu, it tries at once a refused e-mail waiting for its retry time: "Kết thúc giai đoạn…" tells
        // the office to choose it to send what is left now (review d81c F1).
      ], 'rebuildSummaries', undefined, someoneAtKeyboard);
      settleMailLeft(deadline, delivered.retrySoon, delivered.retryAt ?? null, delivered.held);
      // The register as the script keeps it: its rows in view, its tab hidden (what a submission's search relies on).
      // After the outbox's writes (no flush of its own before a later read); housekeeping: a failure waits for the next
      // rebuild (meanwhile a submission reads a shown register whole).
      try {
        keepRegisterHidden(ss);
      } catch {
        // the next rebuild tries again
      }
      // The per-school views (issue 18): made, refreshed and shared when the office turned them on (their own line in
      // "Tình trạng"); turned off, the views made earlier are unshared (nothing is called when there were none).
      const views = refreshSchoolViews(ss, output, inputs.config, review, deadline, delivered.entries, notProposed, readAt);
      if (inputs.config.schoolViews.enabled || views.unshared || views.stillShared) recordRun(ss, 'schoolViews', !views.stopped, views.detail);
      // The tab of records: those of older versions moved out of script properties, old rows dropped (housekeeping:
      // a failure is logged and waits for the next rebuild).
      try {
        tidyRecords(ss, deadline);
        tidyRounds(deadline);
      } catch (err) {
        logError(ss, 'rebuildSummaries', RECORDS_TIDY_FAILED(errorMessage(err)));
      }
      // Notes (information, logged above) are not problems to fix.
      // "Thẩm định" not written (its header moved, a council column renamed …: logged by updateReview) is one to fix too,
      // and so is "Kết quả kiểm tra" (its header moved, its code column gone: logged by writeResults, review d83a F1).
      const toFix = problems.filter((p) => !output.notes.includes(p)).length + (review.error ? 1 : 0) + (resultsHeld ? 1 : 0);
      // The refusal named here too: logged once while it lasts, its line may be cleared from the log (review diff28 #4).
      // The e-mails its run could not send, and those it gave up (review d81c F3), as the reminders' and the digest's line.
      const detail = summaryOf(output, inputs) + refusedDetail(delivered) + (toFix ? ` ${healthProblems(toFix)}` : '') + (review.error ? ` ${review.error}` : '') + (resultsHeld ? ` ${resultsHeld}` : '') + (delivered.stopped ? ` ${MAIL_STOPPED}` : '');
      return { result: undefined, detail, problems: toFix };
    }),
  );
}

/** The continuation of the per-school views when a rebuild ran out of time (a one-shot clock trigger). */
export function continueSchoolViews(): void {
  runJob('schoolViews', ({ ss, deadline }) => {
    try {
      return withScriptLock(LOCK_WAIT_MS, () => {
        const { inputs, output, review, readAt } = recordEvaluation(ss, { first: true }, { job: 'schoolViews' });
        applyReviewRules(ss);
        const views = refreshSchoolViews(ss, output, inputs.config, review, deadline, undefined, notProposedOf(ss, output, { review }), readAt);
        return { result: undefined, detail: views.detail, ok: !views.stopped };
      });
    } catch (err) {
      // Another run held the lock all the wait: tried again a little later, not left to a nightly rebuild that the end
      // of the period removed (the one-off run the end schedules: review d64). Nothing done, its line left as it was.
      if (isLockBusy(err) && scheduleViewsRun(VIEWS_BUSY_RETRY_MS)) return { result: undefined, detail: '', quiet: true };
      throw err;
    }
  });
}

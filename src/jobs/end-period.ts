// "Kết thúc giai đoạn…" (menu): ends the period of this spreadsheet once the next period runs in a copy of it (README,
// "Sang giai đoạn mới"). It asks first; then closes the tool's two forms (the schools see a closed message), removes the
// tool's triggers (nothing runs or e-mails by itself any more) and records the end (script properties; its line in
// "Tình trạng"). Nothing is deleted: every tab, document and history stays as the record, and the menu's rebuild and
// documents still work. Work still pending — a submission not answered, an e-mail not sent, documents or views half
// made — stops it with what to do, as ending then would leave that work undone for good. Thiết lập reopens it
// (reopenPeriod, below): only the forms the end closed take responses again.
import { PERIOD_END, FORM_PUBLISH, REVIEW_TAB } from '../core/messages';
import type { UnsentRequest } from '../core/messages/period-end';
import { unsentRequests } from '../core/review';
import { isOpen, parseMailQuota, quotaTime, waitsForQuota } from '../core/outbox';
import { FORM_KEYS, formsShut, periodEndText, type FormKey, type PeriodEnd } from '../core/period-end';
import { formatDate } from '../core/text';
import { openFormOnce } from '../gas/form-cache';
import { closeForm, formGone, reopenForm } from '../gas/forms';
import { failedSubmissionUnchecked, logError, restateRun } from '../gas/health';
import { queuedRows } from '../gas/intake-queue';
import { LOCK_WAIT_MS, withScriptLock } from '../gas/lock';
import { readSettings } from '../gas/office';
import { openOutbox } from '../gas/outbox';
import { readValues } from '../gas/sheets';
import { reviewWithTypedWords } from '../gas/typed-words';
import { clearState, getState, periodEndRecord, reloadUnderLock, setHolderMark, setState } from '../gas/properties';
import { QUOTA_RUN_HANDLER, RETRY_HANDLER, listTriggers, ownerHere, removeTriggers, triggerSetText } from '../gas/triggers';
import { askUser, tellUser } from '../gas/ui';
import { CONTINUE_INTAKE, ensureContinuation } from './on-submit';
import { CONTINUE_HANDLER, proposalBatchUnfinished } from './proposals';
import { runJob, type JobOutcome } from './run';
import { CONTINUE_VIEWS_HANDLER, scheduleViewsRun } from './school-views';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Every trigger handler of the tool: the set Thiết lập makes, and the one-off runs its jobs schedule. */
const TOOL_HANDLERS = ['onFormSubmit', 'rebuildSummaries', 'sendReminders', 'sendWeeklyDigest', CONTINUE_INTAKE, CONTINUE_HANDLER, CONTINUE_VIEWS_HANDLER, RETRY_HANDLER, QUOTA_RUN_HANDLER];

/** Nothing done, the person told why: "Tình trạng" keeps its line as it was. */
const quiet = (): JobOutcome<undefined> => ({ result: undefined, detail: '', quiet: true });

export function endPeriod(): void {
  runJob('endPeriod', ({ ss }) => {
    const ended = periodEndRecord();
    if (ended && ended.stage === 'done') {
      tellUser(PERIOD_END.already(ended.period, new Date(ended.at)));
      return quiet();
    }
    // A run that died half way ('closing') is finished without asking again: the person said "Có" then.
    if (!ended && !getState('registrationForm') && !getState('reportForm')) {
      tellUser(PERIOD_END.notSetUp);
      return quiet();
    }
    // The triggers are the installer's: each account lists (and can delete) only its own (once a run has begun the end,
    // the account that began it: its mark).
    if (ownerHere() === false) {
      tellUser(PERIOD_END.otherAccount(triggerSetText()));
      return quiet();
    }
    const config = readSettings(ss, new Date()).config;
    let unsent: UnsentRequest[] = [];
    if (!ended) {
      // Said before the question: nobody answers "Có" only to be refused. Asked again under the lock below.
      const box = openOutbox(ss);
      const pending = pendingWork(ss, null, box);
      if (pending.length) {
        tellUser(PERIOD_END.pending(pending));
        return quiet();
      }
      // Outside the lock: a submission arriving while the person reads is handled as ever (or queued: then refused below).
      // A council request no rebuild has sent yet is said in the question (not a refusal: one held for the council's
      // confirmation goes only once it confirms), and logged if the person ends all the same.
      unsent = requestsNotSent(ss, box);
      if (!askUser(PERIOD_END.question(config.period.name, unsent))) return quiet();
    }
    return withScriptLock(LOCK_WAIT_MS, () => {
      reloadUnderLock();
      const listed = listTriggers();
      let record = periodEndRecord(true);
      if (record && record.stage === 'done') {
        tellUser(PERIOD_END.already(record.period, new Date(record.at)));
        return quiet();
      }
      const closing: Array<{ key: FormKey; form: GoogleAppsScript.Forms.Form }> = [];
      if (!record) {
        const pending = pendingWork(ss, listed);
        if (pending.length) {
          tellUser(PERIOD_END.pending(pending));
          return quiet();
        }
        // Every form opened before anything is recorded: one that may still take answers but cannot be opened now stops
        // the end, nothing changed (its trigger removed, its submissions would go unanswered).
        const opened = FORM_KEYS.map((key) => ({ key, form: openForm(key) }));
        const unsure = opened.filter((o) => o.form === 'unsure').map((o) => o.key);
        if (unsure.length) {
          tellUser(PERIOD_END.formsUnsure(kind(unsure), false));
          return quiet();
        }
        const fresh: PeriodEnd = { at: Date.now(), stage: 'closing', period: config.period.name, closed: [], kept: [], unopened: [], messages: {}, by: triggerSetText() };
        for (const { key, form } of opened) {
          if (form === 'unsure') continue;
          if (form === 'gone') {
            if (getState(key)) fresh.unopened.push(key);
          } else if (!form.isAcceptingResponses()) {
            // Closed by the office (switched off, or unpublished): left so, now and when Thiết lập reopens.
            fresh.kept.push(key);
          } else {
            fresh.closed.push(key);
            fresh.messages[key] = form.getCustomClosedFormMessage();
            closing.push({ key, form });
          }
        }
        // Recorded before anything is changed (a run cut off is finished by the next), with the mark that says which
        // account holds the tool once no trigger does.
        setHolderMark(String(fresh.at));
        setState({ periodEnded: periodEndText(fresh) });
        record = fresh;
      } else {
        // Finishing a run cut off: the forms it meant to close are closed if they still take responses; one that cannot
        // be opened now stops it again (the triggers stay until it is closed), one gone is no longer counted closed.
        const opened = record.closed.map((key) => ({ key, form: openForm(key) }));
        const unsure = opened.filter((o) => o.form === 'unsure').map((o) => o.key);
        if (unsure.length) {
          tellUser(PERIOD_END.formsUnsure(kind(unsure), true));
          return quiet();
        }
        const gone = opened.filter((o) => o.form === 'gone').map((o) => o.key);
        if (gone.length) record = { ...record, closed: record.closed.filter((k) => !gone.includes(k)), unopened: [...record.unopened, ...gone] };
        for (const { key, form } of opened) if (typeof form !== 'string' && form.isAcceptingResponses()) closing.push({ key, form });
      }
      const message = PERIOD_END.closedForm(record.period, config.organisation.name, config.organisation.contact);
      for (const { form } of closing) closeForm(form, message);
      const removed = removeTriggers(listed, TOOL_HANDLERS);
      // A submission whose trigger fired before its trigger was removed and found this run holding the lock waits in the
      // queue: a one-off run answers it (and removes itself).
      reloadUnderLock();
      if (queuedRows().length > 0) ensureContinuation();
      // The schools' views, written before the end, give the links of the forms just closed: written once more by a
      // one-off run (the office told to run the rebuild itself if it could not be scheduled).
      const views = config.schoolViews.enabled ? (scheduleViewsRun() ? 'scheduled' : 'manual') : null;
      record = { ...record, stage: 'done' };
      setState({ periodEnded: periodEndText(record) });
      if (unsent.length) logError(ss, 'endPeriod', PERIOD_END.requestsUnsent(record.period, unsent));
      const at = new Date(record.at);
      tellUser(PERIOD_END.done(record.period, at, kind(record.closed), kind(record.kept), kind(record.unopened), removed, views));
      return { result: undefined, detail: PERIOD_END.line(record.period, at, record.by, formsShut(record), views !== null) };
    });
  });
}

/** The council's "Yêu cầu bổ sung" whose letter "Hộp thư đi" does not hold (unsentRequests); none when either cannot be read. */
function requestsNotSent(ss: Spreadsheet, box: ReturnType<typeof openOutbox>): UnsentRequest[] {
  if (box.lost) return [];
  const sheet = ss.getSheetByName(REVIEW_TAB);
  if (!sheet) return [];
  const held = (getState('requestsHeld') ?? '').split(',').filter((id) => id !== '');
  // Its comments as typed where Sheets shows "#ERROR!" (a "- …" typed), as the rebuild keyed their letters.
  return unsentRequests(reviewWithTypedWords(sheet, readValues(sheet)), new Set(box.entries.map((e) => e.key)), new Set(held));
}

/** The forms by name (FORM_PUBLISH.kind). */
const kind = (keys: readonly FormKey[]) => keys.map((k) => FORM_PUBLISH.kind[k]);

/**
 * The tool's form of `key`: opened; 'gone': none recorded, or it surely takes no answer (formGone: in the trash, or
 * not opened by the daily look in Drive two days in a row); 'unsure': it cannot be opened now and may still take
 * answers (a passing failure is not gone, and the error's words are never read).
 */
function openForm(key: FormKey): GoogleAppsScript.Forms.Form | 'gone' | 'unsure' {
  const id = getState(key);
  if (!id) return 'gone';
  try {
    return openFormOnce(id);
  } catch {
    return formGone(key, id) ? 'gone' : 'unsure';
  }
}

/**
 * What would be left undone for good if the period ended now, each saying what to do: submissions waiting to be
 * answered (queued, or the last one's run failed and no run checked it since), e-mails not sent ("Hộp thư đi"; or its record broken), a batch of documents or of the schools' views not
 * finished. `listed`: this account's triggers (under the lock), to see a continuation of the views waiting; null before
 * the question (that one is asked under the lock only). From the properties as this run read them.
 */
function pendingWork(ss: Spreadsheet, listed: ReadonlyArray<{ handler: string }> | null, box: ReturnType<typeof openOutbox> = openOutbox(ss)): string[] {
  const items: string[] = [];
  const queued = queuedRows().length;
  if (queued > 0) items.push(PERIOD_END.pendingQueue(queued));
  // A submission whose run failed before its row was queued: checked by no run but a rebuild (review d61a-2).
  if (failedSubmissionUnchecked()) items.push(PERIOD_END.pendingUnchecked);
  if (box.lost) items.push(PERIOD_END.mailRecordLost);
  else {
    const due = box.entries.filter(isOpen);
    if (due.length > 0) {
      const runAt = parseMailQuota(getState('mailQuota')).runAt;
      items.push(PERIOD_END.pendingMail(due.length, due.filter(waitsForQuota).length, runAt !== null ? quotaTime(runAt) : null));
    }
  }
  const batch = proposalBatchUnfinished();
  if (batch) items.push(PERIOD_END.pendingProposals(batch === 'waitingQuota'));
  if (listed && listed.some((t) => t.handler === CONTINUE_VIEWS_HANDLER)) {
    // When its continuation is due (recorded with its trigger): said when it is more than a few minutes away (the quota).
    const at = Number(getState('viewsContinueAt') ?? '');
    items.push(PERIOD_END.pendingViews(Number.isFinite(at) && at - Date.now() > 15 * 60_000 ? quotaTime(at) : null));
  }
  return items;
}

/**
 * For Thiết lập, before it changes anything: on an ended period the person is asked whether to reopen it (Thiết lập is
 * also chosen for other reasons, and reopening lets schools answer and e-mails go again). True to go on (not ended, or
 * "Có"); false: told that nothing changed.
 */
export function reopenAsked(): boolean {
  const ended = periodEndRecord();
  if (!ended) return true;
  if (askUser(PERIOD_END.reopenQuestion(ended.period, new Date(ended.at)))) return true;
  tellUser(PERIOD_END.keptEnded(ended.period));
  return false;
}

/**
 * For Thiết lập, once it has made the triggers again: an ended period is reopened — the forms the end closed take
 * responses again with their former closed message (one the office unpublished since stays as it is), those the office
 * had closed before stay closed — the end is cleared, and its line in "Tình trạng" says so. The schools' views (when
 * `views` are on), which the end rewrote to say the forms take no answers, are written once more by a one-off run, as
 * the end's are (review r68v #6). Returns the note for Thiết lập's alert, or null when the period was not ended.
 */
export function reopenPeriod(forms: Record<FormKey, GoogleAppsScript.Forms.Form>, views = false): string | null {
  const ended = periodEndRecord();
  if (!ended) return null;
  const reopened: FormKey[] = [];
  const kept: FormKey[] = [...ended.kept];
  for (const key of ended.closed) {
    if (reopenForm(forms[key], ended.messages[key] ?? '')) reopened.push(key);
    else kept.push(key);
  }
  clearState('periodEnded');
  setHolderMark(null);
  const endedAt = new Date(ended.at);
  restateRun('endPeriod', PERIOD_END.reopenedLine(ended.period, endedAt, new Date()));
  // After the end is cleared: the run it schedules writes the views of a period running again.
  const viewsRun = views ? (scheduleViewsRun() ? 'scheduled' : 'manual') : null;
  return PERIOD_END.reopened(kind(reopened), kind(kept), formatDate(endedAt), viewsRun);
}

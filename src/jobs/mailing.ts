// Every e-mail goes through the outbox: each job contributes plans (what to queue, and how to compose each kind at
// sending time). One read of the outbox record; each e-mail is marked in a script property before and after it
// goes (the intent and the confirmation, src/gas/outbox.ts); the tabs are written at the end (and every few e-mails).
import type { Email } from '../core/emails';
import { MAIL_DETAIL, MAIL_QUOTA_DETAIL, MAIL_RECORD_LOST, MAIL_RECORD_RESUME, MAIL_STOPPED, OTHER_ACCOUNT, withoutRetrying } from '../core/messages';

import {
  MAX_ATTEMPTS,
  hasTriesLeft,
  isOpen,
  QUOTA_RUN_MARGIN_MS,
  RETRY_FIRST_MS,
  nextRetry,
  mailQuotaText,
  parseMailQuota,
  quotaBackAt,
  quotaTime,
  settleJournal,
  waitsForQuota,
  type MailQuotaState,
  type OutboxEntry,
  type OutboxKind,
} from '../core/outbox';
import { formatDateTime } from '../core/text';
import { amendRuns, countRunProblem, logError, recordLine, restateDetailSoon } from '../gas/health';
import { commitOutbox, openOutbox, sendDue, type Outbox } from '../gas/outbox';
import { periodEndRecord, setStateSoon } from '../gas/properties';
import { QUOTA_RUN_HANDLER, actsForTool, scheduleOnce, triggerSetText } from '../gas/triggers';
import { askUser } from '../gas/ui';

/** The weekly digest's job (its line in "Tình trạng"). */
const DIGEST_JOB = 'sendWeeklyDigest';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Builds the message of an entry now, from the current data; null leaves it pending (or skips it). `outbox`: every entry
 * by key as it stands at this moment of the sending (those sent earlier in the same run included).
 */
export type Composer = (e: OutboxEntry, outbox: ReadonlyMap<string, OutboxEntry>) => Email | null;

export interface MailPlan {
  /** Adds (or retires) entries; must not queue a key twice (core/outbox.ts enqueue does this). */
  plan: (entries: OutboxEntry[]) => OutboxEntry[];
  compose: Partial<Record<OutboxKind, Composer>>;
  /**
   * Called each time the outbox's tabs are written with what the run planned and sent (`entries`: as committed; every
   * COMMIT_EVERY e-mails, then at the end): what is said of the entries a plan queued (a log line) is said once they are
   * recorded — not again by the next run when this one dies first, nor never when it dies after a commit (review d69 F3).
   * It may be called several times in a run: it says each thing once.
   */
  committed?: (entries: readonly OutboxEntry[]) => void;
}

/** What a delivery did: how many messages went, and whether one failed (or the record did) so that a retry soon is due. */
export interface Delivery {
  sent: number;
  /**
   * An e-mail failed (not for want of quota: that waits for the run scheduled for when the quota comes back, awaitQuota)
   * or a fault of the record stopped the sending.
   */
  retrySoon: boolean;
  /**
   * The earliest later retry time (epoch ms) of an e-mail that failed with tries left, of a kind the submissions'
   * continuation sends (CONTINUED_KINDS): it comes back then (src/jobs/on-submit.ts settleMailLeft). Null: none. The
   * other kinds are tried again by their own runs (the daily rebuild, the reminders) once their time has come.
   */
  retryAt?: number | null;
  /**
   * E-mails refused in this run (not for want of quota), and of them the earliest retry time (epoch ms; null: every one
   * given up): a job's line in "Tình trạng" says them (review r81x F2).
   */
  refused?: { retrying: number; retryAt: number | null; gaveUp: number };
  /** Nothing was sent: the record of e-mails lost rows (its line in "Tình trạng" says so: MAIL_STOPPED). */
  stopped?: boolean;
  /**
   * The run tried nothing of what waits: a colleague's run (the holder's next run sends it) or a lost record. The
   * continuation armed for a retry and intake.mail.left are left as they are (review d81c F5: a colleague's menu
   * rebuild cleared them, and a refused confirmation waited for the next morning); `retryAt` is the outbox's as read.
   */
  held?: boolean;
  /** The outbox's entries as the run left them (the schools' views name the day a request's letter went). */
  entries?: readonly OutboxEntry[];
}

/**
 * What may still go once the period has ended ("Kết thúc giai đoạn…", src/jobs/end-period.ts): the answer to a
 * registration or a report sent before the end. The schools' forms are closed, so nothing asks a school to complete a
 * registration (its edit link opens a closed form), tells it of a verdict changing, reminds it or sums up the week
 * (reviews vntext4 A, d61c 1). The one rule for every job's delivery: a plan composing any other kind is left out (one
 * made `later` is not even made). The answers themselves, composed after the end, give no edit link and ask nothing
 * through the closed forms: they say the period ended and whom to ask (src/jobs/confirmations.ts, notices.ts
 * receiptPlan; review d62 F4).
 */
const AFTER_END: ReadonlySet<string> = new Set<OutboxKind>(['confirmation', 'reportReceipt']);

/**
 * A plan made only when its mail may go: `kinds`, those its plan composes. After the end of the period one of other
 * kinds is not made at all (review d62 F3: the notices' plan reads the award records and records the calendar's days
 * for notices that never go). One made all the same is held to the rule by what it composes.
 */
export interface LaterPlan {
  kinds: readonly OutboxKind[];
  make: () => MailPlan;
}
export const later = (kinds: readonly OutboxKind[], make: () => MailPlan): LaterPlan => ({ kinds, make });

/** `plans` made, less those that may not go after the end of the period; the state is asked only when one may not. */
function stillDue(plans: ReadonlyArray<MailPlan | LaterPlan>): MailPlan[] {
  const answersOnly = (kinds: readonly string[]) => kinds.every((k) => AFTER_END.has(k));
  const kindsOf = (p: MailPlan | LaterPlan) => ('make' in p ? p.kinds : Object.keys(p.compose));
  const made = (p: MailPlan | LaterPlan) => ('make' in p ? p.make() : p);
  if (plans.every((p) => answersOnly(kindsOf(p))) || periodEndRecord() === null) return plans.map(made);
  return plans
    .filter((p) => answersOnly(kindsOf(p)))
    .map(made)
    .filter((p) => answersOnly(Object.keys(p.compose)));
}

/** What a job's line in "Tình trạng" adds for the e-mails refused in its run (MAIL_DETAIL.refused, after a space), '' when none. */
export function refusedDetail(d: Delivery): string {
  const r = d.refused;
  if (!r || (r.retrying === 0 && r.gaveUp === 0)) return '';
  return ` ${MAIL_DETAIL.refused(r.retrying, r.retryAt === null ? null : quotaTime(r.retryAt), r.gaveUp, MAX_ATTEMPTS)}`;
}

/** The kinds the submissions' continuation sends (src/jobs/on-submit.ts fullRun): it comes back for their retries. */
export const CONTINUED_KINDS: ReadonlySet<OutboxKind> = new Set<OutboxKind>(['confirmation', 'supplementRequest', 'reportReceipt']);

/**
 * Plans, sends what is due while quota and time last, writes the outbox. `opened`: the outbox as the caller read it
 * with its other reads, before its first write (a read after writes waits for them to be committed); it must be read
 * under the same lock hold. `triesWaitingNow`: asked when a refused e-mail waits for its retry time — true, this run (a
 * person's, chosen to send now) tries it at once (src/gas/outbox.ts sendDue).
 */
export function deliver(
  ss: Spreadsheet,
  deadline: number,
  senderName: string,
  allPlans: ReadonlyArray<MailPlan | LaterPlan>,
  job: string,
  opened?: Outbox,
  triesWaitingNow?: () => boolean,
): Delivery {
  const plans = stillDue(allPlans);
  const box = opened ?? openOutbox(ss);
  if (box.lost) {
    // Loud, and nothing sent or written: the office restores the record, the next run goes on.
    logError(ss, job, MAIL_RECORD_LOST(box.lost.held, box.lost.expected, box.lost.sent));
    // Not "Thành công" in "Tình trạng": no e-mail goes until the office acts.
    countRunProblem();
    return { sent: 0, retrySoon: false, stopped: true, held: true, retryAt: nextRetry(box.entries, CONTINUED_KINDS, Date.now()), entries: box.entries };
  }
  const read = box.entries;
  let entries = read;
  for (const p of plans) entries = p.plan(entries);
  // Marks of e-mails whose entries the tabs never received (a run that died before writing them) apply now.
  entries = settleJournal(entries, box.journal.open).entries;
  const composers: Partial<Record<OutboxKind, Composer>> = {};
  for (const p of plans) Object.assign(composers, p.compose);
  // A kind no plan of this run composes is left as it is (undefined), not taken for one with nothing to send (null).
  const compose = (e: OutboxEntry, outbox: ReadonlyMap<string, OutboxEntry>) => {
    const c = composers[e.kind];
    return c ? c(e, outbox) : undefined;
  };
  const committed = (recorded: readonly OutboxEntry[]) => {
    for (const p of plans) if (p.committed) p.committed(recorded);
  };
  // A run of an account that does not hold the tool's triggers (a colleague's menu run) sends nothing in its own name:
  // what it planned waits in the outbox for the holder's next run (review r74d F6), and the run says so. Asked only when
  // something waits to go (a trigger's run is its owner's: no call then either).
  const waiting = entries.filter(isOpen).length;
  if (waiting > 0 && !actsForTool()) {
    logError(ss, job, OTHER_ACCOUNT.mailHeld(waiting, triggerSetText(), periodEndRecord() !== null));
    if (box.dirty || entries.length !== read.length || entries.some((e, i) => e !== read[i])) commitOutbox(ss, box, entries, false, job === 'onFormSubmit');
    committed(entries);
    return { sent: 0, retrySoon: false, held: true, retryAt: nextRetry(entries, CONTINUED_KINDS, Date.now()), entries };
  }
  const result = sendDue(ss, box, entries, compose, senderName, deadline, committed, triesWaitingNow);
  const changed = box.dirty || result.entries.length !== read.length || result.entries.some((e, i) => e !== read[i]);
  // A submission writes only the outbox rows it changed (only its part's rows when it read a part); other jobs rewrite
  // the tabs whole (a cleared view comes back).
  // A job that rewrites the tabs whole and leaves marks (its last e-mails since a commit): the tabs are committed now
  // and the marks they show go with them, as every COMMIT_EVERY e-mails (src/gas/outbox.ts sendDue) — else the next
  // submission would search the record for each (a search and a row read per mark, up to twenty). A submission's part
  // drops its own (commitOutbox).
  const forget = !box.part && Object.keys(box.journal.open).length > 0;
  // Before the commit: a submission's line of "Tình trạng" for the mail waiting goes with its rows.
  const lineWritten = awaitQuota(ss, box, read, result.entries, result.quota, result.quotaKept, job, result.left > 0 && !result.waited);
  if (changed) commitOutbox(ss, box, result.entries, forget, job === 'onFormSubmit');
  lineWritten();
  committed(result.entries);
  // Failed in this run (an entry failed before keeps its own object). Its first retry comes within minutes (the
  // continuation); a later one at its retry time (core/outbox.ts retryAt), not within minutes: an outage of the mail
  // service must not use up its tries (review r81x F1).
  const now = Date.now();
  const failedHere = result.entries.filter((e, i) => e !== entries[i] && e.status === 'failed');
  const failedNow = failedHere.some((e) => hasTriesLeft(e) && e.retryAt && e.retryAt.getTime() <= now + 2 * RETRY_FIRST_MS);
  const retries = failedHere.filter((e) => hasTriesLeft(e) && e.retryAt).map((e) => e.retryAt!.getTime());
  // The weekly digest given up by another job's run: the digest's own line, which said the tool would send it again,
  // says so (review d81c F3); the promise is dropped once no part of it is left to send.
  const digestGaveUp = job === DIGEST_JOB ? 0 : failedHere.filter((e) => e.kind === 'digest' && e.attempts >= MAX_ATTEMPTS).length;
  if (digestGaveUp > 0) {
    const open = result.entries.some((e) => e.kind === 'digest' && isOpen(e));
    try {
      restateDetailSoon(DIGEST_JOB, (d) => `${open ? d : withoutRetrying(d)} ${MAIL_DETAIL.gaveUpLater(quotaTime(now), digestGaveUp, MAX_ATTEMPTS)}`);
    } catch {
      // Housekeeping: the run's own line and "Hộp thư đi" say it.
    }
  }
  return {
    sent: result.sent,
    retrySoon: result.stopped || failedNow,
    retryAt: nextRetry(result.entries, CONTINUED_KINDS, now),
    refused: { retrying: retries.length, retryAt: retries.length > 0 ? Math.min(...retries) : null, gaveUp: failedHere.filter((e) => e.attempts >= MAX_ATTEMPTS).length },
    entries: result.entries,
  };
}

/**
 * E-mails left waiting for the daily quota go when it comes back, not with whichever daily run first finds it back
 * (the 6 o'clock rebuild often runs before a deadline day's window ends, and then nothing would send them for another
 * day): one run is scheduled for then (src/jobs/waiting-mail.ts: a rebuild, whose delivery sends every kind), made
 * again only when that time changes. How many wait is kept with the window (a submission, which reads only its part
 * of the outbox, counts what its own e-mails changed) and shown in "Tình trạng" when it changes. Returns what to
 * call once the outbox is committed (src/gas/health.ts recordLine).
 */
function awaitQuota(ss: Spreadsheet, box: Outbox, read: readonly OutboxEntry[], entries: readonly OutboxEntry[], window: MailQuotaState, kept: string | null, job: string, quotaLeft: boolean): () => void {
  const before = parseMailQuota(kept);
  const now = Date.now();
  const count = (list: readonly OutboxEntry[]) => list.filter(waitsForQuota).length;
  const waiting = box.part ? Math.max(0, before.waiting + count(entries) - count(read)) : count(entries);
  const state: MailQuotaState = { ...window, waiting };
  // `quotaLeft`: the run left none waiting for want of quota and has some left — what waits, it did not try (a kind it
  // does not compose, outside a submission's part, its time run short). Its own first e-mail may have opened a new
  // window: the run that sends them stays at its time, or comes within a minute, never a day later (review quotaday #1).
  const at = quotaLeft ? Math.min(before.runAt !== null && before.runAt > now ? before.runAt : Infinity, now + SOON_MS) : quotaBackAt(window, now) + QUOTA_RUN_MARGIN_MS;
  if (waiting > 0 && (before.runAt !== at || at <= now)) {
    try {
      scheduleOnce(QUOTA_RUN_HANDLER, at);
      state.runAt = at;
    } catch {
      // Too many triggers: the next run that leaves mail waiting tries again; the daily rebuild sends it meanwhile.
    }
  }
  const text = mailQuotaText(state);
  // Unchanged (as at every e-mail of an ordinary day once the window is known): nothing written.
  if (text !== kept) setStateSoon({ mailQuota: text });
  if (waiting === before.waiting && state.runAt === before.runAt) return () => undefined;
  const line = waiting === 0 ? MAIL_QUOTA_DETAIL.none : quotaLeft ? MAIL_QUOTA_DETAIL.waitingRun(waiting, quotaTime(state.runAt ?? at)) : MAIL_QUOTA_DETAIL.waiting(waiting, quotaTime(state.runAt ?? at), state.max);
  return recordLine(ss, QUOTA_RUN_HANDLER, line, job !== 'onFormSubmit');
}
/** How soon the run that sends what waits comes when the quota is there for it (awaitQuota). */
const SOON_MS = 60_000;

/**
 * For "Thiết lập", run by a person holding the lock: a record of e-mails shorter than the count kept stops every e-mail
 * (deliver), and when the whole file was restored to an earlier version the record cannot be had back. The person is
 * asked whether to go on from the record as it stands, told how many confirmations `plans` would then send that the
 * record no longer holds; yes: it is taken as it is (its count rewritten), and those go. The line for the setup's alert
 * (also logged when yes), or null when nothing is lost.
 */
export function offerToResumeMail(ss: Spreadsheet, plans: MailPlan[]): string | null {
  const box = openOutbox(ss);
  if (!box.lost) return null;
  const { held, expected, sent } = box.lost;
  let planned = box.entries;
  for (const p of plans) planned = p.plan(planned);
  if (!askUser(MAIL_RECORD_RESUME.question(held, expected, planned.length - box.entries.length, sent))) return MAIL_RECORD_RESUME.kept;
  commitOutbox(ss, box, box.entries, false);
  // The rebuild's, the reminders' and the digest's lines said to do this (MAIL_STOPPED): done now (review diff16 #4,
  // diff17 #5).
  amendRuns(['rebuildSummaries', 'sendReminders', 'sendWeeklyDigest'], MAIL_STOPPED, MAIL_RECORD_RESUME.line(formatDateTime(new Date()).slice(0, 16)));
  logError(ss, 'setup', MAIL_RECORD_RESUME.resumed(held, expected, sent));
  return MAIL_RECORD_RESUME.resumed(held, expected, sent);
}

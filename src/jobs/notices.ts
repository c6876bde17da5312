// Notices to schools about changes they did not make (a registration replaced, a verdict turned by the calendar),
// planned by the daily rebuild through the outbox: each sent once, whichever run sends it (src/core/notices.ts).
import type { OfficeConfig } from '../core/config';
import { schoolMail } from '../core/directory';
import type { EvaluateOutput } from '../core/evaluate';
import { NOTICE_DAYS, NOTICE_KEEP_DAYS, calendarDaysAhead, calendarTurns, firstSendings, keptCalendarKeys, keptEarlierKeys, movedPastNotices, newsOf, receiptsOfGoneReports, reportReceipts, schoolNotices, toldFrom, waitingNotices, type GoneReport, type SchoolNotice } from '../core/notices';
import { deadlines, toldDates } from '../core/reminders';
import type { OutboxEntry } from '../core/outbox';
import { TAB, VERDICT_LABELS, calendarDayUnseen, deadlineMovedPast, reportRowsGone, timeOnDay } from '../core/messages';
import { fnv1a32, formatDate } from '../core/text';
import { logError } from '../gas/health';
import { closedByEnd, formUrl, openForm } from '../gas/mail';
import { getState, periodEndRecord, setStateSoon } from '../gas/properties';
import { enqueue } from '../core/outbox';
import { withViewLink } from '../core/school-views';
import type { MailPlan } from './mailing';
import { viewLinks } from './school-views';
import { proposedRecords } from '../gas/rounds';
import { responseTime, responsesSince } from '../gas/form-cache';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * `editUrl`: a registration's edit link by code (the one a school is asked to edit), when known. `notProposed`: the codes
 * the council decided "Không đề nghị" (src/jobs/reminders.ts notProposedOf), of which no notice asks more (review r76p F3).
 */
export function noticePlan(ss: Spreadsheet, output: EvaluateOutput, config: OfficeConfig, editUrl?: (code: string) => string | null, notProposed: () => ReadonlySet<string> = () => new Set()): MailPlan {
  const now = new Date();
  // A replaced registration already proposed for an award is told so (its proposal stands), not "no longer considered".
  // What is due depends on what the schools were told (the outbox's entries, as this run plans them: toldFrom).
  const proposed = proposedRecords();
  const seen = calendarSeen(output, config, now);
  let url: string | null | undefined;
  const reportFormUrl = () => (url === undefined ? (url = formUrl(getState('reportForm'))) : url);
  /** The notices that a deadline moved past this run planned, and the outbox's keys when it planned them. */
  let movedPast: readonly SchoolNotice[] = [];
  let known: ReadonlySet<string> = new Set();
  const notices = plan(
    ss,
    'notice',
    (entries) => {
      // A plan or report deadline moved to a day already past after schools were reminded of a later one (review r67r F6).
      movedPast = movedPastNotices(entries, output, config, now, reportFormUrl);
      // Not those rebuilt from the journal: a run that died before writing their rows never logged them (review d69b D).
      known = new Set(entries.filter((e) => !e.restored).map((e) => e.key));
      // A day's notice queued by an earlier version under the school's code, or under a former name of the school, keeps
      // that key (keptCalendarKeys): not sent twice.
      return [...keptCalendarKeys(schoolNotices(output, config, now, NOTICE_KEEP_DAYS, proposed, editUrl, seen, toldFrom(entries), notProposed()), entries, output.directory), ...movedPast];
    },
    output,
    config,
    now,
  );
  // Logged once the outbox holds them: a run dying before it saved them logged nothing; the next one, queuing them
  // again, logs them once.
  /** The notices logged by this run (committed may be called at each of its writes of the outbox). */
  const logged = new Set<string>();
  return { ...notices, committed: (entries) => tellMovedPast(ss, entries, known, logged, movedPast, output, config) };
}

/**
 * Logs, for the office, the schools whose notice that a deadline moved to a day already past this run queued (in the
 * outbox `entries` as the run committed them, not in it when the run planned: `known`): one line per deadline and date.
 */
function tellMovedPast(ss: Spreadsheet, entries: readonly OutboxEntry[], known: ReadonlySet<string>, logged: Set<string>, movedPast: readonly SchoolNotice[], output: EvaluateOutput, config: OfficeConfig): void {
  if (movedPast.length === 0) return;
  const recorded = new Set(entries.filter((e) => e.kind === 'notice').map((e) => e.key));
  const fresh = movedPast.filter((n) => recorded.has(n.key) && !known.has(n.key) && !logged.has(n.key));
  if (fresh.length === 0) return;
  for (const n of fresh) logged.add(n.key);
  const byDeadline = new Map<string, string[]>();
  for (const n of fresh) {
    // "HQ:<school>:<deadline id>:<yyyymmdd>": the deadline's id and date end the key.
    const parts = n.key.split(':');
    const id = parts.slice(-2).join(':');
    const name = output.directory.byCode.get(n.schoolCode)?.name ?? n.schoolCode;
    (byDeadline.get(id) ?? byDeadline.set(id, []).get(id)!).push(name);
  }
  const all = deadlines(config);
  const lines: string[] = [];
  for (const [id, schools] of byDeadline) {
    const d = all.find((x) => x.id === id.slice(0, id.lastIndexOf(':')));
    if (d) lines.push(deadlineMovedPast(TAB.config, TAB.outbox, d.title, formatDate(d.date), schools));
  }
  logError(ss, 'rebuildSummaries', lines);
}

/** How far ahead the rebuild records the calendar's days (more than the time between two rebuilds, by far). */
const AHEAD_DAYS = 60;
const DAY = 86_400_000;
/** The days seen coming as this execution found them (read once: the rebuild asks twice, the problems and the notices). */
let seenAtStart: { raw: string | null; days: Set<number> } | null = null;

/**
 * Which days of the calendar count as turns to tell schools of: those an earlier rebuild saw coming (recorded in the
 * property calendarSeen, with the days of the next AHEAD_DAYS recorded now for the runs to come); undefined, every day,
 * at the first run that records them (an office upgrading keeps the notices of the days just passed).
 */
function calendarSeen(output: EvaluateOutput, config: OfficeConfig, now: Date): ((at: number) => boolean) | undefined {
  if (!seenAtStart) {
    const raw = getState('calendarSeen');
    const parts = (raw ?? '').split(',');
    const days = new Set(parts.filter((x) => x !== '' && x[0] !== '@').map(Number).filter((at) => at > now.getTime() - NOTICE_KEEP_DAYS * DAY));
    seenAtStart = { raw, days };
    const first = raw !== null && parts[0][0] === '@' ? parts[0] : `@${now.getTime()}`;
    const ahead = calendarDaysAhead(output, config, now, new Date(now.getTime() + AHEAD_DAYS * DAY));
    const next = [first, ...[...new Set([...days, ...ahead])].sort((a, b) => a - b)].join(',');
    if (next !== raw) setStateSoon({ calendarSeen: next });
  }
  const { raw, days } = seenAtStart;
  return raw === null ? undefined : (at) => days.has(at);
}

/**
 * For the runs that read "Cấu hình" besides the rebuild (the reminders, the digest, Thiết lập): the calendar's next days
 * recorded as seen coming, so that a date typed after the morning's rebuild for the next day is told when it comes
 * (review diff17 #2).
 */
export function recordCalendarAhead(output: EvaluateOutput, config: OfficeConfig): void {
  calendarSeen(output, config, new Date());
}

/**
 * For the rebuild's problems: the days of the calendar that had passed when first seen (a milestone's date typed or
 * corrected afterwards) and turned registrations, whose schools are therefore not e-mailed (review "settings" #2).
 */
export function unseenCalendarDays(output: EvaluateOutput, config: OfficeConfig): string[] {
  // After the end of the period no notice goes (src/jobs/mailing.ts stillDue): no day is told or left untold, and the
  // calendar's days are not recorded for notices that never go (review d62 F3).
  if (periodEndRecord() !== null) return [];
  const now = new Date();
  const seen = calendarSeen(output, config, now);
  if (!seen) return [];
  const byDay = new Map<number, { registrations: number; schools: Set<string> }>();
  for (const { at, school, items } of calendarTurns(output, config, now, NOTICE_DAYS, (at) => !seen(at)).values()) {
    const d = byDay.get(at) ?? byDay.set(at, { registrations: 0, schools: new Set() }).get(at)!;
    d.registrations += items.length;
    d.schools.add(school.code);
  }
  return [...byDay].sort((a, b) => a[0] - b[0]).map(([at, d]) => calendarDayUnseen(formatDate(new Date(at)), d.registrations, d.schools.size));
}

/**
 * The registrations a day of the plan's calendar in the last NOTICE_DAYS turned (calendarTurns), by code: the day, and
 * whether their schools are told (a day seen coming: the notices of this run; one not seen is said to the office by
 * unseenCalendarDays). What a run's verdict changes are, when the calendar made them (review read-outputs H1, M5: the
 * log gave four possible causes and said schools were told when they were not).
 */
export function calendarCauses(output: EvaluateOutput, config: OfficeConfig, since: number): Map<string, CalendarCause> {
  const now = new Date();
  const seen = calendarSeen(output, config, now);
  const out = new Map<string, CalendarCause>();
  // Only days after "Thẩm định" was last written whole: one before it was shown then (a change now has another cause,
  // such as a verdict typed over and put back: review diff33 #3).
  for (const { at, items } of calendarTurns(output, config, now, NOTICE_DAYS, (day) => day > since).values()) {
    for (const { r, then } of items) out.set(r.id, { at, told: !seen || seen(at), was: VERDICT_LABELS[then] });
  }
  return out;
}

/** A day of the calendar that turned a registration: when, whether its school is told, the verdict of its eve (shown). */
export interface CalendarCause {
  at: number;
  told: boolean;
  was: string;
  /** Decided "Không đề nghị": its school gets no notice of the day (set by the log's reading, src/jobs/summaries.ts). */
  notProposed?: boolean;
}

/**
 * Receipts of the progress reports schools sent (within days): planned by every run that answers a report. `tellGone`:
 * the job under which the reports whose receipts went and whose rows are gone are logged (the rebuild's), once while
 * they stay the same (review r67r F8).
 */
export function receiptPlan(ss: Spreadsheet, output: EvaluateOutput, config: OfficeConfig, tellGone?: string): MailPlan {
  const now = new Date();
  // After the end of the period (a report in flight then): its form takes nothing more. Asked only when a receipt is made.
  const closedBy = () => closedByEnd(() => openForm(getState('reportForm')));
  // A receipt an earlier version queued under its former key keeps it (keptEarlierKeys): not sent twice.
  return plan(
    ss,
    'reportReceipt',
    (entries) => {
      if (tellGone) reportsGone(ss, tellGone, receiptsOfGoneReports(entries, output));
      // What the school's reminders had told it of each deadline when it sent (a date moved earlier since: review r67r F6).
      // And when each report was first sent, through its edits (review r67r F2).
      // A report deleted from its tab (still in the form at its time) is no earlier version of the school's next one.
      const receipts = reportReceipts(output, config, now, closedBy, toldDates(entries, config, output.directory), firstSendings(entries, output.reports, reportFormTimes));
      return keptEarlierKeys(receipts, entries);
    },
    output,
    config,
    now,
  );
}

/** The times of the report form's responses from `since` on (edited ones at their last edit); null: it cannot be asked. */
function reportFormTimes(since: number): number[] | null {
  const form = openForm(getState('reportForm'));
  if (!form) return null;
  try {
    return responsesSince(form, since).map(responseTime);
  } catch {
    return null;
  }
}

/** Logs the reports whose rows are gone (receiptsOfGoneReports) when they are not those last told; remembers them. */
function reportsGone(ss: Spreadsheet, job: string, gone: readonly GoneReport[]): void {
  const print = gone.length === 0 ? '' : fnv1a32(gone.map((g) => g.key).sort().join('\n')).toString(36);
  if ((getState('reportsGone') ?? '') === print) return;
  if (gone.length > 0) logError(ss, job, reportRowsGone(TAB.reports, gone.map((g) => ({ school: g.school, period: g.period, sent: timeOnDay(new Date(g.at)) }))));
  setStateSoon({ reportsGone: print });
}

/**
 * The plan of `all` (what is due within NOTICE_KEEP_DAYS): the news queued, a queued one composed while it may still
 * wait for the quota, then dropped as old news.
 */
function plan(
  ss: Spreadsheet,
  kind: 'notice' | 'reportReceipt',
  due: readonly SchoolNotice[] | ((entries: readonly OutboxEntry[]) => readonly SchoolNotice[]),
  output: EvaluateOutput,
  config: OfficeConfig,
  now: Date,
): MailPlan {
  let byKey = new Map<string, SchoolNotice>();
  let links: Map<string, string> | null = null;
  const link = (code: string) => (config.schoolViews.enabled ? (links ??= viewLinks(ss, output, config)).get(code) : undefined);
  const schoolOnly = (n: SchoolNotice) => {
    // The school's addresses that may open its view: not one another school shares (withheld from the views: diff37 #4).
    const school = output.directory.schools.find((s) => s.code === n.schoolCode);
    const own = new Set(school ? schoolMail(school) : []);
    return n.to.split(',').every((a) => own.has(a.trim().toLowerCase()));
  };
  return {
    plan: (entries) => {
      const all = typeof due === 'function' ? due(entries) : due;
      byKey = new Map(all.map((n) => [n.key, n]));
      // One waiting that is no longer due (the registration edited since, answered by its own confirmation; the
      // replacing one gone; old news) is not sent; one closed while its school was not listed waits again once it is
      // due again (the row typed back: review r70f F2).
      const kept = waitingNotices(entries, kind, byKey, output);
      return enqueue(kept, newsOf(all, now).map((n) => ({ key: n.key, kind, ref: n.ref, to: n.to, subject: n.subject, noAddress: n.noAddress })), now);
    },
    compose: {
      [kind]: (e: { key: string }) => {
        const n = byKey.get(e.key);
        // The school's view is shared with its own addresses only: not offered to a sender's other address (a teacher's
        // own, copied on a notice about her registration), who could not open it (review inbox #4).
        return n ? withViewLink(n.email, schoolOnly(n) ? link(n.schoolCode) : undefined) : null;
      },
    },
  };
}

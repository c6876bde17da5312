// "Gửi thư nhắc hạn" (daily clock trigger): before each configured deadline, each school with something still
// outstanding receives its own reminder through the outbox — once per (school, deadline, offset), whichever run
// sends it. The same run retries whatever the quota left pending (confirmations, reminders and digests).
import { recordCalendarAhead } from './notices';
import { dateUnsettled, MILESTONE_IDS, officeWord, periodDeadlineSetting, remindersOff, type OfficeConfig } from '../core/config';
import type { EvaluateOutput } from '../core/evaluate';
import type { OutboxEntry } from '../core/outbox';
import { MAIL_DETAIL, MAIL_STOPPED, healthProblems } from '../core/messages';
import { deadlines, formsNeeded, keyParts, parseReminderKey, planReminders, entryWhos, reminderEmail, sentReminders, toldDates, waitingReminder, whosOf, withoutNotProposed, withCouncilRequests, type Deadline, type SentReminders, type ToldDates } from '../core/reminders';
import type { School } from '../core/directory';
import { logProblems } from '../gas/health';
import { LOCK_WAIT_MS, withScriptLock } from '../gas/lock';
import { editUrlByCode, recordedDecisions } from '../gas/ledger';
import { formUrl } from '../gas/mail';
import { readInputs } from '../gas/office';
import { getState, reloadUnderLock } from '../gas/properties';
import { confirmationPlan } from './confirmations';
import { digestPlan } from './digest';
import { deliver, refusedDetail, type MailPlan } from './mailing';
import { evaluateOrStop, notProposedOf, recordTrails, reviewOf, type ReviewFrom } from './results';
import { STOPPED_BY_END, endedForSchedule, retiredTrigger, runJob } from './run';
import { withViewLink } from '../core/school-views';
import { councilRequestsOf, viewLinks } from './school-views';

/** Hour (Asia/Ho_Chi_Minh) of the daily reminder run: after the 6 o'clock rebuild. */
export const REMINDER_HOUR = 7;

/** The "Cấu hình" setting a deadline's date comes from (see OfficeConfig.unsettled). */
function settingOf(d: Deadline): string {
  if (d.kind === 'plan' || d.kind === 'halfYear' || d.kind === 'annual') return periodDeadlineSetting(d.kind);
  return `milestone.${MILESTONE_IDS.find((id) => d.id.startsWith(`${id}-`)) ?? ''}`;
}

/**
 * The deadlines whose date "Cấu hình" does not hold as a usable date (unreadable, empty years, outside the period, out
 * of order): the date the run works on is a stand-in, never sent to a school as its deadline. By deadline id.
 */
export function heldDeadlines(config: OfficeConfig): Set<string> {
  if (!config.unsettled?.length) return new Set();
  return new Set(deadlines(config).filter((d) => dateUnsettled(config, settingOf(d))).map((d) => d.id));
}

/**
 * Reminders through the outbox. `enqueue`: queue the reminders due today (the daily job); without it the plan only
 * retires reminders that no longer apply and composes pending ones (any other job that delivers mail). `editUrl`: a
 * registration's own edit link by code (editUrlByCode), for the registrations a reminder lists. `notProposed`: the
 * codes the council decided "Không đề nghị" (notProposedOf), none of which is reminded of. `requests`: the council's
 * "Yêu cầu bổ sung" in force with the day each letter went, from the outbox's entries (councilRequestsOf), listed
 * among the registrations to complete (review r79s F1).
 */
export function reminderPlan(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  output: EvaluateOutput,
  config: OfficeConfig,
  opts: { enqueue: boolean; editUrl?: (code: string) => string | null; notProposed: () => ReadonlySet<string>; requests?: (entries: readonly OutboxEntry[]) => ReadonlyMap<string, string | null> },
): MailPlan & { planned(): number } {
  let planned = 0;
  // Not the registrations the council decided "Không đề nghị" (review r74p F3), with the council's requests in force
  // (r79s F1: the letters' days from the outbox as the run found it), asked when first needed.
  let forSchools: EvaluateOutput | null = null;
  const schoolsOutput = (entries: () => readonly OutboxEntry[]) =>
    (forSchools ??= withCouncilRequests(withoutNotProposed(output, opts.notProposed()), opts.requests ? opts.requests(entries()) : new Map(), officeWord(config.organisation)));
  const held = heldDeadlines(config);
  // An e-mail about several deadlines waits while any of them is held.
  const isHeld = (key: string) => {
    const k = held.size > 0 ? parseReminderKey(key) : null;
    return !!k && keyParts(k).some((p) => held.has(p.deadlineId));
  };
  let links: Map<string, string> | null = null;
  const link = (code: string) => (config.schoolViews.enabled ? (links ??= viewLinks(ss, output, config)).get(code) : undefined);
  const urls: { report?: string | null; registration?: string | null } = {};
  const url = (which: 'report' | 'registration') => {
    if (urls[which] === undefined) urls[which] = formUrl(getState(which === 'report' ? 'reportForm' : 'registrationForm'));
    return urls[which]!;
  };
  /**
   * The reminder keys in the outbox by whom each is for (entryWhos: the school's name, a former one; a code in keys of
   * the versions before; the school its ref's code and addresses tell), read once at the first reminder composed.
   */
  let keysOf: Map<string, string[]> | null = null;
  /** The school's reminder entries as the outbox stands now (keysOf made at the first call), each once. */
  const entriesOf = (school: School, outbox: ReadonlyMap<string, OutboxEntry>) => {
    if (!keysOf) {
      keysOf = new Map();
      for (const x of outbox.values()) {
        if (x.kind !== 'reminder') continue;
        for (const who of entryWhos(x, output.directory)) (keysOf.get(who) ?? keysOf.set(who, []).get(who)!).push(x.key);
      }
    }
    const keys = new Set(whosOf(school, output.directory).flatMap((who) => keysOf!.get(who) ?? []));
    return [...keys].map((key) => outbox.get(key));
  };
  /**
   * The school's reminders sent so far, as the outbox stands now: one sent earlier in this run (or by a run that died
   * before writing the tabs, settled since the plan) counts, so that its notice told once is not told again (review d63 F1).
   */
  const sentNow = (outbox: ReadonlyMap<string, OutboxEntry>): SentReminders => (school) => sentReminders(entriesOf(school, outbox), output.directory)(school);
  /** The dates the school's reminders sent so far named, by deadline (the e-mail says when one has been moved since). */
  const toldNow = (outbox: ReadonlyMap<string, OutboxEntry>): ToldDates => (school, id, before) => toldDates(entriesOf(school, outbox), config, output.directory)(school, id, before);
  return {
    planned: () => planned,
    plan: (entries) => {
      // A reminder of a held deadline is not queued (it is, once "Cấu hình" is corrected, if still due).
      const out = planReminders(entries, schoolsOutput(() => entries), config, new Date(), opts.enqueue, undefined, held).filter((e, i) => i < entries.length || e.kind !== 'reminder' || !isHeld(e.key));
      planned += out.length - entries.length;
      return out;
    },
    compose: {
      reminder: (e, outbox) => {
        // One queued before the date became unusable waits (pending) until it is corrected.
        if (isHeld(e.key)) return null;
        // Still wanted as the plan judged it (a reminder the office has since turned off is not: review r66c F1).
        const r = waitingReminder(e.key, schoolsOutput(() => [...outbox.values()]), config, new Date(), sentNow(outbox), { queuedAt: e.createdAt, told: toldNow(outbox), subject: e.subject, ref: e.ref, to: e.to }).reminder;
        if (!r) return null;
        const needs = formsNeeded(r);
        const email = reminderEmail(r, config.organisation, needs.report ? url('report') : null, needs.registration ? url('registration') : null, opts.editUrl);
        return withViewLink(email, link(r.school.code));
      },
    },
  };
}

/**
 * The council's "Yêu cầu bổ sung" in force for reminderPlan (councilRequestsOf), from the merged "Thẩm định" of `from`
 * (merged once with notProposedOf's when both are given the same `from`), the letters' days from `entries`.
 */
export function councilRequestsFrom(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, output: EvaluateOutput, config: OfficeConfig, from: ReviewFrom): (entries: readonly OutboxEntry[]) => ReadonlyMap<string, string | null> {
  return (entries) => councilRequestsOf(reviewOf(ss, output, from), output, config, () => entries, entries);
}

export function sendReminders(e?: unknown): void {
  runJob('sendReminders', ({ ss, deadline }) =>
    withScriptLock(LOCK_WAIT_MS, () => {
      // Read again under the lock: the end of the period may have been recorded while this run waited for it (the
      // outbox's journal is then read from it too).
      reloadUnderLock();
      const retired = retiredTrigger(ss, e, 'sendReminders');
      if (retired) return retired;
      if (endedForSchedule()) return STOPPED_BY_END;
      const inputs = readInputs(ss, new Date(), { first: true, orSpreadsheetApp: true, decisions: true });
      const { output } = evaluateOrStop(ss, inputs);
      recordTrails(ss, inputs, output, 'sendReminders');
      recordCalendarAhead(output, inputs.config);
      const from: ReviewFrom = { values: inputs.reviewValues, recorded: recordedDecisions(inputs.identified.entries) };
      const notProposed = notProposedOf(ss, output, from);
      const reminders = reminderPlan(ss, output, inputs.config, {
        enqueue: true,
        editUrl: editUrlByCode(inputs.identified.entries),
        notProposed,
        requests: councilRequestsFrom(ss, output, inputs.config, from),
      });
      // Confirmations too: one left waiting for the quota goes before the reminders when the quota is short (core/outbox.ts
      // dueEntries), whichever run first finds the quota back.
      const delivered = deliver(ss, deadline, inputs.config.organisation.name, [confirmationPlan(output, inputs.config, notProposed), reminders, digestPlan(ss, output, inputs.config, { enqueue: false, recorded: recordedDecisions(inputs.identified.entries) })], 'sendReminders');
      // Dates of "Cấu hình" it could not use (their reminders wait): the run shows them, as the rebuild does.
      logProblems(ss, 'sendReminders', inputs.configErrors);
      const { sent, stopped } = delivered;
      const problems = inputs.configErrors.length;
      // E-mails refused in this run are said (review r81x F2).
      const detail = (stopped ? MAIL_STOPPED : MAIL_DETAIL.reminders(reminders.planned(), sent, remindersOff(inputs.config)) + refusedDetail(delivered)) + (problems ? ` ${healthProblems(problems)}` : '');
      return { result: undefined, detail, problems, ok: !stopped };
    }),
  );
}

// "Gửi thư tổng hợp hằng tuần" (weekly clock trigger at the day and hour of "Cấu hình"): one digest to the office
// staff through the outbox. The baseline of "what changed" is the last digest actually sent, kept in a script
// property. Also: the trigger specs of the scheduled mail, for setup to install.
import { recordCalendarAhead } from './notices';
import { type OfficeConfig, officeShortName } from '../core/config';
import { digestEmail, digestFromChunks, digestKeptChunks, digestStateText, parseDigestState, planDigest, promoteDigestState, type DigestState } from '../core/digest';
import { render } from '../core/emails';
import type { EvaluateOutput } from '../core/evaluate';
import { DIGEST_EMAIL, MAIL_DETAIL, MAIL_STOPPED, HISTORY_TAB, REVIEW_TAB } from '../core/messages';
import { firstPartKey, partKey, recipientGroups } from '../core/outbox';
import { formatDate } from '../core/text';
import { LOCK_WAIT_MS, withScriptLock } from '../gas/lock';
import { editUrlByCode, recordedDecisions } from '../gas/ledger';
import type { DecisionSnapshot } from '../core/review';
import { readInputs } from '../gas/office';
import { cachedPrefixed, deleteRaw, getFreshState, reloadUnderLock, setState, writeRaw } from '../gas/properties';
import { readValues } from '../gas/sheets';
import { reviewWithTypedWords } from '../gas/typed-words';
import { WEEKDAY_NAMES, type TriggerSpec } from '../gas/triggers';
import { confirmationPlan } from './confirmations';
import { deliver, refusedDetail, type MailPlan } from './mailing';
import { REMINDER_HOUR, councilRequestsFrom, reminderPlan } from './reminders';
import { evaluateOrStop, notProposedOf, recordTrails, type ReviewFrom } from './results';
import { STOPPED_BY_END, endedForSchedule, retiredTrigger, runJob } from './run';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The hour of the daily rebuild's clock trigger (setup installs it).
 */
export const REBUILD_HOUR = 6;

/**
 * The clock triggers of the scheduled mail, for setup's ensureTriggers: the reminders every day at 7, the digest
 * on the configured day and hour (ensureTriggers replaces it when "Cấu hình" changes them and setup runs again).
 */
export function mailTriggers(config: OfficeConfig): TriggerSpec[] {
  // Staggered: the reminders take the first hour from REMINDER_HOUR on that neither the 6 o'clock rebuild nor the
  // digest uses (jobs of the same hour overlap; one that still misses the lock comes back, see run.ts).
  let reminderHour = REMINDER_HOUR;
  while (reminderHour === REBUILD_HOUR || reminderHour === config.mail.digestHour) reminderHour = (reminderHour + 1) % 24;
  return [
    { handler: 'sendReminders', kind: 'daily', hour: reminderHour },
    { handler: 'sendWeeklyDigest', kind: 'weekly', weekDay: ScriptApp.WeekDay[WEEKDAY_NAMES[config.mail.digestWeekDay - 1]], hour: config.mail.digestHour },
  ];
}

function loadState(): DigestState {
  return parseDigestState(getFreshState('digestState'));
}

/**
 * The script properties that keep the composed text of a digest in parts ("mail.digest.text.0", ".1"…: core/digest.ts
 * digestKeptChunks), while some part of it is still to go. Only a digest to more recipients than one message takes.
 */
const TEXT_PREFIX = 'mail.digest.text.';

/** The text the digest keyed `key` (its first part's) was composed with, when the state keeps it. */
function keptText(s: DigestState, key: string) {
  const c = s.composed;
  if (!c || c.key !== key || !c.kept) return null;
  const held = cachedPrefixed(TEXT_PREFIX);
  return digestFromChunks(Array.from({ length: c.kept }, (_, i) => held[TEXT_PREFIX + i]), key);
}

/**
 * Deletes the chunks of text the state `s` no longer keeps (none left when no digest in parts is open). Called only when
 * some were kept or written: no call otherwise.
 */
function dropUnkept(s: DigestState): void {
  const keep = s.composed?.kept ?? 0;
  const stale = Object.keys(cachedPrefixed(TEXT_PREFIX)).filter((k) => !(Number(k.slice(TEXT_PREFIX.length)) < keep));
  if (stale.length) deleteRaw(stale);
}

/**
 * The digest through the outbox. `enqueue`: queue today's digest (the weekly job); without it the plan only
 * composes a digest the quota left pending (any other job that delivers mail).
 */
export function digestPlan(ss: Spreadsheet, output: EvaluateOutput, config: OfficeConfig, opts: { enqueue: boolean; recorded?: ReadonlyMap<string, DecisionSnapshot> }): MailPlan {
  let state: DigestState | null = null;
  return {
    plan: (entries) => {
      const open = entries.some((e) => e.kind === 'digest' && (e.status === 'pending' || e.status === 'failed'));
      if (opts.enqueue || open) {
        // Only then is the state needed: a digest composed by an earlier run becomes the baseline once sent.
        const before = loadState();
        state = promoteDigestState(before, entries);
        if (state !== before) {
          setState({ digestState: digestStateText(state) });
          if (before.composed?.kept) dropUnkept(state);
        }
      }
      const now = new Date();
      return planDigest(entries, config, now, opts.enqueue, DIGEST_EMAIL.subject(officeShortName(config.organisation), formatDate(now)));
    },
    compose: {
      digest: (e, outbox) => {
        // Only to the recipients configured now, never to an address the office has since removed (review r66c F1): none,
        // and it is not sent (the plan retires it).
        if (config.mail.digestRecipients.length === 0) return null;
        const s = state ?? loadState();
        const to = config.mail.digestRecipients.join(',');
        // The key of its first part (core/outbox.ts: the parts of a digest too long for one message are composed as it).
        const key = firstPartKey(e.key);
        // A digest in parts: each part says what the digest said when it was composed and split, whenever it goes (a part
        // refused in passing, one waiting for the quota), and its "changes since" mark stays that composition's (review
        // d78 F1). The recipients are those configured now (sendDue keeps a part to its own group of them).
        const kept = keptText(s, key);
        if (kept) return { to, subject: kept.subject, ...render(kept.blocks, kept.preheader) };
        const sheet = ss.getSheetByName(REVIEW_TAB);
        // The history's lines since the last digest name the verdicts that turned for another reason (none to name in a first digest).
        const history = s.base ? ss.getSheetByName(HISTORY_TAB) : null;
        const { email, baseline, blocks, preheader } = digestEmail(
          { output, config, now: new Date(), base: s.base, reviewValues: sheet ? reviewWithTypedWords(sheet, readValues(sheet)) : null, historyValues: history ? readValues(history) : null, recorded: opts.recorded, sheetUrl: ss.getUrl() },
          to,
        );
        // More recipients than one message takes: it goes in parts (src/gas/outbox.ts sendDue), so its text is kept for
        // them — written before the state that names it, and before any part is split or sent. A store too full for it:
        // the parts are composed when they go, as a digest already split whose text was not kept (below).
        let chunks = recipientGroups(config.mail.digestRecipients).length > 1 ? digestKeptChunks({ key, subject: email.subject, blocks, preheader }) : [];
        if (chunks.length) {
          try {
            writeRaw(Object.fromEntries(chunks.map((c, i) => [TEXT_PREFIX + i, c])));
          } catch {
            chunks = [];
          }
        }
        // A digest already split whose text was not kept (by an earlier version, or the store full): its parts sent so far
        // said what its first composition did, so the baseline stays that one's (a later change is told again, never missed).
        const earlier = s.composed && s.composed.key === key && outbox.has(partKey(key, 2)) ? s.composed : null;
        const mark = earlier ?? baseline;
        state = { base: s.base, composed: { at: mark.at, counts: mark.counts, maxRow: mark.maxRow, key, ...(chunks.length ? { kept: chunks.length } : {}) } };
        setState({ digestState: digestStateText(state) });
        if (s.composed?.kept || chunks.length) dropUnkept(state);
        return email;
      },
    },
  };
}

export function sendWeeklyDigest(e?: unknown): void {
  runJob('sendWeeklyDigest', ({ ss, deadline }) =>
    withScriptLock(LOCK_WAIT_MS, () => {
      // Read again under the lock: the end of the period may have been recorded while this run waited for it (the
      // outbox's journal is then read from it too).
      reloadUnderLock();
      const retired = retiredTrigger(ss, e, 'sendWeeklyDigest');
      if (retired) return retired;
      if (endedForSchedule()) return STOPPED_BY_END;
      const inputs = readInputs(ss, new Date(), { first: true, orSpreadsheetApp: true, decisions: true });
      const { output } = evaluateOrStop(ss, inputs);
      recordTrails(ss, inputs, output, 'sendWeeklyDigest');
      recordCalendarAhead(output, inputs.config);
      const from: ReviewFrom = { values: inputs.reviewValues, recorded: recordedDecisions(inputs.identified.entries) };
      const notProposed = notProposedOf(ss, output, from);
      const delivered = deliver(ss, deadline, inputs.config.organisation.name, [
        confirmationPlan(output, inputs.config, notProposed),
        digestPlan(ss, output, inputs.config, { enqueue: true, recorded: recordedDecisions(inputs.identified.entries) }),
        reminderPlan(ss, output, inputs.config, {
          enqueue: false,
          editUrl: editUrlByCode(inputs.identified.entries),
          notProposed,
          requests: councilRequestsFrom(ss, output, inputs.config, from),
        }),
      ], 'sendWeeklyDigest');
      const { sent, stopped } = delivered;
      // E-mails refused in this run (the digest among them) are said: "Đã gửi 0 thư." alone reads as a quiet week.
      return { result: undefined, detail: stopped ? MAIL_STOPPED : MAIL_DETAIL.digest(sent, inputs.config.mail.digestRecipients.length) + refusedDetail(delivered), ok: !stopped };
    }),
  );
}

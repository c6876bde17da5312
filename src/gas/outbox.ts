// Sending through the outbox: record, act, confirm (the rule and the ambiguous window: core/outbox.ts).
// - The outbox's rows live in the hidden, protected tab "Sổ thư (hệ thống)" (the record) and are shown in
//   "Hộp thư đi" (a protected view, rewritten from the record; clearing or deleting it changes nothing). The view
//   is read only when the record tab itself is gone.
// - Each e-mail is marked in the script property "mail.journal" just before MailApp.sendEmail ("sending") and just
//   after ("sent": with the next e-mail's "sending" mark, or alone after the last); the tabs are rewritten every
//   COMMIT_EVERY e-mails (then the marks are emptied) and at the end (then the marks are dropped by the next run, once
//   it has read them back from the tabs; that journal write waits for the run's next property write).
// - The property also keeps how many entries the tabs held: a record found shorter was lost (tab deleted), and then
//   nothing is sent — sending from a lost record would send every e-mail ever sent again.
import { capEmail, type Email } from '../core/emails';
import { MAIL_RECORD_PROTECTION, OUTBOX_NOTE, OUTBOX_PROTECTION, TAB } from '../core/messages';
import {
  MAX_ATTEMPTS,
  dueEntries,
  markOf,
  journalText,
  outboxFromRows,
  outboxToRows,
  parseJournal,
  recipientCount,
  settleJournal,
  type MailJournal,
  type OutboxEntry,
} from '../core/outbox';
import { errorMessage } from './errors';
import { getLockedState, setState, setStateSoon } from './properties';
import { toCell } from '../core/table';
import { readValues, writeTable } from './sheets';
import { GROW_ROWS } from './rows';
import { listedGrid } from './batch-read';
import { ensureTab, tabNamed } from './tab-cache';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** E-mails between two writes of the tabs: bounds the journal property (~200 bytes a mark) well under 9 KB… */
const COMMIT_EVERY = 20;
/** …and at most this many characters (a property value may hold 9 KB). */
const JOURNAL_MAX = 6000;

export interface Outbox {
  entries: OutboxEntry[];
  journal: MailJournal;
  /** The record holds fewer entries than it was last written with: it was lost, and nothing may be sent. */
  lost: { held: number; expected: number } | null;
  /** The tabs differ from `entries` (marks to fold in, a tab missing). */
  dirty: boolean;
  /** Keys of e-mails cut off in the ambiguous window (sent again once). */
  interrupted: string[];
  /**
   * What both tabs hold, row for row from row 2, when that is known (the record read had no blank row, the view
   * exists, nothing to fold in): a commit may then write only the rows that changed. Null: a commit rewrites both.
   */
  written: readonly OutboxEntry[] | null;
}

/** Reads the record (or, when that tab is gone, the view) and folds in the journal's marks. */
export function openOutbox(ss: Spreadsheet): Outbox {
  const journal = parseJournal(getLockedState('mailJournal'));
  const record = tabNamed(ss, TAB.mailRecord);
  const view = tabNamed(ss, TAB.outbox);
  const source = record ?? view;
  const values = source ? readValues(source) : [];
  const held = outboxFromRows(values);
  const lost = held.length < journal.rows ? { held: held.length, expected: journal.rows } : null;
  const settled = settleJournal(held, journal.open);
  // Marks the tabs already reflect have done their work: dropped from the journal at its next write.
  const byKey = new Map(held.map((e) => [e.key, e]));
  for (const key of Object.keys(journal.open)) if (byKey.get(key)?.status === 'sent') delete journal.open[key];
  const changed = settled.entries.length !== held.length || settled.entries.some((e, i) => e !== held[i]);
  const dirty = !record || !view || changed;
  const written = !dirty && held.length === Math.max(values.length - 1, 0) ? held : null;
  return { entries: settled.entries, journal, lost, dirty, interrupted: settled.interrupted, written };
}

/** Past this many changed rows the tabs are rewritten whole in one setValues each. */
const ROW_WRITES_MAX = 10;

/**
 * The rows of `entries` that differ from what the tabs hold (`written`, row for row): entries keep their order and
 * new ones come last (core/outbox.ts enqueue), so a submission changes a row or two and appends one. Null when the
 * order differs or too much changed: the tabs are rewritten whole.
 */
function rowChanges(written: readonly OutboxEntry[], entries: readonly OutboxEntry[]): { update: number[]; append: number } | null {
  if (entries.length < written.length) return null;
  const update: number[] = [];
  for (let i = 0; i < written.length; i++) {
    if (entries[i] === written[i]) continue;
    if (entries[i].key !== written[i].key) return null;
    update.push(i);
  }
  const append = entries.length - written.length;
  return update.length + (append > 0 ? 1 : 0) > ROW_WRITES_MAX ? null : { update, append };
}

/** Writes the changed rows of the record and the view (their sizes read first: a read after writes costs a flush). */
function writeRows(ss: Spreadsheet, rows: readonly unknown[][], written: number, change: { update: number[]; append: number }): boolean {
  const record = tabNamed(ss, TAB.mailRecord);
  const view = tabNamed(ss, TAB.outbox);
  if (!record || !view) return false;
  const tabs = [record, view].map((sheet) => ({ sheet, maxRows: listedGrid(sheet)?.rows ?? sheet.getMaxRows() }));
  const width = rows.length ? rows[0].length : 0;
  const line = (i: number) => rows[i].map(toCell);
  for (const { sheet, maxRows } of tabs) {
    for (const i of change.update) sheet.getRange(i + 2, 1, 1, width).setValues([line(i)]);
    if (change.append > 0) {
      const last = written + 1 + change.append;
      if (last > maxRows) sheet.insertRowsAfter(maxRows, Math.max(last - maxRows, GROW_ROWS));
      const added: unknown[][] = [];
      for (let i = written; i < written + change.append; i++) added.push(line(i));
      sheet.getRange(written + 2, 1, change.append, width).setValues(added);
    }
  }
  return true;
}

const OUTBOX_WIDTHS = [240, 170, 90, 200, 360, 80, 130, 130, 70, 300];

/**
 * Rewrites the record, then the view. With `forget`, the tabs are flushed and the journal's marks emptied (they are
 * in the tabs now); without it (the end of a run, which the lock's release flushes) the marks stay until the next
 * run has read them back from the tabs — so a mark is never forgotten before its row is certainly written.
 */
export function commitOutbox(ss: Spreadsheet, entries: OutboxEntry[], journal: MailJournal, forget: boolean, written: readonly OutboxEntry[] | null = null): void {
  const { header, rows } = outboxToRows(entries);
  // A few rows changed (a submission's confirmation): only those are written, in both tabs.
  const change = written ? rowChanges(written, entries) : null;
  if (!change || !writeRows(ss, rows, written!.length, change)) {
    const record = ensureTab(ss, TAB.mailRecord);
    writeTable(record.sheet, header, rows, { frozenRows: 1, minRows: rows.length + 1 + GROW_ROWS });
    if (record.created) {
      record.sheet.protect().setDescription(MAIL_RECORD_PROTECTION);
      record.sheet.hideSheet();
    }
    writeTable(ensureTab(ss, TAB.outbox).sheet, header, rows, { frozenRows: 1, widths: OUTBOX_WIDTHS, protectWithWarning: OUTBOX_PROTECTION, minRows: rows.length + 1 + GROW_ROWS });
  }
  if (forget) {
    SpreadsheetApp.flush();
    journal.open = {};
  }
  journal.rows = entries.length;
  // At the end of a run (not `forget`) every mark is in the store already (sendDue writes the last "sent" right after
  // its e-mail): what changes here is housekeeping (the row count, marks the tabs show), so it goes with the run's next
  // property write, its health record (setStateSoon).
  if (forget) setState({ mailJournal: journalText(journal) });
  else setStateSoon({ mailJournal: journalText(journal) });
}

function writeJournal(journal: MailJournal): void {
  setState({ mailJournal: journalText(journal) });
}

/** The recipients MailApp will still accept today; 0 when even that cannot be read. */
function remainingQuota(): number {
  try {
    return MailApp.getRemainingDailyQuota();
  } catch {
    return 0;
  }
}

/**
 * Sends the due entries (oldest first) while the quota and the time (until `deadline`, epoch ms) last; `compose`
 * builds each message now (null: skip). Every e-mail is marked before and after it goes; the tabs are rewritten
 * every COMMIT_EVERY e-mails. A fault of the record stops the loop (what is left goes on the next run). Returns the
 * updated entries (not yet written to the tabs: the caller commits them) and how many went.
 */
export function sendDue(
  ss: Spreadsheet,
  box: Outbox,
  entries: OutboxEntry[],
  compose: (e: OutboxEntry) => Email | null,
  senderName: string,
  deadline: number,
): { entries: OutboxEntry[]; sent: number } {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const current = () => entries.map((e) => byKey.get(e.key)!);
  const journal = box.journal;
  let sent = 0;
  let sinceCommit = 0;
  /** The journal in memory holds marks not written yet. */
  let unconfirmed = false;
  let quota = MailApp.getRemainingDailyQuota();
  for (const due of dueEntries(entries)) {
    // What is left when the execution's time runs short stays pending for the next run.
    if (Date.now() > deadline) break;
    if (quota < recipientCount(due.to)) {
      // Unchanged when it already waits for the quota (its row is then not written again).
      if (due.note !== OUTBOX_NOTE.quota) byKey.set(due.key, { ...due, note: OUTBOX_NOTE.quota });
      continue;
    }
    const attempt = due.attempts + 1;
    let email: Email | null;
    try {
      const composed = compose(due);
      // Within MailApp's size limit, the rest linked to the sheet.
      email = composed && capEmail(composed, () => ss.getUrl());
    } catch (err) {
      byKey.set(due.key, { ...due, status: 'failed', attempts: attempt, note: attempt >= MAX_ATTEMPTS ? OUTBOX_NOTE.gaveUp(attempt) : OUTBOX_NOTE.composeError(errorMessage(err)) });
      continue;
    }
    if (!email) continue;
    const recipients = recipientCount(email.to);
    if (quota < recipients) {
      if (due.note !== OUTBOX_NOTE.quota) byKey.set(due.key, { ...due, note: OUTBOX_NOTE.quota });
      continue;
    }
    // Record: without its "sending" mark no e-mail goes (the same write confirms the previous e-mail).
    journal.open[due.key] = markOf('sending', due, Date.now(), attempt);
    try {
      writeJournal(journal);
      unconfirmed = false;
    } catch {
      delete journal.open[due.key];
      break;
    }
    // Act. ASSUMPTION: a call that throws did not send (its failure is retried); the one ambiguous case is an
    // execution that dies right after it (core/outbox.ts).
    try {
      MailApp.sendEmail({ to: email.to, subject: email.subject, body: email.body, htmlBody: email.htmlBody, name: senderName });
    } catch (err) {
      // Its "sending" mark goes with the next write; until then it means "send again", which is what it needs.
      delete journal.open[due.key];
      unconfirmed = true;
      // Quota is not failure: the e-mail waits for tomorrow without using up an attempt.
      const left = remainingQuota();
      // The quota is asked of MailApp, never read from the error (its text is in the user's language).
      if (left < recipients) {
        byKey.set(due.key, { ...due, note: OUTBOX_NOTE.quota });
        quota = 0;
      } else {
        byKey.set(due.key, { ...due, status: 'failed', attempts: attempt, note: attempt >= MAX_ATTEMPTS ? OUTBOX_NOTE.gaveUp(attempt) : OUTBOX_NOTE.error(errorMessage(err)) });
      }
      continue;
    }
    // Confirm: the "sent" mark is written with the next e-mail's "sending" mark, or after the loop.
    const note = due.note === OUTBOX_NOTE.interrupted ? OUTBOX_NOTE.maybeTwice : '';
    const done: OutboxEntry = { ...due, to: email.to, subject: email.subject, status: 'sent', sentAt: new Date(), attempts: attempt, note };
    byKey.set(due.key, done);
    sent++;
    quota -= recipients;
    journal.open[due.key] = markOf('sent', done, Date.now(), attempt);
    unconfirmed = true;
    if (++sinceCommit >= COMMIT_EVERY || journalText(journal).length > JOURNAL_MAX) {
      sinceCommit = 0;
      try {
        commitOutbox(ss, current(), journal, true);
        // The tabs were rewritten whole: the final commit rewrites them whole too.
        box.written = null;
        unconfirmed = false;
      } catch {
        break;
      }
    }
  }
  if (unconfirmed) {
    try {
      writeJournal(journal);
    } catch {
      // The mark failed: write the tabs now instead (they then say "sent"); if that fails too, the last e-mail is in
      // the ambiguous window and goes once more.
      try {
        commitOutbox(ss, current(), journal, true);
        box.written = null;
      } catch {
        // Nothing more to do here.
      }
    }
  }
  return { entries: current(), sent };
}

// The outbox ("Hộp thư đi"): every e-mail the tool sends is first an entry here, keyed so that the same e-mail is
// never sent twice — even when a trigger runs twice — and one that could not go (quota, error) goes later.
// Pure: planning and the tab's rows; the sending is src/gas/outbox.ts.
import type { EvaluatedRegistration } from './evaluate';
import { OUTBOX_HEADER, OUTBOX_KIND, OUTBOX_MAYBE_SENT, OUTBOX_NOTE, OUTBOX_NO_RETRY, OUTBOX_STATUS } from './messages';
import { isDate, toText } from './text';
import { confirmationRecipients } from './emails';

export type OutboxStatus = keyof typeof OUTBOX_STATUS;
export type OutboxKind = keyof typeof OUTBOX_KIND;

export interface OutboxEntry {
  /**
   * Unique per message, so the same e-mail is never queued twice: e.g. the kind, the registration and the
   * version (timestamp) a confirmation answers; the school and the deadline a reminder is about.
   */
  key: string;
  kind: OutboxKind;
  /** What the message is about, for people reading the tab: a registration id, a school code, a period. */
  ref: string;
  to: string;
  subject: string;
  status: OutboxStatus;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  note: string;
  /**
   * A failed entry with tries left is not tried again before this time ("Thử lại từ": retryAt); absent or null, at once.
   */
  retryAt?: Date | null;
  /**
   * A run stopped while sending it (settleJournal): it may have reached its recipient ("Có thể đã đến"). Kept through
   * later refusals and waits, whatever the note then says (review r81x F3); cleared once it is sent (its note says so).
   */
  maybeSent?: boolean;
  /**
   * Failed and given up by an earlier version, whose limit was fewer tries (EARLIER_MAX_ATTEMPTS): its note told the
   * office to contact the recipient itself, so it stays given up, never sent days later (review d81c F2). Decided when a
   * record of the earlier layout is read (outboxFromRows); kept as OUTBOX_NO_RETRY in "Thử lại từ".
   */
  givenUpEarlier?: true;
  /**
   * Rebuilt from the journal's marks (settleJournal): a run made it, sent it and died before writing its row. In memory
   * only (no column): what that run would have said of it once recorded is still to say.
   */
  restored?: true;
}

/**
 * After this many failed attempts an entry stays failed and is no longer retried. The tries are spread over about a day
 * (retryAt): a refusal that is not the quota cannot be told an outage of the mail service from a refused address (its
 * wording is in the user's language, never read), and an outage of a few minutes or hours must not use them all up
 * (review r81x F1) — nor keep a school waiting a day for its confirmation when the outage lasted minutes. A run that
 * finds an entry not due yet skips it: that is not a try.
 */
export const MAX_ATTEMPTS = 5;
/**
 * The limit of the versions whose record had no "Thử lại từ" column (10 columns): a failed entry of such a record with
 * this many tries was given up (OutboxEntry.givenUpEarlier).
 */
export const EARLIER_MAX_ATTEMPTS = 3;
/**
 * The second try comes with the next run that sends it (due at once: the submissions' continuation comes back a minute
 * later, src/jobs/on-submit.ts; a person's rebuild from the menu before it tries it too). This long at most: what
 * deliver counts as a retry soon (src/jobs/mailing.ts).
 */
export const RETRY_FIRST_MS = 60_000;
/**
 * The waits after the second and the third failed try: an outage of minutes is over by the third, one of an hour or
 * two by the fourth (the submissions' continuation comes back at that time; other mail with the next run after it).
 */
export const RETRY_GAPS_MS: readonly number[] = [15 * 60_000, 2 * 3600_000];
/** The last try comes at least this long after the one before… */
export const RETRY_LAST_GAP_MS = 30 * 60_000;
/** …and at least this long after the e-mail was queued: the tries span about a day (the next day's runs). */
export const RETRY_SPAN_MS = 20 * 3600_000;
/** A run this close before an entry's retry time tries it (a trigger fires a few seconds either side of its time). */
export const RETRY_EARLY_MS = 30_000;

/** When an entry that has just failed its try number `attempt` (1-based, fewer than MAX_ATTEMPTS) is tried again. */
export function retryAt(e: OutboxEntry, attempt: number, now: number): Date {
  if (attempt <= 1) return new Date(now);
  const gap = RETRY_GAPS_MS[attempt - 2];
  if (gap !== undefined && attempt < MAX_ATTEMPTS - 1) return new Date(now + gap);
  return new Date(Math.max(now + RETRY_LAST_GAP_MS, e.createdAt.getTime() + RETRY_SPAN_MS));
}

/** A failed entry not given up: fewer than MAX_ATTEMPTS tries, and not given up by an earlier version. */
export function hasTriesLeft(e: OutboxEntry): boolean {
  return e.status === 'failed' && e.attempts < MAX_ATTEMPTS && !e.givenUpEarlier;
}

/** An entry still to go: pending, or failed with tries left (whether its retry time has come or not). */
export function isOpen(e: OutboxEntry): boolean {
  return e.status === 'pending' || hasTriesLeft(e);
}

/** An open entry whose time has come at `now` (a failed one: its retry time, RETRY_EARLY_MS early at most). */
export function isDue(e: OutboxEntry, now: number): boolean {
  if (e.status === 'pending') return true;
  return hasTriesLeft(e) && (!e.retryAt || e.retryAt.getTime() <= now + RETRY_EARLY_MS);
}

/**
 * The earliest retry time still to come (after `now`) of the failed entries with tries left of `kinds`; null when none.
 */
export function nextRetry(entries: readonly OutboxEntry[], kinds: ReadonlySet<OutboxKind>, now: number): number | null {
  let next: number | null = null;
  for (const e of entries) {
    if (!hasTriesLeft(e) || !kinds.has(e.kind) || !e.retryAt) continue;
    const at = e.retryAt.getTime();
    if (at > now && (next === null || at < next)) next = at;
  }
  return next;
}

const STATUS_BY_LABEL = new Map<string, OutboxStatus>(
  (Object.keys(OUTBOX_STATUS) as OutboxStatus[]).map((k) => [OUTBOX_STATUS[k], k]),
);
const KIND_BY_LABEL = new Map<string, OutboxKind>((Object.keys(OUTBOX_KIND) as OutboxKind[]).map((k) => [OUTBOX_KIND[k], k]));

export function confirmationKey(r: EvaluatedRegistration): string {
  return `XN:${r.id}:${r.submittedAt ? r.submittedAt.getTime() : 0}`;
}

/** Reads the tab back (header row first). Rows it cannot read are kept as failed entries, never dropped. */
export function outboxFromRows(values: readonly (readonly unknown[])[]): OutboxEntry[] {
  const out: OutboxEntry[] = [];
  // A record of the earlier layout (no "Thử lại từ"): its failed entries at that version's limit were given up.
  const earlier = values.length > 0 && toText((values[0] || [])[10]) !== OUTBOX_HEADER[10];
  for (let i = 1; i < values.length; i++) {
    const r = values[i] || [];
    const key = toText(r[0]);
    if (key === '') continue;
    const status = STATUS_BY_LABEL.get(toText(r[5])) ?? 'failed';
    const attempts = typeof r[8] === 'number' ? r[8] : parseInt(toText(r[8]), 10) || 0;
    const givenUpEarlier = status === 'failed' && (earlier ? attempts >= EARLIER_MAX_ATTEMPTS : toText(r[10]) === OUTBOX_NO_RETRY);
    out.push({
      key,
      kind: KIND_BY_LABEL.get(toText(r[1])) ?? 'confirmation',
      ref: toText(r[2]),
      to: toText(r[3]),
      subject: toText(r[4]),
      status,
      createdAt: isDate(r[6]) ? (r[6] as Date) : new Date(0),
      sentAt: isDate(r[7]) ? (r[7] as Date) : null,
      attempts,
      note: toText(r[9]),
      // Columns a record of an earlier version does not have: none then.
      ...(isDate(r[10]) ? { retryAt: r[10] as Date } : {}),
      ...(toText(r[11]) === OUTBOX_MAYBE_SENT ? { maybeSent: true } : {}),
      ...(givenUpEarlier ? { givenUpEarlier: true as const } : {}),
    });
  }
  return out;
}

export function outboxToRows(entries: readonly OutboxEntry[]): { header: string[]; rows: unknown[][] } {
  return {
    header: OUTBOX_HEADER,
    rows: entries.map((e) => [
      e.key,
      OUTBOX_KIND[e.kind],
      e.ref,
      e.to,
      e.subject,
      OUTBOX_STATUS[e.status],
      e.createdAt,
      e.sentAt ?? '',
      e.attempts,
      e.note,
      e.status === 'failed' && e.givenUpEarlier ? OUTBOX_NO_RETRY : hasTriesLeft(e) && e.retryAt ? e.retryAt : '',
      e.maybeSent ? OUTBOX_MAYBE_SENT : '',
    ]),
  };
}

/** A message to queue: what the outbox needs to know before it is composed. */
export interface Candidate {
  key: string;
  kind: OutboxKind;
  ref: string;
  to: string;
  subject: string;
  /** The note of an entry without recipient (`to` ''): why; OUTBOX_NOTE.noAddress (a registration's sender) by default. */
  noAddress?: string;
}

/**
 * A run stopped while sending it may have sent it (settleJournal's note, kept through a wait for the quota: review
 * quotaday #3): such an entry is sent again once, and when it is retired instead its note keeps saying so.
 */
export function mayHaveGone(e: OutboxEntry): boolean {
  return e.maybeSent === true || e.note === OUTBOX_NOTE.interrupted || e.note.endsWith(` ${OUTBOX_NOTE.interrupted}`);
}

/**
 * An open entry no longer wanted, closed with `note` (why it is not sent) and never deleted: the tab keeps the record
 * of what was and was not sent. One a stopped run may have sent (mayHaveGone) says that too, so that "Bỏ qua" never
 * hides an e-mail that may have reached its recipient.
 */
export function retire(e: OutboxEntry, note: string): OutboxEntry {
  return { ...e, status: 'skipped', note: mayHaveGone(e) ? `${note} ${OUTBOX_NOTE.notResent}` : note };
}

/**
 * Reopens an entry retire()d with `note` (the reason gone: the council put its comment back): pending again, and still
 * marked as one a stopped run may have sent when retire() said so — it is then sent once more, said "may arrive twice",
 * as an interrupted entry is. Null for an entry not closed with that note.
 */
export function unretire(e: OutboxEntry, note: string): OutboxEntry | null {
  if (e.status !== 'skipped') return null;
  if (e.note === note) return { ...e, status: 'pending', note: '' };
  if (e.note === `${note} ${OUTBOX_NOTE.notResent}`) return { ...e, status: 'pending', note: OUTBOX_NOTE.interrupted, maybeSent: true };
  return null;
}

/** The last letter of `kind` sent about each registration (by ref): its key and when it went. */
export function lastSentByRef(entries: readonly OutboxEntry[], kind: OutboxKind): Map<string, { key: string; sentAt: Date }> {
  const last = new Map<string, { key: string; sentAt: Date }>();
  for (const e of entries) {
    if (e.kind !== kind || e.status !== 'sent' || !e.sentAt) continue;
    const l = last.get(e.ref);
    if (!l || l.sentAt.getTime() < e.sentAt.getTime()) last.set(e.ref, { key: e.key, sentAt: e.sentAt });
  }
  return last;
}

/** Appends a pending entry for each candidate whose key the outbox does not hold yet (none is queued twice). */
export function enqueue(entries: readonly OutboxEntry[], candidates: readonly Candidate[], now: Date): OutboxEntry[] {
  const known = new Set(entries.map((e) => e.key));
  const out = entries.slice();
  for (const c of candidates) {
    if (known.has(c.key)) continue;
    known.add(c.key);
    const { noAddress, ...entry } = c;
    out.push({ ...entry, status: c.to ? 'pending' : 'skipped', createdAt: now, sentAt: null, attempts: 0, note: c.to ? '' : (noAddress ?? OUTBOX_NOTE.noAddress) });
  }
  return out;
}

/**
 * Adds a pending confirmation for every registration version that has none yet, and skips pending ones whose
 * registration has since been edited. `subjectOf` gives the subject line of a registration's confirmation.
 */
export function planConfirmations(
  entries: readonly OutboxEntry[],
  registrations: readonly EvaluatedRegistration[],
  now: Date,
  subjectOf: (r: EvaluatedRegistration) => string,
  /** Its recipients (emails.ts confirmationRecipients, with the directory when the run has it). */
  recipientsOf: (r: EvaluatedRegistration) => string = confirmationRecipients,
): OutboxEntry[] {
  const current = new Map<string, string>();
  for (const r of registrations) current.set(r.id, confirmationKey(r));
  const refreshed = entries.map((e) => {
    const latest = current.get(e.ref);
    if (e.kind === 'confirmation' && e.status === 'pending' && latest !== undefined && latest !== e.key) {
      return retire(e, OUTBOX_NOTE.superseded);
    }
    return e;
  });
  return enqueue(
    refreshed,
    registrations.map((r) => ({ key: confirmationKey(r), kind: 'confirmation' as const, ref: r.id, to: recipientsOf(r), subject: subjectOf(r) })),
    now,
  );
}

/** The addresses of `to` (comma- or semicolon-separated, as MailApp reads it), trimmed. */
export function recipientList(to: string): string[] {
  return to
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

/** How many recipients a message to `to` counts against the daily quota. */
export function recipientCount(to: string): number {
  return recipientList(to).length;
}

// ---- e-mails to more recipients than one message takes ---------------------------------------------------------
//
// MailApp refuses a message to more than 50 recipients (facts file, "Limits and quotas"). An e-mail composed with more
// (the weekly digest to a long "Người nhận thư tổng hợp"; in principle a school listing that many addresses) is split,
// when it is first composed, into parts of at most 50: the entry itself keeps the first group, and each further group
// is an entry of its own, keyed `<key>#<n>`, written to the tabs before any part goes (the intent recorded: a run that
// dies after sending part 1 leaves the others pending, never lost). Each part is then an ordinary entry, sent once,
// marked and retried on its own; it is composed as its first part (with that key) and goes only to its own group
// (those of them still among the recipients composed).

/** The most recipients (to, cc and bcc together) MailApp takes in one message. */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;

const PART_RE = /#(\d+)$/;

/** The key of part `n` (2 and up) of the e-mail keyed `key`. */
export function partKey(key: string, n: number): string {
  return `${key}#${n}`;
}

/** The key of the first part (the entry split) of the e-mail whose part is keyed `key`; `key` itself for any other. */
export function firstPartKey(key: string): string {
  return key.replace(PART_RE, '');
}

/** Which part an entry is: 1 for the entry split (or one never split), n for `<key>#<n>`. */
export function partNumber(key: string): number {
  const m = PART_RE.exec(key);
  return m ? parseInt(m[1], 10) : 1;
}

/** `recipients` in groups of at most `max`, each address once (case aside), in their order; one group when they fit. */
export function recipientGroups(recipients: readonly string[], max = MAX_RECIPIENTS_PER_MESSAGE): string[][] {
  const seen = new Set<string>();
  const unique = recipients.filter((a) => {
    const k = a.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const groups: string[][] = [];
  for (let i = 0; i < unique.length; i += max) groups.push(unique.slice(i, i + max));
  return groups;
}

/** `e` split into one entry per group: itself with the first group, then pending parts keyed partKey(e.key, 2…). */
export function splitEntry(e: OutboxEntry, groups: readonly string[][]): OutboxEntry[] {
  return groups.map((g, i) =>
    i === 0 ? { ...e, to: g.join(',') } : { ...e, key: partKey(e.key, i + 1), to: g.join(','), status: 'pending' as const, sentAt: null, attempts: 0, note: '' },
  );
}

/** The addresses of `composed` that are among `share` (a part's group), case aside: whom that part goes to now. */
export function withinShare(composed: string, share: string): string {
  const mine = new Set(recipientList(share).map((a) => a.toLowerCase()));
  return recipientList(composed)
    .filter((a) => mine.has(a.toLowerCase()))
    .join(',');
}

/** How many parts the e-mail whose first part is keyed `first` was split into (1: not split). */
export function partCount(first: string, has: (key: string) => boolean): number {
  let n = 1;
  while (has(partKey(first, n + 1))) n++;
  return n;
}

/** Some part of the e-mail whose first part is keyed `first` (itself included) is still to go: pending, or failed with tries left. */
export function partsOpen(entries: readonly OutboxEntry[], first: string): boolean {
  return entries.some((e) => firstPartKey(e.key) === first && isOpen(e));
}

/**
 * Which kinds go first when the daily quota is short: the office's own weekly digest (a few recipients, and what the
 * office most needs while schools' mail waits: review "limits" #5), what answers a school's own act and asks it to act
 * on that registration (a confirmation, with what to fix before the window closes; the council's request), then what
 * reminds (a reminder before a deadline), then what only informs (a notice of a change, a report's receipt), which can
 * wait a day.
 */
const SEND_RANK: Record<OutboxKind, number> = { digest: -1, confirmation: 0, supplementRequest: 0, reminder: 1, notice: 2, reportReceipt: 2 };

/** Entries to try at `now`: pending, or failed with attempts left and their retry time come (isDue); by SEND_RANK, then oldest first. */
export function dueEntries(entries: readonly OutboxEntry[], now = Date.now()): OutboxEntry[] {
  return entries
    .filter((e) => isDue(e, now))
    .sort((a, b) => SEND_RANK[a.kind] - SEND_RANK[b.kind] || a.createdAt.getTime() - b.createdAt.getTime());
}

// ---- the record of side effects ---------------------------------------------------------------------------
//
// Record, act, confirm. The outbox's rows live in two tabs (the hidden, protected record and the visible view
// "Hộp thư đi"), rewritten together after each batch. Between two such writes, each e-mail is marked in a small
// script property (the MailJournal) just before it is sent ("sending") and just after ("sent"). The property is
// durable at once and survives any tab being cleared or deleted; it only holds the e-mails since the last write of
// the tabs, so it stays a few KB (the property limit is 9 KB a value, 500 KB the store: far too small for the
// whole record of 20,000 registrations, which is why the tabs hold that).
//
// THE AMBIGUOUS WINDOW. An execution that dies after MailApp.sendEmail and before the "sent" mark leaves the
// e-mail "sending": MailApp cannot tell whether it went. Rule: it is sent again, once, and the outbox says the
// recipient may have it twice — a confirmation that never arrives is worse than one that arrives twice. Since an
// e-mail is marked "sending" only while it alone is being sent, one fault duplicates at most one e-mail.

/**
 * One e-mail between the tabs' last write and the next: [state, epoch ms, attempts including this one, kind, ref,
 * to, subject (each shortened: 20 marks stay under ~7 KB)] — enough to restore its entry when the tabs never
 * received it.
 */
export type OpenMark = ['sending' | 'sent', number, number, OutboxKind, string, string, string];

/** A mark for an entry about to be sent (or just sent). */
export function markOf(state: 'sending' | 'sent', e: OutboxEntry, at: number, attempts: number): OpenMark {
  return [state, at, attempts, e.kind, e.ref.slice(0, 40), e.to.slice(0, 120), e.subject.slice(0, 40)];
}

export interface MailJournal {
  /** How many entries the tabs held at their last write (fewer on reading: the record was lost). */
  rows: number;
  /**
   * How many of them were sent, at the last write of the whole record (a part's write leaves it: it only grows since).
   * A record read with fewer sent is an older copy even when it has every row (the whole file restored to a version
   * in which some were still waiting for the quota: review restore #1). Absent in a journal of an earlier version.
   */
  sent?: number;
  open: Record<string, OpenMark>;
}

export function parseJournal(text: string | null): MailJournal {
  if (!text) return { rows: 0, open: {} };
  try {
    const j = JSON.parse(text) as Partial<MailJournal>;
    return {
      rows: typeof j.rows === 'number' ? j.rows : 0,
      ...(typeof j.sent === 'number' ? { sent: j.sent } : {}),
      open: j.open && typeof j.open === 'object' ? j.open : {},
    };
  } catch {
    return { rows: 0, open: {} };
  }
}

export function journalText(j: MailJournal): string {
  return JSON.stringify(j);
}

/**
 * Applies the marks of e-mails made since the tabs' last write: "sent" ones are sent; a "sending" one was cut off
 * in the ambiguous window and is due again (see above). Returns the entries and the keys found in that window.
 */
export function settleJournal(entries: readonly OutboxEntry[], open: Record<string, OpenMark>): { entries: OutboxEntry[]; interrupted: string[] } {
  const interrupted: string[] = [];
  const known = new Set(entries.map((e) => e.key));
  const restored: OutboxEntry[] = [];
  for (const key of Object.keys(open)) {
    const m = open[key];
    if (known.has(key) || !Array.isArray(m) || !(m[3] in OUTBOX_KIND)) continue;
    restored.push({ key, kind: m[3], ref: m[4], to: m[5], subject: m[6], status: 'pending', createdAt: new Date(m[1]), sentAt: null, attempts: 0, note: '', restored: true });
  }
  const out = [...entries, ...restored].map((e) => {
    const m = open[e.key];
    if (!m || e.status === 'sent') return e;
    if (m[0] === 'sent') return { ...e, status: 'sent' as const, sentAt: new Date(m[1]), attempts: m[2], note: '' };
    interrupted.push(e.key);
    return { ...e, status: 'pending' as const, attempts: Math.max(e.attempts, m[2]), note: OUTBOX_NOTE.interrupted, maybeSent: true as const };
  });
  return { entries: out, interrupted };
}

// ---- a submission's part of the record ------------------------------------------------------------------
//
// A submission reads only the rows it can change (src/gas/outbox.ts openOutbox with a scope): those of its own
// registration (found by their ref) and those the journal still has marks for (found by their key), by a search of
// the record's first columns. What the search may miss makes it fall back to reading the record whole.

/** Escapes what a regular expression (RE2, as Sheets' find reads it, and JavaScript's) would take for syntax. */
function literal(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** A pattern that matches a whole cell reading exactly one of `texts` (case aside: the rows found are checked). */
export function wholeCellPattern(texts: readonly string[]): string {
  return `^(?:${texts.map(literal).join('|')})$`;
}

/**
 * A ref a search finds for certain: a code such as "DK-000123" (letters and digits in dash-separated parts, at least one
 * letter) shows in its cell exactly as it is written; a bare number could show formatted ("1.200"), and any other
 * text may be changed by Sheets' display. Other refs are read with the whole record.
 */
export function searchableRef(ref: string): boolean {
  return /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/.test(ref) && /[A-Za-z]/.test(ref);
}

/** The first columns of a record's header row are the outbox's own (a record of another layout is read whole). */
export function isOutboxHeader(row: readonly unknown[]): boolean {
  return OUTBOX_HEADER.every((h, i) => toText(row[i]) === h);
}

/**
 * Rows grouped into blocks read at once (sorted, each once): a row with at most `gap` rows between it and the previous
 * block joins that block (the rows between are read too, and ignored).
 */
export function rowBlocks(rows: readonly number[], gap: number): Array<[number, number]> {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const lastBlock = out[out.length - 1];
    if (lastBlock && r - lastBlock[1] <= gap + 1) lastBlock[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/** An entry whose row a run may rewrite: pending (sent, or a confirmation superseded by an edit) or failed (retried). */
export function mayChange(e: OutboxEntry): boolean {
  return e.status === 'pending' || e.status === 'failed';
}

// ---- the daily quota's window -------------------------------------------------------------------------------
//
// MailApp's daily recipient quota (100 on a consumer account, 1,500 on Workspace) comes back 24 hours after the
// window's first e-mail, not at midnight (facts file). The script keeps when the current window opened: the first
// e-mail it sends while getRemainingDailyQuota() is back at the highest it has seen, or, when the quota was found
// partly used with no window known (another script of the account, a state lost), the moment it was found so — a
// window opens at the latest then, so the time the quota comes back is never said too early. Never from an error's
// wording.

/** A quota window lasts this long from its first e-mail. */
export const QUOTA_WINDOW_MS = 24 * 3600_000;
/** The run that sends what waits for the quota comes this long after the window ends (a margin for the clocks). */
export const QUOTA_RUN_MARGIN_MS = 5 * 60_000;

export interface MailQuotaState {
  /** When the current window opened (epoch ms), or null: none known (the quota was found whole). */
  start: number | null;
  /** The highest remaining quota seen: the account's daily quota, as far as the script knows. */
  max: number;
  /** E-mails the outbox holds waiting for the quota, as last counted. */
  waiting: number;
  /** When the run that sends them is scheduled (epoch ms), or null. */
  runAt: number | null;
}

export function parseMailQuota(text: string | null): MailQuotaState {
  const none: MailQuotaState = { start: null, max: 0, waiting: 0, runAt: null };
  if (!text) return none;
  try {
    const j = JSON.parse(text) as Partial<MailQuotaState>;
    const num = (v: unknown) => (typeof v === 'number' && isFinite(v) ? v : null);
    return { start: num(j.start), max: num(j.max) ?? 0, waiting: Math.max(0, num(j.waiting) ?? 0), runAt: num(j.runAt) };
  } catch {
    return none;
  }
}

export function mailQuotaText(q: MailQuotaState): string {
  return JSON.stringify(q);
}

/**
 * The window as a run finds it, the quota `remaining` at `now`: the start kept while it is still on (less than 24 h ago
 * and the quota not back whole), `now` when the quota is partly used and no window is known, null when it is whole
 * (the run's first e-mail opens the window: quotaOpened).
 */
export function quotaWindow(q: MailQuotaState, remaining: number, now: number): MailQuotaState {
  const max = Math.max(q.max, remaining);
  if (remaining >= max) return { ...q, start: null, max };
  if (q.start !== null && now < q.start + QUOTA_WINDOW_MS && q.start <= now) return { ...q, max };
  return { ...q, start: now, max };
}

/** When the quota of the window `q` comes back: 24 h after it opened (none open: 24 h from `now`, the latest). */
export function quotaBackAt(q: MailQuotaState, now: number): number {
  return (q.start ?? now) + QUOTA_WINDOW_MS;
}

/** An entry left waiting for the quota: pending, with the quota's note (of any window, or of an earlier version). */
export function waitsForQuota(e: OutboxEntry): boolean {
  return e.status === 'pending' && e.note.startsWith(OUTBOX_NOTE.quotaStart);
}

/** "HH:mm ngày dd/MM" of an epoch time, in the script's time zone: when an e-mail waiting for the quota goes. */
export function quotaTime(at: number): string {
  const d = new Date(at);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())} ngày ${p(d.getDate())}/${p(d.getMonth() + 1)}`;
}

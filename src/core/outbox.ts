// The outbox ("Hộp thư đi"): every e-mail the tool sends is first an entry here, keyed so that the same e-mail is
// never sent twice — even when a trigger runs twice — and one that could not go (quota, error) goes later.
// Pure: planning and the tab's rows; the sending is src/gas/outbox.ts.
import type { EvaluatedRegistration } from './evaluate';
import { OUTBOX_HEADER, OUTBOX_KIND, OUTBOX_NOTE, OUTBOX_STATUS } from './messages';
import { isDate, toText } from './text';

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
}

/** After this many failed attempts an entry stays failed and is no longer retried. */
export const MAX_ATTEMPTS = 3;

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
  for (let i = 1; i < values.length; i++) {
    const r = values[i] || [];
    const key = toText(r[0]);
    if (key === '') continue;
    out.push({
      key,
      kind: KIND_BY_LABEL.get(toText(r[1])) ?? 'confirmation',
      ref: toText(r[2]),
      to: toText(r[3]),
      subject: toText(r[4]),
      status: STATUS_BY_LABEL.get(toText(r[5])) ?? 'failed',
      createdAt: isDate(r[6]) ? (r[6] as Date) : new Date(0),
      sentAt: isDate(r[7]) ? (r[7] as Date) : null,
      attempts: typeof r[8] === 'number' ? r[8] : parseInt(toText(r[8]), 10) || 0,
      note: toText(r[9]),
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
}

/** Appends a pending entry for each candidate whose key the outbox does not hold yet (none is queued twice). */
export function enqueue(entries: readonly OutboxEntry[], candidates: readonly Candidate[], now: Date): OutboxEntry[] {
  const known = new Set(entries.map((e) => e.key));
  const out = entries.slice();
  for (const c of candidates) {
    if (known.has(c.key)) continue;
    known.add(c.key);
    out.push({ ...c, status: c.to ? 'pending' : 'skipped', createdAt: now, sentAt: null, attempts: 0, note: c.to ? '' : OUTBOX_NOTE.noAddress });
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
): OutboxEntry[] {
  const current = new Map<string, string>();
  for (const r of registrations) current.set(r.id, confirmationKey(r));
  const refreshed = entries.map((e) => {
    const latest = current.get(e.ref);
    if (e.kind === 'confirmation' && e.status === 'pending' && latest !== undefined && latest !== e.key) {
      return { ...e, status: 'skipped' as const, note: OUTBOX_NOTE.superseded };
    }
    return e;
  });
  return enqueue(
    refreshed,
    registrations.map((r) => ({ key: confirmationKey(r), kind: 'confirmation' as const, ref: r.id, to: r.email, subject: subjectOf(r) })),
    now,
  );
}

/** How many recipients a message to `to` (comma-separated) counts against the daily quota. */
export function recipientCount(to: string): number {
  return to.split(',').filter((a) => a.trim() !== '').length;
}

/** Entries to try now: pending, or failed with attempts left; oldest first. */
export function dueEntries(entries: readonly OutboxEntry[]): OutboxEntry[] {
  return entries
    .filter((e) => e.status === 'pending' || (e.status === 'failed' && e.attempts < MAX_ATTEMPTS))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

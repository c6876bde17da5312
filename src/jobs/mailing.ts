// Every e-mail goes through the outbox tab: each job contributes plans (what to queue, and how to compose each
// kind at sending time); one read of the outbox, one send loop within quota and time, one write.
import type { Email } from '../core/emails';
import type { OutboxEntry, OutboxKind } from '../core/outbox';
import { readOutbox, sendDue, writeOutbox } from '../gas/outbox';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Builds the message of an entry now, from the current data; null leaves it pending (or skips it). */
export type Composer = (e: OutboxEntry) => Email | null;

export interface MailPlan {
  /** Adds (or retires) entries; must not queue a key twice (core/outbox.ts enqueue does this). */
  plan: (entries: OutboxEntry[]) => OutboxEntry[];
  compose: Partial<Record<OutboxKind, Composer>>;
}

/** Plans, sends what is due while quota and time last, writes the outbox; returns how many messages went. */
export function deliver(ss: Spreadsheet, deadline: number, senderName: string, plans: MailPlan[]): number {
  let entries = readOutbox(ss);
  for (const p of plans) entries = p.plan(entries);
  const composers: Partial<Record<OutboxKind, Composer>> = {};
  for (const p of plans) Object.assign(composers, p.compose);
  const result = sendDue(entries, (e) => composers[e.kind]?.(e) ?? null, senderName, deadline);
  writeOutbox(ss, result.entries);
  return result.sent;
}

// The outbox's record: marks of e-mails between two writes of the tabs, and the rule of the ambiguous window.
import { describe, expect, it } from 'vitest';
import { OUTBOX_NOTE } from '../../src/core/messages';
import { dueEntries, enqueue, markOf, parseJournal, settleJournal, unionEntries, type OutboxEntry } from '../../src/core/outbox';

const now = new Date(2024, 6, 1, 8);
const base = (): OutboxEntry[] =>
  enqueue([], [
    { key: 'XN:DK-000002:1', kind: 'confirmation', ref: 'DK-000002', to: 'a@x.vn', subject: 'S1' },
    { key: 'XN:DK-000003:1', kind: 'confirmation', ref: 'DK-000003', to: 'b@x.vn', subject: 'S2' },
  ], now);

describe('the mail journal', () => {
  it('a "sent" mark makes its entry sent; a "sending" mark makes it due again, once, with a note', () => {
    const [a, b] = base();
    const open = { [a.key]: markOf('sent', a, 1000, 1), [b.key]: markOf('sending', b, 2000, 1) };
    const { entries, interrupted } = settleJournal([a, b], open);
    expect(entries[0]).toMatchObject({ status: 'sent', attempts: 1, note: '' });
    expect(entries[0].sentAt?.getTime()).toBe(1000);
    expect(entries[1]).toMatchObject({ status: 'pending', attempts: 1, note: OUTBOX_NOTE.interrupted });
    expect(interrupted).toEqual([b.key]);
  });

  it('an entry the tabs already hold as sent is not touched by a stale mark', () => {
    const [a] = base();
    const sent = { ...a, status: 'sent' as const, sentAt: now, attempts: 1 };
    expect(settleJournal([sent], { [a.key]: markOf('sending', a, 5, 1) }).entries[0]).toBe(sent);
  });

  it('restores the entry of a mark whose row the tabs never received', () => {
    const [a] = base();
    const { entries } = settleJournal([], { [a.key]: markOf('sent', a, 1000, 1) });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ key: a.key, kind: 'confirmation', ref: 'DK-000002', to: 'a@x.vn', status: 'sent' });
  });

  it('reads a missing or damaged journal as empty', () => {
    expect(parseJournal(null)).toEqual({ rows: 0, open: {} });
    expect(parseJournal('{oops')).toEqual({ rows: 0, open: {} });
  });

  it('the union of two copies keeps the further advanced entry of each key', () => {
    const [a, b] = base();
    const sentA = { ...a, status: 'sent' as const };
    expect(unionEntries([a, b], [sentA]).map((e) => e.status)).toEqual(['sent', 'pending']);
  });

  it('a journal of 20 marks with long keys and subjects stays well under the 9 KB property limit', () => {
    const open: Record<string, ReturnType<typeof markOf>> = {};
    for (let i = 0; i < 20; i++) {
      const e = { ...base()[0], key: `NH:SCHOOL-CODE-${i}:DANG-KY-DONG:14:2027-05-17`, to: 'x'.repeat(200) + '@x.vn', subject: 'Đ'.repeat(300) };
      open[e.key] = markOf('sent', e, Date.now(), 3);
    }
    expect(new TextEncoder().encode(JSON.stringify({ rows: 20000, open })).length).toBeLessThan(9 * 1024);
  });
});

describe('dueEntries: what goes first when the quota is short', () => {
  it('confirmations, requests, reminders and the digest before notices and receipts; oldest first within each', () => {
    const at = (h: number) => new Date(2026, 0, 1, h);
    const entries = enqueue(
      [],
      [
        { key: 'TT:DK-1', kind: 'notice', ref: 'DK-1', to: 'a@x.vn', subject: 's' },
        { key: 'BC:S1:KH:1', kind: 'reportReceipt', ref: 'S1', to: 'a@x.vn', subject: 's' },
      ],
      at(6),
    ).concat(enqueue([], [{ key: 'XN:DK-2:1', kind: 'confirmation', ref: 'DK-2', to: 'b@x.vn', subject: 's' }], at(9)), enqueue([], [{ key: 'NH:S1:X:3', kind: 'reminder', ref: 'S1', to: 'a@x.vn', subject: 's' }], at(7)));
    expect(dueEntries(entries).map((e) => e.key)).toEqual(['NH:S1:X:3', 'XN:DK-2:1', 'TT:DK-1', 'BC:S1:KH:1']);
  });
});

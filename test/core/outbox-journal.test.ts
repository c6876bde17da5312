// The outbox's record: marks of e-mails between two writes of the tabs, and the rule of the ambiguous window.
import { describe, expect, it } from 'vitest';
import { OUTBOX_NOTE } from '../../src/core/messages';
import { QUOTA_WINDOW_MS, dueEntries, enqueue, mailQuotaText, journalText, markOf, parseJournal, parseMailQuota, quotaBackAt, quotaTime, quotaWindow, settleJournal, waitsForQuota, type OutboxEntry } from '../../src/core/outbox';

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
  it('the office\'s digest first (review "limits" #5), then confirmations, reminders, notices and receipts; oldest first within each', () => {
    const at = (h: number) => new Date(2026, 0, 1, h);
    const entries = enqueue(
      [],
      [
        { key: 'TT:DK-1', kind: 'notice', ref: 'DK-1', to: 'a@x.vn', subject: 's' },
        { key: 'BC:S1:KH:1', kind: 'reportReceipt', ref: 'S1', to: 'a@x.vn', subject: 's' },
      ],
      at(6),
    ).concat(
      enqueue([], [{ key: 'XN:DK-2:1', kind: 'confirmation', ref: 'DK-2', to: 'b@x.vn', subject: 's' }], at(9)),
      enqueue([], [{ key: 'NH:S1:X:3', kind: 'reminder', ref: 'S1', to: 'a@x.vn', subject: 's' }], at(7)),
      enqueue([], [{ key: 'TH:2026-01-01', kind: 'digest', ref: '', to: 'office@x.vn', subject: 's' }], at(10)),
    );
    expect(dueEntries(entries).map((e) => e.key)).toEqual(['TH:2026-01-01', 'XN:DK-2:1', 'NH:S1:X:3', 'TT:DK-1', 'BC:S1:KH:1']);
  });
});

describe('the daily quota window (24 h from its first e-mail)', () => {
  const H = 3600_000;
  const t0 = new Date(2027, 4, 31, 7, 30).getTime();
  const none = parseMailQuota(null);

  it('opens with the first e-mail sent while the quota is whole, and is kept while it is partly used', () => {
    // Whole: no window yet (the run's first e-mail opens it).
    expect(quotaWindow(none, 100, t0)).toMatchObject({ start: null, max: 100 });
    const opened = { ...quotaWindow(none, 100, t0), start: t0 };
    // Later that day, partly used: the same window, back 24 h after its first e-mail.
    const later = quotaWindow(opened, 3, t0 + 8 * H);
    expect(later.start).toBe(t0);
    expect(quotaBackAt(later, t0 + 8 * H)).toBe(t0 + QUOTA_WINDOW_MS);
    // Back whole (the window ended): none until the next e-mail.
    expect(quotaWindow(later, 100, t0 + 25 * H).start).toBeNull();
  });

  it('partly used with no window known (another script, a state lost, one long over): opened at the latest now, never said back too early', () => {
    expect(quotaWindow({ ...none, max: 100 }, 40, t0).start).toBe(t0);
    const stale = { ...none, start: t0 - 30 * H, max: 100 };
    expect(quotaWindow(stale, 40, t0).start).toBe(t0);
    // A quota higher than any seen (an account moved to Workspace) is whole.
    expect(quotaWindow({ ...none, start: t0 - H, max: 100 }, 1500, t0)).toMatchObject({ start: null, max: 1500 });
  });

  it('is kept as text, a damaged one read as none', () => {
    const q = { start: t0, max: 100, waiting: 7, runAt: t0 + QUOTA_WINDOW_MS };
    expect(parseMailQuota(mailQuotaText(q))).toEqual(q);
    expect(parseMailQuota('{')).toEqual(none);
  });

  it('an entry waits for the quota while pending with its note, of any window or an earlier version', () => {
    const [e] = enqueue([], [{ key: 'XN:DK-1:1', kind: 'confirmation', ref: 'DK-1', to: 'a@x.vn', subject: 's' }], new Date(t0));
    expect(waitsForQuota({ ...e, note: OUTBOX_NOTE.quota(quotaTime(t0)) })).toBe(true);
    expect(waitsForQuota({ ...e, note: 'Hết hạn mức gửi thư hôm nay; sẽ gửi vào ngày sau.' })).toBe(true);
    expect(waitsForQuota({ ...e, status: 'sent', note: OUTBOX_NOTE.quota(quotaTime(t0)) })).toBe(false);
    expect(waitsForQuota(e)).toBe(false);
    expect(quotaTime(new Date(2027, 5, 1, 7, 35).getTime())).toBe('07:35 ngày 01/06');
  });
});

describe('the journal\'s count of e-mails sent (review restore #1)', () => {
  it('is kept through its text, and absent in a journal of an earlier version (never taken as 0)', () => {
    expect(parseJournal(journalText({ rows: 3, sent: 2, open: {} }))).toEqual({ rows: 3, sent: 2, open: {} });
    expect(parseJournal('{"rows":3,"open":{}}')).toEqual({ rows: 3, open: {} });
    expect('sent' in parseJournal('{"rows":3,"open":{}}')).toBe(false);
  });
});

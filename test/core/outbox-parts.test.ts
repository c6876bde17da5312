// An e-mail to more recipients than MailApp takes in one message (50) goes in parts, each an entry of its own
// (src/core/outbox.ts splitEntry; the sending: src/gas/outbox.ts sendDue). The parts of a weekly digest are that digest:
// not superseded by each other, and its baseline moves once every part is sent (review r78p F1).
import { describe, expect, it } from 'vitest';
import { DIGEST_CHUNK_CHARS, digestFromChunks, digestKeptChunks, digestStateText, parseDigestState, planDigest, promoteDigestState } from '../../src/core/digest';
import { DIGEST_NOTE, OUTBOX_NOTE } from '../../src/core/messages';
import { MAX_ATTEMPTS, retire } from '../../src/core/outbox';
import { firstPartKey, partCount, partNumber, recipientCount, recipientGroups, splitEntry, withinShare, type OutboxEntry } from '../../src/core/outbox';
import { config2026 } from './helpers';

const NOW = new Date(2026, 8, 7, 7, 0);
const entry = (key: string, status: OutboxEntry['status'], to = 'a@b.vn'): OutboxEntry => ({
  key, kind: 'digest', ref: '07/09/2026', to, subject: 'S', status, createdAt: NOW, sentAt: null, attempts: 0, note: '',
});

describe('parts of an e-mail', () => {
  it('groups of at most 50, each address once; the entry keeps the first group, the others are new pending entries', () => {
    const list = Array.from({ length: 120 }, (_, i) => `n${i}@x.vn`);
    const groups = recipientGroups([...list, 'N0@X.VN']);
    expect(groups.map((g) => g.length)).toEqual([50, 50, 20]);
    expect(recipientGroups(list.slice(0, 50))).toHaveLength(1);
    const parts = splitEntry({ ...entry('TH:2026-09-07', 'failed'), attempts: 1 }, groups);
    expect(parts.map((p) => [p.key, recipientCount(p.to), p.status, p.attempts])).toEqual([
      ['TH:2026-09-07', 50, 'failed', 1],
      ['TH:2026-09-07#2', 50, 'pending', 0],
      ['TH:2026-09-07#3', 20, 'pending', 0],
    ]);
    expect(parts.map((p) => [firstPartKey(p.key), partNumber(p.key)])).toEqual([['TH:2026-09-07', 1], ['TH:2026-09-07', 2], ['TH:2026-09-07', 3]]);
    const keys = new Set(parts.map((p) => p.key));
    expect(partCount('TH:2026-09-07', (k) => keys.has(k))).toBe(3);
    expect(withinShare('N1@x.vn, z@x.vn; n60@x.vn', parts[0].to)).toBe('N1@x.vn');
  });

  it("a digest's parts are that digest: not superseded by one another; its baseline moves once every part is sent", () => {
    const base = config2026(NOW);
    const cfg = { ...base, mail: { ...base.mail, digestRecipients: ['a@b.vn'] } };
    const held = [entry('TH:2026-09-07', 'sent'), entry('TH:2026-09-07#2', 'pending')];
    expect(planDigest(held, cfg, NOW, false, 'S')).toEqual(held);
    const next = planDigest(held, cfg, new Date(2026, 8, 14, 7), true, 'S');
    expect(next.map((e) => `${e.key} ${e.status}`)).toEqual(['TH:2026-09-07 sent', 'TH:2026-09-07#2 skipped', 'TH:2026-09-14 pending']);
    const s = { base: null, composed: { at: 5, counts: new Array(9).fill(0), maxRow: 2, key: 'TH:2026-09-07' } };
    expect(promoteDigestState(s, held)).toBe(s);
    expect(promoteDigestState(s, [held[0], { ...held[1], status: 'sent' }])).toEqual({ base: { at: 5, counts: s.composed.counts, maxRow: 2 }, composed: null });
  });

  it('a part closed unsent to recipients it had keeps the base: the next digest tells them what it said (review d78 F1)', () => {
    const composed = { at: 5, counts: new Array(9).fill(0), maxRow: 2, key: 'TH:2026-09-07', kept: 2 };
    const base = { at: 1, counts: new Array(9).fill(0), maxRow: 1 };
    const s = { base, composed };
    const sent = entry('TH:2026-09-07', 'sent');
    // Retired by the next week's digest while it waited: the composition is dropped, the base stays.
    expect(promoteDigestState(s, [sent, retire(entry('TH:2026-09-07#2', 'pending'), DIGEST_NOTE.superseded)])).toEqual({ base, composed: null });
    // Given up after its tries: the same.
    expect(promoteDigestState(s, [sent, { ...entry('TH:2026-09-07#2', 'failed'), attempts: MAX_ATTEMPTS }])).toEqual({ base, composed: null });
    // Closed because none of its addresses is a recipient any more: nobody is owed it, the base moves.
    expect(promoteDigestState(s, [sent, retire(entry('TH:2026-09-07#2', 'pending'), OUTBOX_NOTE.noRecipientNow)])).toEqual({ base: { at: 5, counts: composed.counts, maxRow: 2 }, composed: null });
    // The number of chunks kept goes with the state.
    expect(parseDigestState(digestStateText(s))).toEqual(s);
  });

  it("a digest in parts keeps its composed text in chunks a property holds, read back only as that digest's", () => {
    const blocks = [{ text: 'Kính gửi ' + 'ả'.repeat(3 * DIGEST_CHUNK_CHARS) }, { title: 'Mới', items: ['DK-000001 — 𝔸 Trường'], links: [null] }];
    const chunks = digestKeptChunks({ key: 'TH:2026-09-07', subject: 'S', blocks, preheader: 'P' });
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) expect(Buffer.byteLength(c, 'utf8')).toBeLessThanOrEqual(9 * 1024);
    expect(digestFromChunks(chunks, 'TH:2026-09-07')).toEqual({ key: 'TH:2026-09-07', subject: 'S', blocks, preheader: 'P' });
    expect(digestFromChunks(chunks, 'TH:2026-09-14')).toBeNull();
    expect(digestFromChunks([...chunks.slice(0, -1), undefined], 'TH:2026-09-07')).toBeNull();
  });
});

// Review d81c F2: a failed e-mail of a record of the earlier layout (10 columns, no "Thử lại từ") at that version's limit
// (3 tries) was given up: it stays so after the update to 5 tries, and when the record is rewritten in the new layout.
import { describe, expect, it } from 'vitest';
import { OUTBOX_HEADER, OUTBOX_NO_RETRY } from '../../src/core/messages';
import { dueEntries, isOpen, nextRetry, outboxFromRows, outboxToRows } from '../../src/core/outbox';

const at = new Date(2025, 6, 1, 8);
const row = (key: string, status: string, attempts: number) => [key, 'Thư báo kết quả kiểm tra', 'DK-000001', 'a@example.edu.vn', 'S', status, at, '', attempts, 'n'];

describe('an e-mail an earlier version gave up', () => {
  const old = [OUTBOX_HEADER.slice(0, 10), row('XN:1', 'Lỗi', 3), row('XN:2', 'Lỗi', 2), row('XN:3', 'Chờ gửi', 0)];

  it('read from a 10-column record: the one at 3 tries is closed, one at 2 tries still due', () => {
    const entries = outboxFromRows(old);
    expect(entries.map(isOpen)).toEqual([false, true, true]);
    expect(dueEntries(entries, at.getTime() + 3 * 86400_000).map((e) => e.key)).toEqual(['XN:2', 'XN:3']);
    expect(nextRetry(entries, new Set(['confirmation']), 0)).toBeNull();
  });

  it('stays closed once rewritten in the new layout ("Thử lại từ" says so), and only it', () => {
    const { header, rows } = outboxToRows(outboxFromRows(old));
    expect(rows.map((r) => r[10])).toEqual([OUTBOX_NO_RETRY, '', '']);
    const again = outboxFromRows([header, ...rows]);
    expect(again.map(isOpen)).toEqual([false, true, true]);
    expect(again.map((e) => e.attempts)).toEqual([3, 2, 0]);
    // A new-layout record's entry at 3 tries is not given up (5 tries now).
    const fresh = outboxFromRows([header, [...row('XN:4', 'Lỗi', 3), new Date(at.getTime() + 3600_000), '']]);
    expect(fresh.map(isOpen)).toEqual([true]);
  });
});

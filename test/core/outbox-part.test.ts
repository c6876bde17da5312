// The pure parts of a submission's read of the outbox record: the search pattern, which refs a search finds for
// certain, the header it knows, the blocks of rows read at once.
import { describe, expect, it } from 'vitest';
import { OUTBOX_HEADER } from '../../src/core/messages';
import { isOutboxHeader, mayChange, rowBlocks, searchableRef, wholeCellPattern, type OutboxEntry } from '../../src/core/outbox';

describe('the search of the outbox record', () => {
  it('matches whole cells reading exactly one of the texts, its syntax characters taken literally', () => {
    const texts = ['DK-000002', 'XN:DK-000003:1719795600000', 'NH:MN(01).x+y*?:[a]{2}|b$^\\/'];
    // JavaScript with the u flag (as the emulation) is stricter than RE2 about escapes: both accept these.
    const re = new RegExp(wholeCellPattern(texts), 'iu');
    for (const t of texts) expect(re.test(t)).toBe(true);
    for (const t of ['DK-0000021', 'xDK-000002', 'DK-000002 ', 'XN:DK-000003', 'NH:MN(01)-x+y*?:[a]{2}|b$^\\/', '']) expect(re.test(t)).toBe(false);
    // Case aside (the rows found are checked afterwards).
    expect(re.test('dk-000002')).toBe(true);
  });

  it('searches only refs that show as written: codes, not bare numbers or free text', () => {
    for (const r of ['DK-000123', 'DK-1', 'TH02', 'KH-2026-2030']) expect(searchableRef(r)).toBe(true);
    for (const r of ['12', '1.200', '', 'DK 000123', 'DK-', '-DK', 'Tổ Một', 'DK-000123\n', '=A1']) expect(searchableRef(r)).toBe(false);
  });

  it('knows the record by its header; any other first columns are read whole', () => {
    expect(isOutboxHeader([...OUTBOX_HEADER])).toBe(true);
    expect(isOutboxHeader([...OUTBOX_HEADER, 'Cột thêm'])).toBe(true);
    expect(isOutboxHeader(OUTBOX_HEADER.slice(0, -1))).toBe(false);
    expect(isOutboxHeader(['Mã', ...OUTBOX_HEADER.slice(1)])).toBe(false);
    expect(isOutboxHeader([])).toBe(false);
  });

  it('reads rows close together as one block', () => {
    expect(rowBlocks([], 5)).toEqual([]);
    expect(rowBlocks([40], 5)).toEqual([[40, 40]]);
    expect(rowBlocks([40, 40, 46, 12, 53], 5)).toEqual([[12, 12], [40, 46], [53, 53]]);
    expect(rowBlocks([2, 3, 4], 0)).toEqual([[2, 4]]);
  });

  it('expects a run to change only rows that wait (pending, or failed)', () => {
    const e = (status: OutboxEntry['status']): OutboxEntry => ({ key: 'k', kind: 'confirmation', ref: 'r', to: '', subject: '', status, createdAt: new Date(0), sentAt: null, attempts: 0, note: '' });
    expect(['pending', 'failed', 'sent', 'skipped'].map((s) => mayChange(e(s as OutboxEntry['status'])))).toEqual([true, true, false, false]);
  });
});

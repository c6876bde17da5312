// Review r67r F8: a report row the clerk deleted after its receipt went. The receipts sent (this version's keys and an
// earlier version's) are weighed against the reports the tab holds: gone is one whose time no report has, and no later
// report of the same school and period (an edit, a second sending) stands for it.
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { receiptsOfGoneReports, reportReceipts } from '../../src/core/notices';
import type { OutboxEntry } from '../../src/core/outbox';
import { buildReportForm, responseHeaders } from '../../src/core/registration-form';
import { directoryToRows } from '../../src/core/directory';
import { config2026, SCHOOLS } from './helpers';

const DAY = 86_400_000;
const PLAN = 'Kế hoạch giai đoạn 2026-2030 của đơn vị';
const cfg = config2026(new Date(2026, 8, 7, 7, 0, 0));
const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
const first = new Date(2026, 8, 1, 9);
const second = new Date(2026, 8, 2, 9, 30);
const row = (at: Date, s: (typeof SCHOOLS)[number]) => [at, s.emails[0], s.name, PLAN, '15/KH-X', 'Tóm tắt', ''];
const output = (rows: unknown[][]) => evaluateAll({ config: cfg, directoryRows: directoryToRows(SCHOOLS), responseValues: [], reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)], ...rows] });
const sent = (rows: unknown[][]): OutboxEntry[] =>
  reportReceipts(output(rows), cfg, new Date(second.getTime() + DAY)).map((n) => ({ key: n.key, kind: 'reportReceipt', ref: n.ref, to: n.to, subject: n.subject, status: 'sent', createdAt: first, sentAt: first, attempts: 1, note: '' }));

describe('receiptsOfGoneReports (review r67r F8)', () => {
  it('a report whose receipt went and whose row is gone; not one edited or sent again, nor one whose receipt did not go', () => {
    const both = [row(first, SCHOOLS[0]), row(second, SCHOOLS[1])];
    const entries = sent(both);
    expect(entries).toHaveLength(2);
    expect(receiptsOfGoneReports(entries, output(both))).toEqual([]);
    // Hòa Bình's row deleted.
    expect(receiptsOfGoneReports(entries, output([both[0]]))).toEqual([{ key: entries[1].key, school: SCHOOLS[1].name, period: PLAN, at: second.getTime() }]);
    // Hoa Sen's report edited through its link (a later time, the same school and period): not gone.
    expect(receiptsOfGoneReports(entries, output([row(new Date(second.getTime() + 3600_000), SCHOOLS[0]), both[1]]))).toEqual([]);
    // A receipt not sent (waiting, skipped): nothing was told, nothing to say.
    expect(receiptsOfGoneReports(entries.map((e) => ({ ...e, status: 'pending' as const })), output([]))).toEqual([]);
    // An earlier version's key ("BC:<code>:<period>:<time>"): read as well.
    const old = { ...entries[1], key: `BC:${SCHOOLS[1].code}:KH-2026-2030:${second.getTime()}` };
    expect(receiptsOfGoneReports([old], output([both[0]])).map((g) => g.key)).toEqual([old.key]);
  });
});

// Fix w67r of review r67r F5: a report's receipt is known in the outbox by the report (period, time sent, school chosen
// in the form), not by the school's code the office may correct in "Đơn vị"; a receipt an earlier version queued under
// "BC:<code>:<period>:<time>" keeps that key, so an office updating is not sent it twice.
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { keptEarlierKeys, reportReceipts } from '../../src/core/notices';
import type { OutboxEntry } from '../../src/core/outbox';
import { buildReportForm, responseHeaders } from '../../src/core/registration-form';
import { directoryToRows } from '../../src/core/directory';
import { config2026, SCHOOLS } from './helpers';

const DAY = 86_400_000;
const PLAN = 'Kế hoạch giai đoạn 2026-2030 của đơn vị';
const cfg = config2026(new Date(2026, 8, 7, 7, 0, 0));
const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
// Two paper reports the clerk typed with one day (midnight), and one sent through the form.
const paper = new Date(2026, 8, 1);
const sent = new Date(2026, 8, 2, 9, 30);
const rows = [
  [paper, '', SCHOOLS[0].name, PLAN, '15/KH-MNHS', 'Tóm tắt', ''],
  [paper, '', SCHOOLS[1].name, PLAN, '16/KH-THHB', 'Tóm tắt', ''],
  [sent, SCHOOLS[2].emails[0], SCHOOLS[2].name, PLAN, '17/KH-THCS', 'Tóm tắt', ''],
];
const receiptsWith = (schools: readonly (typeof SCHOOLS)[number][]) =>
  reportReceipts(evaluateAll({ config: cfg, directoryRows: directoryToRows(schools), responseValues: [], reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)], ...rows] }), cfg, new Date(sent.getTime() + DAY));
const entry = (key: string): OutboxEntry => ({ key, kind: 'reportReceipt', ref: '', to: 'x@y.vn', subject: 's', status: 'sent', createdAt: paper, sentAt: paper, attempts: 1, note: '' });
const bySchool = (ns: ReturnType<typeof reportReceipts>) => Object.fromEntries(ns.map((n) => [n.schoolCode, n.key]));

describe('w67r: a report\'s receipt key', () => {
  it('does not change when a school\'s code is corrected in "Đơn vị"; two reports typed with one day have two keys', () => {
    const right = bySchool(receiptsWith(SCHOOLS));
    const typo = receiptsWith(SCHOOLS.map((s, i) => (i === 2 ? { ...s, code: 'X1' } : s)));
    expect(typo.map((n) => n.schoolCode).sort()).toEqual([SCHOOLS[0].code, SCHOOLS[1].code, 'X1'].sort());
    expect(typo.map((n) => n.key).sort()).toEqual(Object.values(right).sort());
    expect(new Set(Object.values(right)).size).toBe(3);
  });

  it('an earlier version\'s key in the outbox is kept: today\'s code, or any code for a report alone at its time', () => {
    const ns = receiptsWith(SCHOOLS);
    const [a, b] = SCHOOLS.map((s) => `BC:${s.code}:KH-2026-2030:`);
    const kept = bySchool(keptEarlierKeys(ns, [entry(`${a}${paper.getTime()}`), entry(`BC:X1:KH-2026-2030:${sent.getTime()}`), { ...entry(`${b}${paper.getTime()}`), kind: 'notice' }]));
    expect(kept[SCHOOLS[0].code]).toBe(`${a}${paper.getTime()}`);
    // Sent alone at its time, under the code since corrected.
    expect(kept[SCHOOLS[2].code]).toBe(`BC:X1:KH-2026-2030:${sent.getTime()}`);
    // Another school's report typed with the same day takes neither its key, nor an entry of another kind.
    expect(kept[SCHOOLS[1].code]).toMatch(/^NBC:KH-2026-2030:/);
    expect(kept[SCHOOLS[1].code]).not.toContain(b);
  });

  it('a code corrected for one of two reports typed with one day: the earlier key is not guessed', () => {
    const ns = receiptsWith(SCHOOLS);
    const kept = bySchool(keptEarlierKeys(ns, [entry(`BC:ZZ:KH-2026-2030:${paper.getTime()}`)]));
    expect(kept[SCHOOLS[0].code]).toMatch(/^NBC:/);
    expect(kept[SCHOOLS[1].code]).toMatch(/^NBC:/);
  });
});

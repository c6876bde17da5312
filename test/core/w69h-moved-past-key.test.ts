// w69h (w68f left open, r67r F6): the notice that a plan deadline was moved to a day already past is known in the outbox
// by the school it tells — its name, not the code the clerk may correct in "Đơn vị" — (review r67r F5, as receipts).
// A notice already queued under a key of the version before ("HQ:<school code>:…") or under the school's former name
// stays the one: not queued again, not told again for another date.
import { describe, expect, it } from 'vitest';
import { type OutboxEntry } from '../../src/core/outbox';
import { deadlinesMovedPast, planReminders } from '../../src/core/reminders';
import { directoryRows, remindedConfig as cfgAt, evaluateDirectory as run } from './helpers';

const at = (m: number, d: number) => new Date(2026, m - 1, d, 7);
/** The 14-day reminders of 16/09 (of 30/09/2026), sent. */
function reminded(): OutboxEntry[] {
  const cfg = cfgAt(at(9, 16));
  return planReminders([], run(cfg), cfg, at(9, 16), true).map((e) => ({ ...e, status: 'sent' as const, sentAt: at(9, 16), attempts: 1 }));
}
const notice = (key: string, status: OutboxEntry['status'] = 'sent'): OutboxEntry =>
  ({ key, kind: 'notice', ref: '', to: 'x@example.edu.vn', subject: '', status, attempts: 1, createdAt: at(9, 22), sentAt: status === 'sent' ? at(9, 22) : null, note: '' });
const movedTo = (d: number) => new Date(2026, 8, d);
const byCode = (list: ReturnType<typeof deadlinesMovedPast>) => new Map(list.map((m) => [m.school.code, m.key]));

describe('w69h: the key of the notice that a deadline moved past', () => {
  const entries = reminded();

  it('moved to 20/09 on 22/09: the three schools, each under a key naming the school by its name, not its code', () => {
    const cfg = cfgAt(at(9, 22), movedTo(20));
    const keys = byCode(deadlinesMovedPast(entries, run(cfg), cfg, at(9, 22)));
    expect([...keys.keys()].sort()).toEqual(['CS01', 'MN01', 'TH01']);
    for (const [code, key] of keys) {
      expect(key).toMatch(/^HQ:@[0-9a-z]+:KH-2026-2030:20260920$/);
      expect(key).not.toContain(code);
    }
  });

  it("a notice queued by the version before under the school's code keeps its key (not queued twice); sent, none for a later move", () => {
    const cfg = cfgAt(at(9, 22), movedTo(20));
    const old = notice('HQ:TH01:KH-2026-2030:20260920', 'pending');
    expect(byCode(deadlinesMovedPast([...entries, old], run(cfg), cfg, at(9, 22))).get('TH01')).toBe(old.key);
    const sent = notice(old.key);
    const again = cfgAt(at(9, 23), movedTo(19));
    expect(byCode(deadlinesMovedPast([...entries, sent], run(again), again, at(9, 23))).has('TH01')).toBe(false);
  });

  it('a school renamed in "Đơn vị" (its old name in "Tên cũ") after its notice went is not told again', () => {
    const cfg = cfgAt(at(9, 22), movedTo(20));
    const first = byCode(deadlinesMovedPast(entries, run(cfg), cfg, at(9, 22))).get('TH01')!;
    const renamed = directoryRows().map((r) => (r[0] === 'TH01' ? [r[0], 'Trường Tiểu học Hòa Bình Mới', ...r.slice(2, -1), r[1]] : r));
    const next = cfgAt(at(9, 23), movedTo(20));
    expect(byCode(deadlinesMovedPast([...entries, notice(first)], run(next, renamed), next, at(9, 23))).get('TH01')).toBe(first);
    const later = cfgAt(at(9, 24), movedTo(19));
    expect(byCode(deadlinesMovedPast([...entries, notice(first)], run(later, renamed), later, at(9, 24))).has('TH01')).toBe(false);
  });
});

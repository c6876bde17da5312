// Review d69c F2, a variant (w69s): two schools merged into one row of "Đơn vị" ("Tên cũ" holding both old names) after
// the quota ran out between their reminders of the same deadline and offset — the first school's sent, the second's
// still waiting. The merged school has had that reminder: the waiting row is closed, with a note saying why, not sent.
import { describe, expect, it } from 'vitest';
import { type OutboxEntry } from '../../src/core/outbox';
import { planReminders } from '../../src/core/reminders';
import { directoryToRows } from '../../src/core/directory';
import { REMINDER_NOTE } from '../../src/core/messages';
import { SCHOOLS, remindedConfig as cfgAt, evaluateDirectory as run } from './helpers';

const at = (m: number, d: number) => new Date(2026, m - 1, d, 7);
const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;
const codeOf = (e: OutboxEntry) => e.ref.split(' · ')[0];

describe('w69s: merged after one old school was reminded, the other\'s reminder still waiting', () => {
  it('the waiting row is closed as the merged school\'s reminder already sent; an unmerged directory sends it', () => {
    const cfg16 = cfgAt(at(9, 16));
    const queued = planReminders([], run(cfg16), cfg16, at(9, 16), true);
    // Hoa Sen's went; Hòa Bình's and Quang Minh's wait for the quota.
    const outbox = queued.map((e) => (codeOf(e) === HOA_SEN.code ? { ...e, status: 'sent' as const, sentAt: at(9, 16), attempts: 1 } : e));
    const cfg17 = cfgAt(at(9, 17));
    const rows = directoryToRows([{ ...HOA_SEN, name: 'Trường Liên cấp Hoa Sen' }, QUANG_MINH]);
    rows[1][rows[1].length - 1] = `${HOA_SEN.name}; ${HOA_BINH.name}`;
    const merged = planReminders(outbox, run(cfg17, rows), cfg17, at(9, 17), true);
    const hb = merged.find((e) => codeOf(e) === HOA_BINH.code)!;
    expect([hb.status, hb.note]).toEqual(['skipped', REMINDER_NOTE.merged]);
    expect(merged.filter((e) => e.status === 'pending').map(codeOf)).toEqual([QUANG_MINH.code]);
    // The guard: not merged, Hòa Bình's reminder still waits.
    const kept = planReminders(outbox, run(cfg17), cfg17, at(9, 17), true);
    expect(kept.filter((e) => e.status === 'pending').map(codeOf).sort()).toEqual([HOA_BINH.code, QUANG_MINH.code].sort());
  });
});

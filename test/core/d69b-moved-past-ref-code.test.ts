// Review d69b of the fix of d69 F1 (a3fa446): deadlinesMovedPast now also knows a notice's school by the code its ref
// gave it ("<code> · <period>"), so that a school whose name the clerk corrected without "Tên cũ" keeps its notice. But
// a code is what the clerk corrects too, and may give to another school: the ref's code is then another school's.
//
// The case: Hòa Bình's name was typed "Hòa Binh" and the two schools' codes swapped (Hoa Sen TH01, Hòa Bình MN01) when the
// deadline moved past; both notices wait in the outbox (the day's quota spent). The clerk fixes the two rows the same day:
// Hoa Sen gets MN01 back, Hòa Bình TH01, its name spelled right. Hòa Bình, no longer known by its name, is known by the
// code TH01 — which Hoa Sen's waiting notice's ref holds. Both schools are
// given Hoa Sen's notice's key: one outbox entry for two schools, so one of them is never told (the plan keeps one notice
// by key), and Hòa Bình's own waiting notice is dropped as stale. Before the fix each school had a key of its own.
import { describe, expect, it } from 'vitest';
import { type OutboxEntry } from '../../src/core/outbox';
import { deadlinesMovedPast, planReminders } from '../../src/core/reminders';
import { directoryRows, remindedConfig as cfgAt, evaluateDirectory as run } from './helpers';

const at = (m: number, d: number, h = 7) => new Date(2026, m - 1, d, h);
const HOA_SEN = 'Trường Mầm non Hoa Sen';
const HOA_BINH = 'Trường Tiểu học Hòa Bình';
/** "Đơn vị" with Hòa Bình's name typed "Hòa Binh" and the two codes swapped (what the clerk fixes). */
const typed = () => directoryRows().map((r, i) => (i === 0 ? r : r[1] === HOA_SEN ? ['TH01', ...r.slice(1)] : r[1] === HOA_BINH ? ['MN01', 'Trường Tiểu học Hòa Binh', ...r.slice(2)] : r));
/** "Đơn vị" as it should be: Hoa Sen MN01, Hòa Bình TH01, spelled right. */
const fixed = () => directoryRows();

describe('d69b: the notice that a deadline moved past, known by the code of its ref when the code is another school\'s now', () => {
  it('two schools are never given one notice\'s key', () => {
    // Reminded on 16/09 (of 30/09) under the codes typed then.
    const cfg16 = cfgAt(at(9, 16));
    const reminded = planReminders([], run(cfg16, typed()), cfg16, at(9, 16), true).map((e) => ({ ...e, status: 'sent' as const, sentAt: at(9, 16), attempts: 1 }));
    // Moved to 20/09 on 22/09: each school's notice queued (waiting for the quota), its ref "<code then> · <period>".
    const cfg22 = cfgAt(at(9, 22), new Date(2026, 8, 20));
    const queued = deadlinesMovedPast(reminded, run(cfg22, typed()), cfg22, at(9, 22));
    expect(queued.map((q) => q.school.code).sort()).toEqual(['CS01', 'MN01', 'TH01']);
    const pending: OutboxEntry[] = queued.map((q) => ({ key: q.key, kind: 'notice', ref: `${q.school.code} · ${q.deadline.periodLabel}`, to: q.school.emails.join(','), subject: '', status: 'pending', attempts: 0, createdAt: at(9, 22), sentAt: null, note: '' }));
    // The clerk fixes the two rows the same day; the next run plans again.
    const later = cfgAt(at(9, 22, 15), new Date(2026, 8, 20));
    const again = deadlinesMovedPast([...reminded, ...pending], run(later, fixed()), later, at(9, 22, 15));
    const keys = again.map((m) => m.key);
    expect(again.map((m) => m.school.name).sort()).toEqual([HOA_SEN, HOA_BINH, 'Trường THCS Quang Minh'].sort());
    expect(new Set(keys).size).toBe(keys.length);
  });
});

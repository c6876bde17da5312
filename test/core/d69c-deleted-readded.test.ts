// Review d69c: a school's row deleted from "Đơn vị" by mistake while its reminder waits for the mail quota, and typed
// back the next morning: its waiting reminder was closed ("no longer in 'Đơn vị'"), unsent, and the closed row still
// counts as its reminder of that deadline and offset — the school is never reminded 14 days before. (Not w69r's: the
// same with the code keys of the version before.)
import { describe, expect, it } from 'vitest';
import { type OutboxEntry } from '../../src/core/outbox';
import { planReminders } from '../../src/core/reminders';
import { directoryToRows } from '../../src/core/directory';
import { SCHOOLS, directoryRows, remindedConfig as cfgAt, evaluateDirectory as run } from './helpers';

const at = (m: number, d: number) => new Date(2026, m - 1, d, 7);
const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;
const codeOf = (e: OutboxEntry) => e.ref.split(' · ')[0];
const open = (e: OutboxEntry) => e.status === 'pending' || e.status === 'failed';

describe('review d69c: a school deleted from "Đơn vị" and typed back while its reminder waits', () => {
  it('is reminded of the deadline and offset once it is back', () => {
    const cfg16 = cfgAt(at(9, 16));
    const waiting = planReminders([], run(cfg16, directoryRows()), cfg16, at(9, 16), true);
    const cfg17 = cfgAt(at(9, 17));
    const without = planReminders(waiting, run(cfg17, directoryToRows([HOA_SEN, QUANG_MINH])), cfg17, at(9, 17), true);
    const cfg18 = cfgAt(at(9, 18));
    const back = planReminders(without, run(cfg18, directoryRows()), cfg18, at(9, 18), true);
    expect(back.filter((e) => e.kind === 'reminder' && open(e)).map(codeOf).sort()).toEqual(['CS01', 'MN01', 'TH01']);
  });
});

// w69r (w69h left open, as r67r F5 for receipts): a reminder is known in the outbox by the school it is for — its name,
// which "Đơn vị" holds once, or a former one in "Tên cũ" — not by the code the clerk may retype. The reminders an office
// upgrading holds under the version before's keys ("NH:<school code>:…") stay known: by the school their subject names
// ("… — <school>"), or by the code when the subject does not say (a row restored from the journal): not sent twice, and
// a school given another's code is never taken for it.
import { describe, expect, it } from 'vitest';
import { type OutboxEntry } from '../../src/core/outbox';
import { deadlinesMovedPast, planReminders } from '../../src/core/reminders';
import { directoryRows, remindedConfig as cfgAt, evaluateDirectory as run } from './helpers';

const at = (m: number, d: number) => new Date(2026, m - 1, d, 7);
const codeOf = (e: OutboxEntry) => e.ref.split(' · ')[0];
/** The 14-day reminders of 16/09 (of 30/09/2026), sent. */
function reminded(): OutboxEntry[] {
  const cfg = cfgAt(at(9, 16));
  return planReminders([], run(cfg), cfg, at(9, 16), true).map((e) => ({ ...e, status: 'sent' as const, sentAt: at(9, 16), attempts: 1 }));
}
/** The same, under the keys of the version before: the school's code. */
const legacy = (entries: OutboxEntry[], subject?: (e: OutboxEntry) => string) => entries.map((e) => ({ ...e, key: `NH:${codeOf(e)}:KH-2026-2030:14`, ...(subject ? { subject: subject(e) } : {}) }));
/** Hòa Bình's row with its code typed `code`. */
const recoded = (code: string) => directoryRows().map((r) => (r[0] === 'TH01' ? [code, ...r.slice(1)] : r));
/** Hòa Bình's row given to another school (same code). */
const replaced = () => directoryRows().map((r) => (r[0] === 'TH01' ? ['TH01', 'Trường Tiểu học Sao Mai', r[2], r[3], r[4], 'Đỗ Thị Lan', 'thsaomai@example.edu.vn', ''] : r));
/** The schools (by code) newly queued a reminder on 17/09 after `entries`. */
function queuedOn17(entries: OutboxEntry[], rows = directoryRows()): string[] {
  const cfg = cfgAt(at(9, 17));
  return planReminders(entries, run(cfg, rows), cfg, at(9, 17), true).slice(entries.length).map(codeOf).sort();
}

describe('w69r: the key of a reminder', () => {
  it('names the school by its name, not its code', () => {
    const entries = reminded();
    expect(entries.map(codeOf).sort()).toEqual(['CS01', 'MN01', 'TH01']);
    for (const e of entries) {
      expect(e.key).toMatch(/^NH:@[0-9a-z]+:KH-2026-2030:14$/);
      expect(e.key).not.toContain(codeOf(e));
    }
  });

  it('a code corrected the next day: nobody is reminded again', () => {
    expect(queuedOn17(reminded(), recoded('TH1'))).toEqual([]);
  });

  it('a school given the code of another the next day is reminded of its own', () => {
    expect(queuedOn17(reminded(), replaced())).toEqual(['TH01']);
  });
});

describe("w69r: reminders under the version before's keys (the school's code)", () => {
  it('the same directory: nobody is reminded again', () => {
    expect(queuedOn17(legacy(reminded()))).toEqual([]);
  });

  it('a code corrected since: the school its subject names is not reminded again', () => {
    expect(queuedOn17(legacy(reminded()), recoded('TH1'))).toEqual([]);
  });

  it('a school given the code since: not taken for the school the subject names', () => {
    expect(queuedOn17(legacy(reminded()), replaced())).toEqual(['TH01']);
  });

  it('a subject that names no school (a row restored from the journal): known by its code', () => {
    expect(queuedOn17(legacy(reminded(), (e) => e.subject.slice(0, 40)))).toEqual([]);
  });

  it('what a school was reminded of is known after its code is corrected: told that the deadline moved to a day already past', () => {
    for (const entries of [reminded(), legacy(reminded())]) {
      const cfg = cfgAt(at(9, 22), new Date(2026, 8, 20));
      const told = deadlinesMovedPast(entries, run(cfg, recoded('TH1')), cfg, at(9, 22)).map((m) => m.school.code).sort();
      expect(told).toEqual(['CS01', 'MN01', 'TH1']);
    }
  });
});

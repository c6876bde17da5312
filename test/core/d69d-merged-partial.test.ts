// Review d69d: two schools merged into one row of "Đơn vị" ("Tên cũ" holding both old names) while their reminders wait
// for the quota (review d69c F2), one old school's reminder about two deadlines due the same day (the interim review and
// the six-monthly report), the other's about the first only. The merged school is reminded of the interim review once.
import { describe, expect, it } from 'vitest';
import { type OutboxEntry } from '../../src/core/outbox';
import { keyParts, parseReminderKey, planReminders } from '../../src/core/reminders';
import { directoryToRows } from '../../src/core/directory';
import { SCHOOLS, remindedConfig as cfgAt, evaluateDirectory as run } from './helpers';

const at = (d: number) => new Date(2028, 5, d, 7);
const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;
const codeOf = (e: OutboxEntry) => e.ref.split(' · ')[0];
const partsOf = (e: OutboxEntry) => keyParts(parseReminderKey(e.key)!).map((p) => `${p.deadlineId}:${p.offset}`);

describe('d69d: merged while waiting, one old school\'s reminder about one more deadline', () => {
  it('the merged school is not sent two reminders of the same deadline and offset', () => {
    const cfg1 = cfgAt(at(1));
    // Every school's reminder of 1 June waits for the quota; Hoa Sen's is about the interim review only (as queued when
    // it had nothing to send for the six-monthly report), Hòa Bình's about both.
    const outbox = planReminders([], run(cfg1), cfg1, at(1), true).map((e) =>
      codeOf(e) === HOA_SEN.code ? { ...e, key: e.key.replace('|BC-2028-6T:14', ''), ref: `${HOA_SEN.code} · SO-KET-2028` } : e,
    );
    expect(outbox.map(partsOf)).toEqual([['SO-KET-2028:14'], ['SO-KET-2028:14', 'BC-2028-6T:14'], ['SO-KET-2028:14', 'BC-2028-6T:14']]);
    const cfg2 = cfgAt(at(2));
    const rows = directoryToRows([{ ...HOA_SEN, name: 'Trường Liên cấp Hoa Sen' }, QUANG_MINH]);
    rows[1][rows[1].length - 1] = `${HOA_SEN.name}; ${HOA_BINH.name}`;
    const merged = planReminders(outbox, run(cfg2, rows), cfg2, at(2), false);
    const waiting = merged.filter((e) => e.status === 'pending' && codeOf(e) !== QUANG_MINH.code);
    // Today both rows wait, and the merged school is sent the interim review's 14-day reminder twice.
    expect(waiting.filter((e) => partsOf(e).includes('SO-KET-2028:14'))).toHaveLength(1);
  });
});

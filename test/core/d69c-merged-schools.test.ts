// Review d69c of w69r: reminders are now known by the school's name or a former one ("Tên cũ"). Two schools merged into
// one row — the new name, "Tên cũ" holding both old names, the first school's code kept — while their reminders of the
// same deadline and offset still wait in the outbox (the mail quota used up, or reminders turned off and on): both
// waiting rows are now the merged school's, and both stay waiting, so it is sent the same reminder twice. Before w69r the
// second school's row (its code gone) was retired: one e-mail.
import { describe, expect, it } from 'vitest';
import { parseReminderKey, planReminders, waitingReminder } from '../../src/core/reminders';
import { directoryToRows } from '../../src/core/directory';
import { SCHOOLS, remindedConfig as cfgAt, evaluateDirectory as run } from './helpers';

const at = (m: number, d: number) => new Date(2026, m - 1, d, 7);
const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;
const MERGED = { ...HOA_SEN, name: 'Trường Liên cấp Hoa Sen', level: 'Tiểu học' };
/** "Đơn vị" after the merge: one row for Hoa Sen and Hòa Bình, Hoa Sen's code kept, both old names in "Tên cũ". */
function mergedRows(): string[][] {
  const rows = directoryToRows([MERGED, QUANG_MINH]);
  rows[1][rows[1].length - 1] = `${HOA_SEN.name}; ${HOA_BINH.name}`;
  return rows;
}

describe('review d69c: two schools merged while their reminders wait for the quota', () => {
  it('the merged school is sent the reminder of a deadline and offset once, not once per old school', () => {
    // 16/09: the 14-day reminders of the plan (30/09/2026) queued, none sent (the quota used up).
    const cfg16 = cfgAt(at(9, 16));
    const waiting = planReminders([], run(cfg16), cfg16, at(9, 16), true);
    expect(waiting.map((e) => e.ref.split(' · ')[0]).sort()).toEqual(['CS01', 'MN01', 'TH01']);
    // 17/09: the clerk merges Hoa Sen and Hòa Bình into one row; the plan runs again, then the reminders are sent.
    const cfg17 = cfgAt(at(9, 17));
    const out = run(cfg17, mergedRows());
    const merged = out.directory.schools.find((s) => s.name === MERGED.name)!;
    const planned = planReminders(waiting, out, cfg17, at(9, 17), true);
    const toMerged = planned.filter((e) => {
      if (e.kind !== 'reminder' || e.status !== 'pending' || parseReminderKey(e.key)?.deadlineId !== 'KH-2026-2030') return false;
      return waitingReminder(e.key, out, cfg17, at(9, 17), undefined, { queuedAt: e.createdAt, subject: e.subject }).reminder?.school === merged;
    });
    expect(toMerged).toHaveLength(1);
  });
});

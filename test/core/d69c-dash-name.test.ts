// Review d69c of w69r: a reminder queued by the version before (key "NH:<school code>:…") is now the school's its subject
// names after " — " — from each " — " on, since a school's name may hold one. A branch listed as its own unit,
// "Điểm trường Sao Mai — Trường Tiểu học Hòa Bình", makes its reminders also Hòa Bình's: Hòa Bình, listed in "Đơn vị" the
// next day, is taken as reminded already and is not reminded of the plan's deadline (14 days before). Before w69r
// (by the code) it was.
import { describe, expect, it } from 'vitest';
import { directoryToRows } from '../../src/core/directory';
import { type OutboxEntry } from '../../src/core/outbox';
import { planReminders } from '../../src/core/reminders';
import { SCHOOLS, remindedConfig as cfgAt, evaluateDirectory as run } from './helpers';

const at = (m: number, d: number) => new Date(2026, m - 1, d, 7);
const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;
const BRANCH = { ...HOA_BINH, code: 'TH02', name: `Điểm trường Sao Mai — ${HOA_BINH.name}`, principal: 'Đỗ Thị Lan', emails: ['dtsaomai@example.edu.vn'] };
const codeOf = (e: OutboxEntry) => e.ref.split(' · ')[0];

describe('review d69c: a school whose name holds " — " and the reminders of the version before', () => {
  it('a school named as the end of a branch\'s name is not taken as reminded by the branch\'s reminder', () => {
    // 16/09 (the version before): the 14-day reminders of the plan (30/09/2026), sent, keyed by the code.
    const cfg16 = cfgAt(at(9, 16));
    const sent = planReminders([], run(cfg16, directoryToRows([HOA_SEN, BRANCH, QUANG_MINH])), cfg16, at(9, 16), true).map((e) => ({
      ...e,
      key: `NH:${codeOf(e)}:KH-2026-2030:14`,
      status: 'sent' as const,
      sentAt: at(9, 16),
      attempts: 1,
    }));
    expect(sent.map(codeOf).sort()).toEqual(['CS01', 'MN01', 'TH02']);
    // 17/09 (updated): Hòa Bình listed in "Đơn vị".
    const cfg17 = cfgAt(at(9, 17));
    const queued = planReminders(sent, run(cfg17, directoryToRows([HOA_SEN, HOA_BINH, BRANCH, QUANG_MINH])), cfg17, at(9, 17), true).slice(sent.length);
    expect(queued.map(codeOf)).toEqual(['TH01']);
  });
});

// r72g: the "Lịch chạy" of "Trang theo dõi của các trường" in "Tình trạng" said only "Chạy cùng “Cập nhật tổng hợp”".
// What a rebuild leaves (the daily quota of new spreadsheets used up, its time run out) is made by a run of its own,
// continueSchoolViews, scheduled for when it can go on (src/jobs/rebuild.ts) — with no "Cập nhật tổng hợp" then.
import { describe, expect, it } from 'vitest';
import { madeEarlierToday, numberedSchools, officeAfterSetup, recordsOf, setConfigValues } from './helpers';

const LABEL = 'Trang theo dõi của các trường';

describe('r72g: when "Trang theo dõi của các trường" runs', () => {
  const o = officeAfterSetup(numberedSchools(5), { mailQuota: 100 });
  madeEarlierToday(o.emu, 'sheet', 248);
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  const made = () => [...recordsOf(o.emu, 'views.v.').values()].filter((v) => JSON.parse(v).st === 'made').length;
  const afterRebuild = made();
  const continuations = o.emu.triggers.find('continueSchoolViews');
  const dueAt = continuations[0]?.clock?.nextAt ?? 0;
  // Up to just before the continuation: the morning's rebuild runs, the quota not yet given back.
  o.emu.triggers.runDueTimeTriggers(dueAt - 1);
  const beforeIt = made();
  const runs = o.emu.triggers.runDueTimeTriggers(dueAt + 60_000).map((r) => r.handler);
  const row = o.emu.spreadsheets.values('Tình trạng').map((r) => r.map(String)).find((r) => r[0] === LABEL)!;

  it('the views the quota held back are made later by a run of their own, no "Cập nhật tổng hợp" in between (fact)', () => {
    expect(afterRebuild).toBe(2);
    expect(continuations).toHaveLength(1);
    expect(beforeIt).toBe(2);
    expect(runs).toContain('continueSchoolViews');
    expect(runs).not.toContain('rebuildSummaries');
    expect(made()).toBe(5);
  });

  it('its "Lịch chạy" says what is left goes on by itself', () => {
    expect(row[4]).toContain('tự chạy tiếp');
  });
});

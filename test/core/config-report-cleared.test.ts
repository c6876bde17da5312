// A report deadline ("Hạn báo cáo 6 tháng", "Hạn báo cáo năm") emptied since a full run read it, as a milestone's
// date is (review r66c #2, test/core/config-recalled.test.ts): never the plan's default without a word. The run keeps
// the deadline read before (the one the schools were told), checks and reminds by it as before (review d68 #1), says
// so with the row, and Thiết lập writes it back.
import { describe, expect, it } from 'vitest';
import { blankMilestones, configFromRows, configToRows, dateUnsettled, defaultConfig } from '../../src/core/config';
import { configLabel } from '../../src/core/messages';
import { settingsPrint } from '../../src/core/settings-trail';

const NOW = new Date(2026, 8, 15);
const HALF = 'reports.halfYearDeadline';
const ANNUAL = 'reports.annualDeadline';

function tab(typed: Record<string, unknown> = {}): unknown[][] {
  const rows = configToRows(defaultConfig(NOW)).map((r) => [...r] as unknown[]);
  for (const [key, value] of Object.entries(typed)) rows.find((r) => r[0] === configLabel(key))![1] = value;
  return rows;
}
const rowOf = (rows: unknown[][], key: string) => rows.findIndex((r) => r[0] === configLabel(key)) + 1;

describe('a report deadline emptied since a full run read it', () => {
  const before = tab({ [HALF]: '20/07' });
  const now = tab({ [HALF]: '' });
  const row = rowOf(now, HALF);
  const { config, errors } = configFromRows(now, NOW, settingsPrint(before, []));

  it('keeps the deadline read before, not the plan\'s default', () => {
    expect(config.period.reports.halfYear).toEqual({ day: 20, month: 7 });
    expect(config.period.reports.annual).toEqual(defaultConfig(NOW).period.reports.annual);
  });

  it('is said once: its row, the deadline it held, what to do', () => {
    const said = errors.filter((e) => e.includes(configLabel(HALF)));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(`dòng ${row}`);
    expect(said[0]).toContain('“20/07”');
    expect(said[0]).toContain('Thiết lập');
  });

  it('is no stand-in (checked and reminded of as before) and is written back by Thiết lập', () => {
    expect(dateUnsettled(config, HALF)).toBe(false);
    expect(dateUnsettled(config, ANNUAL)).toBe(false);
    expect(config.recalled).toEqual([{ key: HALF, label: configLabel(HALF), row, was: '20/07', restore: true }]);
    expect(blankMilestones(now, config).filter((b) => b.row === row)).toEqual([{ row, value: '20/07', label: configLabel(HALF), restored: true }]);
  });

  it('a cell empty from the start, or one whose earlier value was not a deadline, keeps the default without a word', () => {
    for (const print of [null, settingsPrint(now, []), settingsPrint(tab({ [HALF]: 'cuối tháng 6' }), [])]) {
      const read = configFromRows(now, NOW, print);
      expect(read.errors).toEqual([]);
      expect(read.config.period.reports.halfYear).toEqual(defaultConfig(NOW).period.reports.halfYear);
      expect(dateUnsettled(read.config, HALF)).toBe(false);
      expect(read.config.recalled).toBeUndefined();
    }
  });
});

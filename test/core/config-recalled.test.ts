// Review r66c: what "Cấu hình" is read as when a value the last full run read (its print of the settings,
// src/core/settings-trail.ts) is gone from a cell: emptied by mistake (#2), made unreadable (#5), or contradicted by a
// second row of the same setting (#4). The run never takes the default, nor one row over another, without a word.
import { describe, expect, it } from 'vitest';
import { blankMilestones, configFromRows, configToRows, dateUnsettled, defaultConfig, parseDaysList } from '../../src/core/config';
import { configLabel } from '../../src/core/messages';
import { PROFILE_CONFIG_LABELS } from '../../src/core/messages/profiles';
import { settingsPrint } from '../../src/core/settings-trail';

const NOW = new Date(2026, 8, 15);
const PLAN = 'milestone.KE-HOACH';
const DAYS = 'mail.reminderDaysBefore';

/** The tab Thiết lập writes, with some values typed over (by the office's names of the rows). */
function tab(typed: Record<string, unknown> = {}): unknown[][] {
  const rows = configToRows(defaultConfig(NOW)).map((r) => [...r] as unknown[]);
  for (const [key, value] of Object.entries(typed)) rows.find((r) => r[0] === (PROFILE_CONFIG_LABELS[key] ?? configLabel(key)))![1] = value;
  return rows;
}
const rowOf = (rows: unknown[][], key: string) => rows.findIndex((r) => r[0] === configLabel(key)) + 1;
/** The print a full run kept of `rows`. */
const printOf = (rows: unknown[][]) => settingsPrint(rows, []);

describe('a milestone cell emptied since a full run read a date in it (#2)', () => {
  const before = tab({ [PLAN]: '15/10/2026' });
  const now = tab({ [PLAN]: '' });
  const row = rowOf(now, PLAN);
  const { config, errors } = configFromRows(now, NOW, printOf(before));

  it('is said once in the errors: its row, the date it held, the default used meanwhile', () => {
    const said = errors.filter((e) => e.includes(configLabel(PLAN)));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(`dòng ${row}`);
    expect(said[0]).toContain('15/10/2026');
    expect(said[0]).toContain('30/09/2026');
  });

  it('holds its reminders (unsettled) and is recalled for the print to keep and Thiết lập to write back', () => {
    expect(dateUnsettled(config, PLAN)).toBe(true);
    expect(config.recalled).toEqual([{ key: PLAN, label: configLabel(PLAN), row, was: '15/10/2026', restore: true }]);
    expect(blankMilestones(now, config).filter((b) => b.row === row)).toEqual([{ row, value: '15/10/2026', label: configLabel(PLAN), restored: true }]);
  });

  it('a cell empty from the start (no print, or a print that held it empty) keeps the default, filled in by Thiết lập', () => {
    for (const print of [null, printOf(now)]) {
      const read = configFromRows(now, NOW, print);
      expect(read.errors).toEqual([]);
      expect(dateUnsettled(read.config, PLAN)).toBe(false);
      expect(read.config.recalled).toBeUndefined();
      expect(blankMilestones(now, read.config).filter((b) => b.row === row)).toEqual([{ row, value: '30/09/2026', label: configLabel(PLAN) }]);
    }
  });

  it('a print that held no date there (text the run could not read) is not written back', () => {
    const read = configFromRows(now, NOW, printOf(tab({ [PLAN]: 'sau Tết' })));
    expect(read.config.recalled).toBeUndefined();
    expect(dateUnsettled(read.config, PLAN)).toBe(false);
  });
});

describe('"Nhắc hạn trước (số ngày)" unreadable never turns reminders on (#5)', () => {
  it('reads the common ways of saying off, the words the yes/no switches read', () => {
    expect(['Không', 'không gửi', 'Không nhắc', 'Tắt', 'tat', 'KHÔNG GỬI'].map(parseDaysList)).toEqual([[], [], [], [], [], []]);
    expect(['mười', 'Ko', 'tắt đi'].map(parseDaysList)).toEqual([null, null, null]);
  });

  it('keeps the value the last full run read, and says so', () => {
    const now = tab({ [DAYS]: 'Ko' });
    for (const [was, kept] of [
      ['Không', []],
      ['7; 1', [7, 1]],
    ] as const) {
      const { config, errors } = configFromRows(now, NOW, printOf(tab({ [DAYS]: was })));
      expect(config.mail.reminderDaysBefore).toEqual(kept);
      const said = errors.filter((e) => e.includes(configLabel(DAYS)));
      expect(said).toHaveLength(1);
      expect(said[0]).toContain('“Ko”');
      expect(said[0]).toContain(`tạm giữ giá trị trước: “${was}”`);
      expect(config.recalled).toEqual([{ key: DAYS, label: configLabel(DAYS), row: rowOf(now, DAYS), was }]);
    }
  });

  it('sends no reminder while the row is unreadable when no earlier value is known (or the print holds one unreadable)', () => {
    for (const print of [null, printOf(tab({ [DAYS]: 'Ko' }))]) {
      const { config, errors } = configFromRows(tab({ [DAYS]: 'Ko' }), NOW, print);
      expect(config.mail.reminderDaysBefore).toEqual([]);
      expect(errors.filter((e) => e.includes(configLabel(DAYS)))[0]).toContain('tạm không gửi thư nhắc');
      expect(config.recalled).toBeUndefined();
    }
  });
});

describe('the same setting on two rows (#4)', () => {
  /** The tab with a second row of `key` holding `value`, added below the last row. */
  const twice = (key: string, first: unknown, second: unknown) => {
    const rows = tab({ [key]: first });
    rows.push([configLabel(key), second, '']);
    return { rows, first: rowOf(rows, key), second: rows.length };
  };

  it('two dates that disagree: held (no reminder names either), both rows and values named, and what to delete', () => {
    const t = twice(PLAN, '30/09/2026', '15/10/2026');
    const { config, errors } = configFromRows(t.rows, NOW);
    expect(dateUnsettled(config, PLAN)).toBe(true);
    const said = errors.filter((e) => e.includes(configLabel(PLAN)));
    expect(said).toHaveLength(1);
    for (const part of [`dòng ${t.first}`, `dòng ${t.second}`, '“30/09/2026”', '“15/10/2026”', 'xóa']) expect(said[0]).toContain(part);
    // What is used meanwhile, and that no school is reminded of it.
    expect(said[0]).toContain('tạm dùng ngày 30/09/2026');
    expect(said[0]).toContain('không gửi thư nhắc hạn này');
  });

  it('the same date written twice (as a Date and as text): one kept, told, nothing held', () => {
    const t = twice(PLAN, new Date(2026, 9, 15), '15/10/2026');
    const { config, errors } = configFromRows(t.rows, NOW);
    expect(dateUnsettled(config, PLAN)).toBe(false);
    const said = errors.filter((e) => e.includes(configLabel(PLAN)));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(`dòng ${t.first}`);
    expect(said[0]).not.toContain('tạm dùng');
  });

  it('"Nhắc hạn trước" twice, "14; 3" and "Không": no reminder meanwhile, both named', () => {
    const t = twice(DAYS, '14; 3', 'Không');
    const { config, errors } = configFromRows(t.rows, NOW);
    expect(config.mail.reminderDaysBefore).toEqual([]);
    const said = errors.filter((e) => e.includes(configLabel(DAYS)));
    expect(said).toHaveLength(1);
    for (const part of [`dòng ${t.first}`, `dòng ${t.second}`, '“14; 3”', '“Không”', 'không gửi thư nhắc']) expect(said[0]).toContain(part);
    // The same days however written: as today.
    expect(configFromRows(twice(DAYS, '14; 3', '3, 14').rows, NOW).config.mail.reminderDaysBefore).toEqual([14, 3]);
  });

  it('the digest\'s recipients twice, disagreeing: no digest meanwhile', () => {
    const key = 'mail.digestRecipients';
    const t = twice(key, 'a@so.example', 'b@so.example');
    const { config, errors } = configFromRows(t.rows, NOW);
    expect(config.mail.digestRecipients).toEqual([]);
    expect(errors.filter((e) => e.includes(configLabel(key)))[0]).toContain('không gửi thư tổng hợp');
  });
});

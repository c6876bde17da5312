// "Cấu hình" as typed (review r78p F2–F4): what the pure helpers make of what Sheets stored.
import { describe, expect, it } from 'vitest';
import { configFromRows, configToRows, defaultConfig, plainTextRows } from '../../src/core/config';
import { configLabel } from '../../src/core/messages';
import { fractionRows, withShownFractions } from '../../src/core/typed-words';

const now = new Date(2024, 6, 1);
const rowsWith = (key: string, value: unknown) => configToRows(defaultConfig(now)).map((r) => (r[0] === configLabel(key) ? [r[0], value, r[2]] : r));

describe('config read as typed', () => {
  it('a number with a fraction is replaced by the text its cell shows, the row said', () => {
    const rows = rowsWith('mail.reminderDaysBefore', 7.3);
    const at = rows.findIndex((r) => r[1] === 7.3);
    expect(fractionRows(rows, 1)).toEqual([at, at]);
    const shown = withShownFractions(rows, 1, [['7,3']], at);
    expect(shown.rows).toEqual([at]);
    expect(shown.values[at][1]).toBe('7,3');
    expect(rows[at][1]).toBe(7.3);
    const read = configFromRows(shown.values, now, null, shown.rows);
    expect(read.config.mail.reminderDaysBefore).toEqual([7, 3]);
    expect(read.errors.join('\n')).toContain('nhắc hạn trước 7 và 3 ngày');
    expect(read.errors.join('\n')).not.toContain('7.3');
    // Typed as text ("7,3" in a plain-text cell): read alike, nothing said.
    expect(configFromRows(shown.values, now, null, []).errors).toEqual([]);
  });

  it('a text setting reading as a Sheets error is never used', () => {
    const read = configFromRows(rowsWith('schoolViews.contact', '#NAME?'), now, null);
    expect(read.config.organisation.contact).toBe('');
    expect(read.errors.join('\n')).toContain('ô đang hiện “#NAME?”');
  });

  it('only the list of days is formatted as plain text, and only while it holds text', () => {
    const rows = configToRows(defaultConfig(now));
    const at = rows.findIndex((r) => r[0] === configLabel('mail.reminderDaysBefore'));
    expect(plainTextRows(rows)).toEqual([at + 1]);
    expect(plainTextRows(rowsWith('mail.reminderDaysBefore', 14))).toEqual([]);
  });
});

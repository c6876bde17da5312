// The file's offset from UTC witnessed by a cell read both ways (src/gas/cell-batch.ts witnessOffset): its Date through
// SpreadsheetApp and its serial through the Sheets service. Taken for the script clock's own offset only as an answer
// of Utilities.formatDate would be (the file in the manifest's zone, the offsets the same); anything else is no witness,
// and fileOffset asks as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCRIPT_TIME_ZONE, fileOffset, witnessOffset } from '../../src/gas/cell-batch';

const DAY = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
/** Offsets as formatDate's "Z" gives them, for the zones used here (no DST in either). */
const ZONE_OFFSET: Record<string, number> = { 'Asia/Ho_Chi_Minh': 7 * 3_600_000, 'Asia/Singapore': 8 * 3_600_000 };
/** The serial a cell showing instant `t` holds in a file in zone `tz` (its wall clock). */
const serialOf = (t: number, tz: string) => (t + ZONE_OFFSET[tz] - SERIAL_EPOCH) / DAY;

let asked = 0;
const saved = (globalThis as { Utilities?: unknown }).Utilities;
beforeAll(() => {
  (globalThis as { Utilities?: unknown }).Utilities = {
    formatDate: (_d: Date, tz: string) => {
      asked++;
      const h = ZONE_OFFSET[tz] / 3_600_000;
      return `+${String(h).padStart(2, '0')}00`;
    },
  };
});
afterAll(() => {
  (globalThis as { Utilities?: unknown }).Utilities = saved;
});

/** How many times fileOffset asked formatDate for `t` in `tz`, and what it answered. */
function offsetAt(t: number, tz: string): { asked: number; offset: number } {
  const before = asked;
  const offset = fileOffset(t, tz);
  return { asked: asked - before, offset };
}

describe('the file\'s offset witnessed by a cell read as a Date and as a serial', () => {
  // Instants far apart (more than a day), so that no case rests on an instant another case agreed on.
  const base = Date.UTC(2026, 0, 10, 3, 0, 0);
  const at = (k: number) => base + k * 10 * DAY;

  it('in the manifest\'s zone, a witness that agrees with the script clock saves the call for instants within a day', () => {
    expect(SCRIPT_TIME_ZONE).toBe('Asia/Ho_Chi_Minh');
    const t = at(0);
    witnessOffset(new Date(t), serialOf(t, SCRIPT_TIME_ZONE), SCRIPT_TIME_ZONE);
    expect(offsetAt(t + 5 * 60_000, SCRIPT_TIME_ZONE)).toEqual({ asked: 0, offset: 7 * 3_600_000 });
    // A day and more away: asked.
    expect(offsetAt(t + 2 * DAY, SCRIPT_TIME_ZONE).asked).toBe(1);
  });

  it('without a witness, asked as before', () => {
    expect(offsetAt(at(1), SCRIPT_TIME_ZONE)).toEqual({ asked: 1, offset: 7 * 3_600_000 });
  });

  it('a serial that is not the Date\'s wall clock in the script\'s zone (another offset) is no witness', () => {
    const t = at(2);
    witnessOffset(new Date(t), serialOf(t, 'Asia/Singapore'), SCRIPT_TIME_ZONE);
    expect(offsetAt(t, SCRIPT_TIME_ZONE).asked).toBe(1);
  });

  it('a file in another zone: no witness, the offset asked', () => {
    const t = at(3);
    witnessOffset(new Date(t), serialOf(t, 'Asia/Singapore'), 'Asia/Singapore');
    expect(offsetAt(t, 'Asia/Singapore')).toEqual({ asked: 1, offset: 8 * 3_600_000 });
  });

  it('a cell that is not a Date both ways (text, a number, nothing) is no witness', () => {
    const t = at(4);
    witnessOffset(serialOf(t, SCRIPT_TIME_ZONE), serialOf(t, SCRIPT_TIME_ZONE), SCRIPT_TIME_ZONE);
    witnessOffset(new Date(t), '', SCRIPT_TIME_ZONE);
    witnessOffset(new Date(t), undefined, SCRIPT_TIME_ZONE);
    witnessOffset(new Date(NaN), serialOf(t, SCRIPT_TIME_ZONE), SCRIPT_TIME_ZONE);
    witnessOffset(new Date(t), serialOf(t, SCRIPT_TIME_ZONE), null);
    expect(offsetAt(t, SCRIPT_TIME_ZONE).asked).toBe(1);
  });
});

// Fix f82e (review d82a F4, F5): "Thời gian họp" as earlier versions read it (Council.timeRead), beside the time the
// Biên bản prints; "Ngày họp" typed with its hour gives the meeting's time when "Thời gian họp" is empty.
import { describe, expect, it } from 'vitest';
import { parseCouncil } from '../../src/core/council';
import { COUNCIL_FIELDS } from '../../src/core/messages/proposals';

const read = (time: unknown, date: unknown) => parseCouncil([[COUNCIL_FIELDS.time, time], [COUNCIL_FIELDS.date, date]])!;

describe('the council\'s time as read before (timeRead) and "Ngày họp" with its hour', () => {
  it('a time typed alone: printed with the day, read before as the day zero', () => {
    const c = read(new Date(1899, 11, 30, 14, 0), new Date(2024, 6, 1));
    expect({ time: c.time, timeRead: c.timeRead, date: c.date }).toEqual({ time: '14:00 ngày 01/07/2024', timeRead: '30/12/1899', date: '01/07/2024' });
  });
  it('words typed: the same both ways, no timeRead', () => {
    const c = read('14 giờ 00 phút, ngày 01/07/2024', new Date(2024, 6, 1));
    expect(c.time).toBe('14 giờ 00 phút, ngày 01/07/2024');
    expect('timeRead' in c).toBe(false);
  });
  it('"Ngày họp" with its hour, "Thời gian họp" empty: the hour on that day; read before as nothing', () => {
    const c = read('', new Date(2024, 6, 1, 14, 0));
    expect({ time: c.time, timeRead: c.timeRead, date: c.date }).toEqual({ time: '14:00 ngày 01/07/2024', timeRead: '', date: '01/07/2024' });
  });
  it('"Ngày họp" with its hour and "Thời gian họp" typed: what was typed above is kept', () => {
    const c = read('14 giờ 30 phút', new Date(2024, 6, 1, 14, 0));
    expect(c.time).toBe('14 giờ 30 phút');
    expect('timeRead' in c).toBe(false);
  });
});

// Review d66: the log tells the office to CLEAR a milestone cell to use the plan's default ("hoặc xóa ô để dùng ngày
// mặc định …", configErrorMilestoneOutside / configErrorMilestoneOldDefault). Since bca2297 an emptied cell whose date
// the settings print holds is taken for a mistake: held, and Thiết lập writes the print's value back — here the very
// date the tool rejected. The office that does what the log says can never reach the default.
import { describe, expect, it } from 'vitest';
import { configLabel } from '../../src/core/messages';
import { typeCell } from '../../scripts/user';
import { numberedOffice } from './helpers';

const KEY = 'milestone.KE-HOACH';

describe('a plan deadline outside the period, cleared as the log says', () => {
  // A slip of the year: 2046 instead of 2026.
  const { emu, bundle } = numberedOffice({ now: new Date(2026, 8, 12, 9, 0, 0), settings: { [KEY]: '15/10/2046' } });
  const rows = () => emu.spreadsheets.values('Cấu hình') as unknown[][];
  const row = rows().findIndex((r) => r[0] === configLabel(KEY)) + 1;
  const log = () => (emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? (emu.spreadsheets.values('Nhật ký lỗi') as unknown[][]).map((r) => String(r[2])) : []);
  bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const advice = log().filter((m) => m.includes(configLabel(KEY)) && m.includes('xóa ô để dùng ngày mặc định'));
  // The office does what the log says, and updates.
  typeCell(emu, 'Cấu hình', row, 2, '');
  const logBefore = log().length;
  bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const after = log().slice(logBefore);
  bundle.call('setup', undefined, { kind: 'menu' });
  const shown = rows()[row - 1][1];
  const text = shown instanceof Date ? `${String(shown.getDate()).padStart(2, '0')}/${String(shown.getMonth() + 1).padStart(2, '0')}/${shown.getFullYear()}` : String(shown);

  it('case under test: the log told the office to clear the cell to use the default', () => {
    expect(advice.length).toBeGreaterThan(0);
  });

  it('the cleared cell is not taken for a mistake ("lần cập nhật trước, ô này ghi 15/10/2046")', () => {
    expect(after.filter((m) => m.includes('15/10/2046'))).toEqual([]);
  });

  it('Thiết lập does not write the rejected 15/10/2046 back: the cell shows the default', () => {
    expect(text).not.toContain('2046');
    expect(text).toBe('30/09/2026');
  });
});

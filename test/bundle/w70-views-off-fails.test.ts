// Views turned off: the views made earlier are unshared in the views' step of a rebuild. A passing Drive error there
// (reading a view's viewers) stopped the whole rebuild — "Cập nhật tổng hợp" said "Lỗi", the records were not tidied —
// where the same error on a view still wanted is that view's failure (w69v-view-retire-fails.test.ts). Noted as left
// alone in stop 69.
import { expect, it } from 'vitest';
import { ledger, logLines, rebuild, viewsLine, viewsTurnedOff } from './view-code-lib';

it('a passing Drive error while unsharing the views of an office that turned them off fails only that view: the rebuild ends, the office is told once, the view unshared next run', () => {
  const { o, views, readersWhileOn, threw } = viewsTurnedOff('Spreadsheet.getViewers', 'Đã xảy ra lỗi máy chủ. Vui lòng thử lại.');
  expect(views.length).toBeGreaterThan(1);
  for (const n of readersWhileOn) expect(n).toBeGreaterThan(0);
  expect(threw).toBe('');
  expect(o.emu.runtime.executions.filter((x) => x.error).map((x) => x.error)).toEqual([]);
  // The others are unshared in the same run; the one Drive failed on is named to the office.
  const after = [...ledger(o).values()];
  expect(after.filter((v) => v.st === 'retired')).toHaveLength(views.length - 1);
  const stillShared = after.filter((v) => v.st !== 'retired');
  expect(logLines(o).filter((m) => m.includes(stillShared[0].name) && m.includes('Đã xảy ra lỗi máy chủ'))).toHaveLength(1);
  // The views' line in "Tình trạng" says one is still shared (it said every view made earlier was unshared).
  expect(viewsLine(o)).toContain(`; ${views.length - 1} trang theo dõi đã thôi chia sẻ với các trường; 1 trang vẫn còn chia sẻ, công cụ thử lại ở lần chạy sau.`);
  o.emu.clock.advance(3_600_000);
  rebuild(o);
  expect(viewsLine(o)).toMatch(/^Đang tắt .*; 1 trang theo dõi đã thôi chia sẻ với các trường\.$/);
  expect([...ledger(o).values()].map((v) => [v.st, o.emu.sharing.acl(v.id)?.viewers.size])).toEqual(views.map(() => ['retired', 0]));
});

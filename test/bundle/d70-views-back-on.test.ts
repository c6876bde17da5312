// Review d70 (guard, passes): views turned off with one view Drive failed on (still shared), then turned back on: every
// school's view is shared with its addresses again and the views' line is the "on" one.
import { expect, it } from 'vitest';
import { setConfigValues } from './helpers';
import { ledger, rebuild, viewsLine, viewsTurnedOff } from './view-code-lib';

it('views turned off, one left shared by a Drive error, then turned back on: every view shared again, the line says so', () => {
  const { o, views } = viewsTurnedOff('Spreadsheet.getViewers', 'Đã xảy ra lỗi máy chủ. Vui lòng thử lại.');
  const n = views.length;
  expect([...ledger(o).values()].filter((v) => v.st !== 'retired')).toHaveLength(1);
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
  o.emu.clock.advance(3_600_000);
  rebuild(o);
  const live = [...ledger(o).values()].filter((v) => v.st === 'made');
  expect(live).toHaveLength(n);
  for (const v of live) expect(o.emu.sharing.acl(v.id)?.viewers.size).toBeGreaterThan(0);
  expect(viewsLine(o)).toBe(`${n}/${n} trang theo dõi đã cập nhật và chia sẻ đúng.`);
});

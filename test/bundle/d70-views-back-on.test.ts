// Review d70 (guard, passes): views turned off with one view Drive failed on (still shared), then turned back on: every
// school's view is shared with its addresses again and the views' line is the "on" one.
import { expect, it } from 'vitest';
import { SCHOOLS, officeAfterSetup, recordsOf, setConfigValues } from './helpers';

it('views turned off, one left shared by a Drive error, then turned back on: every view shared again, the line says so', () => {
  const o = officeAfterSetup(SCHOOLS);
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const ledger = () => [...recordsOf(o.emu, 'views.v.')].map(([, v]) => JSON.parse(v) as { st: string; id: string; name: string });
  const n = ledger().length;
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Không' });
  o.emu.clock.advance(3_600_000);
  o.emu.runtime.failOn('Spreadsheet.getViewers', 1, 'Đã xảy ra lỗi máy chủ. Vui lòng thử lại.');
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  expect(ledger().filter((v) => v.st !== 'retired')).toHaveLength(1);
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
  o.emu.clock.advance(3_600_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const live = ledger().filter((v) => v.st === 'made');
  expect(live).toHaveLength(n);
  for (const v of live) expect(o.emu.sharing.acl(v.id)?.viewers.size).toBeGreaterThan(0);
  const line = String(o.emu.spreadsheets.values('Tình trạng').find((r) => r[0] === 'Trang theo dõi của các trường')![3]);
  expect(line).toBe(`${n}/${n} trang theo dõi đã cập nhật và chia sẻ đúng.`);
});

// Views turned off: the views made earlier are unshared in the views' step of a rebuild. A passing Drive error there
// (reading a view's viewers) stopped the whole rebuild — "Cập nhật tổng hợp" said "Lỗi", the records were not tidied —
// where the same error on a view still wanted is that view's failure (w69v-view-retire-fails.test.ts). Noted as left
// alone in stop 69.
import { expect, it } from 'vitest';
import { SCHOOLS, officeAfterSetup, recordsOf, setConfigValues } from './helpers';

it('a passing Drive error while unsharing the views of an office that turned them off fails only that view: the rebuild ends, the office is told once, the view unshared next run', () => {
  const o = officeAfterSetup(SCHOOLS);
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const ledger = () => new Map([...recordsOf(o.emu, 'views.v.')].map(([k, v]) => [k.slice('views.v.'.length), JSON.parse(v) as { st: string; id: string; name: string }]));
  const views = [...ledger().values()];
  expect(views.length).toBeGreaterThan(1);
  for (const v of views) expect(o.emu.sharing.acl(v.id)?.viewers.size).toBeGreaterThan(0);
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Không' });
  o.emu.clock.advance(3_600_000);
  o.emu.runtime.failOn('Spreadsheet.getViewers', 1, 'Đã xảy ra lỗi máy chủ. Vui lòng thử lại.');
  let threw = '';
  try {
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  } catch (err) {
    threw = String((err as Error).message);
  }
  expect(threw).toBe('');
  expect(o.emu.runtime.executions.filter((x) => x.error).map((x) => x.error)).toEqual([]);
  // The others are unshared in the same run; the one Drive failed on is named to the office.
  const after = [...ledger().values()];
  expect(after.filter((v) => v.st === 'retired')).toHaveLength(views.length - 1);
  const stillShared = after.filter((v) => v.st !== 'retired');
  const log = o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]));
  expect(log.filter((m) => m.includes(stillShared[0].name) && m.includes('Đã xảy ra lỗi máy chủ'))).toHaveLength(1);
  // The views' line in "Tình trạng" says one is still shared (it said every view made earlier was unshared).
  const viewsLine = () => String(o.emu.spreadsheets.values('Tình trạng').find((r) => r[0] === 'Trang theo dõi của các trường')![3]);
  expect(viewsLine()).toContain(`; ${views.length - 1} trang theo dõi đã thôi chia sẻ với các trường; 1 trang vẫn còn chia sẻ, công cụ thử lại ở lần chạy sau.`);
  o.emu.clock.advance(3_600_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  expect(viewsLine()).toMatch(/^Đang tắt .*; 1 trang theo dõi đã thôi chia sẻ với các trường\.$/);
  expect([...ledger().values()].map((v) => [v.st, o.emu.sharing.acl(v.id)?.viewers.size])).toEqual(views.map(() => ['retired', 0]));
});

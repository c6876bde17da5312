// A view no longer planned (its school deleted from "Đơn vị") is unshared at the start of the views' step, outside the
// guard each view has: a passing Drive error there (reading its viewers) stopped the whole rebuild — "Cập nhật tổng
// hợp" said "Lỗi", no view was refreshed that run, the records were not tidied. Found by w69v while testing a school's
// code corrected in "Đơn vị" (the old code's view was unshared the same way).
import { expect, it } from 'vitest';
import { deleteTabRow } from '../../scripts/user';
import { Q } from '../../src/core/registration-form';
import { VIEW_TAB } from '../../src/core/messages';
import { SCHOOLS, collectiveAnswers, officeAfterSetup, recordsOf, setConfigValues } from './helpers';

const [HOA_SEN, HOA_BINH] = SCHOOLS;

it("a passing Drive error while unsharing a removed school's view is that view's failure: the other views are refreshed, the office told, the view unshared next run", () => {
  const o = officeAfterSetup(SCHOOLS);
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const ledger = () => new Map([...recordsOf(o.emu, 'views.v.')].map(([k, v]) => [k.slice('views.v.'.length), JSON.parse(v) as { st: string; id: string; name: string }]));
  const gone = ledger().get(`S:${HOA_BINH.code}`)!;
  // (Shared with the school before.)
  expect(o.emu.sharing.acl(gone.id)?.viewers.size).toBeGreaterThan(0);
  const row = o.emu.spreadsheets.values('Đơn vị').findIndex((r) => String(r[0]) === HOA_BINH.code) + 1;
  deleteTabRow(o.emu, 'Đơn vị', row);
  // A registration of Hoa Sen's, which its view is to show.
  o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: HOA_SEN.name, [Q.collectiveName]: 'Tổ Chuyên môn Mẫu giáo lớn' } as never, { email: HOA_SEN.emails[0] });
  o.emu.clock.advance(3_600_000);
  o.emu.runtime.failOn('Spreadsheet.getViewers', 1, 'Đã xảy ra lỗi máy chủ. Vui lòng thử lại.');
  let threw = '';
  try {
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  } catch (err) {
    threw = String((err as Error).message);
  }
  expect(threw).toBe('');
  const hoaSen = ledger().get(`S:${HOA_SEN.code}`)!;
  expect(o.emu.spreadsheets.values(VIEW_TAB, hoaSen.id).flat().map(String).join('\n')).toContain('Tổ Chuyên môn Mẫu giáo lớn');
  const log = o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]));
  expect(log.filter((m) => m.startsWith('Chưa cập nhật được trang theo dõi') && m.includes(gone.name))).toHaveLength(1);
  o.emu.clock.advance(3_600_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  expect({ st: ledger().get(`S:${HOA_BINH.code}`)?.st, viewers: o.emu.sharing.acl(gone.id)?.viewers.size }).toEqual({ st: 'retired', viewers: 0 });
});

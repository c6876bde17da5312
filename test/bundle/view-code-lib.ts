// The office of the tests of a school's code corrected in "Đơn vị" and its view (w69v, d69b): Hoa Sen's code typed
// "MN1", a registration of Hoa Sen's, the schools' views made; the office whose views are turned off while Drive fails
// (w70, d70); and what those tests read of them.
import { Q } from '../../src/core/registration-form';
import { VIEW_TAB } from '../../src/core/messages';
import { SCHOOLS, collectiveAnswers, officeAfterSetup, recordsOf, setConfigValues } from './helpers';

export const [HOA_SEN, HOA_BINH] = SCHOOLS;
export const TYPO = 'MN1';
export const TEAM = 'Tổ Chuyên môn Mẫu giáo lớn';

export type Office = ReturnType<typeof officeAfterSetup>;

export const rebuild = (o: Office) => o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
/** The nightly rebuild (its trigger), which also compares the views' cells once a day. */
export const nightly = (o: Office) => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });

/** The office with Hoa Sen's code typed "MN1", a registration of Hoa Sen's, its views made. */
export function officeWithTypo(): Office {
  const o = officeAfterSetup([{ ...HOA_SEN, code: TYPO }, HOA_BINH, SCHOOLS[2]]);
  o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: HOA_SEN.name, [Q.collectiveName]: TEAM } as never, { email: HOA_SEN.emails[0] });
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
  rebuild(o);
  return o;
}

/** The views' records by key ("S:<code>"). */
export const ledger = (o: Office) => new Map([...recordsOf(o.emu, 'views.v.')].map(([k, v]) => [k.slice('views.v.'.length), JSON.parse(v) as { st: string; id: string; url: string; name: string; sh?: string[]; he?: string[]; xe?: string }]));
export const viewers = (o: Office, id: string) => [...(o.emu.sharing.acl(id)?.viewers ?? [])];
/** The text of a view's tab. */
export const viewText = (o: Office, id: string) => o.emu.spreadsheets.values(VIEW_TAB, id).flat().map(String).join('\n');
/** The lines of "Nhật ký lỗi" (none while the tab is not made). */
export const logLines = (o: Office) => (o.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []);

/** Hoa Sen's row in "Đơn vị" (1-based) and the column of a header (1-based). */
export function dirCell(o: Office, header: string): { row: number; col: number } {
  const dir = o.emu.spreadsheets.values('Đơn vị');
  return { row: dir.findIndex((r) => String(r[1]) === HOA_SEN.name) + 1, col: dir[0].map(String).indexOf(header) + 1 };
}

/** The views' line of "Tình trạng" (its "Chi tiết"). */
export const viewsLine = (o: Office) => String(o.emu.spreadsheets.values('Tình trạng').find((r) => r[0] === 'Trang theo dõi của các trường')![3]);

/**
 * The test schools' office with its views made and shared, then turned off an hour later ("Không"), Drive failing once
 * on `method` (with `message`) during the rebuild that unshares them. `views`: the records as they were while on; `threw`:
 * what that rebuild threw ('' if nothing).
 */
export function viewsTurnedOff(method: string, message: string, before?: (emu: Office['emu'], firstView: string) => void) {
  const o = officeAfterSetup(SCHOOLS);
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
  rebuild(o);
  const views = [...ledger(o).values()];
  /** How many readers each view had while on. */
  const readersWhileOn = views.map((v) => o.emu.sharing.acl(v.id)?.viewers.size ?? 0);
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Không' });
  o.emu.clock.advance(3_600_000);
  if (before) before(o.emu, views[0].id);
  else o.emu.runtime.failOn(method, 1, message);
  let threw = '';
  try {
    rebuild(o);
  } catch (err) {
    threw = String((err as Error).message);
  }
  return { o, views, readersWhileOn, threw };
}

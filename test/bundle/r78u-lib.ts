// Review r78u (an office that updates mid-season from 73480be8, stop 77, to this version): the old bundle, built from
// 73480be8 (fixtures/Code-73480be8.js.gz), run on the same emulated office before dist/Code.js is loaded in its place.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Q } from '../../src/core/registration-form';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, individualAnswers } from '../core/helpers';
import { manifestScopes, setConfigValues } from './helpers';
import { oldOffice, type OldOffice } from './upgrade-lib';

export const DAY = 86_400_000;
export const oldBundle73480be8 = () => gunzipSync(readFileSync(new URL('./fixtures/Code-73480be8.js.gz', import.meta.url))).toString('utf8');

/**
 * An office on 73480be8. Two teachers "Nguyễn Thị Lan" (1988) of Trường THCS Quang Minh, each sending from her own
 * Google account with her hometown written (xã Minh Bảo, xã Tuy Lộc): that version replaces the first (DK-000002) by
 * the second (DK-000003), on which the council writes "Đề nghị khen". `settings`: what the clerk typed into "Cấu hình"
 * first (as typed: the emulated Sheet stores it as Sheets does).
 */
export function namesakesOnOldVersion(settings: Record<string, string> = {}): OldOffice {
  const o = oldOffice('', { code: oldBundle73480be8(), scopes: manifestScopes() });
  if (Object.keys(settings).length) {
    setConfigValues(o.emu, settings);
    o.menu('rebuildSummaries');
  }
  const school = SCHOOLS[2];
  const base = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Nguyễn Thị Lan', [Q.birthYear]: '1988', [REPORT_QUESTIONS.gender]: 'Nữ' };
  o.emu.forms.submitAsUser(o.formId, { ...base, [REPORT_QUESTIONS.hometown]: 'Xã Minh Bảo, tỉnh Yên Bái' } as never, { email: 'lan.nguyenthi88@gmail.com' });
  o.emu.clock.advance(3_600_000);
  o.emu.forms.submitAsUser(o.formId, { ...base, [REPORT_QUESTIONS.hometown]: 'Xã Tuy Lộc, tỉnh Yên Bái' } as never, { email: 'ntlan.gv@gmail.com' });
  o.emu.clock.advance(DAY);
  o.menu('rebuildSummaries');
  const codes = o.tab('Thẩm định').map((r) => String(r[0]));
  typeCell(o.emu, 'Thẩm định', codes.indexOf('DK-000003') + 1, o.col('Quyết định của Hội đồng'), 'Đề nghị khen');
  o.emu.clock.advance(DAY);
  o.menu('rebuildSummaries');
  return o;
}

/** The verdict of `code` in "Thẩm định" ("Kết luận tự động"). */
export function verdictOf(o: OldOffice, code: string): string {
  const row = o.tab('Thẩm định').find((r) => String(r[0]) === code);
  return row ? String(row[o.col('Kết luận tự động') - 1]) : '';
}

/** The update (clasp push), then the next nightly rebuild. Returns the lines "Nhật ký lỗi" gained meanwhile. */
export function updateAndRebuild(o: OldOffice): string[] {
  const logged = o.tab('Nhật ký lỗi').length;
  o.update();
  o.emu.clock.advance(DAY);
  o.menu('rebuildSummaries');
  return o.tab('Nhật ký lỗi').slice(Math.max(1, logged)).map((r) => String(r[2]));
}

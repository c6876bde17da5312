// Hòa Bình (r67r-lib's office) renamed once or twice, and the "Tổ Toán" it registers: the steps the renamed-school
// identity tests (d80b, d81a) take, whichever office they run in (reportOffice, or upgrade-lib's oldOffice).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Emulator } from '../../emulator/index';
import type { OfficeConfig } from '../../src/core/config';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';
import { collectiveAnswers } from '../core/helpers';
import { HOA_BINH } from './r67r-lib';

/** Hòa Bình's name after its first rename, and after its second. */
export const HOA_BINH_SECOND_NAME = 'Trường Tiểu học Hòa Bình Mới';
export const HOA_BINH_THIRD_NAME = 'Trường TH&THCS Hòa Bình';

/** The school's "Tổ Toán", sent under `school` (a name it has or had, or one picked by mistake). */
export const mathsTeam = (school: string, cfg?: OfficeConfig) => ({ ...collectiveAnswers(cfg), [Q.school]: school, [Q.collectiveName]: 'Tổ Toán' });

/** Hòa Bình's row of "Đơn vị" (found by its code) renamed `name`, `former` typed in "Tên cũ"; then Thiết lập (`setup`). */
export function renameHoaBinh(emu: Emulator, name: string, former: string, setup: () => void): void {
  const values = emu.spreadsheets.values('Đơn vị');
  const head = values[0].map(String);
  const row = values.findIndex((r) => String(r[0]) === HOA_BINH.code) + 1;
  typeCell(emu, 'Đơn vị', row, head.indexOf('Tên cũ') + 1, former);
  typeCell(emu, 'Đơn vị', row, head.indexOf('Tên đơn vị') + 1, name);
  setup();
}

/** The bundle of the version before the register recorded first senders and old names (168f01d3), for update tests. */
export const bundleBeforeFirstRecords = () => gunzipSync(readFileSync(new URL('./fixtures/Code-168f01d3.js.gz', import.meta.url))).toString('utf8');

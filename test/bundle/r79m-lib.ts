// Review r79m: Quang Minh absorbed into Hòa Bình ("Trường TH&THCS Hòa Bình") in "Đơn vị", as the guide asks.
import { deleteTabRow, typeCell } from '../../scripts/user';
import type { Emulator } from '../../emulator/index';
import { HOA_BINH, QUANG_MINH } from './r67r-lib';

export const MERGED = 'Trường TH&THCS Hòa Bình';

/** Hòa Bình's row renamed MERGED, both old names in "Tên cũ", Quang Minh's addresses added to it, Quang Minh's row deleted. */
export function mergeQuangMinhIntoHoaBinh(emu: Emulator): void {
  const header = emu.spreadsheets.values('Đơn vị')[0].map(String);
  const col = (h: string) => header.indexOf(h) + 1;
  const rowOf = (c: string) => emu.spreadsheets.values('Đơn vị').findIndex((r) => String(r[0]) === c) + 1;
  typeCell(emu, 'Đơn vị', rowOf(HOA_BINH.code), col('Tên cũ'), `${HOA_BINH.name}; ${QUANG_MINH.name}`);
  typeCell(emu, 'Đơn vị', rowOf(HOA_BINH.code), col('Email'), [...HOA_BINH.emails, ...QUANG_MINH.emails].join('; '));
  typeCell(emu, 'Đơn vị', rowOf(HOA_BINH.code), col('Tên đơn vị'), MERGED);
  deleteTabRow(emu, 'Đơn vị', rowOf(QUANG_MINH.code));
}

// Review d83c F2 — "Kết quả kiểm tra" found "by its codes" picks a column of the office's own. The specialist keeps a
// column of her own, «Trùng với phiếu», where she types the code of a registration she thinks another one repeats (one
// cell: the code of Nguyễn Văn An's registration on Lê Văn Cường's row). Deleting an empty column she added, she deletes column A («Mã phiếu») by
// mistake. f83e promises: a tab whose code column is gone is left exactly as it is, the office told once what to put
// right (RESULTS_NOT_WRITTEN.noCode). Instead, layoutByCodes takes her column — the one column "holding the most codes"
// (one) — for the code column: her header is renamed «Mã phiếu», Cường's row is taken for An's and written over with
// An's registration (her note now reads as An's code), and the others are written again below: seven rows for four
// registrations (An, Bình, An, Dung, Bình, Cường, Dung), nothing told.
import { expect, it } from 'vitest';
import { RESULTS_NOT_WRITTEN } from '../../src/core/messages';
import { insertTabColumn, typeCell } from '../../scripts/user';
import { RESULTS, TEACHERS, teachersChecked } from './teachers-office-lib';

const NAMES = TEACHERS;

it('the code column deleted while a column of the office\'s holds one code: the tab left as it is, the office told', () => {
  const o = teachersChecked(NAMES);
  const values = () => o.emu.spreadsheets.values(RESULTS);
  const rowOf = (name: string) => values().findIndex((r) => r.map(String).includes(name)) + 1;
  const an = values()[rowOf(NAMES[0]) - 1][0];
  expect(String(an)).toMatch(/^DK-\d{6}$/);
  // Her column, after the tool's 14: «Trùng với phiếu», one code typed on Cường's row.
  insertTabColumn(o.emu, RESULTS, 14);
  typeCell(o.emu, RESULTS, 1, 15, 'Trùng với phiếu');
  typeCell(o.emu, RESULTS, rowOf(NAMES[2]), 15, an);
  // Column A deleted by mistake.
  o.emu.runtime.execute(() => o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(RESULTS)!.deleteColumns(1, 1), { kind: 'node', label: 'user typing' });
  const before = values();
  o.emu.clock.advance(3_600_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  const log = o.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : [];
  expect({ tab: values(), told: log.includes(RESULTS_NOT_WRITTEN.noCode) }).toEqual({ tab: before, told: true });
});

// d72 (review of 295df30): a workbook without "Cấu hình" refused once its period is over gets the hint "run it with
// --today in the period its year columns name" in place of the header hint — whatever else is wrong with it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MSG, OfflineError, parseToday, runOffline } from '../../scripts/offline';
import { runSeason } from '../../scripts/season';
import { DIRECTORY_HEADERS } from '../../src/core/directory';
import { TAB } from '../../src/core/messages';

let work: string;
let base: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'd72-offline-'));
  const season = runSeason({ schools: 4, registrations: 12, movingClockDays: 30 });
  base = join(work, 'van-phong.xlsx');
  await season.emu.spreadsheets.exportXlsx(base);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function variant(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(base);
  edit(wb);
  const path = join(work, `${name}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}
const removeTab = (wb: ExcelJS.Workbook, tab: string) => wb.removeWorksheet(wb.getWorksheet(tab)!.id);
function renameHeader(wb: ExcelJS.Workbook, tab: string, from: string, to: string): void {
  let done = false;
  wb.getWorksheet(tab)!.getRow(1).eachCell((cell) => {
    if (cell.value === from) {
      cell.value = to;
      done = true;
    }
  });
  if (!done) throw new Error(`fixture: no header ${from} in ${tab}`);
}
async function refusal(path: string, today: string): Promise<string> {
  const err = await runOffline({ workbook: path, out: join(mkdtempSync(join(work, 'o-')), 'ket-qua'), today: parseToday(today), progress: 'none', log: () => {} }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(OfflineError);
  return (err as OfflineError).messages.join('\n');
}

describe('d72: the other-period hint', () => {
  it('a past period\'s file without "Cấu hình" that also has a header typo (Đơn vị: "Emaill") keeps the header hint: --today alone, as the hint says, is refused again', async () => {
    const typo = await variant('typo', (wb) => {
      removeTab(wb, TAB.config);
      renameHeader(wb, TAB.directory, DIRECTORY_HEADERS.email, 'Emaill');
    });
    const after = await refusal(typo, '2027-03-01');
    expect(after).toContain('Trang tính “Đơn vị”: thiếu cột “Email” ở dòng tiêu đề (dòng 1).');
    expect(after).toContain('--today 2025-12-31');
    // Run as told: refused again, for the header only; the first refusal should have said so too.
    expect(await refusal(typo, '2025-12-31')).toContain(MSG.headerHint);
    expect(after).toContain(MSG.headerHint);
  });

  it('a past period\'s file with one stray column of the new period ("… [Năm 2026]") is told it is of another period, not only to restore the headers', async () => {
    const two = await variant('two', (wb) => {
      removeTab(wb, TAB.config);
      const row = wb.getWorksheet(TAB.registrations)!.getRow(1);
      row.getCell(row.cellCount + 1).value = 'Xếp loại công đoàn hằng năm (nếu có) [Năm 2026]';
    });
    const msg = await refusal(two, '2027-03-01');
    // Today: 17 columns 2026–2030 "có thể đã bị xóa hoặc đổi tên … hãy khôi phục", and the header hint only; the file's
    // 15 columns of 2021–2025 and its school years 2021-2022…2024-2025 say it is a file of the period before.
    expect(msg).toContain('--today 2025-12-31');
  });
});

// Review r82x F2: the office puts a PDF the tool made into the trash (to have it made again after the nominee's
// document was mended, or by mistake), then chooses "Tạo văn bản (kèm PDF)" again: no PDF is made, the alert says
// everything is done, and the row's "Bản PDF" still links the file in the trash.
import { expect, it } from 'vitest';
import { oneNomineeOffice, PROPOSALS_TAB as TAB, REPORT } from './pdf-office-lib';

const office = oneNomineeOffice;

it('a PDF put in the trash by the office is made again by the next "kèm PDF" click, and its row links the new one', () => {
  const o = office();
  o.bundle.call('generateProposalsWithPdf', undefined, { kind: 'menu' });
  const pdf = o.emu.drive.filesByName(`${REPORT}.pdf`);
  expect(pdf).toHaveLength(1);
  o.emu.runtime.execute(() => o.emu.globals.DriveApp.getFileById(pdf[0].id).setTrashed(true), { kind: 'node', label: 'office staff' });
  o.emu.clock.advance(10 * 60_000);
  o.bundle.call('generateProposalsWithPdf', undefined, { kind: 'menu' });

  const alive = o.emu.drive.filesByName(`${REPORT}.pdf`).filter((f) => !f.trashed);
  expect(alive).toHaveLength(1);
  // The report's row: by its registration's code (the tab names the document by its kind, "Báo cáo thành tích tập thể
  // (Giấy khen)", never by its file's name).
  const row = o.emu.spreadsheets.values(TAB).find((r) => r[1] === 'DK-000002')!;
  const header = o.emu.spreadsheets.values(TAB).find((r) => r[0] === 'STT')!.map(String);
  const link = String(row[header.indexOf('Bản PDF')]);
  expect(link).not.toContain(pdf[0].id);
  expect(link).toContain(alive[0].id);
});

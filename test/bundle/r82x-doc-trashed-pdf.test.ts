// Review r82x F3: the office puts a nominee's document into the trash to have it made again (README/r66b: the next
// click makes it again), after "Tạo văn bản (kèm PDF)". The new document gets a new PDF, but the PDF of the one in the
// trash stays beside it under the very same name: two «….pdf» of one nominee, one of a document the office threw away.
import { expect, it } from 'vitest';
import { oneNomineeOffice, REPORT } from './pdf-office-lib';

const office = oneNomineeOffice;

it('a document put in the trash and made again leaves no PDF of the trashed one beside the new PDF', () => {
  const o = office();
  o.bundle.call('generateProposalsWithPdf', undefined, { kind: 'menu' });
  const doc = o.emu.drive.filesByName(REPORT);
  expect(doc).toHaveLength(1);
  o.emu.runtime.execute(() => o.emu.globals.DriveApp.getFileById(doc[0].id).setTrashed(true), { kind: 'node', label: 'office staff' });
  o.emu.clock.advance(10 * 60_000);
  o.bundle.call('generateProposalsWithPdf', undefined, { kind: 'menu' });

  // Made again (r66b), with its PDF.
  expect(o.emu.drive.filesByName(REPORT).filter((f) => !f.trashed)).toHaveLength(1);
  // Only one «….pdf» of it outside the trash: the old one went with its document (or at least is not left by its side).
  expect(o.emu.drive.filesByName(`${REPORT}.pdf`).filter((f) => !f.trashed)).toHaveLength(1);
});

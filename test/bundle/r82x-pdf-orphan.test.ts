// Review r82x F1: "Tạo văn bản (kèm PDF)" stopped by Apps Script right after the PDF was saved to Drive, before the
// document's record: the half-recorded copy goes to the trash but its PDF stays, and the continuation saves a second
// PDF of the same name beside it — the office's folder holds two «….pdf» of one nominee, one of a trashed copy.
import { expect, it } from 'vitest';
import { forkOffice } from './helpers';
import { oneNomineeOffice, REPORT } from './pdf-office-lib';

const office = oneNomineeOffice;

/** The PDFs not in the trash, by name. */
const livePdfs = (o: ReturnType<typeof office>) =>
  o.emu.drive
    .treeText()
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.endsWith('.pdf'));

it('a run stopped just after a PDF was saved leaves no second PDF of that document once the batch goes on', () => {
  const base = office();
  // Where the PDF is saved in a run without faults.
  const clean = forkOffice(base);
  clean.emu.runtime.trace = [];
  clean.bundle.call('generateProposalsWithPdf', undefined, { kind: 'menu' });
  expect(livePdfs(clean)).toEqual([`${REPORT}.pdf`]);
  const at = clean.emu.runtime.trace.indexOf('Folder.createFile') + 1;
  expect(at).toBeGreaterThan(0);

  // The same click, stopped by Apps Script at the call right after the PDF was saved (the 6-minute limit).
  const o = forkOffice(base);
  o.emu.runtime.killAtCall(at + 1);
  try {
    o.bundle.call('generateProposalsWithPdf', undefined, { kind: 'menu' });
  } catch {
    // killed
  }
  expect(o.emu.runtime.lastFault?.previous.at(-1)).toBe('Folder.createFile');
  // The continuation (or the office clicking again) finishes the batch.
  o.emu.clock.advance(8 * 60_000);
  o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 60_000);
  o.bundle.call('generateProposalsWithPdf', undefined, { kind: 'menu' });

  const docs = o.emu.docs.list().filter((d) => !d.trashed && d.name === REPORT);
  expect(docs).toHaveLength(1);
  // One PDF of the one document: not a second «….pdf» of a copy that went to the trash.
  expect(livePdfs(o)).toEqual([`${REPORT}.pdf`]);
});

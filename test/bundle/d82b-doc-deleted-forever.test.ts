// Review helper d82b F3 (f82d: a trashed document's PDF trashed, the document made again). The office puts the
// report «Báo cáo thành tích - DK-000002 - Trường Mầm non Hoa Sen» in the trash to have it made again — and, tidying
// Drive, empties the trash (or chooses «Xóa vĩnh viễn»). The next "Tạo văn bản (kèm PDF)" click does not make it
// again: forgetTrashed (src/jobs/proposals.ts) asks DriveApp.getFileById(rec.id).isTrashed() and takes the throw of a
// file that no longer exists for "cannot tell now", so the record stays for ever: the tab goes on listing the report
// as made with a link to nothing, the alert says «Chưa tạo thêm văn bản nào.», and its old PDF stays live beside it.
// (A PDF deleted forever is handled: liveFile tells "gone" from "cannot tell now"; a document is not.)
import { expect, it } from 'vitest';
import { oneNomineeOffice, PROPOSALS_TAB as TAB, REPORT } from './pdf-office-lib';

const office = oneNomineeOffice;

it('a document the office deleted forever is made again by the next "kèm PDF" click, with one live PDF, and its row links the new one', () => {
  const o = office();
  o.bundle.call('generateProposalsWithPdf', undefined, { kind: 'menu' });
  const doc = o.emu.drive.filesByName(REPORT);
  expect(doc).toHaveLength(1);
  o.emu.runtime.execute(() => o.emu.globals.DriveApp.getFileById(doc[0].id).setTrashed(true), { kind: 'node', label: 'office staff' });
  o.emu.drive.deleteForever(doc[0].id);
  o.emu.clock.advance(10 * 60_000);
  o.bundle.call('generateProposalsWithPdf', undefined, { kind: 'menu' });

  const live = o.emu.drive.filesByName(REPORT).filter((f) => !f.trashed);
  expect(live).toHaveLength(1);
  expect(o.emu.drive.filesByName(`${REPORT}.pdf`).filter((f) => !f.trashed)).toHaveLength(1);
  const values = o.emu.spreadsheets.values(TAB);
  const header = values.find((r) => r[0] === 'STT')!.map(String);
  const row = values.find((r) => r[1] === 'DK-000002')!;
  expect(row.map(String).join(' ')).not.toContain(doc[0].id);
  expect(row.map(String).join(' ')).toContain(live[0].id);
  expect(header).toContain('Bản PDF');
});

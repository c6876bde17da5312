// Perf p83b (issue 12: work proportional to what changed). A click of "Tạo văn bản" with nothing new, in an office of
// 300 nominees whose 302 documents were made with their PDFs, looked up every recorded document and PDF by its id
// (forgetTrashed → liveFile: DriveApp.getFileById + isTrashed, 1,208 calls and 91 s of the click's 193 s modelled)
// while the clerk waited for «không tạo thêm». It now lists the batch's folder once (DriveApp.searchFiles of its live
// files) and looks up by id only what that listing does not show — and still makes again a document or PDF trashed or
// deleted forever, recognises one moved or renamed by its id, and takes Drive failing in passing for nothing.
import { describe, expect, it } from 'vitest';
import { collective, officeWith, person } from './nominees-lib';
import { forkOffice } from './helpers';

const TAB = 'Đề nghị khen thưởng';
const HANDLER = 'continueProposals';

function madeWithPdfs() {
  const o = officeWith([...Array.from({ length: 100 }, (_, i) => collective(i)), ...Array.from({ length: 200 }, (_, i) => person(i))], { modelLatency: true });
  o.bundle.call('generateProposalsWithPdf', undefined, { kind: 'menu' });
  const continuations = () => o.emu.triggers.triggers.filter((t) => t.handler === HANDLER);
  for (let n = 0; continuations().length > 0 && n < 60; n++) o.emu.triggers.runDueTimeTriggers(Math.max(continuations()[0].clock!.nextAt, o.emu.clock.now() + 61_000));
  expect(continuations()).toHaveLength(0);
  o.emu.clock.advance(10 * 60_000);
  return o;
}
type Office = ReturnType<typeof madeWithPdfs>;

let made: Office | undefined;
/** A fork of the office once its batch is done (made once per file). */
const office = (): Office => forkOffice((made ??= madeWithPdfs()));

const generated = (o: Office) => o.emu.docs.list().filter((d) => !d.name.startsWith('Mẫu - '));
const liveIds = (o: Office, name: string) => o.emu.drive.filesByName(name).filter((f) => !f.trashed).map((f) => f.id);
const tabText = (o: Office) => o.emu.spreadsheets.values(TAB).map((r) => r.join(' ')).join('\n');
const lastAlert = (o: Office) => o.emu.spreadsheets.ui.filter((u) => u.kind === 'alert').at(-1)?.message ?? '';
const asOffice = (o: Office, fn: () => void) => o.emu.runtime.execute(fn, { kind: 'node', label: 'office staff' });

/** One click, its service calls counted by name; the execution's record. */
function click(o: Office, job = 'generateProposals') {
  o.emu.runtime.resetCalls();
  o.bundle.call(job, undefined, { kind: 'menu' });
  const exec = o.emu.runtime.executions.at(-1)!;
  expect(exec.label).toBe(job);
  expect(exec.error).toBeUndefined();
  return { exec, n: (name: string) => o.emu.runtime.count(name) };
}

/** The reports' names, in the order made. */
const reportNames = (o: Office) => generated(o).filter((d) => d.name.startsWith('Báo cáo thành tích - ')).map((d) => d.name);

describe('p83b: a click with nothing new in an office of 302 documents with PDFs', () => {
  it('one search of the batch folder instead of a lookup by id of each document and PDF: the calls pinned', () => {
    const o = office();
    const before = generated(o).length;
    const { exec, n } = click(o);
    expect(generated(o)).toHaveLength(before);
    expect(lastAlert(o)).toContain('không tạo thêm');
    // The 302 documents and their 302 PDFs: listed (one search, a step of its iterator each: hasNext, next, getId), none
    // looked up by id; the 8 lookups left are the templates', each looked up once in the execution (storedTemplates
    // before the claim, then ensureTemplates under the lock: p83c; 16 before).
    expect(n('DriveApp.searchFiles')).toBe(1);
    expect(n('FileIterator.next')).toBe(604);
    expect(n('DriveApp.getFileById')).toBe(8);
    expect(n('File.isTrashed')).toBe(8);
    // The nominees' typed answers (review input F2) are asked of the form once in the execution, not again by the
    // second read of the plan (p83c): one response each of the 300, and each of the 2 questions asked for once.
    expect(n('Form.getResponse')).toBe(300);
    expect(n('Form.getItemById')).toBe(2);
    // Before: 5,009 calls (1,208 of them lookups), 192.9 s modelled; p83b 5,615 calls, of which 604 round trips fewer
    // (DriveApp.getFileById 620 → 16) and 1,813 steps of the listing; 115.3 s modelled. p83c: typed texts asked once
    // per execution, 3,815 calls (68.8 s); the templates looked up once, 3,799 calls (67.6 s); the form's items asked for once, 3,301 calls (67.1 s).
    expect(exec.calls).toBe(3301);
  });

  it('a report moved to another folder and one renamed by the office: recognised by their ids, nothing made again', () => {
    const o = office();
    const [moved, renamed] = reportNames(o);
    const movedId = liveIds(o, moved)[0];
    const renamedId = liveIds(o, renamed)[0];
    asOffice(o, () => {
      const DriveApp = o.emu.globals.DriveApp;
      DriveApp.getFileById(movedId).moveTo(DriveApp.createFolder('Lưu trữ'));
      DriveApp.getFileById(renamedId).setName(`${renamed} (bản ký)`);
    });
    const before = generated(o).length;
    const { n } = click(o, 'generateProposalsWithPdf');
    expect(generated(o)).toHaveLength(before);
    expect(generated(o).filter((d) => d.trashed)).toHaveLength(0);
    expect(tabText(o)).toContain(movedId);
    expect(tabText(o)).toContain(renamedId);
    // The moved one alone is looked up by its id (the renamed one is still listed in its folder).
    expect(n('DriveApp.getFileById')).toBe(8 + 1);
  });

  it('a report in the trash, one deleted forever, a PDF in the trash: each made again, the old PDFs not left live', () => {
    const o = office();
    const [trashed, deleted, pdfOf] = reportNames(o);
    const trashedId = liveIds(o, trashed)[0];
    const deletedId = liveIds(o, deleted)[0];
    const oldPdfs = [trashed, deleted, pdfOf].map((name) => liveIds(o, `${name}.pdf`)[0]);
    asOffice(o, () => {
      const DriveApp = o.emu.globals.DriveApp;
      DriveApp.getFileById(trashedId).setTrashed(true);
      DriveApp.getFileById(oldPdfs[2]).setTrashed(true);
    });
    o.emu.drive.deleteForever(deletedId);
    click(o, 'generateProposalsWithPdf');
    for (const name of [trashed, deleted]) {
      const now = liveIds(o, name);
      expect(now).toHaveLength(1);
      expect([trashedId, deletedId]).not.toContain(now[0]);
      expect(tabText(o)).toContain(now[0]);
    }
    for (const name of [trashed, deleted, pdfOf]) {
      const pdfs = liveIds(o, `${name}.pdf`);
      expect(pdfs).toHaveLength(1);
      expect(oldPdfs).not.toContain(pdfs[0]);
      expect(tabText(o)).toContain(pdfs[0]);
    }
    expect(tabText(o)).not.toContain(trashedId);
    expect(tabText(o)).not.toContain(deletedId);
    expect(lastAlert(o)).not.toContain('không tạo thêm');
  });

  it('the search failing, or its listing failing midway: nothing taken for gone, the rest looked up by id as before', () => {
    for (const [method, nth] of [['DriveApp.searchFiles', 1], ['FileIterator.next', 100]] as const) {
      const o = office();
      const before = generated(o).map((d) => d.id).sort();
      o.emu.runtime.failOn(method, nth, 'Service error: Drive');
      const { n } = click(o);
      expect(generated(o).map((d) => d.id).sort()).toEqual(before);
      expect(generated(o).filter((d) => d.trashed)).toHaveLength(0);
      expect(lastAlert(o)).toContain('không tạo thêm');
      // Listed before the failure: 0, or the 99 files stepped through; every other document and PDF looked up by id.
      expect(n('DriveApp.getFileById')).toBe(8 + 604 - (nth - 1));
    }
  });
});

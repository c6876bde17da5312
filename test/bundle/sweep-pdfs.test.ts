// Fault sweeps of "Tạo văn bản đề nghị khen thưởng (kèm bản PDF)" (fix f82d of review r82x F1–F3): one fault, then one
// kill, at each service call in turn (sampled, see sweep.ts), then the runs until quiet: one live PDF per live document,
// none left over from a copy put in the trash, none twice, every row's "Bản PDF" linking a live PDF of its document.
// Three starts: a new batch with PDFs; PDFs asked for documents made without them (addMissingPdf); a PDF the office put
// in the trash (made again).
import { describe, expect, it } from 'vitest';
import { markNominees } from '../../scripts/documents';
import { PROPOSAL_TAB } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';
import { describeReport, failures, sweep, type Office, SWEEP_TIMEOUT } from './sweep';

const TWO = SCHOOLS.slice(0, 2);

/** A two-school office after setup, one collective and one individual marked "Đề nghị khen". */
function office(): Office {
  const o = officeAfterSetup(TWO);
  const submit = o.emu.triggers.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT');
  for (const t of submit) o.emu.triggers.triggers.splice(o.emu.triggers.triggers.indexOf(t), 1);
  o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: TWO[0].name } as never, { email: TWO[0].emails[0] });
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: TWO[1].name } as never, { email: TWO[1].emails[0] });
  o.emu.triggers.triggers.push(...submit);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  markNominees(o.emu, 10);
  return o;
}

const run = (o: Office) => o.bundle.call('generateProposalsWithPdf', undefined, { kind: 'menu' });

function settle(o: Office): void {
  // Past any lease of a killed run; the continuation (or the office clicking again) finishes the batch.
  o.emu.clock.advance(8 * 60_000);
  o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 60_000);
  try {
    run(o);
  } catch {
    // A failed run says so in its tab; the next round goes on.
  }
}

/** Live files by folder and name: the Google Docs and the PDFs. */
function liveFiles(o: Office): { docs: string[]; pdfs: Array<{ id: string; key: string }> } {
  const docs = o.emu.docs.list().filter((d) => !d.trashed).map((d) => `${d.folders.join('/')}/${d.name}`);
  const pdfs = o.emu.drive
    .treeText()
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.endsWith('.pdf'))
    .flatMap((name) => o.emu.drive.filesByName(name).filter((f) => !f.trashed).map((f) => ({ id: f.id, key: name })));
  return { docs, pdfs };
}

function check(o: Office, base: Office): string[] {
  const out: string[] = [];
  const got = liveFiles(o);
  const want = liveFiles(base);
  const dup = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
  if (dup(got.docs).length) out.push(`duplicate documents: ${dup(got.docs).join(', ')}`);
  const pdfIds = [...new Set(got.pdfs.map((p) => p.id))];
  const pdfNames = pdfIds.map((id) => got.pdfs.find((p) => p.id === id)!.key);
  if (dup(pdfNames).length) out.push(`duplicate PDFs: ${dup(pdfNames).join(', ')}`);
  if (got.docs.map((d) => d.replace(/^.*\//, '')).sort().join('|') !== want.docs.map((d) => d.replace(/^.*\//, '')).sort().join('|')) {
    out.push(`documents differ from the run without faults: ${got.docs.join(', ')}`);
  }
  const wantPdfs = [...new Set(want.pdfs.map((p) => p.key))].sort().join('|');
  if ([...new Set(pdfNames)].sort().join('|') !== wantPdfs) out.push(`PDFs differ from the run without faults: ${pdfNames.join(', ')}`);
  // Each made document's row links a live PDF.
  const rows = o.emu.spreadsheets.values(PROPOSAL_TAB);
  const header = rows.find((r) => r[0] === 'STT')?.map(String) ?? [];
  const link = header.indexOf('Liên kết');
  const pdf = header.indexOf('Bản PDF');
  for (const r of rows.slice(rows.indexOf(rows.find((x) => x[0] === 'STT')!) + 1)) {
    if (!String(r[link] ?? '')) continue;
    const l = String(r[pdf] ?? '');
    if (!pdfIds.some((id) => l.includes(id))) out.push(`row ${r[0]}: "Bản PDF" links no live PDF (${l})`);
  }
  return out;
}

function report(job: string, r: ReturnType<typeof sweep>): void {
  console.log(describeReport(job, r));
  expect(failures(r)).toEqual([]);
  expect(r.problems).toBe(0);
}

describe('fault sweeps of the proposals with PDFs (a two-school office)', { timeout: SWEEP_TIMEOUT }, () => {
  it('a new batch with PDFs: one PDF per document, none left over, every row linking its live PDF', () => {
    report('proposals with PDFs', sweep<Office>({ prepare: office, run, settle, check }));
  });

  it('PDFs asked for documents made without them: one PDF each, none left over', () => {
    const prepare = () => {
      const o = office();
      o.bundle.call('generateProposals', undefined, { kind: 'menu' });
      o.emu.clock.advance(10 * 60_000);
      return o;
    };
    report('PDFs added', sweep<Office>({ prepare, run, settle, check }));
  });

  it('a PDF the office put in the trash: made again once, its row linking the new one', () => {
    const prepare = () => {
      const o = office();
      run(o);
      const pdf = o.emu.drive.filesByName(o.emu.drive.treeText().split('\n').map((l) => l.trim()).find((l) => l.startsWith('Báo cáo thành tích') && l.endsWith('.pdf'))!);
      o.emu.runtime.execute(() => o.emu.globals.DriveApp.getFileById(pdf[0].id).setTrashed(true), { kind: 'node', label: 'office staff' });
      o.emu.clock.advance(10 * 60_000);
      return o;
    };
    report('a PDF trashed', sweep<Office>({ prepare, run, settle, check }));
  });
});

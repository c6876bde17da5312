// A copy of the office's file ("Tạo bản sao") copies its bound script, and may carry the original's script properties:
// its forms, its schools' views, the outbox's journal. Nothing but Thiết lập runs in the copy; Thiết lập forgets the
// original's state and makes nothing yet (the copy holds the original's schools and data: the office decides first);
// the next Thiết lập sets the copy up with forms of its own. The original's forms keep answering to the original.
import { describe, expect, it } from 'vitest';
import { COPIED_DATA_TABS, COPIED_FILE, COPIED_REGISTER_SCRUBBED, COUNCIL_TAB, LEDGER_TAB, TAB } from '../../src/core/messages';
import { SCHOOLS, individualAnswers, officeAfterSetup, copyOfOfficeFile } from './helpers';

/** An office with a registration answered, then a copy of its file (another spreadsheet, the same script properties). */
async function copied(opts: { stamped: boolean }) {
  const ctx = officeAfterSetup();
  const { emu } = ctx;
  const original = emu.spreadsheets.active;
  const formId = emu.properties.script.get('form.registration.id')!;
  emu.forms.submitAsUser(formId, individualAnswers('teacher') as never, { email: SCHOOLS[0].emails[0], at: new Date(emu.clock.now() + 60_000) });
  expect(emu.properties.script.get('spreadsheet.id')).toBe(original.id);
  // A copy made before the state was stamped with its spreadsheet (an earlier version of the tool).
  if (!opts.stamped) emu.properties.script.delete('spreadsheet.id');
  const sent = emu.mail.sent.length;
  expect(sent).toBeGreaterThan(0);
  const triggers = emu.triggers.triggers.length;
  // The copy holds the original's tabs and data (the .xlsx round trip stands for Drive's copy).
  const copy = await copyOfOfficeFile(emu, 'Bản sao của Thi đua');
  return { ...ctx, original, copy, formId, sent, triggers };
}

describe('a copy of the office file, carrying its script properties', () => {
  for (const stamped of [true, false]) {
    it(`refuses every run but Thiết lập, which forgets the original's state and makes nothing until run again (${stamped ? 'stamped' : 'a copy made before the stamp'})`, async () => {
      const { emu, bundle, original, copy, formId, sent, triggers } = await copied({ stamped });
      for (const job of ['rebuildSummaries', 'sendReminders', 'sendWeeklyDigest', 'previewProposals']) {
        expect(() => bundle.call(job, undefined, { kind: 'menu' }), job).toThrow(COPIED_FILE.refused);
      }
      expect(emu.mail.sent.length).toBe(sent);
      expect(emu.forms.forms.get(formId)!.destination!.fileId).toBe(original.id);

      bundle.call('setup', undefined, { kind: 'menu' });
      expect(emu.spreadsheets.ui.at(-1)!.message).toBe(COPIED_FILE.forgotten);
      // Nothing made: no form, no trigger, no e-mail; the original's state is gone from the copy.
      expect(emu.properties.script.get('form.registration.id')).toBeUndefined();
      expect(emu.triggers.triggers.length).toBe(triggers);
      expect(emu.forms.forms.get(formId)!.destination!.fileId).toBe(original.id);
      expect(emu.properties.script.get('spreadsheet.id')).toBe(copy.id);

      // The office has looked: the next Thiết lập sets the copy up with forms of its own.
      bundle.call('setup', undefined, { kind: 'menu' });
      expect(emu.spreadsheets.ui.at(-1)!.message).not.toContain(COPIED_FILE.forgotten);
      const own = emu.properties.script.get('form.registration.id')!;
      expect(own).not.toBe(formId);
      expect(emu.forms.forms.get(own)!.destination!.fileId).toBe(copy.id);
      expect(emu.forms.forms.get(formId)!.destination!.fileId).toBe(original.id);
      bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      expect(emu.runtime.executions.at(-1)!.error).toBeUndefined();
    });
  }

  it("the original's document templates survive the copy's two Thiết lập runs; the copy gets its own, in a folder of its own", async () => {
    const { emu, bundle } = await copied({ stamped: true });
    const keys = [...emu.properties.script.keys()].filter((k) => k.startsWith('proposals.template.') && k !== 'proposals.template.pending');
    expect(keys).toHaveLength(8);
    const originals = keys.map((k) => emu.properties.script.get(k)!);
    // The office has made the original's Tờ trình its own (letterhead, numbering).
    const MARK = 'Mẫu riêng của Phòng';
    emu.runtime.execute(
      () => {
        const doc = emu.globals.DocumentApp.openById(emu.properties.script.get('proposals.template.toTrinh')!);
        doc.getBody().appendParagraph(MARK);
        doc.saveAndClose();
      },
      { kind: 'node', label: 'office edits the template' },
    );
    const byId = () => new Map(emu.docs.list().map((d) => [d.id, d]));
    const folderOf = (id: string) => [...emu.drive.file(id)!.parents].join();
    const originalFolder = folderOf(originals[0]);
    bundle.call('setup', undefined, { kind: 'menu' });
    bundle.call('setup', undefined, { kind: 'menu' });
    const docs = byId();
    for (const id of originals) expect(docs.get(id)!.trashed, docs.get(id)!.name).toBe(false);
    expect(docs.get(originals[keys.indexOf('proposals.template.toTrinh')])!.text).toContain(MARK);
    const own = keys.map((k) => emu.properties.script.get(k)!);
    for (const id of own) {
      expect(originals).not.toContain(id);
      expect(docs.get(id)!.trashed).toBe(false);
      expect(folderOf(id)).not.toBe(originalFolder);
    }
    expect(emu.docs.list().filter((d) => !d.trashed && d.name.startsWith('Mẫu - '))).toHaveLength(16);
  });

  /** A copy after its first Thiết lập, cleaned by the office (the tabs `deleted`), set up again: its own form. */
  async function cleanedCopy(deleted: readonly string[]) {
    const ctx = await copied({ stamped: true });
    const { emu, bundle } = ctx;
    const asOffice = (fn: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => void) =>
      emu.runtime.execute(() => fn(emu.globals.SpreadsheetApp.getActiveSpreadsheet()), { kind: 'node', label: 'office staff' });
    // The original's registration (DK-000002) is in "Thẩm định"; the last meeting voted on DK-000009.
    expect(codesIn(emu, TAB.review)).toEqual(['DK-000002']);
    asOffice((ss) => ss.getSheetByName(COUNCIL_TAB)!.getRange('A30').setValue('DK-000009'));
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(emu.spreadsheets.ui.at(-1)!.message).toBe(COPIED_FILE.forgotten);
    asOffice((ss) => {
      for (const name of deleted) {
        const sheet = ss.getSheetByName(name);
        if (sheet) ss.deleteSheet(sheet);
      }
    });
    expect(emu.properties.script.get('ledger.next')).toBeUndefined();
    // The copy's script project has triggers of its own (installable triggers are not copied with the file); the
    // emulation keeps one store of them, so the original's are taken out here.
    emu.triggers.triggers.splice(0);
    bundle.call('setup', undefined, { kind: 'menu' });
    const formId = emu.properties.script.get('form.registration.id')!;
    expect(emu.forms.forms.get(formId)!.destination!.fileId).toBe(ctx.copy.id);
    const submit = (school: number, minutes: number) =>
      emu.forms.submitAsUser(formId, individualAnswers('teacher') as never, { email: SCHOOLS[school].emails[0], at: new Date(emu.clock.now() + 60_000 * minutes) });
    return { ...ctx, submit };
  }
  const codesIn = (emu: { spreadsheets: { values(tab: string): unknown[][] } }, tab: string) =>
    emu.spreadsheets.values(tab).flat().filter((v): v is string => typeof v === 'string' && /^DK-\d+$/.test(v));

  it("a copy cleaned as COPIED_FILE says (the data tabs deleted, the register of codes kept) starts clean, codes going on", async () => {
    const told = COPIED_FILE.forgotten.split('\n');
    const del = told.find((l) => l.startsWith('1. '))!;
    const keep = told.find((l) => l.startsWith('2. '))!;
    for (const t of [...COPIED_DATA_TABS, TAB.mailRecord]) expect(del).toContain(`“${t}”`);
    expect(keep).toContain(`“${LEDGER_TAB}”`);
    const { emu, bundle, submit } = await cleanedCopy([...COPIED_DATA_TABS, TAB.mailRecord]);
    submit(1, 1);
    submit(2, 2);
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(emu.runtime.executions.at(-1)!.error).toBeUndefined();
    expect(codesIn(emu, TAB.results).sort()).toEqual(['DK-000003', 'DK-000004']);
    expect(codesIn(emu, TAB.review).sort()).toEqual(['DK-000003', 'DK-000004']);
    // Nothing logged but the copy's notice and its register kept to its codes (review r74p F4): no row "deleted", no
    // decision lost.
    expect(emu.spreadsheets.values(TAB.log).slice(1).map((r) => r[2])).toEqual([COPIED_FILE.forgotten, COPIED_REGISTER_SCRUBBED]);
  });

  it("a copy cleaned otherwise (register and counter gone, the council's tabs kept) never gives a code its tabs still show", async () => {
    const { emu, submit } = await cleanedCopy([TAB.registrations, TAB.reports, TAB.results, TAB.outbox, TAB.mailRecord, LEDGER_TAB]);
    submit(1, 1);
    submit(2, 2);
    expect(emu.runtime.executions.at(-1)!.error).toBeUndefined();
    expect(codesIn(emu, TAB.results).sort()).toEqual(['DK-000010', 'DK-000011']);
    // The next submissions go on from the counter: the meeting tab is not read again.
    const tabId = (name: string) => `${emu.spreadsheets.sheet(name)!.file.id}:${emu.spreadsheets.sheet(name)!.id}`;
    const first = emu.runtime.executions.filter((e) => e.kind === 'trigger').at(-2)!;
    expect(first.tabsRead?.has(tabId(COUNCIL_TAB))).toBe(true);
    submit(0, 3);
    expect(codesIn(emu, TAB.results).sort()).toEqual(['DK-000010', 'DK-000011', 'DK-000012']);
    expect(emu.runtime.executions.at(-1)!.tabsRead?.has(tabId(COUNCIL_TAB))).toBe(false);
  });

  it("the original's own first run of this version stamps it without forgetting anything", () => {
    const { emu, bundle } = officeAfterSetup();
    const formId = emu.properties.script.get('form.registration.id')!;
    emu.properties.script.delete('spreadsheet.id');
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(emu.runtime.executions.at(-1)!.error).toBeUndefined();
    expect(emu.properties.script.get('spreadsheet.id')).toBe(emu.spreadsheets.active.id);
    expect(emu.properties.script.get('form.registration.id')).toBe(formId);
  });
});

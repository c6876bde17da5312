// Fix f82h of review d82b F3: forgetTrashed tells a report deleted forever (made again, its PDF to the trash) from
// Drive not answering now (nothing made again, nothing put in the trash: judged by a later click) — by a second,
// different lookup (liveFile), never by an error's wording.
import { describe, expect, it } from 'vitest';
import { markNominees } from '../../scripts/documents';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, officeAfterSetup } from './helpers';
import { oneNomineeOffice, PROPOSALS_TAB as TAB, REPORT } from './pdf-office-lib';

function office() {
  const o = oneNomineeOffice();
  o.bundle.call('generateProposalsWithPdf', undefined, { kind: 'menu' });
  o.emu.clock.advance(10 * 60_000);
  return o;
}

const click = (o: ReturnType<typeof office>) => o.bundle.call('generateProposalsWithPdf', undefined, { kind: 'menu' });
const live = (o: ReturnType<typeof office>, name: string) => o.emu.drive.filesByName(name).filter((f) => !f.trashed).map((f) => f.id);
const row = (o: ReturnType<typeof office>) => o.emu.spreadsheets.values(TAB).find((r) => r[1] === 'DK-000002')!.map(String).join(' ');

describe('a recorded report: gone for good, or Drive not answering', () => {
  it('deleted forever while Drive cannot search: kept as it is (no new report, its PDF left live); made again once Drive answers', () => {
    const o = office();
    const [doc] = live(o, REPORT);
    const [pdf] = live(o, `${REPORT}.pdf`);
    o.emu.drive.deleteForever(doc);
    // Both lookups by id fail (the file is gone); the search by name, the one that decides, fails as in an outage.
    o.emu.runtime.failOn('DriveApp.getFilesByName', 1, 'Service error: Drive');
    click(o);
    expect(live(o, REPORT)).toEqual([]);
    expect(live(o, `${REPORT}.pdf`)).toEqual([pdf]);
    expect(row(o)).toContain(doc);

    o.emu.clock.advance(10 * 60_000);
    click(o);
    const made = live(o, REPORT);
    expect(made).toHaveLength(1);
    expect(made[0]).not.toBe(doc);
    const pdfs = live(o, `${REPORT}.pdf`);
    expect(pdfs).toHaveLength(1);
    expect(pdfs[0]).not.toBe(pdf);
    expect(row(o)).toContain(made[0]);
    expect(row(o)).toContain(pdfs[0]);
  });

  it('a click whose look at the recorded documents runs out of time stops at its deadline; its continuation looks at the rest and makes again those in the trash', () => {
    const o = officeAfterSetup(SCHOOLS.slice(0, 2), { modelLatency: true });
    const submit = o.emu.triggers.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT');
    for (const t of submit) o.emu.triggers.triggers.splice(o.emu.triggers.triggers.indexOf(t), 1);
    for (let i = 0; i < 10; i++) {
      const answers = { ...collectiveAnswers(), [Q.school]: SCHOOLS[i % 2].name, [Q.collectiveName]: `Tổ chuyên môn số ${i + 1}` };
      o.emu.forms.submitAsUser(o.formId, answers as never, { email: SCHOOLS[i % 2].emails[0] });
    }
    o.emu.triggers.triggers.push(...submit);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    markNominees(o.emu, 10);
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const reports = () => o.emu.docs.list().filter((d) => d.name.startsWith('Báo cáo thành tích - '));
    expect(reports()).toHaveLength(10);
    const old = new Set(reports().map((d) => d.id));
    for (const id of old) o.emu.runtime.execute(() => o.emu.globals.DriveApp.getFileById(id).setTrashed(true), { kind: 'node', label: 'office staff' });
    o.emu.clock.advance(10 * 60_000);
    // Drive slow to answer for these files: 40 s a look-up, so ten take longer than an execution may run.
    const drive = o.emu.globals.DriveApp as { getFileById(id: string): unknown };
    const getFileById = drive.getFileById;
    drive.getFileById = function (id: string) {
      if (old.has(id)) o.emu.runtime.charge(40_000);
      return getFileById.call(this, id);
    };
    const first = o.emu.runtime.executions.length;
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    expect(reports().filter((d) => !d.trashed).length).toBeLessThan(10);
    for (let n = 0; n < 20 && o.emu.triggers.triggers.some((t) => t.handler === 'continueProposals'); n++) {
      o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 2 * 60_000);
    }
    const live = reports().filter((d) => !d.trashed).map((d) => d.name);
    expect(live).toHaveLength(10);
    expect(new Set(live).size).toBe(10);
    const execs = o.emu.runtime.executions.slice(first).filter((x) => x.label === 'generateProposals' || x.label === 'continueProposals');
    expect(execs.length).toBeGreaterThan(1);
    expect(execs.filter((x) => x.error)).toEqual([]);
    expect(execs.every((x) => x.modelledMs < 6 * 60_000)).toBe(true);
  });

  it('live, its lookup failing once: nothing made again, nothing put in the trash', () => {
    const o = office();
    const [doc] = live(o, REPORT);
    const [pdf] = live(o, `${REPORT}.pdf`);
    o.emu.runtime.failOn('DriveApp.getFileById', 1, 'Service error: Drive');
    click(o);
    expect(live(o, REPORT)).toEqual([doc]);
    expect(live(o, `${REPORT}.pdf`)).toEqual([pdf]);
    expect(o.emu.drive.filesByName(REPORT).filter((f) => f.trashed)).toEqual([]);
    expect(row(o)).toContain(doc);
    expect(row(o)).toContain(pdf);
  });
});

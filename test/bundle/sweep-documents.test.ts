// Fault sweeps of setup and of the award proposals: one fault, then one kill, at each service call in turn (sampled,
// see sweep.ts), then the runs until quiet: no second form, the forms still linked, no replaced customised
// template, no duplicate and no orphan document, every document of the run without faults made in the end.
import { describe, expect, it } from 'vitest';
import { markNominees } from '../../scripts/documents';
import { PROPOSAL_TAB } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';
import { describeReport, failures, sweep, type Office, SWEEP_TIMEOUT } from './sweep';

const TWO = SCHOOLS.slice(0, 2);
const MARK = 'Văn bản riêng của Phòng (không được thay)';
const TEMPLATE_KEY = 'proposals.template.toTrinh';

interface DocOffice extends Office {
  formIds: string[];
  templateId: string;
}

/** A two-school office after setup whose Tờ trình template the office has edited. */
function office(): DocOffice {
  const { emu, bundle } = officeAfterSetup(TWO);
  const templateId = emu.properties.script.get(TEMPLATE_KEY)!;
  emu.runtime.execute(
    () => {
      const doc = emu.globals.DocumentApp.openById(templateId);
      doc.getBody().appendParagraph(MARK);
      doc.saveAndClose();
    },
    { kind: 'node', label: 'office edits the template' },
  );
  const formIds = ['form.registration.id', 'form.report.id'].map((k) => emu.properties.script.get(k)!);
  return { emu, bundle, formIds, templateId };
}

const live = (o: Office) => o.emu.docs.list().filter((d) => !d.trashed);

/** Problems of the end state shared by both sweeps: forms, templates, duplicate documents. */
function commonProblems(o: DocOffice, base: DocOffice): string[] {
  const out: string[] = [];
  const ids = ['form.registration.id', 'form.report.id'].map((k) => o.emu.properties.script.get(k));
  if (o.emu.forms.forms.size !== 2) out.push(`${o.emu.forms.forms.size} forms`);
  if (ids.join() !== o.formIds.join()) out.push('a form was replaced');
  for (const id of ids) if (!o.emu.forms.byId(id!)?.destination) out.push(`form ${id} not linked`);
  if (o.emu.properties.script.get(TEMPLATE_KEY) !== o.templateId) out.push('the customised template was replaced');
  if (!o.emu.docs.text(o.templateId).includes(MARK)) out.push('the customised template lost its text');
  const names = live(o).map((d) => `${d.folders.join('/')}/${d.name}`);
  const dup = names.filter((n, i) => names.indexOf(n) !== i);
  if (dup.length) out.push(`duplicate documents: ${dup.join(', ')}`);
  const want = live(base).map((d) => d.name).sort().join('|');
  const got = live(o).map((d) => d.name).sort().join('|');
  if (want !== got) out.push(`documents differ from the run without faults: ${got}`);
  return out;
}

function report(job: string, r: ReturnType<typeof sweep>): void {
  console.log(describeReport(job, r));
  expect(failures(r)).toEqual([]);
  expect(r.problems).toBe(0);
  expect(r.duplicatesOutsideWindow).toBe(0);
}

describe('fault sweeps of setup and the proposals (a two-school office)', { timeout: SWEEP_TIMEOUT }, () => {
  it('setup run again: no second form, the forms linked, the customised template kept', () => {
    const r = sweep<DocOffice>({
      prepare: office,
      run: (o) => o.bundle.call('setup', undefined, { kind: 'menu' }),
      settle: (o) => o.bundle.call('setup', undefined, { kind: 'menu' }),
      check: commonProblems,
    });
    report('setup', r);
  });

  it('proposals: one Tờ trình, one Danh sách and one report per nominee, none twice, none left over', () => {
    const r = sweep<DocOffice>({
      prepare: () => {
        const o = office();
        const trigger = o.emu.triggers.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT');
        for (const t of trigger) o.emu.triggers.triggers.splice(o.emu.triggers.triggers.indexOf(t), 1);
        const formId = o.formIds[0];
        o.emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: TWO[0].name, [Q.collectiveName]: 'Tổ Một' } as never, { email: TWO[0].emails[0] });
        o.emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [Q.school]: TWO[1].name } as never, { email: TWO[1].emails[0] });
        o.emu.triggers.triggers.push(...trigger);
        o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
        markNominees(o.emu, 10);
        return o;
      },
      run: (o) => o.bundle.call('generateProposals', undefined, { kind: 'menu' }),
      settle: (o) => {
        // Past any lease of a killed run; the continuation (or the office clicking again) finishes the batch.
        o.emu.clock.advance(8 * 60_000);
        o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 60_000);
        try {
          o.bundle.call('generateProposals', undefined, { kind: 'menu' });
        } catch {
          // A failed run says so in its tab; the next round goes on.
        }
      },
      check: (o, base) => {
        const out = commonProblems(o, base);
        const tab = o.emu.spreadsheets.values(PROPOSAL_TAB).map((r) => r.join(' ')).join('\n');
        if (!tab) out.push('no progress tab');
        return out;
      },
    });
    report('proposals', r);
  });
});

// Forms types a short-text answer into the response tab as a user typing it would (emulator/forms.ts): a decision
// number typed "1.250" (how Vietnamese decisions above 999 are numbered) is held as 1250, "05" as 5. The form's response
// keeps the text: the documents of a nominee print what the school typed, read from its own response; only when the form
// cannot give it is the number printed, and the report's row of "Đề nghị khen thưởng" says to check it (review input F2).
import { describe, expect, it } from 'vitest';
import { proposalNote } from '../../src/core/messages/proposals';
import { Q, initiativeTitles } from '../../src/core/registration-form';
import { markNominees } from '../../scripts/documents';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

type Office = ReturnType<typeof officeAfterSetup>;

/** One registration with `answers`, proposed; `before` runs before the documents are made. */
function propose(answers: Record<string, unknown>, before: (o: Office, responseId: string) => void = () => {}) {
  const o = officeAfterSetup();
  const sent = o.emu.forms.submitAsUser(o.formId, answers as never, { email: SCHOOLS[0].emails[0] });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  markNominees(o.emu, 1);
  before(o, sent.responseId);
  o.bundle.call('generateProposals', undefined, { kind: 'menu' });
  const report = o.emu.docs.list().find((d) => d.name.startsWith('Báo cáo thành tích'))!;
  return {
    o,
    report: o.emu.docs.text(report.id),
    notes: o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.join(' | ')).join('\n'),
  };
}

describe('an answer the response tab holds as a number, in the documents (review input F2)', () => {
  const name = individualAnswers('teacher')[initiativeTitles(1).name] as string;

  it.each(['1.250', '05'])('a decision number typed %j is printed as typed, from the form response, with no warning', (typed) => {
    const { o, report, notes } = propose({ ...individualAnswers('teacher'), [initiativeTitles(1).decision]: typed });
    // The tab holds the number (what Forms typed), untouched: the raw response tabs are never written.
    const values = o.emu.spreadsheets.values('Phiếu đăng ký');
    expect(typeof values[1][values[0].indexOf(initiativeTitles(1).decision)]).toBe('number');
    expect(report).toContain(`Quyết định số ${typed}`);
    expect(notes).not.toContain('được bảng tính lưu thành số');
  });

  it('its response deleted in Forms: the number is printed and the report row says to check it', () => {
    const { report, notes } = propose({ ...individualAnswers('teacher'), [initiativeTitles(1).decision]: '1.250' }, (o, responseId) => {
      const form = o.emu.forms.byId(o.formId)!;
      form.responses = form.responses.filter((r) => r.id !== responseId);
    });
    expect(report).toContain('Quyết định số 1250');
    expect(notes).toContain(proposalNote.decisionReadAsNumber([{ name, printed: '1250' }]));
  });

  it('re-spelled by the school while the documents are made ("1.250" → "1250", the same number): the batch is not done with the old spelling, a continuation prints the new (the texts are asked once per execution, but again for a row its edit rewrote)', () => {
    const answers = { ...individualAnswers('teacher'), [initiativeTitles(1).decision]: '1.250' };
    const o = officeAfterSetup();
    const sent = o.emu.forms.submitAsUser(o.formId, answers as never, { email: SCHOOLS[0].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    markNominees(o.emu, 1);
    const reports = () => o.emu.docs.list().filter((d) => d.name.startsWith('Báo cáo thành tích') && !d.trashed);
    let edited = false;
    const stop = o.emu.runtime.onCall(() => {
      if (edited || reports().length === 0) return;
      edited = true;
      o.emu.runtime.interleave(() => {
        o.emu.clock.advance(20_000); // the school's edit takes a while: its row's time is not the first one's
        o.emu.forms.submitAsUser(o.formId, { ...answers, [initiativeTitles(1).decision]: '1250' } as never, { email: SCHOOLS[0].emails[0], editResponseId: sent.responseId });
      });
    });
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    stop();
    expect(edited).toBe(true);
    expect(o.emu.runtime.pendingInterleaves).toBe(0);
    // Not "Đã tạo xong" with the old spelling: the second read of the plan asks the form again for the row the edit
    // rewrote (a new time), sees another print, and leaves the batch to a continuation.
    const head = () => o.emu.spreadsheets.values('Đề nghị khen thưởng')[1].join(' ').trim();
    expect(head()).not.toMatch(/^Đã tạo xong/);
    const continuations = () => o.emu.triggers.triggers.filter((t) => t.handler === 'continueProposals');
    expect(continuations()).toHaveLength(1);
    for (let n = 0; n < 10 && continuations().length > 0; n++) o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 61_000);
    expect(head()).toMatch(/^Đã tạo xong/);
    const live = reports().filter((d) => !d.name.startsWith('[KHÔNG DÙNG]'));
    expect(live).toHaveLength(1);
    expect(o.emu.docs.text(live[0].id)).toContain('Quyết định số 1250');
  });

  it('a decision number held as text is not told', () => {
    expect(propose({ ...individualAnswers('teacher'), [Q.individualName]: 'Lê Văn D' }).notes).not.toContain('được bảng tính lưu thành số');
  });
});

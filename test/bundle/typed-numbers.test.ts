// Forms types a short-text answer into the response tab as a user typing it would (emulator/forms.ts): a decision
// number typed "1.250" (how Vietnamese decisions above 999 are numbered) is held as 1250, "05" as 5. The tool reads only
// the number; the office is told, on the report's row of "Đề nghị khen thưởng", to check it before signing (review input F2).
import { describe, expect, it } from 'vitest';
import { proposalNote } from '../../src/core/messages/proposals';
import { Q, initiativeTitles } from '../../src/core/registration-form';
import { markNominees } from '../../scripts/documents';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

/** The notes of "Đề nghị khen thưởng" once one registration with `answers` is proposed and its documents made. */
function notes(answers: Record<string, unknown>): string {
  const { emu, bundle, formId } = officeAfterSetup();
  emu.forms.submitAsUser(formId, answers as never, { email: SCHOOLS[0].emails[0] });
  bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  markNominees(emu, 1);
  bundle.call('generateProposals', undefined, { kind: 'menu' });
  return emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.join(' | ')).join('\n');
}

describe('an initiative decision number the response tab holds as a number (review input F2)', () => {
  const name = individualAnswers('teacher')[initiativeTitles(1).name] as string;

  it.each([
    ['1.250', '1250'],
    ['05', '5'],
  ])('typed %j, printed %j: the report row says to check it against the form', (typed, printed) => {
    const said = notes({ ...individualAnswers('teacher'), [initiativeTitles(1).decision]: typed });
    expect(said).toContain(proposalNote.decisionReadAsNumber([{ name, printed }]));
  });

  it('a decision number held as text is not told', () => {
    expect(notes({ ...individualAnswers('teacher'), [Q.individualName]: 'Lê Văn D' })).not.toContain('được bảng tính lưu thành số');
  });
});

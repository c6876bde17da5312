// Review "input": an evidence, decision or report answer with no letter and no digit — "?", "!!!", "#", "“”", an emoji,
// a bare "https://" — is read as evidence given. The design (§3): "A self-declared 'yes' whose evidence field is empty
// is 'missing evidence', not 'met'"; "-", ".", "…", '""' already are (src/core/text.ts isEmptyEvidence), these are not.
import { describe, expect, it } from 'vitest';
import { R, SELF_DECLARED, initiativeTitles } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';

const RESULTS = 'Kết quả kiểm tra';
const NOTHING_SAID = ['?', '???', '!!!', '#', '~', '()', '[]', '“”', '😀', 'https://'];

function resultRow(emu: ReturnType<typeof officeAfterSetup>['emu'], code: string): Record<string, string> {
  const values = emu.spreadsheets.values(RESULTS);
  const header = values[0].map(String);
  const row = values.find((r) => r[0] === code)!;
  return Object.fromEntries(header.map((h, i) => [h, String(row[i])]));
}

describe('evidence that says nothing (review input F1)', () => {
  const evidence = SELF_DECLARED['CN-03-THANH-TICH'].evidence!;

  it.each(NOTHING_SAID)('a "Có" whose evidence is %j is "Cần bổ sung", naming the evidence question', (answer) => {
    const { emu, formId } = officeAfterSetup();
    emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [evidence]: answer }, { email: SCHOOLS[0].emails[0] });
    const row = resultRow(emu, 'DK-000002');
    expect(row['Kết luận']).toBe('Cần bổ sung');
    expect(row['Cần bổ sung hoặc chưa đạt']).toContain(evidence);
  });

  it('control: "." as evidence is already "Cần bổ sung"', () => {
    const { emu, formId } = officeAfterSetup();
    emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [evidence]: '.' }, { email: SCHOOLS[0].emails[0] });
    expect(resultRow(emu, 'DK-000002')['Kết luận']).toBe('Cần bổ sung');
  });

  it('an initiative whose decision number is "?" is not a recognised initiative: the decision question is named', () => {
    const { emu, formId } = officeAfterSetup();
    // The collective's only recognised solution (the second has no level, decision or year).
    emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [initiativeTitles(1).decision]: '?' }, { email: SCHOOLS[0].emails[0] });
    const row = resultRow(emu, 'DK-000002');
    expect(row['Cần bổ sung hoặc chưa đạt']).toContain(initiativeTitles(1).decision);
  });

  it('a plan report whose "Số, ngày văn bản" is "?" and no link counts as not given, like "chưa có"', () => {
    const planLine = (answer: string) => {
      const { emu, bundle, reportFormId } = officeAfterSetup();
      const period = emu.forms.forms.get(reportFormId)!.itemByTitle(R.period)!.choices[0].value;
      emu.forms.submitAsUser(reportFormId, { [R.school]: SCHOOLS[0].name, [R.period]: period, [R.docRef]: answer, [R.summary]: 'Kế hoạch', [R.link]: '' }, { email: SCHOOLS[0].emails[0] });
      bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      return emu.spreadsheets.values(SCHOOLS[0].name).flat().map(String).find((c) => c.includes('Kế hoạch của đơn vị')) ?? '';
    };
    expect(planLine('chưa có')).toContain('Thiếu minh chứng');
    expect(planLine('?')).toContain('Thiếu minh chứng');
  });
});

describe('property: an answer without a letter or a digit is no evidence (review input F1)', () => {
  it('noEvidence holds for any string of punctuation, symbols, spaces and emoji', async () => {
    const fc = (await import('fast-check')).default;
    const { noEvidence } = await import('../../src/core/text');
    const pieces = ['?', '!', '#', '~', '+', '=', '@', '(', ')', '[', ']', '“', '”', '«', '»', '😀', '👍', '✔', '•', ' ', '…', '-', '.', '*', '&', '%', '^', '$'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }).map((a) => a.join('')), (s) => noEvidence(s)), { numRuns: 200, seed: 7 });
  });
});

// Review r73r (the people who fill in the form) F5: the teacher sees in her confirmation that she typed her birth year
// 1958 instead of 1985 and, as people do, fills the form again rather than find the edit link. The new registration
// replaces the old only with the same birth year (duplicates.ts subjectKey), and the same name at the same school with two
// birth years is not even "có thể trùng người" (only one with no birth year is): both stay in force, both "Đạt", and
// neither she, the school nor the council is told — the council may propose her twice. A name typed alike with another
// year is what "Nguyen Thi Hoa" for "Nguyễn Thị Hòa" is (told the next morning as "Có thể trùng người"): the school
// should be told the same.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';
import { Q } from '../../src/core/registration-form';

const email = SCHOOLS[0].emails[0];
const DAY = 86_400_000;

function resent(second: Record<string, string>) {
  const o = officeAfterSetup();
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.birthYear]: '1958' }, { email });
  o.emu.clock.advance(3_600_000);
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), ...second }, { email });
  const before = o.emu.mail.sent.length;
  o.emu.clock.advance(DAY);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  return o.emu.mail.sent.slice(before).filter((m) => m.body.includes('DK-000002') && m.body.includes('DK-000003'));
}

describe('the same teacher sent again with her birth year corrected (r73r F5)', () => {
  it('the control: the name typed without its marks, same year, is told the next morning as maybe the same person', () => {
    expect(resent({ [Q.individualName]: 'Nguyen Thi Hoa', [Q.birthYear]: '1958' })).toHaveLength(1);
  });

  it('the same name, the year corrected: the school is told the two registrations may be one person', () => {
    expect(resent({ [Q.birthYear]: '1985' })).toHaveLength(1);
  });
});

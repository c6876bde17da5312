// The office of the PDF tests (r82x, d82b F3, f82h): two schools, one collective registration (DK-000002, Trường Mầm
// non Hoa Sen) marked «Đề nghị khen», "Người ký tờ trình" left blank — so the Báo cáo thành tích is the one document
// made, with its PDF. The submission is written without its trigger, then the rebuild reads it.
import { markNominees } from '../../scripts/documents';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, officeAfterSetup } from './helpers';

export const PROPOSALS_TAB = 'Đề nghị khen thưởng';
/** The name of the one document made (its PDF: the same with ".pdf"). */
export const REPORT = 'Báo cáo thành tích - DK-000002 - Trường Mầm non Hoa Sen';

export function oneNomineeOffice() {
  const o = officeAfterSetup(SCHOOLS.slice(0, 2));
  const submit = o.emu.triggers.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT');
  for (const t of submit) o.emu.triggers.triggers.splice(o.emu.triggers.triggers.indexOf(t), 1);
  o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name } as never, { email: SCHOOLS[0].emails[0] });
  o.emu.triggers.triggers.push(...submit);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  markNominees(o.emu, 10);
  return o;
}

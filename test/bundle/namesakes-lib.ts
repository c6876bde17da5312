// Two teachers of one name and birth year sent an hour apart from one school's address with their own hometowns, and
// the next morning's rebuild: the automatic verdict of each code in "Thẩm định" (reviews r76n, d76, d76b, d76c).
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';
import { Q } from '../../src/core/registration-form';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';

const DAY = 86_400_000;

export function twoAtOneSchool(first: string, second: string, who: { name: string; year: string; gender: string } = { name: 'Nguyễn Thị Lan', year: '1988', gender: 'Nữ' }): Record<string, string> {
  const school = SCHOOLS[2];
  const o = officeAfterSetup();
  const base = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: who.name, [Q.birthYear]: who.year, [REPORT_QUESTIONS.gender]: who.gender };
  o.emu.forms.submitAsUser(o.formId, { ...base, [REPORT_QUESTIONS.hometown]: first } as never, { email: school.emails[0] });
  o.emu.clock.advance(3_600_000);
  o.emu.forms.submitAsUser(o.formId, { ...base, [REPORT_QUESTIONS.hometown]: second } as never, { email: school.emails[0] });
  o.emu.clock.advance(DAY);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  const v = o.emu.spreadsheets.values('Thẩm định').map((r) => r.map(String));
  return Object.fromEntries(v.slice(1).map((r) => [r[0], r[v[0].indexOf('Kết luận tự động')]]));
}

import { it } from 'vitest';
import { SCHOOLS, individualAnswers, officeAfterSetup } from '../bundle/helpers';
it('double', () => {
  const o = officeAfterSetup();
  const a = individualAnswers('teacher');
  o.emu.forms.submitAsUser(o.formId, a, { email: SCHOOLS[0].emails[0] });
  o.emu.clock.advance(20_000);
  const n = o.emu.mail.sent.length;
  o.emu.forms.submitAsUser(o.formId, a, { email: SCHOOLS[0].emails[0] });
  for (const m of o.emu.mail.sent.slice(n - 1)) console.log(m.subject, '\n', m.body, '\n-----');
  o.emu.clock.advance(86_400_000);
  const k = o.emu.mail.sent.length;
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  for (const m of o.emu.mail.sent.slice(k)) console.log('NEXT', m.subject, '\n', m.body.slice(0, 600));
});

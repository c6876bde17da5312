// Review helper d83b F1 (adversarial read of f83c / r83e F2). A commune's Ủy ban, December 2026, on a consumer account
// (100 recipients a day). Trường Mầm non Hoa Sen registered its teacher Trần Thị Lan on 01/12 (DK-000002). On 08/12 at
// 14:00 its clerk sends her again instead of using the edit link — on an afternoon the day's mail quota is already used
// up (the deadline week: every school's confirmation and reminder). The confirmation of DK-000003 waits in the outbox;
// the nightly rebuild queues the notice «Phiếu DK-000002 đã được thay bằng phiếu DK-000003», which waits too. When the
// quota comes back, both go: the confirmation now composed with «… thay cho phiếu đó» (the notice's key "TT:DK-000003"
// is in the outbox, so confirmationPlan takes it as spent), and the notice saying it again — the school is told twice,
// the double r83e F2 was fixed for.
import { describe, expect, it } from 'vitest';
import { sampleConfig, sampleProfile } from '../../sample/profiles';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const HOA_SEN = SCHOOLS[0]; // one address: mnhoasen@example.edu.vn

describe('d83b F1: a registration sent again while the mail quota is used up', () => {
  it('the school is told once that DK-000002 no longer counts when the quota comes back', () => {
    const start = new Date(2026, 11, 1, 8, 0, 0);
    const cfg = sampleConfig(sampleProfile('xa-2026-2030'), start);
    const o = officeAfterSetup(SCHOOLS, { now: start, mailQuota: 100 }, cfg);
    const { emu, bundle, formId } = o;
    const lan = (phone: string) =>
      ({ ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name, [Q.individualName]: 'Trần Thị Lan', [Q.birthYear]: '1985', [Q.phone]: phone }) as never;
    emu.forms.submitAsUser(formId, lan('0987 654 321'), { email: HOA_SEN.emails[0] });
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    emu.clock.set(new Date(2026, 11, 8, 13, 59, 0));
    emu.triggers.runDueTimeTriggers(emu.clock.now());
    // The day's recipients are used up (the deadline week's other mail).
    emu.runtime.consumeQuota('email', emu.mail.remaining(), 100, 'used');
    expect(emu.mail.remaining()).toBe(0);
    const before = emu.mail.sent.length;
    emu.clock.set(new Date(2026, 11, 8, 14, 0, 0));
    emu.forms.submitAsUser(formId, lan('0912 000 111'), { email: HOA_SEN.emails[0] });
    // The nightly rebuild, then the day goes on until the quota is back and every waiting e-mail has gone.
    emu.clock.set(new Date(2026, 11, 9, 1, 0, 0));
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    for (let h = 2; h <= 22; h++) emu.triggers.runDueTimeTriggers(new Date(2026, 11, 9, h, 0, 0).getTime());
    expect(emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    const toSchool = emu.mail.sent.slice(before).filter((m) => String(m.to).toLowerCase().includes(HOA_SEN.emails[0]));
    // The confirmation of DK-000003 arrived (once the quota came back).
    expect(toSchool.filter((m) => m.subject.includes('Đã nhận phiếu DK-000003'))).toHaveLength(1);
    const tellsReplaced = (m: { subject: string; body: string }) =>
      m.subject.includes('Phiếu DK-000002 đã được thay bằng phiếu DK-000003') || (m.body.includes('phiếu DK-000002') && m.body.includes('thay cho phiếu đó'));
    expect(toSchool.filter(tellsReplaced).map((m) => m.subject)).toHaveLength(1);
  });
});

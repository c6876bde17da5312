// Review helper r83e F2 (every e-mail as its recipient reads it; exactly-once as the recipient sees it). A commune's Ủy ban,
// December 2026. Trường Mầm non Hoa Sen (one address in "Đơn vị") registered its teacher Trần Thị Lan. A week later its
// clerk sends her again (new phone number) instead of using the edit link, at a moment another job holds the script's
// lock — the case of every busy afternoon and of the last days before a deadline. The queued submission is answered by
// the continuation, which evaluates the whole office: the confirmation of DK-000003 says «Phiếu này trùng đối tượng với
// phiếu DK-000002 … và thay cho phiếu đó: Ủy ban chỉ xét phiếu này». The same run (or the next rebuild) then also sends
// the school «Phiếu DK-000002 đã được thay bằng phiếu DK-000003 …»: one fact, told twice to one address within the
// minute. src/core/notices.ts schoolNotices asks only whether the *replaced* registration was told (told.toldReplacedBy
// of DK-000002), not whether the confirmation of the one replacing it already named it (confirmationPlan's
// replacesOf). The submission answered alone (lock free) tells it once, by the notice only.
import { describe, expect, it } from 'vitest';
import { sampleConfig, sampleProfile } from '../../sample/profiles';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const HOA_SEN = SCHOOLS[0]; // one address: mnhoasen@example.edu.vn
const DAY = 86_400_000;

describe('r83e F2: a registration sent again while the lock is busy, answered by the continuation', () => {
  it('the school is told once that DK-000002 no longer counts, not by its confirmation and again by a notice', () => {
    const start = new Date(2026, 11, 1, 8, 0, 0);
    const cfg = sampleConfig(sampleProfile('xa-2026-2030'), start);
    const o = officeAfterSetup(SCHOOLS, { now: start }, cfg);
    const { emu, bundle, formId } = o;
    const lan = (phone: string) =>
      ({ ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name, [Q.individualName]: 'Trần Thị Lan', [Q.birthYear]: '1985', [Q.phone]: phone }) as never;
    emu.forms.submitAsUser(formId, lan('0987 654 321'), { email: HOA_SEN.emails[0] });
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    emu.clock.set(new Date(2026, 11, 8, 14, 0, 0));
    const before = emu.mail.sent.length;
    // Sent again while another job holds the lock: the row waits in the queue for the continuation.
    const lock = emu.locks.state('script');
    lock.holder = 0;
    emu.forms.submitAsUser(formId, lan('0912 000 111'), { email: HOA_SEN.emails[0] });
    lock.holder = null;
    for (let k = 0; k < 5 && emu.triggers.find('continueIntake').length > 0; k++) emu.triggers.runDueTimeTriggers(emu.clock.now() + 61_000);
    // The nightly rebuild.
    emu.clock.set(new Date(2026, 11, 9, 1, 0, 0));
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    const toSchool = emu.mail.sent.slice(before).filter((m) => String(m.to).toLowerCase().includes(HOA_SEN.emails[0]));
    // The confirmation of DK-000003 arrived.
    expect(toSchool.some((m) => m.subject.includes('Đã nhận phiếu DK-000003'))).toBe(true);
    const tellsReplaced = (m: { subject: string; body: string }) =>
      m.subject.includes('Phiếu DK-000002 đã được thay bằng phiếu DK-000003') || (m.body.includes('phiếu DK-000002') && m.body.includes('thay cho phiếu đó'));
    expect(toSchool.filter(tellsReplaced).map((m) => m.subject)).toHaveLength(1);
  });
});

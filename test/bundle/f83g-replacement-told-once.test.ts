// Fix helper f83g (review d83b F1): a registration sent again replaces the school's earlier one of the same person. The
// school is told so once — by the nightly notice «Phiếu DK-000002 đã được thay bằng phiếu DK-000003», its confirmation
// then leaving it out — whichever of the two e-mails the mail quota holds back, and whichever goes first. The orders
// the reviewer's test (both held back) leaves open: the confirmation held back alone (it goes with the night's notice),
// the notice held back alone (the confirmation went at once), the notice going before the confirmation (the mail
// service refusing the latter until after the night).
import { describe, expect, it } from 'vitest';
import { sampleConfig, sampleProfile } from '../../sample/profiles';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const HOA_SEN = SCHOOLS[0]; // one address: mnhoasen@example.edu.vn

type Mail = { subject: string; body: string; date: Date };
const isNotice = (m: Mail) => m.subject.includes('Phiếu DK-000002 đã được thay bằng phiếu DK-000003');
const tellsReplaced = (m: Mail) => isNotice(m) || (m.body.includes('phiếu DK-000002') && m.body.includes('thay cho phiếu đó'));
const isConfirmation = (m: Mail) => m.subject.includes('Đã nhận phiếu DK-000003');

/**
 * Lan registered on 01/12, sent again on 08/12 at 14:00; the nightly rebuild at 01:00; then the next day's runs, every
 * half hour, until all waiting mail has gone. `quotaOut`: the hours of 08/12 at which the day's recipients are used up
 * (the quota's window opens then when none is open: back 24 hours later). `refuseConfirmation`: the mail service
 * refuses the first e-mail of the submission's run and of the nightly rebuild (an outage: the confirmation, first in
 * the record, is refused both times, and goes with a later run). The mails to the school from the sending on.
 */
function scenario(quotaOut: number | null, refuseConfirmation = false): Mail[] {
  const start = new Date(2026, 11, 1, 8, 0, 0);
  const cfg = sampleConfig(sampleProfile('xa-2026-2030'), start);
  const o = officeAfterSetup(SCHOOLS, { now: start, mailQuota: 100 }, cfg);
  const { emu, bundle, formId } = o;
  const lan = (phone: string) =>
    ({ ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name, [Q.individualName]: 'Trần Thị Lan', [Q.birthYear]: '1985', [Q.phone]: phone }) as never;
  emu.forms.submitAsUser(formId, lan('0987 654 321'), { email: HOA_SEN.emails[0] });
  bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  const before = emu.mail.sent.length;
  const at = (h: number) => new Date(new Date(2026, 11, 8, 0, 0, 0).getTime() + h * 3_600_000);
  const useUp = () => {
    emu.clock.set(at(quotaOut!));
    emu.runtime.consumeQuota('email', emu.mail.remaining(), 100, 'used');
    emu.triggers.runDueTimeTriggers(emu.clock.now());
  };
  if (quotaOut !== null && quotaOut < 14) useUp();
  emu.clock.set(at(14));
  if (refuseConfirmation) emu.runtime.failOn('MailApp.sendEmail', 1, 'Service unavailable: Mail');
  emu.forms.submitAsUser(formId, lan('0912 000 111'), { email: HOA_SEN.emails[0] });
  if (quotaOut !== null && quotaOut > 14) useUp();
  emu.clock.set(at(25));
  if (refuseConfirmation) emu.runtime.failOn('MailApp.sendEmail', 1, 'Service unavailable: Mail');
  bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  for (let h = 25.5; h <= 48; h += 0.5) emu.triggers.runDueTimeTriggers(at(h).getTime());
  expect(emu.runtime.executions.filter((x) => x.error)).toEqual([]);
  return emu.mail.sent.slice(before).filter((m) => String(m.to).toLowerCase().includes(HOA_SEN.emails[0]));
}

describe('f83g (d83b F1): a replacement is told once, whichever e-mail the quota holds back', () => {
  it('the confirmation held back alone (the quota used up since 00:30, back at 00:30 the next night): it goes with the night\'s notice, which alone tells it', () => {
    const mails = scenario(0.5);
    expect(mails.filter(isConfirmation)).toHaveLength(1);
    expect(mails.filter(tellsReplaced).map((m) => m.subject)).toEqual([expect.stringContaining('Phiếu DK-000002 đã được thay bằng phiếu DK-000003')]);
  });
  it('the notice held back alone (the confirmation went at 14:00, the quota used up at 23:00): the notice, when the quota is back, alone tells it', () => {
    const mails = scenario(23);
    const conf = mails.filter(isConfirmation);
    expect(conf).toHaveLength(1);
    expect(conf[0].date.getTime()).toBe(new Date(2026, 11, 8, 14, 0, 0).getTime());
    const told = mails.filter(tellsReplaced);
    expect(told.map((m) => m.subject)).toEqual([expect.stringContaining('Phiếu DK-000002 đã được thay bằng phiếu DK-000003')]);
    expect(told[0].date.getTime()).toBeGreaterThan(new Date(2026, 11, 9, 1, 0, 0).getTime());
  });
  it('the notice going before the confirmation (the confirmation refused at 14:00 and again by the nightly rebuild, which sends the notice): the confirmation, sent later, does not say it again', () => {
    const mails = scenario(null, true);
    const conf = mails.filter(isConfirmation);
    expect(conf).toHaveLength(1);
    const notice = mails.filter(isNotice);
    expect(notice).toHaveLength(1);
    expect(notice[0].date.getTime()).toBeLessThanOrEqual(conf[0].date.getTime());
    expect(mails.indexOf(notice[0])).toBeLessThan(mails.indexOf(conf[0]));
    expect(mails.filter(tellsReplaced)).toHaveLength(1);
  });
});

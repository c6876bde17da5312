// Review d78 F1 (a second reading of the fix for r78p F1: a digest to more than 50 recipients goes in parts).
//
// Who is hurt: the first 50 of the office's digest recipients (the council's standing members, the school heads the
// office copies), and through them the schools whose new registrations they are never told of.
// Steps: "Người nhận thư tổng hợp" lists 60 addresses. The weekly digest of 08/07 goes in two parts; part 2 is refused
// once by MailApp (a transient service error) and goes an hour later, on the next run. Between the two, a school sends a
// new registration (DK-000005, "Phạm Thị Dung").
// Now: each part is composed when it goes (src/jobs/digest.ts digestPlan compose, called by src/gas/outbox.ts sendDue
// for a part with the first part's key) and each composition overwrites the digest's "composed" mark; once every part is
// sent, promoteDigestState makes the LAST composition the next digest's base. Part 1 (08:03) says «Không có phiếu mới
// hay phiếu sửa nào…»; part 2 (09:03) lists «Mới: DK-000005…»; next week both parts say «Không có phiếu mới hay phiếu sửa
// nào từ thư tổng hợp trước (09:03 ngày 08/07/2024)» — a digest the first 50 never received — and the totals show no
// "(+1)". DK-000005 is never reported as new to 50 of the 60 recipients.
// Should: every recipient is told of a new registration in some digest (the parts of one digest share one composition
// and one "changes since" mark, or the base moves only to what every recipient was told).
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, digestOffice, individualAnswers, recipientsOf, setConfigValues } from './helpers';

const addresses = (n: number) => Array.from({ length: n }, (_, i) => `hieutruong${String(i + 1).padStart(3, '0')}@so.example.edu.vn`);
const DAY = 24 * 3600_000;

describe('a digest in two parts, the second retried after a new registration arrived (d78 F1)', () => {
  it('every recipient is told of the new registration in some digest', () => {
    const { o } = digestOffice();
    const list = addresses(60);
    setConfigValues(o.emu, { 'mail.digestRecipients': list.join('; ') });
    o.rebuild();
    o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' }); // the first digest: the base
    o.emu.clock.advance(7 * DAY);
    const before = o.emu.mail.sent.length;
    // Part 2 of this week's digest is refused once; it is retried on the next run.
    o.emu.runtime.failOn('MailApp.sendEmail', 2, 'Service error (injected)');
    o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
    o.emu.clock.advance(3600_000);
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Phạm Thị Dung' } as never, { email: SCHOOLS[1].emails[0] });
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 6 * 3600_000);
    o.emu.clock.advance(7 * DAY);
    o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
    const digests = o.emu.mail.sent.slice(before).filter((m) => m.subject.includes('Tổng hợp hằng tuần'));
    const toldOfNew = (address: string) => digests.filter((m) => recipientsOf(m).includes(address)).some((m) => /Mới: DK-000005/.test(m.body));
    // The control: the week's digests went, two parts each week, and the second part's recipients were told.
    expect(digests).toHaveLength(4);
    expect(toldOfNew('hieutruong051@so.example.edu.vn')).toBe(true);
    // Today: false — part 1's recipients got «Không có phiếu mới…» on 08/07 and, on 15/07, «… từ thư tổng hợp trước
    // (09:03 ngày 08/07/2024)», a digest they never received.
    expect(toldOfNew('hieutruong001@so.example.edu.vn')).toBe(true);
  });
});

// Review d74b F1 — Medium. Who is hurt: a teacher of Trường Mầm non Hoa Sen whose school's clerk picked the next school
// (Trường Tiểu học Hòa Bình) in "Đơn vị (trường)" and sent the registration from Hoa Sen's own listed address, and Hoa
// Sen's clerk, the only one who can complete it.
// What happens now: the d74 F1 fix (reminders.ts reminderPlan: sentForAnotherSchool joined to the codes left out) takes
// such a registration out of every reminder. Hòa Bình is rightly not reminded of it, but nobody else is either: Hoa
// Sen's reminder, sent the same morning about its other registration, says nothing of Trần Thị Lan, who still lacks
// evidence. The one letter that named the mistake was the confirmation weeks before; after it the registration is
// silently left to fail at the deadline.
// What should happen: the reminder about it goes to its sender (as the council's request now does), with what it
// lacks — e.g. in the sender's school's reminder, or a reminder to the sender alone.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup, recipientsOf } from './helpers';

describe('d74b F1: a registration sent for the neighbouring school from the sender’s own listed address', () => {
  it('is still reminded to the school that sent it, before the deadline', () => {
    const o = officeAfterSetup();
    const [hoaSen, hoaBinh] = [SCHOOLS[0], SCHOOLS[1]];
    const send = (school: (typeof SCHOOLS)[number], name: string, year: string) => {
      const a: Record<string, unknown> = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: name, [Q.birthYear]: year };
      // The commitment (CN-05) left out: the registration lacks evidence.
      a[Object.keys(a).find((k) => typeof a[k] === 'string' && /\(CN-05-CAM-KET\)/.test(a[k] as string))!] = '';
      o.emu.forms.submitAsUser(o.formId, a as never, { email: hoaSen.emails[0] });
    };
    send(hoaSen, 'Vũ Thị Mai', '1992');
    // Hòa Bình picked by mistake, from Hoa Sen's own address.
    send(hoaBinh, 'Trần Thị Lan', '1985');
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });

    const n = o.emu.mail.sent.length;
    o.emu.clock.set(new Date(2024, 11, 18, 7, 0, 0));
    o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    const reminders = o.emu.mail.sent.slice(n);
    const toHoaSen = reminders.filter((m) => recipientsOf(m).includes(hoaSen.emails[0].toLowerCase()));
    // Hoa Sen is reminded (of Mai): the reminder run did go.
    expect(toHoaSen.map((m) => m.body).join('\n')).toContain('Vũ Thị Mai');
    // Hòa Bình is not told of Hoa Sen's teacher (the d74 F1 fix: right).
    const toHoaBinh = reminders.filter((m) => hoaBinh.emails.some((e) => recipientsOf(m).includes(e.toLowerCase())));
    expect(toHoaBinh.map((m) => m.body).join('\n')).not.toContain('Trần Thị Lan');
    // But the sender, who alone can complete Lan's registration, is reminded of it too.
    expect(toHoaSen.map((m) => m.body).join('\n')).toContain('Trần Thị Lan');
  });
});

// Review r74p (personal data) F3 — Medium. Who is hurt: a teacher who asks the office to withdraw her registration, and
// her school. The tool has no "withdrawn" state; the office does what it can without touching the raw response tab (the
// script never writes it, and deleting the row loses nothing of the decision but drops her from every tab's check):
// the council writes "Không đề nghị" in "Thẩm định" with the reason ("Cá nhân xin rút đăng ký …"). That is recorded in
// "Lịch sử thẩm định", as it should be.
// What happens now: the deadline reminders do not look at the council's decisions. Her registration, "Cần bổ sung",
// is listed in the next reminder to the school — "Phiếu … (cá nhân “Trần Thị Lan”): Cần bổ sung — còn 1 điểm cần bổ
// sung …" with the edit link — so the school is asked, again and again, to collect and send more of her data after she
// withdrew (Luật 91/2025/QH15, Điều 4: withdrawal of consent; principle of collecting only what the purpose needs).
// What should happen: a registration the council has decided "Không đề nghị" (a final decision) is not chased for
// evidence in reminders; the decision and the history stay as they are.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, decide, individualAnswers, officeAfterSetup, recipientsOf } from './helpers';

describe('r74p F3: a registration withdrawn at the teacher’s request ("Không đề nghị") is still chased in reminders', () => {
  it('the reminder before the conference does not ask the school for her missing evidence', () => {
    const o = officeAfterSetup();
    const school = SCHOOLS[0];
    const lan: Record<string, unknown> = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Trần Thị Lan', [Q.birthYear]: '1985' };
    const evidence = Object.keys(lan).find((k) => typeof lan[k] === 'string' && /\(CN-05-CAM-KET\)/.test(lan[k] as string))!;
    lan[evidence] = '';
    o.emu.forms.submitAsUser(o.formId, lan as never, { email: school.emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const id = String(o.emu.spreadsheets.values('Thẩm định').find((r) => r[3] === 'Trần Thị Lan')![0]);
    decide(o, id, 'Không đề nghị', 'Cá nhân xin rút đăng ký (đơn ngày 20/11/2024).');
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    // The decision is on record.
    expect(o.emu.spreadsheets.values('Lịch sử thẩm định').some((r) => r.includes(id) && r.includes('Không đề nghị'))).toBe(true);
    // 14 days before the commendation conference (31/12/2024): the school is reminded of what it still has to do.
    const n = o.emu.mail.sent.length;
    o.emu.clock.set(new Date(2024, 11, 18, 7, 0, 0));
    o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    const reminders = o.emu.mail.sent.slice(n).filter((m) => recipientsOf(m).includes(school.emails[0]));
    expect(reminders.length).toBeGreaterThan(0);
    for (const m of reminders) {
      expect(m.body).not.toContain(`Phiếu ${id}`);
      expect(m.body).not.toContain('Trần Thị Lan');
    }
  });
});
